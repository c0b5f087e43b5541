"""English name words: which token is a word of a name, where a run of them ends, a place or a demonym, a
title's joiner before a complement, an online handle (split from :mod:`.tokens`)."""

from __future__ import annotations

import re

from ...lexicon import quote_patterns as P
from ...lexicon.demonyms_en import DEMONYM_ENDINGS
from ...lexicon.en import OFFICE_TITLES, PERSON_NOUNS, PLACE_HEAD_WORDS, ROLE_NOUN_ENDINGS, TITLE_COMPLEMENT_JOINERS
from ...lexicon.places_en import PLACES
from ...lexicon.speaker_phrases_en import HANDLE
from .finite_en import finite_at
from .given_names import given_name_gender
from .tokens import Tok, Who, strip_possessive

HANDLE_RE = re.compile(HANDLE)


# The same, found in running text: each try starts at a word start and reads a bounded run.
HANDLE_IN_TEXT_RE = re.compile(rf"(?<![\w@])(?:{HANDLE})(?!\w)")


_CONTRACTION_RE = re.compile(r"(?:n['’]t|['’](?:m|re|ve|ll|d))$")


def is_name_word(tok: Tok) -> bool:
    if not tok.cap:
        return False
    low = strip_possessive(tok.low)  # "What's", "It's" are no names
    if ("'" in low or "’" in low) and _CONTRACTION_RE.search(low) is not None:
        return False  # "I'm", "They're", "Don't", "We'd": a pronoun or a verb with its contraction
    return low not in P.EN_NOT_NAME and low not in P.EN_PRONOUNS


def name_run_end(toks: list[Tok], k: int) -> int:
    """Where the run of name words (:func:`is_name_word`) from ``toks[k]`` ends (``k`` when there is none)."""
    while k < len(toks) and is_name_word(toks[k]):
        k += 1
    return k


def is_place(name: str) -> bool:
    """Is ``name`` (with or without "the") a country, region or city, or capitalised words before a place's head
    noun ("Lee County"), which is no speaker's name?"""
    low = name.casefold()
    head = low.rpartition(" ")
    return low.removeprefix("the ") in PLACES or bool(head[0]) and head[2] in PLACE_HEAD_WORDS


def is_demonym(word: str) -> bool:
    """Is ``word`` the adjective of a place ("American", "Brazilian", "Japanese", "Israeli", "Afghan"): a place's
    name with one of the usual endings (lexicon.demonyms_en.DEMONYM_ENDINGS)?"""
    low = word.lower()
    if len(low) <= _SHORTEST_DEMONYM:
        return False
    return any(
        low.endswith(ending) and low[: len(low) - len(ending)] + stem in PLACES
        for ending, stems in DEMONYM_ENDINGS
        for stem in stems
    )


_SHORTEST_DEMONYM = 4


def title_or_agent_noun(low: str) -> bool:
    """Is the lower-cased word ``low`` a title or an agent noun of a role ("mayor", "pollster", "spokeswoman")?"""
    return low in P.EN_TITLES or low.endswith(ROLE_NOUN_ENDINGS)


def after_title_joiner(toks: list[Tok], r: int, run_role: list[str] | None = None) -> bool:
    """Does the capitalised run at ``toks[r]`` follow the "of", "to" or "for" that joins a title to its
    complement, with or without "the" ("Secretary of State …", "Ambassador to the US Xie Feng")? Not a "to" or
    "for" whose run holds an office of its own (``run_role``, the titles :func:`split_name` found in the run):
    "the aide to President George W. Bush" names the aide's master, not the aide."""
    joiner = title_joiner(toks, r)
    if joiner is None:
        return False
    offices = (word.lower().rstrip(".") for word in run_role or ())
    return joiner == "of" or not any(P.EN_TITLE_WORDS.get(low, low) in OFFICE_TITLES for low in offices)


def title_joiner(toks: list[Tok], r: int) -> str | None:
    """The "of", "to" or "for" the capitalised run at ``toks[r]`` follows, with or without "the", also past a
    first part of the complement joined by "and" ("Minister of Trade and | Industry Ann Cole"); None if none."""
    r = complement_start(toks, r)
    k = r - 2 if r >= 2 and toks[r - 1].low == "the" else r - 1
    return toks[k].low if k >= 0 and toks[k].low in TITLE_COMPLEMENT_JOINERS else None


def office_word(tok: Tok) -> bool:
    """Is ``tok`` a title ("Minister", "MP") or a noun of a person capitalised as one ("the Member for Ejisu")?"""
    return tok.low.rstrip(".") in P.EN_TITLES or tok.cap and tok.low in PERSON_NOUNS


