"""The person a Chinese 他 or 她 stands for when the rules that read a subject find no one of its sex: the nearest
person named before the pronoun, in its paragraph and then in the paragraphs before it, whom the text gives no other
sex (:func:`zh_nearest_of_sex`). 杨红梅和丈夫周军…。/ “…”她说 -> 杨红梅 (周军 is a husband, a man);
刘桂兰今年七十岁。/ 儿子王强…。/ “…”她说 -> 刘桂兰. Never past someone of the pronoun's sex the text leaves unnamed
(王明携妻子出席。/ “…”她说: the wife, no name), nor inside a quote.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.people_nouns_zh import FEMALE_NOUNS, MALE_NOUNS
from ...lexicon.personal_names_zh import SEXED_ADDRESS_NOUNS, SURNAMES
from ...lexicon.pos_tags_zh import NAME_TAGS, NOT_SURNAME_TAGS
from .. import segmenter
from .name_tokens_zh import modified_noun, person_at
from .names_zh import credited_writer_at, given_name
from .sex_zh import sex_of

__all__ = ["zh_nearest_of_sex", "zh_relative_of_other"]

# How far back (characters, over the paragraphs joined) the nearest person of the pronoun's sex is looked for.
_REACH = 300
_SEX_NOUNS = {"m": frozenset(MALE_NOUNS), "f": frozenset(FEMALE_NOUNS)}


def zh_nearest_of_sex(before: Sequence[str], sex: str, learnt: dict[str, str]) -> str | None:
    """The person named last in ``before`` (texts of paragraphs, the one holding the pronoun last, cut right before
    it) whom neither the text nor ``learnt`` (names a 他/她 stood for before, and its sex) gives the other sex than
    ``sex`` ("m" for 他, "f" for 她), read back up to :data:`_REACH` characters; None when someone of ``sex`` the
    text leaves unnamed comes first (王明携妻子出席: the 她 is the wife), or when nobody fits."""
    joined = "\n".join(before)
    lo = max(0, len(joined) - _REACH)
    window = segmenter.to_simplified(joined[lo:])
    toks = segmenter.tag(window)
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        if _in_quote(window, t.start):
            continue
        if _unnamed_of_sex(toks, i, sex):
            return None  # (王明携妻子出席。她: the wife)
        start = _name_start(toks, i)
        if start is None or credited_writer_at(window, start):
            continue
        name = joined[lo + start : lo + t.end]
        if sex_of(window, window[start : t.end]) in (None, sex) and learnt.get(name, sex) == sex:
            return name
    return None


def _name_start(toks: Sequence[segmenter.Token], i: int) -> int | None:
    """Where the person's name ending with ``toks[i]`` starts: at the token for a whole name (杨红梅), at the surname
    before it for a given name the segmenter cut from a lone surname (黄/a 美玲/nr); None for no person's name."""
    t = toks[i]
    if person_at(toks, i):
        return None if i > 0 and modified_noun(toks[i - 1], t) else t.start
    if i == 0 or t.tag not in NAME_TAGS:
        return None
    surname = toks[i - 1]
    glued = surname.end == t.start and surname.tag not in NOT_SURNAME_TAGS
    return surname.start if glued and given_name(toks, i) else None  # (黄/a 美玲/nr 今年…)


def _unnamed_of_sex(toks: Sequence[segmenter.Token], i: int, sex: str) -> bool:
    """Is ``toks[i]`` a noun of a relative of ``sex`` (妻子, 儿子) with no name after it (王明携妻子出席), not a form of
    address after a surname (王女士)?"""
    t = toks[i]
    if t.word not in _SEX_NOUNS[sex] or t.word in SEXED_ADDRESS_NOUNS and i > 0 and toks[i - 1].word in SURNAMES:
        return False
    return i + 1 >= len(toks) or toks[i + 1].start != t.end or not person_at(toks, i + 1)


def _in_quote(text: str, at: int) -> bool:
    """Is ``at`` inside a quote (“…” or 「…」) or an aside in brackets (至少16人（未包括其母刘芳）) opened before it in
    ``text``: someone the speaker names or mentioned by the way, no one the article goes on with?"""
    opened = max(text.rfind("“", 0, at), text.rfind("「", 0, at))
    aside = text.rfind("（", 0, at) > text.rfind("）", 0, at)
    return aside or opened > max(text.rfind("”", 0, at), text.rfind("」", 0, at))


_OTHER_OWNER = {"f": "他的", "m": "她的"}


def zh_relative_of_other(before: Sequence[str], name: str, sex: str) -> bool:
    """Does a relative of ``sex`` whom the text leaves unnamed, owned by a 他 or 她 of the other sex (他的妻子, 她的
    丈夫), follow the last mention of ``name`` in ``before`` (the pronoun's own text last, cut before it), outside
    quotes and asides: 吴建平正在晒谷子。/ 他的妻子也在帮忙。/ “…”她说 is the wife, not 吴建平?"""
    joined = segmenter.to_simplified("\n".join(before))
    at = joined.rfind(segmenter.to_simplified(name))
    owner = _OTHER_OWNER[sex]
    if at < 0 or owner not in joined[at:]:
        return False
    window = joined[at:]
    toks = segmenter.tag(window)
    for i in range(1, len(toks)):
        t = toks[i]
        if toks[i - 1].word == "的" and window[toks[i - 1].start - 1 : toks[i - 1].start] == owner[0]:
            if not _in_quote(window, t.start) and _unnamed_of_sex(toks, i, sex):
                return True
    return False
