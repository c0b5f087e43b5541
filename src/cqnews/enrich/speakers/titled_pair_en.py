"""Two people named after a plural title and joined by "and" ("Justices Surya Kant and K.V. Viswanathan said", "A
bench of Justices Surya Kant and Ravi Menon said"): they speak together, the plural title their role (split from
:mod:`.np`)."""

from __future__ import annotations

from ...lexicon.speaker_phrases_en import BENCH_JOINERS, BENCH_NOUNS, PLURAL_TITLES
from .name_runs_en import run_start
from .name_split_en import split_name
from .tokens import PUNCT, Tok, Who


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
