"""The pieces an English speaker phrase is read from: a token (:class:`Tok`) and the ``Who`` a reader returns.

Texts are cut into tokens in :mod:`.token_reader`; name words are read in :mod:`.name_words_en`, capitalised
runs split in :mod:`.name_split_en`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, Literal, TypeVar

from ...lexicon.en import NAME_PARTICLES, WORD_ACRONYMS
from ...lexicon.letters import LATIN_CAPITAL_LETTER
from ...lexicon.punctuation import POSSESSIVE as POSSESSIVE  # (the speaker modules import it from here)
from ...lexicon.punctuation import TOKEN_PUNCTUATION

Kind = Literal["person", "org", "pronoun", "desc"]


# Longest look-behind or look-ahead, in characters, for a speaker's noun phrase.
WINDOW = 400


MAX_ROLE_WORDS = 40


# Particles inside a run are the lower-case alphabetic ones of lexicon.en.NAME_PARTICLES, the one table.
_RUN_PARTICLES = "|".join(sorted((w for w in NAME_PARTICLES if w.isalpha() and len(w) > 1), key=len, reverse=True))
# A word of a name opens with a capital of any Latin script ("Łukasz Żółkiewski", "Álvaro", "Ó Briain"), and a
# particle may be joined to the capitalised word after it by a hyphen ("Nour el-Hassan", "Youssef al-Masri").
# A run starts no deeper than 40 characters inside a word ("iPhone Pro": "Phone Pro"; NOT_DEEP_IN_A_WORD, also the
# bound of index_groups' pairs): without that bound, each capital of one long mixed-case word ("aBaBaB…", 100 KB)
# or hyphenated run ("A-A-A-…") read the word to its end again (seconds). A name's first word is never that deep.
# Its initials may be glued, four at most ("S.V. Raju", "A.K. Singh": one run from the first; bounded, so that a
# long "A.A.A.…" without a word after it is not read again from each of its capitals).
_CAP = LATIN_CAPITAL_LETTER
NOT_DEEP_IN_A_WORD = r"(?<![\w'’\-]{40})"
# The run's first capital is read first and the conditions on what stands before it are looked behind it (the capital
# included, so each look-behind reaches one character further): a pattern that opens with a character class lets the
# engine skip to the next capital in C, where look-arounds in front were tried at every position (about 3x slower).
_RUN_START = rf"{_CAP}(?:(?<!{_CAP}.)(?<![\w'’\-]{{40}}.)|(?=\.))"
NAME_RUN_RE = re.compile(
    rf"{_RUN_START}(?:\.(?:{_CAP}\.){{0,3}}+|[\w'’\-]*+)(?: (?:[JS]r\.|{_CAP}(?:\.(?:{_CAP}\.){{0,3}}+|[\w'’\-]*+)|(?:"
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


def stop_cut(toks: list[Tok], k: int) -> list[Tok]:
    """``toks`` with the full stop that ends the sentence on ``toks[k]`` ("... Jane Smith.") cut off its token
    (:func:`without_stop`): a new list, the caller's never changed (readers try one reading after another on the
    same tokens)."""
    return [*toks[:k], without_stop(toks[k]), *toks[k + 1 :]]



def strip_possessive(word: str) -> str:
    """``word`` without its possessive ending ("Smith’s" -> "Smith"); both endings are two characters."""
    return word[:-2] if word.endswith(POSSESSIVE) else word

# (a lone hyphen is a token only when spaces set it off: a dash typed as "-", "Ann Lee - a teacher - said")
PUNCT = frozenset(TOKEN_PUNCTUATION + "-")


_Copied = TypeVar("_Copied")
_FIELD_GETTERS: dict[type, Any] = {}


def shallow_copy(obj: _Copied) -> _Copied:
    """``copy.copy`` of a dataclass whose generated ``__init__`` takes every field in order (:class:`Who`, the quote
    stage's candidates and contexts): the fields read at once and given to the constructor. ``copy.copy`` of a
    slotted dataclass goes through pickling's reduce, eight times slower, and the quote stage copies a candidate
    or a speaker for most blocks that quote. Every field is copied, one added later too. A class with a
    ``__post_init__`` is refused: the constructor would run it again on values already set, which ``copy.copy`` never
    does."""
    cls = type(obj)
    get = _FIELD_GETTERS.get(cls)
    if get is None:
        names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
        if len(names) < 2 or not all(f.init and not f.kw_only for f in fields(cls)):  # type: ignore[arg-type]
            raise TypeError(f"{cls.__name__}: not every field is positional in its constructor")
        if hasattr(cls, "__post_init__"):
            raise TypeError(f"{cls.__name__}: its __post_init__ would run again on the copy")
        get = _FIELD_GETTERS[cls] = attrgetter(*names)
    copied: _Copied = cls(*get(obj))
    return copied
