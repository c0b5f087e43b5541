"""The one person a Chinese article says was interviewed (本报记者专访了县长王明。, 县长王明日前接受本报记者专访。,
王明在接受《XX日报》记者采访时说): who answers a Q&A whose questions name nobody (记者：“…？” 答：“…”).

Read on the blocks before the answer only; None when they name nobody so, or more than one person (两人接受专访:
who answers each question is not written).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...lexicon.punctuation_zh import ZH_CLAUSE_OR_QUOTE_MARKS
from ...lexicon.quotes_zh import ZH_INTERVIEW_ACCEPT, ZH_INTERVIEW_VERBS
from ...text import run_start
from .. import segmenter
from ..speakers.name_tokens_zh import person_at

# The clause and quote marks of either width and a line break ("，。！？；：“”「」,;:!?\n"): a clause ends at them.
_CLAUSE_ENDS = ZH_CLAUSE_OR_QUOTE_MARKS + ",;:!?\n"
_VERBS = "|".join(ZH_INTERVIEW_VERBS)
# The verb (and 了) before the one interviewed (专访了县长王明, 专访县长王明): what follows, to the clause's end.
_OBJECT_RE = re.compile(f"(?:{_VERBS})了?([^{_CLAUSE_ENDS}]+)")
# 对 … 进行(了) and the verb (对县长王明进行了专访): the words between 对 and 进行 are the one interviewed.
_DONE_RE = re.compile(f"进行了?(?:{_VERBS})")
# The clause after 接受, to its end: an interview verb in it (接受本报记者专访) makes the words before 接受 the one.
_CLAUSE_RE = re.compile(f"[^{_CLAUSE_ENDS}]*")
_SUBJECT_REACH = 40  # characters read back from 接受 for the one interviewed

# A person the segmenter reads where a block says someone was interviewed: the words read, where the name starts
# in them and the name as the segmenter cut it (read again against the names known when asked: see _names).
Spot = tuple[str, int, str]


def _people(words: str) -> set[Spot]:
    """The persons the segmenter reads in ``words``."""
    toks = segmenter.tag(words)
    return {(words, t.start, words[t.start : t.end]) for i, t in enumerate(toks) if person_at(toks, i)}


def _names(spots: frozenset[Spot], known: Sequence[str]) -> set[str]:
    """The names of ``spots``, each the longest known name written there if one is (特首李家明日前: 李家明, not
    the 李家 the segmenter cut before 明日)."""
    return {_known_at(words, start, known) or cut for words, start, cut in spots}


def _known_at(words: str, start: int, known: Sequence[str]) -> str | None:
    """The longest of the ``known`` names written in ``words`` from ``start`` (read in simplified characters), or
    None."""
    return max(
        (name for name in known if words.startswith(segmenter.to_simplified(name), start)), key=len, default=None
    )


def _accepting(text: str, at: int) -> set[Spot]:
    """The people before 接受 at ``at`` in its clause when an interview verb follows it there (王明在接受《XX日报》
    记者采访时); none otherwise (接受了检查)."""
    rest = _CLAUSE_RE.match(text, at)
    if rest is None or not any(verb in rest.group() for verb in ZH_INTERVIEW_VERBS):
        return set()
    return _people(text[_clause_start(text, at) : at])


def _done_to(text: str, at: int) -> set[Spot]:
    """The people between 对 and 进行 at ``at`` in its clause (对县长王明进行了专访); none without 对."""
    to = text.rfind("对", _clause_start(text, at), at)
    return _people(text[to + 1 : at]) if to >= 0 else set()


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last clause end before it, read back at most
    _SUBJECT_REACH characters."""
    return run_start(text, _CLAUSE_ENDS, max(0, at - _SUBJECT_REACH), at)


def zh_interviewee(texts: Sequence[str], known: Sequence[str]) -> str | None:
    """The one person ``texts`` say was interviewed (``known``: the person names the article gives); None when
    none, or more than one."""
    names = _interviewed(texts, known)
    return _as_written(names.pop(), texts) if len(names) == 1 else None


def zh_interview_told(texts: Sequence[str], known: Sequence[str]) -> bool:
    """Do ``texts`` say someone, one person or more, was interviewed (记者专访了县长王明和副县长李强)?"""
    return bool(_interviewed(texts, known))


def _interviewed(texts: Sequence[str], known: Sequence[str]) -> set[str]:
    """The names of everyone ``texts`` say was interviewed, in simplified characters."""
    names: set[str] = set()
    for written in texts:
        names |= _names(_spots(written), known)
    return names


@lru_cache(maxsize=1024)
def _spots(written: str) -> frozenset[Spot]:
    """The persons the block ``written`` says were interviewed, read once per block (an article asks again for
    each answer, over the same blocks before it)."""
    text = segmenter.to_simplified(written)  # (same offsets: 對…進行專訪 is read as 对…进行专访)
    if not any(verb in text for verb in ZH_INTERVIEW_VERBS):
        return frozenset()  # (most blocks: a substring test spares the regexes)
    spots: set[Spot] = set()
    for m in _OBJECT_RE.finditer(text):
        spots |= _people(m.group(1))
    for m in _DONE_RE.finditer(text):
        spots |= _done_to(text, m.start())
    at = text.find(ZH_INTERVIEW_ACCEPT)
    while at >= 0:
        spots |= _accepting(text, at)
        at = text.find(ZH_INTERVIEW_ACCEPT, at + 1)
    return frozenset(spots)


def _as_written(name: str, texts: Sequence[str]) -> str:
    """``name`` (read in simplified characters) as the article writes it (縣長王明 -> 王明, 李強 stays 李強)."""
    for written in texts:
        at = segmenter.to_simplified(written).find(name)
        if at >= 0:
            return written[at : at + len(name)]
    return name
