"""Small text primitives shared by every stage: whitespace, script detection and accent folding."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterator

from .lexicon.punctuation import BIDI_CONTROLS, DIRECTION_MARKS

__all__ = [
    "CONTROL_CHARS_RE", "FORMAT_CHARS_RE", "FORMAT_CHAR_RE", "HAN_RE", "char_before", "cjk_ratio", "clean_text",
    "first_of", "fold_accents", "han_count", "has_han", "is_cjk_char", "last_of", "normalize_space", "reading_length",
    "same_words", "space_before", "trim_han", "valid_utf8", "without_format_chars", "without_tags", "written_once",
]  # fmt: skip

# Zero-width space, word joiner and zero-width no-break space (BOM) show nothing and join what they stand
# between: a name written "An<U+200B>na" reads "Anna". (ZWNJ and ZWJ are kept: Persian, Indic scripts and
# emoji spell with them.)
_ZERO_WIDTH = str.maketrans("", "", "\u200b\u2060\ufeff")
_CJK_RANGES: tuple[tuple[int, int], ...] = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2FA1F),
)
HAN_RE = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _CJK_RANGES) + "]")
"""One Han ideograph (the ranges of :func:`is_cjk_char`); every stage's "is this Chinese?" test."""
_HAN_RUN = re.compile(HAN_RE.pattern + "+")


# What no string of a model may hold: C0 controls other than tab and line breaks, DEL, the
# non-characters U+FFFE/U+FFFF, and lone surrogates (which make model_dump_json() raise).
_INVALID_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
# One C0 or C1 control or DEL: what a file name or record id printed to a terminal must not carry (a line break
# splits a line in two, ESC or CSI starts an escape sequence); the CLI's messages and the Markdown output escape each.
CONTROL_CHARS_RE = re.compile("[\x00-\x1f\x7f-\x9f]")


def clean_text(text: str) -> str:
    """``text`` with every control character, non-character and lone surrogate replaced by U+FFFD.

    One character for one, so offsets into the text (``Quote.start``/``end``) stay right. Every
    string field of the models passes through here: whatever a stage missed, an Article always dumps.
    """
    # Every character the pattern finds is a control, a non-character or a surrogate, none of which
    # str.isprintable() accepts: one C pass settles nearly every string without the regex.
    if text.isprintable() or _INVALID_TEXT.search(text) is None:
        return text
    return _INVALID_TEXT.sub("\ufffd", text)


def valid_utf8(text: str) -> bool:
    """Whether ``text`` encodes as UTF-8: it holds no lone surrogate (a file name that is not UTF-8 does)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def normalize_space(text: str) -> str:
    """Collapse runs of whitespace (including NBSP and ideographic space) to one space; remove zero-width
    spaces, word joiners and BOMs (they join the characters around them, they do not separate words)."""
    # Printable text holds no whitespace but the ASCII space (the others are separators or controls,
    # U+200B and U+FEFF format characters): when no space is doubled or at an end it is already
    # normal. Four fifths of the calls (block texts read again by later stages) stop here.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    if "\u200b" in text or "\ufeff" in text or "\u2060" in text:
        text = text.translate(_ZERO_WIDTH)
    # str.split() knows the same whitespace as the regex's \s (both use Unicode's table) and is
    # five times faster on a paragraph; this runs once or more on every block of every page.
    return " ".join(text.split())


# Format characters (Unicode category Cf) that show nothing inside a name: the soft hyphen, the Mongolian vowel
# separator, invisible operators, direction marks, bidi embeddings, overrides and isolates (as normalize_space removes
# the zero-width space, word joiner and BOM); the zero-width (non-)joiner only after a Latin letter or sign, where it
# spells nothing (Persian, Indic scripts and emoji spell with it). The quote reading leaves the same out of a speaker's
# name (enrich/quotes/invisible.py), by this one table.
_ALWAYS_UNSEEN = "\u00ad\u180e\u200b\u2060-\u2064\ufeff" + DIRECTION_MARKS + BIDI_CONTROLS  # (a class's body)
_JOINERS = "\u200c\u200d"
FORMAT_CHARS_RE = re.compile("[" + _ALWAYS_UNSEEN + "]+|(?<=[\x00-\u024f])[" + _JOINERS + "]+")
"""A run of format characters that show nothing (see :func:`without_format_chars`)."""
FORMAT_CHAR_RE = re.compile("[" + _ALWAYS_UNSEEN + _JOINERS + "]")
"""One character a match of :data:`FORMAT_CHARS_RE` may hold. That pattern's look-behind hides from the engine which
characters a match starts with, so it is tried at every position (about 30 µs a block); this class is found by the
engine's character scan (about 4 µs): a text without it holds no match."""


def without_format_chars(text: str) -> str:
    """``text`` without the format characters that show nothing inside a name ("Ruth O\u202ekafor" is "Ruth
    Okafor"): a name the metadata writes with them would neither match the same name written plainly nor show
    as written (a right-to-left override reverses the rest of the line)."""
    return text if text.isascii() else FORMAT_CHARS_RE.sub("", text)


def is_cjk_char(char: str) -> bool:
    """True for a Han ideograph."""
    if "\u4e00" <= char <= "\u9fff":  # the common block first: one comparison for most characters
        return True
    code = ord(char)
    return any(low <= code <= high for low, high in _CJK_RANGES)


def has_han(text: str) -> bool:
    """True when ``text`` holds a Han ideograph (an ASCII text holds none: ``str.isascii`` reads a flag, while the
    search, whose class reaches beyond the BMP, reads about 25 ns a character)."""
    return not text.isascii() and HAN_RE.search(text) is not None


