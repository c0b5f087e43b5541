"""East and Southeast Asian name parts spelt like an English function word ("Nguyen Van An", "Ho Thi My", "So
Ji-sub", "An Wei", "To Lam", "He Ping"): read from their neighbours, once per token list, so that the many readers
that test a word against the function-word tables see a name word (split from :mod:`.tokens`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lexicon import quote_patterns as P
from ...lexicon.en import DETERMINERS, MONTH_NAMES, NAME_PART_HOMOGRAPHS, WEEKDAY_NAMES
from ...lexicon.given_names_en import NAME_OPENING_CLAN_WORDS
from .given_names import given_name_gender
from .name_split_en import courtesy_title
from .name_words_en import is_name_word

if TYPE_CHECKING:
    from .tokens import Tok


# A given name of one syllable or two joined by a hyphen, as East Asian names are spelt in English ("Wei", "Lam",
# "Ji-sub", "Jae-in", "Goh", "Vu", "Thanh"): at most two consonants, one to three vowels, then at most a closing
# consonant.
_CODA = "(?:ng|nh|[nmkptbh])?"
_RIME = f"[aeiouy]{{1,3}}{_CODA}"
_FIRST_SYLLABLE = f"(?:[BCDFGHJKLMNPQRSTVWXYZ][bcdfghjklmnpqrstvwxyz]?{_RIME}|[AEIOU][aeiouy]{{0,2}}{_CODA})"
_NEXT_SYLLABLE = f"[bcdfghjklmnpqrstvwxyz]{{0,2}}{_RIME}"
_GIVEN_SYLLABLES_RE = re.compile(f"{_FIRST_SYLLABLE}(?:-{_NEXT_SYLLABLE})?")
_HYPHENED_GIVEN_RE = re.compile(f"{_FIRST_SYLLABLE}-{_NEXT_SYLLABLE}")


def mark_name_homographs(text: str, toks: list[Tok], first: int) -> None:
    """Read as a name part each name part spelt like a function word (lexicon.en.NAME_PART_HOMOGRAPHS) of
    ``toks[first:]`` that its neighbours show to be one: right after a capitalised name word ("Nguyen Van An",
    "Ho Thi My"), or before a given name of the East Asian shape that ends the name ("So Ji-sub said", "An Wei
    said"). Its ``low`` is then its own spelling, which no function-word table holds. A sentence-initial "So"
    or "On" before a lower-case word or an English name stays the function word. A surname spelt as a pronoun
    ("He") is one only before a name word that is no cue ("He Ping said"; "He Said" is the pronoun): read once
    the other parts are marked, from the word before ``toks[first]`` on, since its follower may be new."""
    for k in range(max(first, 0), len(toks)):
        tok = toks[k]
        reading = NAME_PART_HOMOGRAPHS.get(tok.text.rstrip("."))
        if (reading == "part" or reading == "surname") and (
            _after_name_word(toks, k) or _before_given_name(toks, k) or _beside_a_cue(text, tok)
        ):
            tok.low = tok.text
    for k in range(max(first - 1, 0), len(toks) - 1):
        if NAME_PART_HOMOGRAPHS.get(toks[k].text) == "pronoun" and _before_name_word(toks[k + 1]):
            toks[k].low = toks[k].text
        elif toks[k].low in WEEKDAY_NAMES and _weekday_in_a_title(toks, k):  # (the cheap test of it first)
            toks[k].low = toks[k].text


def _weekday_in_a_title(toks: list[Tok], k: int) -> bool:
    """Is the capitalised weekday ``toks[k]`` a word of a title ("the Sunday Times", "The Monday Post"): after
    "the", before a capitalised name word that is no weekday, month, given name or courtesy title? A day of the
    calendar takes no article before a name ("on Sunday Tom Hale said")."""
    tok, after = toks[k], toks[k + 1]
    if k == 0 or toks[k - 1].low != "the" or tok.low not in WEEKDAY_NAMES or not tok.text[:1].isupper():
        return False
    word = after.text.rstrip(".")
    if not is_name_word(after) or after.low in MONTH_NAMES or courtesy_title(word):
        return False
    return tok.end + 1 == after.start and given_name_gender(word) is None


def _before_name_word(after: Tok) -> bool:
    return is_name_word(after) and after.low.rstrip(".") not in P.EN_CUES


def _after_name_word(toks: list[Tok], k: int) -> bool:
    if k == 0:
        return False
    before = toks[k - 1]
    word = before.text
    return (
        before.end + 1 == toks[k].start
        and word[:1].isupper()
        and word[-1:].isalpha()
        and not word.isupper()
        and before.low not in P.EN_NOT_NAME
        and before.low not in P.EN_PRONOUNS
    )


def _beside_a_cue(text: str, tok: Tok) -> bool:
    """Is the name part ``tok`` a surname alone by its cue: before one that no determiner or name follows ("“…,” An
    said.", "An told reporters"; not "So said the minister"), or after one and before a comma or the sentence's
    stop ("“…,” said An, a fisherman.")? Read in ``text``, since a reader's window ends at its cue or starts after
    it."""
    after = _WORDS_AFTER_RE.match(text, tok.end, tok.end + _CUE_REACH)
    if after is not None and after.group(1) in P.EN_CUES:
        follower = after.group(2)
        return not follower or not follower[:1].isupper() and follower not in DETERMINERS
    if not (tok.text.endswith(".") or text.startswith((",", "."), tok.end)):
        return False
    before = _WORD_BEFORE_RE.search(text, max(0, tok.start - _CUE_REACH), tok.start)
    return before is not None and before.group(1) in P.EN_CUES


# The lower-case word after a name (and the word after that) and the one before it, read within _CUE_REACH.
_WORDS_AFTER_RE = re.compile(r" ([a-z]+)(?: ([\w’']+))?")
_WORD_BEFORE_RE = re.compile(r"\b([a-z]+) $")
_CUE_REACH = 30


def _before_given_name(toks: list[Tok], k: int) -> bool:
    if k + 1 >= len(toks) or toks[k].end + 1 != toks[k + 1].start:
        return False
    given = toks[k + 1].text.rstrip(".")
    if _HYPHENED_GIVEN_RE.fullmatch(given) is None and (
        NAME_PART_HOMOGRAPHS.get(toks[k].text) != "surname" or _GIVEN_SYLLABLES_RE.fullmatch(given) is None
    ):
        return False
    return k + 2 >= len(toks) or not toks[k + 2].text[:1].isupper()


def complement_name_words(name: list[str], complement_before: bool = False) -> int:
    """How many words of ``name``, a run after a title's complement ("Minister for Health Ong Ye Kung", "Secretary
    of State Ann Cole"), are the person's name: the last three when each is a syllable of the East Asian shape and a
    word of the complement stays before them ("Ong Ye Kung", "Dao Hong Lan"), else the last two.
    ``complement_before``: the complement was already set apart from ``name`` ("Commissioner of Police" before "Tan
    Kok Liang"), so three words of that shape are the whole name. A word of rank or clan opening a South Asian name
    three or four words back opens the name ("Minister for Food Security Rana Tanveer Hussain")."""
    for words in (3, 4):
        if len(name) > words and name[-words].lower() in NAME_OPENING_CLAN_WORDS:
            return words
    shaped = all(_GIVEN_SYLLABLES_RE.fullmatch(word) for word in name[-3:])
    three = len(name) > (2 if complement_before else 3) and shaped
    return 3 if three else 2
