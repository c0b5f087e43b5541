"""对方 (the other side) as a subject after the writer reached someone by name (记者联系了负责人马涛。对方表示…):
that person, the one the writer spoke with."""

from __future__ import annotations

from ...lexicon.bodies_zh import ORG_HEADS
from ...lexicon.people_nouns_zh import CONTACT_ENDS, CONTACT_VERBS, WRITER_WORDS
from ...lexicon.punctuation_zh import ZH_CLAUSE_BREAKS
from ...text import last_of
from .. import segmenter
from .names_zh import one_person_named
from .phrases import Who
from .predicate_zh import people_noun

# The word for the other side of a talk the writer reports.
_COUNTERPART = "对方"
# How far back the writer's sentence is read.
_REACH = 60


def writer_counterpart(text: str, seg: str, start: int) -> Who | None:
    """The person ``seg`` (对方, at ``start`` of ``text``) stands for: the one person named in the sentence or clause
    right before, which the writer opens (记者|联系了|负责人|马涛); None otherwise (两家公司各执一词，对方…)."""
    if seg != _COUNTERPART:
        return None
    head = text[max(0, start - _REACH) : start].rstrip(ZH_CLAUSE_BREAKS)  # (the clause ends before the one 对方 opens)
    clause = head[last_of(head, ZH_CLAUSE_BREAKS, 0, len(head)) + 1 :]
    toks = segmenter.tag(segmenter.to_simplified(clause))
    if not toks or toks[0].word not in WRITER_WORDS:
        return None
    name = one_person_named(toks[1:])
    if name is None:
        return _contacted(clause, toks, start)
    at = segmenter.to_simplified(text).rfind(name, 0, start)
    return Who(text[at : at + len(name)] if at >= 0 else name, "person", start=start)


def _contacted(clause: str, toks: tuple[segmenter.Token, ...], start: int) -> Who | None:
    """The unnamed person the writer reached (记者随后联系了|该店老板): the words after the verb of reaching, ending
    in a noun of a person, as a description; None when the clause holds no such verb or no person closes it. The
    verb is found in the characters and the words after it read again, as jieba may glue its end to them (联系|上该|
    公司: 联系上|该公司)."""
    k = next((i for i, t in enumerate(toks) if t.word in CONTACT_VERBS), len(toks))
    if k >= len(toks):
        return None
    end = toks[k].end
    while end < len(clause) and clause[end] in CONTACT_ENDS:
        end += 1
    after = segmenter.tag(segmenter.to_simplified(clause[end:]))
    if not after or not (people_noun(after[-1]) or _body(after)) or any(t.tag.startswith("v") for t in after[:-1]):
        return None
    words = clause[end:]
    return Who(words, "desc", role=words, start=start)


def _body(after: tuple[segmenter.Token, ...]) -> bool:
    """Do the words the writer reached end in a noun of a body after a pointer or a place (该|公司, 这家|医院, 当地|
    派出所): the body answers, 对方 is it, unnamed?"""
    last = after[-1]
    pointed = len(after) >= 2 and after[0].tag in ("r", "s")
    return pointed and last.tag == "n" and last.word.endswith(ORG_HEADS)


def counterpart_across_sentence(text: str, at: int, hi: int) -> Who | None:
    """The person 对方 stands for when it is the whole clause ending at ``hi`` and the window read for the subject
    starts at ``at``, after the sentence that names that person (记者联系了负责人马涛。对方表示：“…”: a direct
    quote's subject is read in its own sentence, which does not hold the writer's)."""
    if at <= 0:
        return None  # (the window held the text before already)
    head = text[at:hi]
    clause = head[last_of(head, ZH_CLAUSE_BREAKS, 0, len(head)) + 1 :].strip()
    if segmenter.to_simplified(clause) != _COUNTERPART:
        return None
    return writer_counterpart(text, _COUNTERPART, hi - len(clause))
