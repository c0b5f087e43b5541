"""The body a Chinese cue with its subject left out after a comma speaks for, when the clause before names it in a
way the subject reader misses: the agent of a passive (黎智英遭警方冻结资产，指… -> 警方) or a short form that jieba
cuts into single characters (中大昨日发表声明，指… -> 中大, the 中文大学 named before)."""

from __future__ import annotations

from collections.abc import Iterable

from ...lexicon import zh as L
from ...text import last_of
from .. import segmenter
from .antecedents_zh import _CLAUSE_MARKS, _before_linking_adverbs, _body_head


def zh_passive_agent(text: str, pos: int) -> str | None:
    """The body that acts in a passive clause right before the cue at ``pos`` (…遭警方冻结资产，指…: the police, not
    the one they acted on, say why); None when that clause is no passive with a body as its agent."""
    lo, end = _clause_before(text, pos)
    toks = segmenter.tag(segmenter.to_simplified(text[lo:end]))
    for i in range(len(toks) - 2):
        agent = toks[i + 1]
        if toks[i].word in _PASSIVE_MARKS and toks[i + 2].tag.startswith("v") and _body(agent.word):
            return text[lo + agent.start : lo + agent.end]
    return None


def zh_short_body(mention: str, before: Iterable[str]) -> bool:
    """Is ``mention`` (two characters) the short form of a body the texts ``before`` name: a name of a few characters
    that opens with its first, holds its second and ends in a body's head (中大 for 中文大学, 港府 for 香港政府 is
    not: a short form opening inside the name is too loose to read)?"""
    plain = segmenter.to_simplified(mention)
    if len(plain) != 2 or plain[0] in L.SURNAMES:
        return False
    for text in before:
        t = segmenter.to_simplified(text)
        i = t.find(plain[0])
        while i >= 0:
            if any(_short_of(plain, t[i : i + n]) for n in range(3, _NAME_MAX + 1)):
                return True
            i = t.find(plain[0], i + 1)
    return False


def _short_of(short: str, name: str) -> bool:
    return short[1] in name[1:] and not name.startswith(short) and _body_head(name) and len(name) > 2


def _clause_before(text: str, pos: int) -> tuple[int, int]:
    """The clause before the comma that precedes ``pos`` (linking adverbs skipped), as [lo, end)."""
    end = _before_linking_adverbs(text, pos)
    while end > 0 and text[end - 1] in _CLAUSE_MARKS:
        end -= 1
    return max(0, end - _REACH, last_of(text, _CLAUSE_MARKS, max(0, end - _REACH), end) + 1), end


def _body(word: str) -> bool:
    return len(word) >= 2 and (_body_head(word) or len(word) == 2 and word.endswith(L.PARTY))


# The words that mark a passive (被, 遭, 遭到: the agent follows), how far back its clause is read (characters),
# and the longest full name a short form is matched against.
_PASSIVE_MARKS = frozenset("被 遭 遭到".split())
_REACH = 40
_NAME_MAX = 6

