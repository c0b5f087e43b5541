"""The tokens of a text as the English speaker readers ask for them: :func:`tokens` for one window, a
:class:`TokenReader` for the many overlapping look-behind windows of one block's cues (split from :mod:`.tokens`).
Name parts spelt like a function word are marked as each stretch is read (:mod:`.homographs_en`)."""

from __future__ import annotations

import bisect
import re

from ...lexicon.punctuation import TOKEN_PUNCTUATION
from ...lexicon.speaker_phrases_en import BRACKETED_LABEL, CONTRACTED_PRONOUN, NAME_OPENING_APOSTROPHE
from .homographs_en import mark_name_homographs
from .tokens import WINDOW, Tok, Who

# Words (most tokens), a bracketed label after a name, a contracted pronoun, the apostrophe opening a name
# ("'Mats'eliso"), punctuation (a lone ' or ’ is a quote mark); the label, the name's apostrophe and the contraction
# are no tokens.
_TOKEN_RE = re.compile(
    rf"{CONTRACTED_PRONOUN}|@?[\w.\-][\w'’.\-]*|(?P<aside>{BRACKETED_LABEL}|{NAME_OPENING_APOSTROPHE})"
    rf"|[{TOKEN_PUNCTUATION}]"
)


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



class TokenReader:
    """The tokens of one block's text for the look-behind windows of its cues. Cues are read in
    order and their windows overlap, so one :class:`TokenTail` serves them all; the reader lives
    as long as the block is being read and is then dropped with it."""

    __slots__ = ("_tail", "subjects", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._tail: TokenTail | None = None
        self.subjects: dict[tuple[int, int], Who | None] = {}  # read before cues, by (lo, hi): see en_subject_before

    def window(self, lo: int, hi: int) -> list[Tok]:
        """``tokens(self.text, lo, hi)``, from the tokens kept for this text."""
        if hi - lo <= _TAIL_MIN:
            return tokens(self.text, lo, hi)  # a short window ("…,” he said"): reading it afresh is cheaper
        tail = self._tail
        if tail is None or not tail.serves(self.text, lo) or hi < lo:
            tail = self._tail = TokenTail(self.text, lo)
        return tail.window(lo, hi)
