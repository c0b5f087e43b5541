"""A Chinese quote opening its paragraph with no cue of its own, and a person the article has already named opening
one of the first clauses after it (“…”任长箴感到很骄傲。, “…”但王明不认这个理。, “…”当晚，王明写下…): the words are
that person's. The name is matched against the names the article gave before, so a name the segmenter cuts
(任长/箴) is still read as one."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.cue_words_zh import HEARING_WORDS
from ...lexicon.personal_names_zh import SURNAMES
from ...lexicon.punctuation_zh import (
    ZH_AFTER_QUOTE_CLAUSE_ENDS,
    ZH_COMMAS,
    ZH_MAIN_CLOSING_MARKS,
    ZH_MAIN_OPENING_MARKS,
    ZH_SENTENCE_STOPS_MIXED,
)
from ...lexicon.reporting_zh import TOPIC_CUES
from ...text import run_end
from .. import segmenter
from ..speakers.phrases_zh import page_form, simplified_subject_before
from ..speakers.predicate_zh import predicate_cut
from .opener_zh import ZH_LEAD_TAGS


def zh_known_after_quote(known: Sequence[str], text: str, lo: int) -> str | None:
    """The name of ``known`` (longest first) opening one of the first clauses of ``text`` from ``lo`` (right
    after a quote's closing mark), past time words, adverbs, conjunctions and an opening quote mark (“大红矛”表示:
    a nickname), in the quote's sentence; None when a clause opens otherwise or the person hears the words
    (“…”王芳听后…)."""
    names = sorted((n for n in known if len(n) >= _NAME_MIN), key=len, reverse=True)
    stop = min(len(text), lo + _AFTER_SIZE)
    for _ in range(_AFTER_CLAUSES):
        end = run_end(text, _CLAUSE_ENDS, lo + (text[lo : lo + 1] in _OPENING_MARKS), stop)
        at = _past_leads(text, lo, end)
        name = next((n for n in names if text.startswith(n, at)), None)
        if name is not None:
            after = at + len(name)
            after += text[after : after + 1] in _CLOSING_MARKS  # (“大红矛”表示: past the nickname's mark)
            return None if text.startswith(HEARING_WORDS, after) else name
        if end >= stop or text[end] not in ZH_COMMAS:
            return None
        lo = end + 1
    return None


def _past_leads(text: str, lo: int, end: int) -> int:
    """Where the clause ``text[lo:end]`` goes on past its leading time words, adverbs and conjunctions (但, 当晚,
    2017年11月25日晚) and an opening quote mark."""
    at = lo
    for tok in segmenter.tag(text[lo:end]):
        if tok.tag not in ZH_LEAD_TAGS or text[lo + tok.start] in _OPENING_MARKS:
            break
        at = lo + tok.end
    return at + (text[at : at + 1] in _OPENING_MARKS)


# How many clauses after a quote, and how many characters, are read for a known name; the shortest name matched.
_AFTER_CLAUSES = 2
_AFTER_SIZE = 40
_NAME_MIN = 2
# The longest full name a person new to the article is read by after a quote (a surname and a given name, 欧阳志远).
_FULL_NAME_MAX = 4
# What ends a clause after the quote: the next mark of a clause, a sentence or a quote.
_CLAUSE_ENDS = frozenset(ZH_AFTER_QUOTE_CLAUSE_ENDS)
_OPENING_MARKS = frozenset(ZH_MAIN_OPENING_MARKS)
_CLOSING_MARKS = frozenset(ZH_MAIN_CLOSING_MARKS)


def zh_new_after_quote(text: str, lo: int) -> str | None:
    """The full name of a person the article has not named before who is the subject of the one clause after a quote
    opening its paragraph (right after its closing mark, at ``lo``), that clause ending the sentence: the one who
    does something as the words are said (“…”摊主黄大姐热情地招呼着顾客。 -> 黄大姐's words). None when the clause
    opens otherwise, goes on past a comma, its subject is no person's name opening with a surname, or hears the
    words. A clause of a topic right after the quote (“…”提到儿子，家长林女士十分欣慰。) is passed: the one after it
    is read."""
    lo = _past_topic(text, lo)
    end = run_end(text, _CLAUSE_ENDS, lo, min(len(text), lo + _AFTER_SIZE))
    if end >= len(text) or text[end] not in ZH_SENTENCE_STOPS_MIXED or lo >= end:
        return None
    clause = segmenter.to_simplified(text[lo:end])
    toks = segmenter.tag(clause)
    cut = predicate_cut(toks)
    if cut is None or cut == 0:
        return None
    who = simplified_subject_before(clause, 0, toks[cut].start)
    if who is None or who.kind != "person" or not who.mention or who.mention[0] not in SURNAMES:
        return None
    if clause[who.start + len(who.mention) :].startswith(HEARING_WORDS):
        return None  # (“…”王芳听后松了一口气: she hears the words)
    return page_form(who.mention, clause, text[lo:end]) if _NAME_MIN <= len(who.mention) <= _FULL_NAME_MAX else None


def _past_topic(text: str, lo: int) -> int:
    """Where the clause after a clause of a topic opening at ``lo`` starts (提到儿子，| 谈起当时的情景，|: a verb of
    mentioning and its object, then a comma: lexicon reporting_zh.TOPIC_CUES), else ``lo``."""
    if not text.startswith(_TOPIC_CUES, lo):
        return lo
    end = run_end(text, _CLAUSE_ENDS, lo, min(len(text), lo + _AFTER_SIZE))
    return end + 1 if end < len(text) and text[end] in ZH_COMMAS else lo


_TOPIC_CUES: tuple[str, ...] = tuple(TOPIC_CUES)
