"""Chinese words said as the means of a verb of speech after them: 马丽用“累并快乐着”形容这份工作, 该公司以“纯属谣言”
回应, 他以“家中有事”为由请假. The quote stands between a preposition (用, 以) and the verb; who speaks is the subject
before the preposition, the verb the cue."""

from __future__ import annotations

from ...lexicon import quotes_zh as QZ
from .. import segmenter
from ..segmenter import to_simplified
from ..speakers.phrases import Who
from ..speakers.phrases_zh import zh_subject_before
from .spans import Span

__all__ = ["zh_means_of_speech", "zh_means_verb"]


def zh_means_verb(text: str, sp: Span) -> str | None:
    """The verb of speech (as the page writes it) that the quote at ``sp`` is the means of (用“…”来形容, 以“…”回应,
    以“…”为由), the preposition right before the quote as a word of its own (not 可以, 引用, 所以); None otherwise."""
    if sp.close is None or _preposition_before(text, sp) < 0:
        return None
    lo = sp.close + 1
    after = to_simplified(text[lo : lo + _AFTER_SIZE])
    link = next((w for w in QZ.ZH_MEANS_LINKS if after.startswith(w)), "")
    rest = after[len(link) :]
    verb = next((w for w in (*QZ.ZH_MEANS_VERBS, *_CUES_LONGEST_FIRST) if rest.startswith(w)), None)
    if verb is None:
        return None
    at = lo + len(link)
    return text[at : at + len(verb)]


def zh_means_of_speech(text: str, sp: Span, s: int) -> tuple[Who | None, str | None]:
    """The speaker (the subject before the preposition, in the sentence from ``s``) and verb of a quote that is the
    means of a verb of speech (see zh_means_verb); (None, None) otherwise."""
    verb = zh_means_verb(text, sp)
    if verb is None:
        return None, None
    who = zh_subject_before(text, s, _preposition_before(text, sp))
    return (who, verb) if who is not None and who.mention else (None, None)


def _preposition_before(text: str, sp: Span) -> int:
    """Where the preposition (用, 以) standing as a word right before the quote's opening mark starts; -1 if none."""
    lo = max(0, sp.open - _BEFORE_SIZE)
    toks = segmenter.tag(text[lo : sp.open].rstrip())
    if not toks or to_simplified(toks[-1].word) not in QZ.ZH_MEANS_PREPOSITIONS:
        return -1
    return lo + toks[-1].start


# How much before the quote the preposition is read in, and after it the link and the verb.
_BEFORE_SIZE = 8
_AFTER_SIZE = 8
_CUES_LONGEST_FIRST = tuple(sorted(QZ.ZH_CUE_WORDS, key=len, reverse=True))