def trim_han(text: str) -> str:
    """``text`` without its surrounding spaces when it holds a Han ideograph, else as it is: in “…” 王明说 the
    space after the quote mark is no part of the name (Latin-script mentions keep theirs for their callers)."""
    return text.strip() if text != text.strip() and has_han(text) else text


def han_count(text: str) -> int:
    """How many Han ideographs ``text`` holds (counted in C: no loop over its characters)."""
    return len(text) - len(_HAN_RUN.sub("", text)) if has_han(text) else 0


def reading_length(text: str) -> int:
    """The length of ``text`` with each Han ideograph counted twice: a Chinese sentence of 20 characters says
    what an English one of about 40 letters does. One measure for every "is this paragraph-long?" test."""
    return len(text) + han_count(text)


def cjk_ratio(text: str, sample: int = 2000) -> float:
    """Share of Han ideographs among the letters of the first ``sample`` characters."""
    part = text[:sample]
    if not has_han(part):
        return 0.0
    # C-level counting (a loop over characters in Python cost 1 ms per 2,000 characters).
    letters = sum(map(str.isalpha, part))
    han = han_count(part)  # every Han ideograph is a letter
    return han / letters if letters else 0.0


def first_of(text: str, marks: str, lo: int, hi: int) -> int:
    """Where the first of ``marks`` stands in ``text[lo:hi]``, or -1 (one ``str.find`` per mark, in C)."""
    return min((k for k in (text.find(mark, lo, hi) for mark in marks) if k >= 0), default=-1)


def last_of(text: str, marks: str, lo: int, hi: int) -> int:
    """Where the last of ``marks`` stands in ``text[lo:hi]``, or -1: the clause or sentence before ``hi``
    starts after it."""
    return max(text.rfind(mark, lo, hi) for mark in marks)


def char_before(text: str, lo: int, pos: int) -> str:
    """The last non-space character of ``text[lo:pos]``, or "" (reads back over spaces only)."""
    pos = space_before(text, lo, pos)
    return text[pos - 1] if pos > lo else ""


def space_before(text: str, lo: int, pos: int) -> int:
    """``lo + len(text[lo:pos].rstrip())``, copying nothing: where the white space ending ``text[lo:pos]`` starts."""
    pos = min(pos, len(text))
    while pos > lo and text[pos - 1].isspace():
        pos -= 1
    return max(pos, lo)


def run_start(text: str, marks: str, floor: int, at: int) -> int:
    """Where the run of characters before ``at`` that holds none of ``marks`` starts, not before ``floor``: the
    start of the clause ``at`` stands in (``at`` itself when it is at or before ``floor``). A walk back, character
    by character, as far as the run goes."""
    start = at
    while start > floor and text[start - 1] not in marks:
        start -= 1
    return start


def run_end(text: str, marks: Container[str], at: int, ceiling: int) -> int:
    """Where the run of characters from ``at`` that holds none of ``marks`` ends, not after ``ceiling`` nor the
    text's end: the end of the clause ``at`` stands in (``at`` itself when it is at or after the ceiling). The twin
    of :func:`run_start`, a walk forward as far as the run goes."""
    end, stop = at, min(len(text), ceiling)
    while end < stop and text[end] not in marks:
        end += 1
    return end


def mentions_back(text: str, needle: str, hi: int, looks: int | None = None) -> Iterator[int]:
    """Where ``needle`` stands in ``text`` before ``hi``, the last first (at most ``looks`` of them when given): the
    earlier mentions a word that names someone again is read against."""
    at = text.rfind(needle, 0, hi)
    while at >= 0 and looks != 0:
        yield at
        looks = None if looks is None else looks - 1
        at = text.rfind(needle, 0, at)


def without_tags(text: str) -> str:
    """``text`` without HTML tags, as publishers leave them in declared values (a JSON-LD headline "Council
    approves <em>new</em> bridge", an author "<a href=…>Jane Roe</a>"): block tags and line breaks become
    spaces, the others nothing. Only HTML's own tag names count: "Inflation <2%" and "<The Palace>" stay."""
    if "<" not in text:
        return text
    return _INLINE_TAG.sub("", _BLOCK_TAG.sub(" ", text))


# Tags of HTML's own names, lower-case, bare or with attributes ("<a href=…>"): "<The Palace: Tale of Jang
# Noksu>" is a title in angle brackets, as Korean sites write them, and stays. Bounded.
_ATTRIBUTES = r"(?:\s+[a-z][a-z-]{0,20}\s*=[^<>]{0,300})?\s{0,3}/?>"
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td)" + _ATTRIBUTES)
_INLINE_TAG = re.compile(
    r"</?(?:a|b|i|u|s|em|strong|span|font|small|big|sup|sub|mark|cite|code|abbr|q|time|img)" + _ATTRIBUTES
)


def written_once(text: str) -> str:
    """A caption the page writes twice in one element (its mobile and desktop copies, one shown at a
    time: "A dog sleeps. A dog sleeps.") is one caption."""
    half, rest = divmod(len(text) - 1, 2)
    if rest or half < 1 or text[half] != " ":
        return text
    return text[:half] if text[:half] == text[half + 1 :] else text


def fold_accents(text: str) -> str:
    """``text`` with the accents of its Latin letters dropped ("José" -> "Jose", "São Paulo" -> "Sao Paulo"); other
    letters kept. The compatibility decomposition also splits ligatures and widths ("ﬁ" -> "fi")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


_NON_WORD_RUN = re.compile(r"[\W_]+")


def same_words(first: str, second: str) -> bool:
    """Do the two texts say the same words, case, width, spacing and punctuation aside? (A meta description
    copied from the title: "Bridge to reopen in May" and "Bridge to Reopen in May!".)"""
    return _folded(first) == _folded(second)


def _folded(text: str) -> str:
    return _NON_WORD_RUN.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()
