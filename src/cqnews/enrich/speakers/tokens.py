"""The pieces an English speaker phrase is read from: its tokens and the ``Who`` a reader returns (name words are
read in :mod:`.name_words_en`, capitalised runs split in :mod:`.name_split_en`).

Tokens of a block are read through a :class:`TokenReader`, one per block, so that the look-behind
windows of the many cues of a block share one tokenisation (per-block state passed explicitly, never
kept between calls).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Literal

from ...lexicon.en import NAME_PARTICLES, WORD_ACRONYMS
from ...lexicon.letters import LATIN_CAPITAL_LETTER
from ...lexicon.punctuation import POSSESSIVE as POSSESSIVE  # (the speaker modules import it from here)
from ...lexicon.punctuation import TOKEN_PUNCTUATION
from ...lexicon.speaker_phrases_en import BRACKETED_LABEL, CONTRACTED_PRONOUN
from .given_names import given_name_gender as given_name_gender  # (the Latin quote modules import it from here)
from .given_names import given_names_of as given_names_of
from .homographs_en import mark_name_homographs

Kind = Literal["person", "org", "pronoun", "desc"]


# Longest look-behind or look-ahead, in characters, for a speaker's noun phrase.
WINDOW = 400


MAX_ROLE_WORDS = 40


# Words (most tokens), a bracketed label after a name, a contracted pronoun, punctuation (a lone ' or ’ is a
# quote mark); the label and the contraction are no tokens.
_TOKEN_RE = re.compile(rf"{CONTRACTED_PRONOUN}|@?[\w.\-][\w'’.\-]*|(?P<aside>{BRACKETED_LABEL})|[{TOKEN_PUNCTUATION}]")


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

def strip_possessive(word: str) -> str:
    """``word`` without its possessive ending ("Smith’s" -> "Smith"); both endings are two characters."""
    return word[:-2] if word.endswith(POSSESSIVE) else word

# (a lone hyphen is a token only when spaces set it off: a dash typed as "-", "Ann Lee - a teacher - said")
PUNCT = frozenset(TOKEN_PUNCTUATION + "-")
