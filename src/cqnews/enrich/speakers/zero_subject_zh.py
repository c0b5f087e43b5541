"""The body a Chinese cue with its subject left out after a comma speaks for, when the clause before names it in a
way the subject reader misses: the agent of a passive (黎智英遭警方冻结资产，指… -> 警方) or a short form that jieba
cuts into single characters (中大昨日发表声明，指… -> 中大, the 中文大学 named before)."""

from __future__ import annotations

from collections.abc import Iterable

from ...lexicon.function_words_zh import PASSIVE_MARKS
from ...lexicon.personal_names_zh import SURNAMES
from .. import segmenter
from .antecedents_zh import body_head, clause_before


def zh_passive_agent(text: str, pos: int) -> str | None:
    """The body that acts in a passive clause right before the cue at ``pos`` (…遭警方冻结资产，指…: the police, not
    the one they acted on, say why); None when that clause is no passive with a body as its agent."""
    lo, end = clause_before(text, pos)
    toks = segmenter.tag(segmenter.to_simplified(text[lo:end]))
    for i in range(len(toks) - 2):
        agent = toks[i + 1]
        if toks[i].word not in PASSIVE_MARKS or not toks[i + 2].tag.startswith("v") or len(agent.word) < 2:
            continue
        if body_head(agent.word):
            return text[lo + agent.start : lo + agent.end]
    return None


def zh_short_body(mention: str, before: Iterable[str]) -> bool:
    """Is ``mention`` (two characters) the short form of a body the texts ``before`` name: a name of a few characters
    that opens with its first, holds its second and ends in a body's head (中大 for 中文大学, 港府 for 香港政府 is
    not: a short form opening inside the name is too loose to read)?"""
    plain = segmenter.to_simplified(mention)
    if len(plain) != 2 or plain[0] in SURNAMES:
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
    return short[1] in name[1:] and not name.startswith(short) and body_head(name) and len(name) > 2


# The longest full name a short form is matched against.
_NAME_MAX = 6

