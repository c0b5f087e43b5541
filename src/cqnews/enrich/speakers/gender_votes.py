"""Genders the text votes for: a he/she after a person standing as a subject of its sentence, and a gendered
title (Mr., Mrs., Ms.) before a surname. Read by :class:`~.index.NameIndex` as it registers a block."""

from __future__ import annotations

import bisect
import re

from ...lexicon import quote_patterns as P
from ...lexicon.names_en import FEMALE_KIN, MALE_KIN
from .names import opens_clause
from .tokens import POSSESSIVE, strip_possessive

__all__ = ["CAP_WORD_RE", "TITLED_SURNAME_RE", "vote_genders", "vote_kin", "vote_titles"]

# "he" or "she" as a word, in any case ("ſ" is an "s" to re.IGNORECASE, which this pattern replaced). It opens
# with a character class, which the engine skips to in C: a lookahead in front is tried at every position.
_HE_SHE_RE = re.compile(r"[hHsSſ](?<!\w[hHsSſ])(?:(?<=[hH])[eE]|(?<=[sSſ])[hH][eE])(?!\w)")

CAP_WORD_RE = re.compile(r"[A-Z][\w'’\-]+")

# "Mr. Sanders", "Mrs Clinton", "Ms. Harris": the title tells the gender of the surname after it.
# "M" first and the word boundary before it as a lookbehind: sre skips to each "M" (a leading \b hides it).
TITLED_SURNAME_RE = re.compile(r"M(?<!\wM)(?:r|rs|s|iss)\.? ([A-Z][\w'’\-]+)")

# "Obiora Nwankwo and his wife", "Ann Cole and her son": the name before "and his/her" and a relative's noun is
# whose relative it is; "his" tells a man, "her" a woman. "a" first and a lookbehind: sre skips to each "a".
_NAME_AND_KIN_RE = re.compile(r"a(?<=[\w'’\-] a)nd (h(?:is|er)) ([a-z]+)")

# How many he/she votes a gendered title is worth (a title is surer than a pronoun nearby).
_TITLE_VOTES = 2

_GENDER_REACH = 80


def vote_genders(text: str, votes: dict[str, list[int]]) -> None:
    """Each he/she votes for the nearest capitalised word before it in its sentence that stands
    as a subject ("Omar asked …, saying she" votes Omar; "a call to Omar’s office, in which he
    said" does not). Subjects are only tested back from a pronoun, so text without one costs a scan."""
    pronouns = list(_HE_SHE_RE.finditer(text))
    if not pronouns:
        return  # "Sowers … saw his visit": a possessive or an object often means someone else
    words = list(CAP_WORD_RE.finditer(text))
    ends = [m.end() for m in words]
    verdicts: dict[int, bool] = {}
    for pronoun in pronouns:
        k = bisect.bisect_right(ends, pronoun.start()) - 1
        # Walk back only within reach: a subject farther away gets no vote anyway.
        while k >= 0 and pronoun.start() - ends[k] <= _GENDER_REACH and not _is_subject(text, words[k], verdicts, k):
            k -= 1
        if k < 0 or pronoun.start() - ends[k] > _GENDER_REACH or "." in text[ends[k] : pronoun.start()]:
            continue
        tally = votes.setdefault(strip_possessive(words[k].group()), [0, 0])
        tally[0 if pronoun.group().lower() == "he" else 1] += 1


def vote_titles(text: str, votes: dict[str, list[int]], titled_surnames: set[str]) -> None:
    """ "Mr. Sanders" votes Sanders he, "Mrs. Clinton" or "Ms. Harris" votes she."""
    for m in TITLED_SURNAME_RE.finditer(text):
        surname = strip_possessive(m.group(1))
        titled_surnames.add(surname)
        tally = votes.setdefault(surname, [0, 0])
        tally[0 if text[m.start() + 1] == "r" and text[m.start() + 2] != "s" else 1] += _TITLE_VOTES


def vote_kin(text: str, votes: dict[str, list[int]]) -> None:
    """ "Chief Obiora Nwankwo and his wife Ngozi" votes Obiora he (and "Ann Cole and her son" Ann she): the name
    right before "and his/her" and a relative's noun is the relative's, so it is a man's for "his", a woman's for
    "her" (a "she said" after it is the wife's words, never his). The given names get the vote, not the surname
    the relative may share ("Femi Adeyemi and his wife, Funke Adeyemi")."""
    for m in _NAME_AND_KIN_RE.finditer(text):
        if m.group(2) not in MALE_KIN and m.group(2) not in FEMALE_KIN:
            continue
        words = text[max(0, m.start() - _NAME_REACH) : m.start() - 1].split(" ")[1:]
        k = len(words)
        while k > 0 and words[k - 1][:1].isupper() and words[k - 1].lower() not in P.EN_NOT_NAME:
            k -= 1
        name = words[k:]
        for word in name[:-1] or name:
            tally = votes.setdefault(strip_possessive(word), [0, 0])
            tally[0 if m.group(1) == "his" else 1] += _TITLE_VOTES


_NAME_REACH = 60  # (characters looked back at for the name before "and his": a title and a full name)


def _is_subject(text: str, word: re.Match[str], verdicts: dict[int, bool], index: int) -> bool:
    verdict = verdicts.get(index)
    if verdict is None:
        found = word.group()
        verdict = verdicts[index] = (
            found.lower() not in P.EN_NOT_NAME and not found.endswith(POSSESSIVE) and opens_clause(text, word.start())
        )
    return verdict
