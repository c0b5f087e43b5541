"""The title read around an English name: set before it in apposition ("The governor, Kathy Hochul,"), abbreviated
before it ("Sen. Ted Cruz"), ending a capitalised run ("Former Rep."), and whether a one-word description names
a compound title ("the detective" after "Det Sgt Ann Roe")."""

from __future__ import annotations

import re

from ...lexicon import quote_patterns as P
from ...lexicon.en import AGENT_ENDINGS, PAIRED_TITLES, TITLE_COMPLEMENT_JOINERS, agent_noun
from ...lexicon.speaker_phrases_en import EVERYDAY_PERSON_NOUNS
from .phrases import POSSESSIVE

# An abbreviated title just before a capitalised run ("Sen. Ted Cruz"), which the run leaves out.
_TITLE_BEFORE_RE = re.compile(r"\b(" + "|".join(P.EN_TITLE_WORDS) + r")\. $", re.IGNORECASE)


def title_before_comma(text: str, start: int) -> str | None:
    """The title a description sets before a name in apposition ("The governor, Kathy Hochul,", "the
    company's chief executive, Jane Doe,"): its last word, when it is a title after "the" or an owner."""
    before = text[max(0, start - 60) : start]
    if not before.endswith(", "):
        return None
    words = before[:-2].split()[-6:]
    lows = [w.lower() for w in words]
    if "of" in lows[1:-1]:  # "The Minister of Education, Haruna Iddrisu": the title before its "of"
        words = words[: lows.index("of", 1)]
    words = words[-4:]
    if len(words) < 2 or words[-1].lower() not in P.EN_TITLES:
        return None
    lead = words[:-1]
    return words[-1] if any(w.lower() == "the" or w.endswith(POSSESSIVE) for w in lead) else None


def description_before_comma(text: str, start: int) -> str | None:
    """The description of a person a sentence opens with before a name in apposition ("The head teacher, Grace
    Obi,", "The deputy governor of the central bank, Ann Cole,": "head teacher", "deputy governor"): the words
    after "The" up to "of", "for", "to" or "at", two to four, the last a title or a noun of a person; None otherwise."""
    before = text[max(0, start - 60) : start]
    if not before.endswith(", "):
        return None
    head = before[:-2]
    k = max(head.rfind(". "), head.rfind("\n"))
    words = head[k + 1 :].split() if k >= 0 or start <= 60 else []
    if len(words) < 2 or words[0] != "The":
        return None
    lows = [w.lower() for w in words[1:]]
    cut = next((i for i, w in enumerate(lows) if w in _COMPLEMENT_JOINERS), len(lows))
    lows = lows[:cut]
    if not 1 <= len(lows) <= 4 or not all(w.isalpha() for w in lows):
        return None
    return " ".join(lows) if lows[-1] in P.EN_TITLES or person_noun_head(lows[-1]) else None


# The title joiners ("of", "to", "for") and "at" before an employer ("The head of news at the station, …").
_COMPLEMENT_JOINERS = TITLE_COMPLEMENT_JOINERS | frozenset(("at",))


def abbreviated_title(text: str, start: int) -> list[str]:
    """The abbreviated title right before ``start`` ("Sen. " of "Sen. Ted Cruz"), as a one-word list, or []."""
    if ". " not in text[max(0, start - 3) : start]:
        return []  # (every match ends in ". " at ``start``, or before a newline there, which "$" also admits)
    m = _TITLE_BEFORE_RE.search(text, max(0, start - 6), start)
    return [m.group(1)] if m is not None else []


def paired(titles: list[str], words: list[str]) -> bool:
    """Does ``words[0]`` make a title of two words with the title moved last to ``titles`` ("Dato'" and "Sri")?"""
    return bool(titles) and bool(words) and (titles[-1].lower(), words[0].lower()) in PAIRED_TITLES


def ends_in_title(words: list[str], text: str, end: int) -> bool:
    """Does the run end with an abbreviated title and its full stop ("Former Rep.", "Retired Gen.")?"""
    return bool(words) and text[end : end + 1] == "." and words[-1].lower() in _TITLE_WORDS


_TITLE_WORDS = frozenset(w.lower() for w in P.EN_TITLE_WORDS)


def opens_compound(title: tuple[str, ...], head: tuple[str, ...]) -> bool:
    """Does a one-word description name the first title of a compound one ("the detective" after "Det Sgt Ann
    Roe", "the chief" after "Chief Inspector Ann Roe"), a title naming a person alone?"""
    if len(head) != 1:
        return False
    if title[-1] in P.EN_TITLE_CLASSES.get(head[0], ()):
        return True  # "the peer" after "Lord Sugar": a noun of the class the title belongs to
    return len(title) >= 2 and title[0] == head[0] and head[0] not in P.EN_TITLE_MODIFIERS


def person_noun_head(low: str) -> bool:
    """Is the lower-cased word ``low`` the head of a description of a person that is no title: a noun of a person
    or a tie ("neighbour", "grandmother"), or an agent noun ("postman", "pensioner", "trader", "florist",
    "librarian"), not an organisation's noun ("council", "government")? Such a role given with a name ("Gary
    Lowe, a retired postman,") lets "the postman said" stand for the person."""
    low = low.removeprefix("great-")  # "the great-grandmother"
    if low in P.EN_PERSON_OR_TIE_NOUNS or low in EVERYDAY_PERSON_NOUNS:
        return True
    return agent_noun(low, _PERSON_ENDINGS)


_PERSON_ENDINGS = (*AGENT_ENDINGS, "man", "woman")


def set_off_title_initials(text: str, at: int) -> list[str]:
    """The initials of a capitalised office the sentence opens with, set off by a comma before the name at ``at``, a
    courtesy title after the comma left out, without its complement and with it ("The Municipal Chief Executive for
    Ejisu, Hon. Kwame Boateng": "mce", "mcee"; "The Inspector General of Police, Ann Cole": "ig", "igp"); [] when
    the words before the comma are no office of two capitalised words or more opening the sentence."""
    m = _SET_OFF_TITLE_RE.search(text[max(0, at - 100) : at])
    if m is None:
        return []
    words = m.group(1).split()
    cut = next((k for k, w in enumerate(words) if w in TITLE_COMPLEMENT_JOINERS), len(words))
    caps = [w for w in words if w not in TITLE_COMPLEMENT_JOINERS]
    if not 2 <= cut <= 5 or len(caps) > 6 or not all(w[:1].isupper() and w.isalpha() for w in caps):
        return []
    return ["".join(w[0] for w in words[:cut]).lower(), "".join(w[0] for w in caps).lower()]


# "(^|. )The <words>, [Hon. ]" right before the name: the office a sentence opens with, set off by a comma
_SET_OFF_TITLE_RE = re.compile(r"(?:^|[.!?]\s|\n)The ([A-Z][A-Za-z ]{2,80}), (?:(?:Hon|Rt|Dr|Mr|Mrs|Ms)\.? )?$")