def office_complement_before(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]``, a capitalised word before a title's joiner, the end of an office's complement that an office
    word and its own "of" open ("Member of Parliament | for Ejisu", "Minister of State | for Health")? Up to three
    capitalised words or "the" stand between."""
    m = k
    while m > 0 and k - m < 3 and (toks[m].cap and not office_word(toks[m]) or toks[m].low == "the"):
        m -= 1
    return m < k and toks[m].low == "of" and m > 0 and toks[m - 1].cap and office_word(toks[m - 1])


def office_of(toks: list[Tok], org: int | None, name: list[str]) -> bool:
    """Does an office word and "of" stand right before the body's name at ``toks[org]``, the run after the joiner
    three words or more ("Member of | Parliament for | Ejisu Kwame Mensah"): the office's complement, then a person
    (a run of two is the complement alone: "Member of Parliament for Tano North")?"""
    if org is None or org < 2 or len(name) < 3 or toks[org - 1].low != "of":
        return False
    return toks[org - 2].cap and office_word(toks[org - 2])


def office_for_name(toks: list[Tok], k: int, i: int, end: int) -> bool:
    """Is ``toks[k]`` the "for" of a capitalised office ("Municipal Chief Executive for | Ejisu Samuel Oduro",
    "Member for | Cook Mark Speakman" opening the sentence), before a run at ``toks[i:end]`` of three words or more
    ending in a given name and a surname: the office's complement and the person holding it, not an unnamed person
    speaking for a body ("Spokesman for Tom Hale")?"""
    if k < 1 or not (toks[k - 1].cap and office_word(toks[k - 1])) or end - i < 3:
        return False
    if k >= 2 and not toks[k - 2].cap:
        return False  # ("A Spokesman for …": an article, no office's first word)
    return bool(given_name_gender(toks[end - 2].text)) and toks[end - 1].cap


def complement_then_name(toks: list[Tok], of: int, i: int, end: int) -> bool:
    """Is the run ``toks[i:end]`` right after the joiner ``toks[of]`` of an office three capitalised words or more,
    so its complement and then a name ("The Director of | Public Prosecutions Noordin Haji"), not its complement
    alone ("The Director of Public Prosecutions", "The Member of Parliament for Tano North")?"""
    return of == i - 1 and end - i >= 3 and all(t.cap for t in toks[i:end])


def complement_start(toks: list[Tok], r: int) -> int:
    """Where a complement's first part joined by "and" to the run at ``toks[r]`` starts ("Secretary for
    Transport and | Logistics Lam Sai-hung": at "Transport"; up to three capitalised words), else ``r``."""
    if r < 3 or toks[r - 1].low != "and" or not toks[r - 2].cap:
        return r
    k = r - 2
    while k > max(1, r - 4) and toks[k - 1].cap:
        k -= 1
    return k


def is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


ABBREV_RE = re.compile(r"(?:[A-Z]\.){2,}")


def abbreviation_inside_role(toks: list[Tok], j: int) -> bool:
    """Does the abbreviation with full stops inside at ``toks[j]`` ("U.S.", "E.U.") stand inside a role that goes on
    to its comma ("said Ann Cole, U.S. Director, …"), rather than end the sentence ("… in the U.S. She said")? At most
    five words follow it before that comma (or the text's end: "said Ann Cole, U.S. Director."), the first no
    determiner or pronoun opening a new sentence."""
    if not ABBREV_RE.fullmatch(toks[j].text) or j + 1 >= len(toks) or toks[j + 1].low in _SENTENCE_OPENERS:
        return False
    for k in range(j + 1, min(len(toks), j + 7)):
        if not toks[k].text[:1].isalnum():  # (and no finite verb: "in the U.S. Prices fell, she said")
            return k > j + 1 and toks[k].text == "," and finite_at([t.text for t in toks[j : k]]) < 0
        if toks[k].text.endswith("."):
            return k == len(toks) - 1
    return False


_SENTENCE_OPENERS = frozenset(("the", "a", "an", "this", "that", "these", "those", *P.EN_PRONOUNS))

YEAR_RE = re.compile(r"(?:19|20)\d\d")


LEAD_NUMBER_RE = re.compile(r"\d{1,4}(?:st|nd|rd|th)?")


def ends_name(word: str) -> bool:
    """Does a full stop end the name at ``word`` ("Bowl.") rather than belong to it ("J.", "Dr.", "U.S.")?"""
    return (
        word.endswith(".")
        and not is_initial(word)
        and word.lower() not in P.EN_TITLES
        and not ABBREV_RE.fullmatch(word)
    )


def is_handle(word: str) -> bool:
    return HANDLE_RE.fullmatch(strip_possessive(word)) is not None


def handle_who(tok: Tok) -> Who:
    return Who(strip_possessive(tok.text.rstrip(".")), "person", start=tok.start)
