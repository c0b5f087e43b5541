"""Two people named after a plural title and joined by "and" ("Justices Surya Kant and K.V. Viswanathan said", "A
bench of Justices Surya Kant and Ravi Menon said"): they speak together, the plural title their role (split from
:mod:`.np`)."""

from __future__ import annotations

from ...lexicon.speaker_phrases_en import (
    BENCH_JOINERS,
    BENCH_NOUNS,
    BODY_NAME_JOINERS,
    HOLDERS_AS_OBJECT,
    PLURAL_TITLES,
)
from .name_runs_en import name_end, run_start
from .name_split_en import split_name
from .tokens import PUNCT, Tok, Who

__all__ = ["bench_of_body", "titled_pair", "titled_pair_forward"]


def titled_pair(text: str, toks: list[Tok], i: int, who: Who | None) -> Who | None:
    """The pair when the person ``who`` at ``toks[i]`` follows "and" after a plural title and a full name opening
    their clause, else None."""
    if who is None or who.kind != "person" or who.start != toks[i].start or " " not in who.mention or i < 4:
        return None
    if toks[i - 1].low != "and":
        return None
    j = run_start(toks, i - 1)
    if j < 0 or i - 1 - j < 3 or toks[j].low not in PLURAL_TITLES or not _opens_clause(toks, j):
        return None
    first = split_name([t.text for t in toks[j + 1 : i - 1]])
    if first[2] != "person" or first[0]:
        return None  # "Justices of the Supreme Court and …": no name of a person after the title
    return Who(text[toks[j + 1].start : toks[i].start] + who.mention, "person", role=toks[j].text, start=toks[j].start)


def _opens_clause(toks: list[Tok], j: int) -> bool:
    """Does the plural title at ``toks[j]`` open its clause, or follow a bench's noun ("A bench of", "a bench
    comprising")?"""
    if j == 0 or toks[j - 1].text in PUNCT:
        return True
    return j >= 2 and toks[j - 1].low in BENCH_JOINERS and toks[j - 2].low in BENCH_NOUNS


def bench_of_body(text: str, toks: list[Tok], end: int) -> Who | None:
    """ "Justices of the High Court said", "Judges of the Court of Appeal said": a plural title opening its clause,
    then "of the" and the body's name ending ``toks[:end]``, is the people who hold it, the phrase their role (the
    body does not speak: the judges do). None for any other phrase."""
    k = end - 1  # back over the body's name ("Court of Appeal") to the nearest "of the" before a capital
    while k >= 2 and end - k <= _BODY_WORDS and (toks[k].cap or toks[k].low in BODY_NAME_JOINERS):
        if toks[k].low == "the" and toks[k - 1].low == "of" and k + 1 < end and toks[k + 1].cap:
            break
        k -= 1
    else:
        return None
    j = k - 2
    if not toks[j].cap or toks[j].low not in PLURAL_TITLES:
        return None
    if not _opens_clause(toks, j):
        j = _object_phrase_start(toks, j)  # "Lawyers for Justices of the High Court said": the lawyers speak
        if j < 0:
            return None
    phrase = text[toks[j].start : toks[end - 1].end]
    return Who(phrase, "desc", role=phrase, start=toks[j].start)


def _object_phrase_start(toks: list[Tok], j: int) -> int:
    """Where the phrase opens whose object is the plural title at ``toks[j]`` ("Lawyers for Justices …", "Supporters
    of Judges …"): a few words opening their clause, then "for", "of" or "representing"; -1 for any other phrase."""
    if toks[j - 1].low not in HOLDERS_AS_OBJECT:
        return -1
    k = j - 1
    while k > 0 and toks[k - 1].text not in PUNCT:
        k -= 1
        if j - k > _HEAD_WORDS:
            return -1
    return k if k < j - 1 else -1


_HEAD_WORDS = 4  # (words of the phrase before the title: "Two of the lawyers for")


# How many words a body's name after a plural title is read over ("Court of Appeal": its lower-case words are
# lexicon.speaker_phrases_en.BODY_NAME_JOINERS).
_BODY_WORDS = 9


def _bench_of_body_forward(text: str, toks: list[Tok]) -> Who | None:
    """ "…," said Justices of the High Court.": the plural title opening ``toks``, "of the" and a body's name."""
    if len(toks) < 4 or toks[1].low != "of" or toks[2].low != "the":
        return None
    end = abs(name_end(toks, 3))
    if end == 3:
        return None
    phrase = text[toks[0].start : toks[end - 1].end].rstrip(".")
    return Who(phrase, "desc", role=phrase, start=toks[0].start)


def titled_pair_forward(text: str, toks: list[Tok]) -> Who | None:
    """The pair named after a plural title that opens ``toks``, the subject read after an inverted cue ("…," said
    Justices Surya Kant and Ravi Menon in their order"): each a full name of a person, joined by "and"; None for
    any other phrase; the title, "of the" and a body's name are those who hold it ("said Justices of the High
    Court": role "Justices of the High Court")."""
    if len(toks) < 4 or not toks[0].cap or toks[0].low not in PLURAL_TITLES:
        return None
    if toks[1].low == "of":
        return _bench_of_body_forward(text, toks)
    if len(toks) < 6:
        return None
    first = name_end(toks, 1)
    if first < 3 or first + 2 >= len(toks) or toks[first].low != "and":
        return None
    second = abs(name_end(toks, first + 1))
    if second - first < 3:
        return None
    for lo, hi in ((1, first), (first + 1, second)):
        role, _, kind = split_name([t.text for t in toks[lo:hi]])
        if kind != "person" or role:
            return None
    mention = text[toks[1].start : toks[second - 1].end].rstrip(".")
    return Who(mention, "person", role=toks[0].text, start=toks[0].start)
