"""How :class:`~cqnews.enrich.speakers.index.NameIndex` reads an English block's capitalised run: where the name
starts past a place joined to a participle ("Texas-born Ana Silva"), the words that may make a name (an owner, a
cue, a preposition and the titles opening the run left out), whether "the" describes an office ending it, the role
set off after it ("Tom Hale, 71, a retired postman,") and the initials of the title written before it.
"""

from __future__ import annotations

import re

from ...lexicon import quote_patterns as P
from ...lexicon.en import (
    HONORIFICS,
    PLACED_PARTICIPLES,
    RUN_OPENING_PREPOSITIONS,
    TITLE_COMPLEMENT_JOINERS,
)
from ...lexicon.reporting_en import INVERTED_LEAD_CUES
from .appositive_en import subject_after_according
from .name_split_en import name_opens_after
from .phrases import (
    POSSESSIVE,
    appositive_after,
    strip_possessive,
)
from .titles_en import paired


def apposed_role(text: str, start: int, end: int) -> str | None:
    """The role set off by commas after the name run at ``start``–``end``; None when there is none, or when the
    phrase after "According to NAME," is the report's subject ("According to Ann Lee, the plan, which …, will
    fail"). An age set off first is passed over ("Tom Hale, 71, a retired postman, …": a retired postman)."""
    age = AGE_AFTER_RE.match(text, end)
    if age is not None and not age.group().endswith("."):
        end = age.end() - 1 if age.group().endswith(",") else age.end()
    role = appositive_after(text, end)
    return None if role and subject_after_according(text, start, end) else role


# An age set off right after a name ("Nguyen Thi Mai, 64, was …", "Tom Hale (52)"): the name is a person's.
AGE_AFTER_RE = re.compile(r", \d{1,3}[,.]| \(\d{1,3}\)")

# A capitalised run's words up to a place joined to a participle: "Mercer Island-based ", "Texas-born ".
_PLACED_RE = re.compile(r"(?:[A-Z][\w'’.]*+ )*+[A-Z][\w'’.]*+-(?:" + "|".join(sorted(PLACED_PARTICIPLES)) + ") ")


def past_placed(m: re.Match[str]) -> tuple[int, str]:
    """Where a capitalised run starts, and its words, past a place joined to a participle ("Mercer Island-based
    Dana F. Besecker Company", "Texas-born Ana Silva"): the place qualifies the name and is no part of it."""
    placed = _PLACED_RE.match(m.group())
    return (m.start(), m.group()) if placed is None else (m.start() + placed.end(), m.group()[placed.end() :])


def title_opens(text: str, start: int, words: list[str], titles: list[str]) -> bool:
    """Does a title written before the run at ``start`` open its name at its first word: one moved to ``titles``
    ("Gen. Rommel Francisco Dizon") or the word right before the run ("PNP chief Rommel Francisco Marbil"; read by
    name_split_en.name_opens_after)?"""
    if titles:
        return True
    before = text[max(0, start - 40) : start].split()  # (a bounded window: a title is one short word)
    return bool(before) and name_opens_after(before[-1], words)


def office_described(text: str, start: int, titles: list[str]) -> bool:
    """Is the run at ``start`` written after "the" ("The Deputy Prime Minister", "… the Prime Minister"), so that
    an office ending it is described, not a name?"""
    return "the" in (t.lower() for t in titles) or text[max(0, start - 4) : start].lower() == "the "


def run_words(run: str, titles: list[str]) -> list[str]:
    """The words of a capitalised run that may make a name: an owner, a cue or a preposition opening it and a
    function word ending it left out, titles opening it moved to ``titles``."""
    raw = run.split(" ")
    # (a word of the run but its last ends with a possessive exactly when one is followed by a space)
    owned = "’s " in run or "'s " in run
    owner = max((k + 1 for k, w in enumerate(raw[:-1]) if w.endswith(POSSESSIVE)), default=0) if owned else 0
    # "Pakistan's Chief …": the owner is no name (a run without "’s"/"'s" has no word to strip)
    words = [strip_possessive(w) for w in raw[owner:]] if "’s" in run or "'s" in run else raw
    courtesy = next((k for k, w in enumerate(words[1:-1], 1) if w.rstrip(".").lower() in HONORIFICS), 0)
    if courtesy:  # "Headteacher Mrs Alison Brandreth": the role and the courtesy title before the name
        titles.extend(words[: courtesy + 1])
        words = words[courtesy + 1 :]
    stop = next((k for k, w in enumerate(words) if k and w.lower() in P.EN_NOT_NAME), len(words))
    del words[stop:]  # "Twitter Tuesday", "Trump On": a day or a function word ends the name
    if words and words[0] in INVERTED_LEAD_CUES:
        del words[0]  # "Said Lind, “…”": the cue opening the sentence is no part of the name
    while words and (words[0].lower() in P.EN_NOT_NAME or words[0].lower() in P.EN_TITLES or paired(titles, words)):
        titles.append(words.pop(0))  # ("Dato' Sri Abang Iskandar": "Sri" is the title's second word, no name)
    if words and words[0].lower() in RUN_OPENING_PREPOSITIONS:
        del words[0]  # "Among von Hagen’s constituents": the preposition opening the sentence
    return words


def title_initials(text: str, at: int) -> str:
    """The initials of the capitalised title written right before the name at ``at``, its joining words left out
    ("Senior Superintendent of Police Ann Cole": "ssp", "Detective Constable Ryan Moss": "dc"); "" when the
    title has fewer than two capitalised words."""
    return title_initial_forms(text, at)[0]


def title_initial_forms(text: str, at: int) -> tuple[str, str]:
    """The initials of the title before the name at ``at`` (see :func:`title_initials`), and those of its words
    before the first joining word ("Inspector General of Police": "igp" and "ig", for "the IG"; "" when under two).
    Capitalised parts joined by a hyphen count one each ("Inspector-General": "ig")."""
    words = text[max(0, at - 80) : at].split()
    caps: list[str] = []
    head = 0  # how many initials (from the end) stand after the first joining word
    for word in reversed(words):
        if word[:1].isupper() and word[-1:] not in ",;:":
            parts = word.split("-")
            caps.extend(reversed([w[0] for w in parts if w[:1].isupper()] if len(parts) > 1 else [word[0]]))
        elif word not in TITLE_COMPLEMENT_JOINERS or not caps:
            break
        else:
            head = len(caps)
    spelt = "".join(reversed(caps)).lower()
    before = spelt[: len(spelt) - head] if head else ""
    return (spelt if len(caps) >= 2 else "", before if len(before) >= 2 else "")
