"""An English appositive role cut to its role: without the age written first ("45, a teacher") and without a
relative clause ("the mayor, who backed the plan") (split from :mod:`.tokens`)."""

from __future__ import annotations

import re

from ...lexicon import quote_patterns as P
from ...lexicon.en import AGE_WORDS, PERSON_NOUNS, RELATIVE_PRONOUNS, RELATIVE_WORDS
from .tokens import Tok

_AGE_RE = re.compile(r"(?:\d{1,3}|(?:" + "|".join(AGE_WORDS) + r")\b)(?:,\s*|$)")


def without_age(role: str) -> str | None:
    """An appositive role without the age news writes first ("45, a teacher" -> "a teacher"); None when
    the age is all there is ("Maria Lopez, 45, said", "Mia Lund, nine, said": the age is no role)."""
    m = _AGE_RE.match(role)
    if m is None:
        return role
    return role[m.end() :] or None


_INNER_RELATIVE_RE = re.compile(r"\s(?:" + "|".join(sorted(RELATIVE_PRONOUNS)) + r")\b")


def before_relative(role: str) -> str | None:
    """An appositive role up to the relative clause in it ("the mayor, who backed the plan" -> "the mayor";
    "an expert who did not work on the study" -> "an expert"); None when the clause is all there is: a
    relative clause describes a person, it names no role."""
    cut = 0
    for part in role.split(", "):
        if part.split(" ", 1)[0].lower() in RELATIVE_WORDS:
            break
        cut += len(part) + 2
    kept = role[: max(0, cut - 2)] if cut < len(role) else role
    inner = _INNER_RELATIVE_RE.search(kept)
    return (kept[: inner.start()] if inner is not None else kept) or None


def people_that(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` a "that" opening a relative clause after a noun of people (in lower case, or opening the
    sentence) and before a lower-case verb ("Residents that spoke to the Nation said")? The noun is the subject."""
    if toks[k].low != "that" or not 0 < k < len(toks) - 1 or not toks[k + 1].text.islower():
        return False
    noun = toks[k - 1]
    people = noun.low in P.EN_GROUP_NOUNS or noun.low in PERSON_NOUNS or noun.low.endswith(_PEOPLE_ENDINGS)
    return noun.text.isalpha() and (k == 1 or not noun.cap) and people


_PEOPLE_ENDINGS = ("ers", "ents", "ants", "ists", "ians")
