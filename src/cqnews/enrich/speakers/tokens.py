"""The pieces an English speaker phrase is read from: tokens, name words and the ``Who`` a reader returns.

Tokens of a block are read through a :class:`TokenReader`, one per block, so that the look-behind
windows of the many cues of a block share one tokenisation (per-block state passed explicitly, never
kept between calls).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Literal

from ...lexicon import quote_patterns as P
from ...lexicon.en import (
    AGE_WORDS,
    FEMALE_GIVEN,
    FEMALE_NAMES,
    FEMALE_TITLES,
    MALE_GIVEN,
    MALE_NAMES,
    MALE_TITLES,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    OFFICE_ACRONYMS,
    OFFICE_TITLES,
    ORG_WORDS,
    PAIRED_TITLES,
    PARTY_LABELS,
    PLACE_HEAD_WORDS,
    PRONOUN_SURNAMES,
    RELATIVE_PRONOUNS,
    ROLE_NOUN_ENDINGS,
    SURNAME_ORG_WORDS,
    TITLE_COMPLEMENT_JOINERS,
    TITLE_SUFFIXES,
    WORD_ACRONYMS,
)
from ...lexicon.given_names_europe import EUROPE_FEMALE_GIVEN, EUROPE_MALE_GIVEN
from ...lexicon.letters import LATIN_CAPITAL_LETTER
from ...lexicon.places_en import DEMONYM_ENDINGS, PLACES
from ...lexicon.punctuation import POSSESSIVE as POSSESSIVE  # (the speaker modules import it from here)
from ...lexicon.punctuation import TOKEN_PUNCTUATION
from .homographs_en import mark_name_homographs

Kind = Literal["person", "org", "pronoun", "desc"]


# Longest look-behind or look-ahead, in characters, for a speaker's noun phrase.
WINDOW = 400


MAX_ROLE_WORDS = 40


# A short bracketed label after a name is read as no token: a party and state, "(R)", "(D-Calif.)",
# "(R-OH)", an acronym, "(OBC)", an age, "(64)", or a British councillor's party and ward, "(Lab)",
# "(Lib Dem, Northfield)". "Sen. Tom Jones (D-Calif.) said" is read as "Sen. Tom Jones said".
_WARD_LABEL = r"[A-Z][a-z]{1,11}(?: [A-Z][a-z]{1,11})?(?:, [A-Z][\w’'.\-]*(?: [A-Z][\w’'.\-]*){0,2})?"
_ASIDE = rf"\((?:[A-Z]{{2,6}}|[A-Z]{{1,2}}(?:[-–.,] ?[A-Z][\w.]*(?: [A-Z][\w.]*)?)?|\d{{1,3}}|{_WARD_LABEL})\)"


# A subject pronoun with its auxiliary contracted ("he’s said", "they've warned") is the pronoun, the
# "’s" no token; then words (most tokens), the bracketed label, punctuation (a lone ' or ’ is a quote mark).
_CONTRACTED = r"(?:[Hh]e|[Ss]he|[Ww]e|[Tt]hey|I)(?=['’](?:s|ve|d)\b)|(?P<contraction>(?<=[eyI])['’](?:s|ve|d)\b)"
_TOKEN_RE = re.compile(rf"{_CONTRACTED}|@?[\w.\-][\w'’.\-]*|(?P<aside>{_ASIDE})|[{TOKEN_PUNCTUATION}]")


# An online handle standing for its user: "@jdoe", "acebush1" (lower-case letters with digits;
# capitalised at a sentence start: "Acebush1 answered").
_HANDLE = r"@\w{2,30}|[A-Za-z][a-z_]{2,20}\d{1,6}[a-z_]{0,10}"


HANDLE_RE = re.compile(_HANDLE)


# The same, found in running text: each try starts at a word start and reads a bounded run.
HANDLE_IN_TEXT_RE = re.compile(rf"(?<![\w@])(?:{_HANDLE})(?!\w)")


# Particles inside a run are the lower-case alphabetic ones of lexicon.en.NAME_PARTICLES, the one table.
_RUN_PARTICLES = "|".join(sorted((w for w in NAME_PARTICLES if w.isalpha() and len(w) > 1), key=len, reverse=True))
# A word of a name opens with a capital of any Latin script ("Łukasz Żółkiewski", "Álvaro", "Ó Briain"), and a
# particle may be joined to the capitalised word after it by a hyphen ("Nour el-Hassan", "Youssef al-Masri").
# A run starts no deeper than _RUN_START_DEPTH characters inside a word ("iPhone Pro": "Phone Pro"): without that
# bound, each capital of one long mixed-case word ("aBaBaB…", 100 KB) read the word to its end again (seconds).
_CAP = LATIN_CAPITAL_LETTER
_RUN_START_DEPTH = 40
_RUN_START = rf"(?:(?={_CAP})(?<!{_CAP})(?<![\w'’\-]{{{_RUN_START_DEPTH}}})|(?={_CAP}\.))"
NAME_RUN_RE = re.compile(
    rf"{_RUN_START}{_CAP}(?:\.|[\w'’\-]*+)(?: (?:[JS]r\.|{_CAP}(?:\.|[\w'’\-]*+)|(?:"
    + _RUN_PARTICLES
    + rf")(?:-{_CAP}[\w'’\-]*+)?(?!\w)))+"
)

# A surname opening with a particle joined by a hyphen to its capitalised part ("el-Hassan", "al-Masri").
_JOINED_PARTICLE_RE = re.compile(rf"(?:{_RUN_PARTICLES})-{_CAP}")


@dataclass(slots=True)
class Who:
    """A speaker as written at one quote."""

    mention: str
    kind: Kind
    role: str | None = None
    start: int = 0  # where the mention (with its role) starts in the block
    gender: str | None = None
    fresh: bool = False  # an indefinite description ("un porte-parole"): someone not named before


@dataclass(slots=True, init=False)
class Tok:
    text: str
    start: int
    end: int
    # The word as the word tables are read, made once: the readers ask for it about three times a token.
    low: str = field(repr=False, compare=False)

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        # "WHO", "US", "IT": an acronym written so is a name, not the function word its letters spell
        self.low = text if text in WORD_ACRONYMS else text.lower()

    @property
    def cap(self) -> bool:
        """A capitalised word, or a particle joined to one by a hyphen ("el-Hassan", "al-Masri")."""
        text = self.text
        return text[:1].isupper() or "-" in text and _JOINED_PARTICLE_RE.match(text) is not None


def without_stop(tok: Tok) -> Tok:
    """``tok`` without its closing stops ("An." at a sentence end -> "An"), read as ``tok`` was (a name part
    spelt like a function word stays one)."""
    word = tok.text.rstrip(".")
    bare = Tok(word, tok.start, tok.start + len(word))
    if tok.low == tok.text:
        bare.low = word
    return bare


def tokens(text: str, lo: int, hi: int) -> list[Tok]:
    toks = [Tok(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text, lo, hi) if m.lastgroup is None]
    mark_name_homographs(text, toks, 0)
    return toks


_TAIL_KEEP = 2 * WINDOW


_TAIL_MIN = 40


class TokenTail:
    """The tokens of one text read forward once. Windows that end further on extend it; tokens more
    than _TAIL_KEEP characters behind are dropped, so memory stays bounded and each word of a block
    is tokenised about once however many cues look back over it. A window gets exactly the tokens
    ``tokens`` would give (a word cut by a window edge is cut alike)."""

    __slots__ = ("origin", "starts", "text", "toks", "upto")

    def __init__(self, text: str, lo: int) -> None:
        self.text, self.upto, self.origin = text, lo, lo
        self.toks: list[Tok] = []
        self.starts: list[int] = []

    def serves(self, text: str, lo: int) -> bool:
        return self.text is text and lo >= (self.starts[0] if self.starts else self.origin)

    def window(self, lo: int, hi: int) -> list[Tok]:
        if hi > self.upto:
            self._extend(hi)
        i = bisect.bisect_right(self.starts, lo) - 1
        j = bisect.bisect_left(self.starts, hi)
        out = self.toks[max(i, 0) : j]
        if out and out[0].start < lo:
            out[0:1] = cut(self.text, out[0], lo, hi)  # the word the window's edge cuts
        if out and out[-1].end > hi:
            out[-1:] = cut(self.text, out[-1], lo, hi)
        return out

    def _extend(self, hi: int) -> None:
        at = self.origin
        if self.toks and self.toks[-1].end == self.upto:
            at = self.toks.pop().start  # a word cut by the last window goes on: read it again whole
            self.starts.pop()
        elif self.toks:
            at = self.toks[-1].end  # "@" before the last window's end: read on from the last word
        # (a bracketed label or a contraction is no token)
        read = [Tok(m.group(), *m.span()) for m in _TOKEN_RE.finditer(self.text, at, hi) if m.lastgroup is None]
        toks, starts = self.toks, self.starts
        old = len(toks)
        toks += read
        mark_name_homographs(self.text, toks, old)
        starts += [tok.start for tok in read]
        self.upto = hi
        if len(starts) < 256 or starts[len(starts) // 2] >= hi - _TAIL_KEEP:
            return
        cut = bisect.bisect_left(starts, hi - _TAIL_KEEP)
        if cut:
            self.origin = self.toks[cut - 1].end  # nothing before it is asked for again
            del self.toks[:cut], self.starts[:cut]


def cut(text: str, tok: Tok, lo: int, hi: int) -> list[Tok]:
    """What is left of ``tok`` inside [lo, hi), as ``tokens`` reads it there."""
    return tokens(text, max(lo, tok.start), min(hi, tok.end))


def stop_cut(toks: list[Tok], k: int) -> list[Tok]:
    """``toks`` with the full stop that ends the sentence on ``toks[k]`` ("... Jane Smith.") cut off its token
    (:func:`without_stop`): a new list, the caller's never changed (readers try one reading after another on the
    same tokens)."""
    return [*toks[:k], without_stop(toks[k]), *toks[k + 1 :]]


class TokenReader:
    """The tokens of one block's text for the look-behind windows of its cues. Cues are read in
    order and their windows overlap, so one :class:`TokenTail` serves them all; the reader lives
    as long as the block is being read and is then dropped with it."""

    __slots__ = ("_tail", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._tail: TokenTail | None = None

    def window(self, lo: int, hi: int) -> list[Tok]:
        """``tokens(self.text, lo, hi)``, from the tokens kept for this text."""
        if hi - lo <= _TAIL_MIN:
            return tokens(self.text, lo, hi)  # a short window ("…,” he said"): reading it afresh is cheaper
        tail = self._tail
        if tail is None or not tail.serves(self.text, lo) or hi < lo:
            tail = self._tail = TokenTail(self.text, lo)
        return tail.window(lo, hi)


_CONTRACTION_RE = re.compile(r"(?:n['’]t|['’](?:m|re|ve|ll|d))$")


def is_name_word(tok: Tok) -> bool:
    if not tok.cap:
        return False
    low = strip_possessive(tok.low)  # "What's", "It's" are no names
    if ("'" in low or "’" in low) and _CONTRACTION_RE.search(low) is not None:
        return False  # "I'm", "They're", "Don't", "We'd": a pronoun or a verb with its contraction
    return low not in P.EN_NOT_NAME and low not in P.EN_PRONOUNS


def surname_pronoun(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` a Chinese surname spelt as a pronoun that opens a name ("He Ping said", "said He
    Ping"): "He" with a name word after it that is no cue ("He Said" in a headline is the pronoun)?"""
    if toks[k].text not in PRONOUN_SURNAMES or k + 1 >= len(toks):
        return False
    after = toks[k + 1]
    return is_name_word(after) and after.low.rstrip(".") not in P.EN_CUES


