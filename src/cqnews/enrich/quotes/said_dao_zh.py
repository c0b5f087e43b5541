"""Chinese cues no table holds, read by their shape: a verb of two characters and 道 (“…”民警安慰道。, 医生安抚道：“…”)
is a verb of saying in the manner the verb names, whatever the verb; it reports only the quote it closes or opens."""

from __future__ import annotations

from itertools import pairwise

from ...lexicon import quotes_zh as QZ
from ...lexicon.cue_words_zh import VOICE_MANNERS
from .. import segmenter
from .cues import zh_reports_quote

__all__ = ["zh_verb_dao_cues"]

# How many characters before the verb are read with it, so the segmenter sees the word it ends (民警|安慰|道).
_CONTEXT = 4


def zh_verb_dao_cues(plain: str) -> list[tuple[int, int]]:
    """The spans of the cues verb + 道 in ``plain`` (simplified text) that report a quote."""
    if "道" not in plain:
        return []  # (most blocks)
    return [
        (m.start(), m.end())
        for m in QZ.ZH_VERB_DAO_RE.finditer(plain)
        if zh_reports_quote(plain, m.start(), m.end()) and _verb_then_dao(plain, m.start())
    ]


def _verb_then_dao(plain: str, start: int) -> bool:
    """Does the segmenter read the two characters at ``start`` as a word of a verb (or a verb it tags as a name, 安抚,
    when the dictionary holds it), of an adjective or an adverb of manner (谦虚道, 无奈/d 道, 连忙道) or of a voice
    (低声/n 道, ``lexicon.cue_words_zh.VOICE_MANNERS``), and the 道 after them as a word of its own?"""
    lo = max(0, start - _CONTEXT)
    toks = segmenter.tag(plain[lo : start + 4])
    for t, nxt in pairwise(toks):
        if lo + t.start == start and len(t.word) == 2 and nxt.word == "道":
            return _manner(t) or (t.tag == "nr" and segmenter.is_word(t.word))
    return False


def _manner(t: segmenter.Token) -> bool:
    """Is ``t`` a verb, an adjective, an adverb or a word of state (安慰, 谦虚, 无奈/d, 淡淡/z), or a voice (低声/n,
    厉声): how one said it?"""
    return t.tag.startswith(("v", "a", "d", "z")) or t.word in VOICE_MANNERS
