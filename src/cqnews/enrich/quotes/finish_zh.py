"""The last pass over a Chinese article's quotes: a speaker's name the article never writes alone is the cut
tail of a longer name read as another quote's speaker (拉姆, each time written inside 央金拉姆: jieba reads
央金/j 拉姆/nrt apart, and a subject or a 她 found at the tail alone), made that name; before that, a short term the
article quotes in several places is left out (:mod:`.terms_zh`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.people_nouns_zh import HE_SHE
from ...lexicon.personal_names_zh import NAME_DOTS
from ...models import Quote, QuoteKind, Speaker
from .. import segmenter
from ..speakers.phrases import Who
from .lead_block_zh import zh_lead_cue
from .terms_zh import zh_drop_repeated_terms

__all__ = ["finish_zh"]

# The longest transliterated name read (two parts of up to eight characters and a dot).
_DOTTED_SIZE = 17

# Tags of words that open no name (a preposition, a verb, a conjunction, an adverb, a pronoun, a particle, a
# number): 经迪丽娜, 其母央金 are no names of which 迪丽娜 or 央金 is the tail.
_NOT_NAME_HEADS = ("p", "v", "c", "d", "r", "u", "m", "f", "t", "q")


def finish_zh(quotes: list[Quote], texts: Sequence[str]) -> None:
    """Each speaker's name that is the tail of another speaker's name, and is written nowhere in ``texts`` but
    inside that name, made the whole name (the role without the name's head it may have taken); first, a short
    term quoted in several places is no quote (see :mod:`.terms_zh`)."""
    zh_drop_repeated_terms(quotes, texts)
    _cue_from_lead(quotes, texts)
    names = {n for q in quotes if q.speaker is not None and (n := q.speaker.name) is not None and _han_name(n)}
    if len(names) < 2:
        return
    whole = {n: w for n in names if (w := _whole_of(n, names, texts)) is not None}
    for i, q in enumerate(quotes):
        name = q.speaker.name if q.speaker is not None else None
        if name is not None and name in whole and q.speaker is not None:
            full = whole[name]
            speaker = Speaker(name=full, role=_role_without(q.speaker.role, full, name))
            quotes[i] = q.model_copy(update={"speaker": speaker})


def _cue_from_lead(quotes: list[Quote], texts: Sequence[str]) -> None:
    """A quote opening its paragraph whose speaker the paragraph before names, ending in a cue and a colon
    (他在接受采访时表示： / “…”), has that cue, and the role the lead gives that speaker when it had none
    (村支书张华告诉记者：)."""
    for i, q in enumerate(quotes):
        opening = q.kind is QuoteKind.DIRECT and q.block > 0 and q.start <= 1
        if q.cue is not None or q.speaker is None or not opening:
            continue
        read = zh_lead_cue(texts[q.block - 1])
        who, cue = read if read is not None else (None, "")
        if who is None or not _stands_for(who, q.speaker):
            continue
        role = q.speaker.role or (who.role if who.mention == q.speaker.name else None)
        quotes[i] = q.model_copy(update={"cue": cue, "speaker": Speaker(name=q.speaker.name, role=role)})


def _stands_for(who: Who, speaker: Speaker) -> bool:
    """Is the lead's subject ``who`` the quote's speaker: its name, or a 他/她 standing for it?"""
    if who.kind == "pronoun":
        return who.mention in HE_SHE
    return bool(who.mention) and who.mention == speaker.name


def _han_name(name: str) -> bool:
    """Is ``name`` a Chinese name: two to four Han characters, or a transliteration with its dots (米尔·彼得罗夫)?"""
    han = all("\u4e00" <= c <= "\u9fff" for c in name if c not in NAME_DOTS)
    dotted = any(c in NAME_DOTS for c in name)
    return han and (2 <= len(name) <= 4 or dotted and len(name) <= _DOTTED_SIZE)


def _whole_of(name: str, names: set[str], texts: Sequence[str]) -> str | None:
    """The one longer name of ``names`` that ends with ``name`` and holds every place ``texts`` write it, or None."""
    longer = [w for w in names if len(w) > len(name) and w.endswith(name) and _name_head(w[: -len(name)])]
    if len(longer) != 1:
        return None
    whole = longer[0]
    head = len(whole) - len(name)
    for text in texts:
        at = text.find(name)
        while at >= 0:
            if at < head or text[at - head : at + len(name)] != whole:
                return None  # written alone somewhere: a name of its own
            at = text.find(name, at + 1)
    return whole


def _name_head(head: str) -> bool:
    """Can ``head`` open a name (央金, 努尔), not a word that opens none (经, 其母, 对)?"""
    toks = segmenter.tag(head)
    return bool(toks) and not any(t.tag.startswith(_NOT_NAME_HEADS) for t in toks)


def _role_without(role: str | None, whole: str, name: str) -> str | None:
    """``role`` without the head of ``whole`` it took (服刑出狱的央金 -> 服刑出狱)."""
    head = whole[: -len(name)]
    if role is None or not role.endswith(head):
        return role
    return role[: -len(head)].rstrip("、的 ") or None