def name_word_at(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` a word of a name, a pronoun-shaped surname before a given name included?"""
    return is_name_word(toks[k]) or surname_pronoun(toks, k)


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
    name with one of the usual endings (lexicon.places_en.DEMONYM_ENDINGS)?"""
    low = word.lower()
    if len(low) <= _SHORTEST_DEMONYM:
        return False
    return any(
        low.endswith(ending) and low[: len(low) - len(ending)] + stem in PLACES
        for ending, stems in DEMONYM_ENDINGS
        for stem in stems
    )


_SHORTEST_DEMONYM = 4


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
    """The "of", "to" or "for" the capitalised run at ``toks[r]`` follows, with or without "the"; None if none."""
    k = r - 2 if r >= 2 and toks[r - 1].low == "the" else r - 1
    return toks[k].low if k >= 0 and toks[k].low in TITLE_COMPLEMENT_JOINERS else None


def strip_possessive(word: str) -> str:
    """``word`` without its possessive ending ("Smith’s" -> "Smith"); both endings are two characters."""
    return word[:-2] if word.endswith(POSSESSIVE) else word


def split_name(words: list[str]) -> tuple[list[str], list[str], Kind]:
    """Split a capitalised run into (role words, name words, kind).

    Titles anywhere before the name go to the role ("US President Donald Trump"); a name written after
    an organisation is the person ("Daily Mail Lacerda" -> "Lacerda").
    """
    lows = [word.lower() for word in words]  # (each word lowered once for every table below)
    cut = 0
    for k in range(len(lows) - 1):
        if _title_word(lows[k]) or words[k] in OFFICE_ACRONYMS or k and (lows[k - 1], lows[k]) in PAIRED_TITLES:
            cut = k + 1
    role, name = words[:cut], words[cut:]
    given = _given_name_after_words(name, lows[cut:])
    if not given and len(name) > 2 and is_demonym(name[0]):
        given = 1  # "American Teodran Merwick": where they are from, no part of a full name
    if given:
        role, name = role + name[:given], name[given:]  # "Brave Marina Lacerda", "CBS Sports Insider Jan Roe"
        cut += given
    orgs = [
        k
        for k, low in enumerate(lows[cut:])
        if (low.strip(".") if "." in low else low) in ORG_WORDS or low in P.DOC_WORDS
    ]
    if orgs == [1] and len(name) == 2 and name[1].lower() in SURNAME_ORG_WORDS and given_name_gender(name[0]):
        orgs = []  # "Dan Fox": a given name makes the word a surname
    if orgs and _name_after_org(name, orgs[-1]):
        return *_party_to_role(role + name[: orgs[-1] + 1], name[orgs[-1] + 1 :]), "person"
    return (role, name, "org") if orgs else (*_party_to_role(role, name), "person")


def _title_word(low: str) -> bool:
    """Is the lower-cased word ``low`` a title before a name ("sen.", "brig", "senator-elect")?"""
    stem = low.removesuffix(TITLE_SUFFIXES[0]).removesuffix(TITLE_SUFFIXES[1])
    return stem in P.EN_TITLES or "." in stem and stem.strip(".") in P.EN_TITLES


def _given_name_after_words(name: list[str], lows: list[str]) -> int:
    """How many words of ``name`` describe the person before a known given name: one word ("Brave Marina
    Lacerda", "Hawks head Gopaul Govender"), or several ending in a role noun before a name of two or three
    words ("CBS Sports NFL Insider Jason La Canfora"); 0 when the run opens with the name. A generational
    suffix ending the name ("Ferdinand Marcos Jr.") is no word of it here."""
    words = len(name) - 1 if name and lows[-1].rstrip(".") in NAME_SUFFIXES else len(name)
    for k in range(1, words - 1):
        if given_name_gender(name[k - 1]) or lows[k - 1] in NAME_PARTICLES:
            return 0
        role_noun = lows[k - 1].endswith(ROLE_NOUN_ENDINGS) and words - k <= 3
        if given_name_gender(name[k]) and (k == 1 or role_noun):
            return k
    return 0


def _name_after_org(name: list[str], org: int) -> bool:
    """Is ``name[org + 1:]`` a person's name written after the organisation ending at ``name[org]`` ("Daily Mail
    Lacerda")? Three words at most besides particles; a lower-case particle opens it only after an organisation
    of several words ("the Daily Mail de Jong", "the Daily Mail al-Masri", not "Centre de Recherche")."""
    after = name[org + 1 :]
    if not after or sum(w.lower() not in NAME_PARTICLES for w in after) > 3:
        return False
    if not after[-1].rpartition("-")[2][:1].isupper():
        return False
    return after[0][:1].isupper() or (org > 0 and after[0].partition("-")[0] in NAME_PARTICLES)


def _party_to_role(role: list[str], name: list[str]) -> tuple[list[str], list[str]]:
    """ "House Republican Thomas Massie": a party label before a name of two words or more goes to the
    role, with what precedes it."""
    party = 0
    for k in range(len(name) - 2):  # (most names have two words: no label to look for)
        if name[k].lower() in PARTY_LABELS:
            party = k + 1
    return (role + name[:party], name[party:]) if party else (role, name)


def gender_of_titles(titles: list[str]) -> str | None:
    low = {t.lower().rstrip(".") for t in titles}
    if low & MALE_TITLES:
        return "m"
    if low & FEMALE_TITLES:
        return "f"
    return None


# (a lone hyphen is a token only when spaces set it off: a dash typed as "-", "Ann Lee - a teacher - said")
PUNCT = frozenset(TOKEN_PUNCTUATION + "-")


_AGE_RE = re.compile(r"(?:\d{1,3}|(?:" + "|".join(AGE_WORDS) + r")\b)(?:,\s*|$)")


def without_age(role: str) -> str | None:
    """An appositive role without the age news writes first ("45, a teacher" -> "a teacher"); None when
    the age is all there is ("Maria Lopez, 45, said", "Mia Lund, nine, said": the age is no role)."""
    m = _AGE_RE.match(role)
    if m is None:
        return role
    return role[m.end() :] or None


_RELATIVE_WORDS = ("who", "whom", "whose", "which", "that")


_INNER_RELATIVE_RE = re.compile(r"\s(?:" + "|".join(sorted(RELATIVE_PRONOUNS)) + r")\b")


def before_relative(role: str) -> str | None:
    """An appositive role up to the relative clause in it ("the mayor, who backed the plan" -> "the mayor";
    "an expert who did not work on the study" -> "an expert"); None when the clause is all there is: a
    relative clause describes a person, it names no role."""
    cut = 0
    for part in role.split(", "):
        if part.split(" ", 1)[0].lower() in _RELATIVE_WORDS:
            break
        cut += len(part) + 2
    kept = role[: max(0, cut - 2)] if cut < len(role) else role
    inner = _INNER_RELATIVE_RE.search(kept)
    return (kept[: inner.start()] if inner is not None else kept) or None


def is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


ABBREV_RE = re.compile(r"(?:[A-Z]\.){2,}")


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


_FEMALE = FEMALE_NAMES | FEMALE_GIVEN | EUROPE_FEMALE_GIVEN
_MALE = MALE_NAMES | MALE_GIVEN | EUROPE_MALE_GIVEN


# The given names of the language of the article being read, with their gender in it ("jan": "m" in German),
# read before the shared tables: set for one reading by :func:`given_names_of`, empty otherwise.
_LANGUAGE_GIVEN: ContextVar[Mapping[str, str]] = ContextVar("language_given_names", default=MappingProxyType({}))


@contextmanager
def given_names_of(table: Mapping[str, str]) -> Iterator[None]:
    """Within the block, :func:`given_name_gender` reads ``table`` (a language's given names) first."""
    token = _LANGUAGE_GIVEN.set(table)
    try:
        yield
    finally:
        _LANGUAGE_GIVEN.reset(token)


def given_name_gender(name: str) -> str | None:
    """The gender the first word of ``name`` tells as a given name ("f", "m"), or None: in the language's
    table when an article of that language is being read (:func:`given_names_of`), else in the shared ones."""
    own = _LANGUAGE_GIVEN.get()
    if own:
        gender = own.get(_first_given(name))
        if gender is not None:
            return gender
    return _shared_given_name_gender(name)


# (about 80 calls a block, a seventh of them with a new name: the same few names are asked about again and again)
@lru_cache(maxsize=4096)
def _first_given(name: str) -> str:
    """The first word of ``name`` as the tables spell given names: lower case, without accents."""
    first = name.split(" ")[0].lower()
    return first if first.isascii() else _fold_accents(first)  # "José", "Zoë", "Seán"


@lru_cache(maxsize=4096)
def _shared_given_name_gender(name: str) -> str | None:
    first = _first_given(name)
    if first in _FEMALE and first not in _MALE:
        return "f"
    if first in _MALE and first not in _FEMALE:
        return "m"
    return None


def _fold_accents(word: str) -> str:
    """``word`` with the accents of its Latin letters dropped ("josé" -> "jose"); other letters kept."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))
