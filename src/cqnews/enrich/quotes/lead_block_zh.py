"""The speaker of a Chinese block quotation introduced by a paragraph ending in a cue and a colon (店主王明说： /
``<blockquote>开书店本来就是…</blockquote>``): a page sets a long quote, a letter or a post apart without quote marks,
as English pages do (see :mod:`.blockquotes`). The subject before the cue of the lead's last sentence says it."""

from __future__ import annotations

from ...lexicon.punctuation_zh import ZH_COLON_FORMS, ZH_SENTENCE_ENDS
from ...lexicon.quotes_zh import ZH_CUES
from ...models import Speaker
from ...text import last_of
from ..speakers.phrases import Who
from ..speakers.phrases_zh import zh_subject_before

__all__ = ["zh_lead_cue", "zh_lead_speaker"]

# How much of the lead before its colon is read for the cue (对记者说, 在信中写道: a listener or a place between).
_CUE_REACH = 8


def zh_lead_speaker(lead: str) -> tuple[Speaker, str] | None:
    """The speaker and cue of a paragraph ``lead`` ending in a cue and a colon (邢志远在信中写道：), the cue in the last
    few characters before the colon and a person or an organisation its subject; None otherwise."""
    read = zh_lead_cue(lead)
    if read is None:
        return None
    who, cue = read
    if who is None or who.kind not in ("person", "org") or not who.mention:
        return None
    return Speaker(name=who.mention, role=who.role), cue


def zh_lead_cue(lead: str) -> tuple[Who | None, str] | None:
    """The subject (None when none is read) and the cue of a paragraph ``lead`` ending in a cue and a colon
    (他在接受采访时表示：), the cue in the last few characters before the colon; None when no cue is there."""
    lead = lead.rstrip()
    if not lead.endswith(ZH_COLON_FORMS):
        return None
    colon = len(lead) - 1
    s = last_of(lead, ZH_SENTENCE_ENDS, 0, colon) + 1
    window = lead[max(s, colon - _CUE_REACH) : colon]
    found = max(((window.rfind(cue), cue) for cue in ZH_CUES if cue in window), default=None)
    if found is None:
        return None
    at = colon - len(window) + found[0]
    return zh_subject_before(lead, s, at), found[1]
