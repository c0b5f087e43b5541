"""Locating quoted spans in a block, in one left-to-right pass (the sentences around them: :mod:`.sentences`).

No pattern here can backtrack: openers are found with a one-character class, closers with
``str.find`` from the opener onwards, and the scan resumes after each closer, so the whole block is
read a bounded number of times however many quote marks it holds.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ...lexicon import quote_patterns as P
from ...lexicon.given_names_en import FEMALE_NAMES, MALE_NAMES
from ...lexicon.punctuation import (
    HEBREW_LETTERS,
    SINGLE_OPENING_MARKS,
)
from ...lexicon.punctuation_zh import ZH_PHRASE_MARKS
from ...text import char_before, is_cjk_char

# A straight single mark is an opener only at a word start: the regex skips the apostrophes of "don't"
# in C, so an English block's many apostrophes cost no Python loop turn. The leading lookahead turns away
# every other character before the alternatives are tried (the lookbehind hides the marks from sre).
# A ” opens where a closing mark cannot stand, at a word start after a space or a Chinese colon, in a block that
# opens no quote with “: Swedish and Finnish quote ”like this”, some Chinese pages 他说：”…” with the marks reversed.
_OPENERS = "".join(sorted(P.OPENERS))  # “"「『«„»‘ (no mark is special in a character class)
# Hebrew gershayim ״ quote at a word start and close at a word end ("״הכביש ייפתח״"); between two letters they mark
# an acronym (צה״ל), never a quote.
_GERSHAYIM = "\u05f4"
_OPEN_RE = re.compile(
    f"(?=[{_OPENERS}'”{_GERSHAYIM}])"
    f"(?:[{_OPENERS}]|(?<!\\w)'(?=\\S)|(?<![^\\s(\\[：])”(?=\\w)|(?<!\\w){_GERSHAYIM}(?=\\w))"
)
_PAIRS = P.QUOTE_PAIRS | {_GERSHAYIM: _GERSHAYIM}
# A straight double mark between two Hebrew letters is gershayim typed in ASCII (צה"ל, ד"ר): it opens and closes none.
_HEBREW_ACRONYM_RE = re.compile(f'(?<=[{HEBREW_LETTERS}])"(?=[{HEBREW_LETTERS}])')
_WORD_RE = re.compile(r"\w")
GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES


@dataclass(slots=True)
class Span:
    """A top-level quotation: marks at ``open``/``close`` (None when it runs to the block's end)."""

    open: int
    close: int | None
    start: int  # inner text, trimmed
    end: int


class _NextFinder:
    """``str.find`` that remembers each character's next position, so repeated searches from
    increasing offsets cost linear time in total even when the character is absent."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.next: dict[str, int] = {}
        self.mistyped: list[int] | None = None  # (every “ typed for a ”, found on the first ask)

    def find(self, ch: str, i: int) -> int:
        at = self.next.get(ch)
        if at is None or (at != -1 and at < i):
            at = self.text.find(ch, i)
            self.next[ch] = at
        return at


def find_spans(text: str) -> list[Span]:
    """Top-level quoted spans of ``text``; quotes nested inside them are skipped over."""
    spans: list[Span] = []
    i, n = 0, len(text)
    finder = _NextFinder(text)
    straight = _StraightSingle(text)
    while True:
        m = _OPEN_RE.search(text, i)
        if m is None:
            return spans
        o = m.start()
        mark = text[o]
        if _opens_none(text, o, mark):
            i = o + 1
            continue
        if mark in SINGLE_OPENING_MARKS and _opens_sesotho_name(text, o):
            i = o + 1  # the apostrophe of 'Mamello
            continue
        width = 2 if text.startswith("''", o) else 1  # '' is a double mark in ASCII (''We won,'' he said)
        c = _closer(text, o, width, finder, straight)
        if c == _NOT_A_QUOTE:
            i = o + 1
            continue
        end = n if c < 0 else c
        start, stop = _trim(text, o + width, end)
        if _WORD_RE.search(text, start, stop) is not None:  # “,” or “…” quotes nothing
            spans.append(Span(o, None if c < 0 else c + width - 1, start, stop))  # close: the last closing mark
        if c < 0:
            return spans
        i = c + width


def _closer(text: str, o: int, width: int, finder: _NextFinder, straight: _StraightSingle) -> int:
    """Where the quote opening at ``o`` (a mark ``width`` characters wide) closes: the index of its closing mark,
    -1 when none closes it, or ``_NOT_A_QUOTE``."""
    mark = text[o]
    if width == 2:
        c = text.find("''", o + 2)
        return c + text.startswith("'''", c)  # ''… 'old-school,''' : the first mark closes the nested quote
    if mark == "'":
        return straight.close(o)
    return _find_close(finder, o + 1, _PAIRS.get(mark, "”"))  # ”…” pairs with itself


def _opens_none(text: str, o: int, mark: str) -> bool:
    """Is the mark at ``o`` no opener: a single mark inside a word, a ” after a space in a block quoting with “…”
    (a misplaced closer), a straight double mark between two Hebrew letters (the gershayim of צה"ל)?"""
    if mark in SINGLE_OPENING_MARKS:
        return not _single_opens(text, o)
    if mark == "”":
        return "“" in text
    return mark == '"' and _HEBREW_ACRONYM_RE.match(text, o) is not None


_NOT_A_QUOTE = -2
_STRAIGHT_REACH = 1500  # a straight single quote runs at most this far (apostrophes are everywhere)
_CLOSING_PUNCT = ".,!?"
_SENTENCE_ENDS = (".", "!", "?")
# A comma and a cue clause right after a straight mark close a quote whose comma stands outside the marks,
# as British and Dutch pages write it ('It was chaos', Hale said / …', said Hale / …', zegt Jansen): the cue,
# after one to four capitalised words or a pronoun if any (bounded: each repeat is one word and its space).
_ATTRIBUTION_AFTER_RE = re.compile(
    r", (?:(?:[A-Z][\w’'\-]* ){1,4}|(?:he|she|they|we|I) )?(?:" + "|".join(P.STRAIGHT_CLOSE_CUES) + r")\b"
)


class _StraightSingle:
    """Straight single quotes ('We lost everything,' she said.), as some tabloids write every quote.

    The mark is also the apostrophe, so a closer must follow the quote's own punctuation and stand
    before a non-letter ("…,' she said", "….' "); a quoted word ('big') is not taken. The next such
    closer is found once for increasing offsets, so the whole block is read once.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = -1  # the next closer at or after self.query (len(text) when none)
        self.query = -1
        self.closed = False  # whether a quote of the block was closed before
        self.last = text.rstrip()[-1:]  # the block's last character but blanks, read once (not once per mark)

    def _next_closer(self, i: int) -> int:
        if self.at >= i and self.query <= i:
            return self.at
        text, n = self.text, len(self.text)
        c = text.find("'", i)
        while c >= 0 and not (
            text[c - 1] in _CLOSING_PUNCT and (c + 1 >= n or not text[c + 1].isalnum())
            or text[c - 1].isalpha() and _ATTRIBUTION_AFTER_RE.match(text, c + 1, c + 80) is not None
        ):
            c = text.find("'", c + 1)
        self.query, self.at = i, (n if c < 0 else c)
        return self.at

    def close(self, o: int) -> int:
        """The closer of the quote opened at ``o``; -1 for a quote running to the block's end (only
        one opening the block, its cue's colon ("She added: 'I …") or a sentence after a quote closed before
        ("'…,' she said. 'Nobody came …": its next paragraph goes on with it), and ending a sentence),
        _NOT_A_QUOTE otherwise."""
        c = self._next_closer(o + 2)
        if c < len(self.text) and c - o <= _STRAIGHT_REACH:
            self.closed = True
            return c
        before = char_before(self.text, 0, o)  # (not the block's text before o stripped: once per mark, quadratic)
        word_closed = self.text.find("' ", o + 1, o + _STRAIGHT_REACH) >= 0
        goes_on = self.closed and before in _SENTENCE_ENDS and not word_closed
        opens = o == 0 or before == ":" or goes_on  # (a mark before a space closes a word: 'Big' is …)
        if opens and self.last in _CLOSING_PUNCT:
            return -1
        return _NOT_A_QUOTE


# A Sesotho woman's name opens with an apostrophe ('Matšosane, 'Mamello, 'Mats'eliso): the mark before "Ma" and
# four letters or more, a capitalised surname after it, then a comma, a colon or a cue word ("'Mamello Mokoena
# said: 'He …'"), is part of the name when no quote it would open closes before another opens. Linear: each
# part is one character class.
_SESOTHO_NAME_RE = re.compile(
    r"['‘](Ma[^\W\d_A-Z]{2,}(?:['’][^\W\d_A-Z]+)?) [A-Z][^\W\d_]+(?:,|:| (?:"
    + "|".join(P.STRAIGHT_CLOSE_CUES)
    + r")\b)"
)
_NAME_LETTERS = 6  # ('Mamello, 'Mampho; no shorter "Ma" word)


def _opens_sesotho_name(text: str, o: int) -> bool:
    """Is the single mark at ``o`` the apostrophe opening a Sesotho name (see _SESOTHO_NAME_RE), not a name or a
    word an English quote may open with ("'Maria Lopez said …'", "'Manchester United, they …,' he said")?"""
    m = _SESOTHO_NAME_RE.match(text, o)
    if m is None or len(m.group(1)) < _NAME_LETTERS or m.group(1).lower() in GIVEN_NAMES:
        return False
    closer = "'" if text[o] == "'" else "’"
    c = text.find(closer, m.end())
    while 0 <= c and not (text[c - 1] in _CLOSING_PUNCT and not text[c + 1 : c + 2].isalnum()):
        c = text.find(closer, c + 1)  # the first mark that may close a quote: after its punctuation, before no letter
    opener = text.find(" " + text[o], m.end(), c if c >= 0 else len(text))
    return c < 0 or opener >= 0


def _single_opens(text: str, o: int) -> bool:
    """A ‘ opens a quote only at a word start (it is otherwise a misprinted apostrophe), and not before a
    year cut to two digits ("in ‘08", "the '90s": an apostrophe of elision)."""
    if _elides_year(text, o):
        return False
    return (o == 0 or not text[o - 1].isalnum()) and o + 1 < len(text) and not text[o + 1].isspace()


_ELIDED_YEAR_RE = re.compile(r"\d\d(?!\d)(?:s\b)?(?![\w’'])")


def _find_close(finder: _NextFinder, i: int, closer: str) -> int:
    text = finder.text
    if closer in ('"', "”"):  # pages mix straight and curly marks: either closes
        c = _double_close(finder, i, closer)
        return _mixed_close(finder, i, "」", "「") if c == -1 and closer == "”" else c
    if closer == "“":  # „…“ in German and Czech, „…” in Polish, Hungarian and Romanian
        low, high = finder.find("“", i), finder.find("”", i)
        return min(low, high) if low >= 0 and high >= 0 else max(low, high)
    if closer == "」":  # (「…「…」…」: nested in the same corner marks)
        c = finder.find(closer, i)
        return _mixed_close(finder, i, "”", "“") if c < 0 else _nested_close(text, i, c, "「")
    if closer == _GERSHAYIM:
        return _gershayim_close(finder, i)
    if closer != "’":
        return finder.find(closer, i)
    while True:  # skip apostrophes: a closing ’ is not followed by a letter, nor cuts a year (‘summer ’80.’)
        c = finder.find(closer, i)
        if c < 0 or c + 1 >= len(text) or not (_apostrophe_letter(text[c + 1]) or _elides_year(text, c)):
            return c
        i = c + 1


def _gershayim_close(finder: _NextFinder, i: int) -> int:
    """The ״ closing a Hebrew quote: the first not between two letters (those mark an acronym, צה״ל); -1 for none."""
    text = finder.text
    while True:
        c = finder.find(_GERSHAYIM, i)
        if c < 0 or not (text[c - 1 : c].isalnum() and text[c + 1 : c + 2].isalnum()):
            return c
        i = c + 1


def _apostrophe_letter(char: str) -> bool:
    """A letter that makes the ’ before it an apostrophe (don’t, l’État); not a Han character, which no word
    writes an apostrophe before: ‘我们一定能赢。’他说。 closes at the ’ (before, the quote ran to the block's end)."""
    return char.isalpha() and not is_cjk_char(char)


def _mixed_close(finder: _NextFinder, i: int, closer: str, opener: str) -> int:
    """The mark of the other pair closing a quote that its own mark never closes (王明说：「…。”, 他说：“…。」: the
    closing mark mistyped), when no opening mark of that pair stands before it; -1 otherwise."""
    c = finder.find(closer, i)
    return c if c >= 0 and opener not in finder.text[i:c] else -1


def _double_close(finder: _NextFinder, i: int, closer: str) -> int:
    """The closer of a quote opened with a double mark (“ or a straight "): the first straight or curly one, a
    mistyped “, a straight mark after the quote's punctuation, or the ” of a quote nesting another."""
    text = finder.text
    straight, curly = _straight_close(finder, i), finder.find("”", i)
    if closer == "”":
        mistyped = _mistyped_close(finder, i, curly if curly >= 0 else len(text))
        if mistyped >= 0:
            return mistyped
    if closer == "”" and curly >= 0:
        if 0 <= straight < curly and _closes_after_punct(text, straight):
            return straight
        return _nested_close(text, i, curly, "“")
    return min(straight, curly) if straight >= 0 and curly >= 0 else max(straight, curly)


def _straight_close(finder: _NextFinder, i: int) -> int:
    """The first straight double mark from ``i`` that is no gershayim typed in ASCII (צה"ל); -1 for none."""
    while True:
        c = finder.find('"', i)
        if c < 0 or _HEBREW_ACRONYM_RE.match(finder.text, c) is None:
            return c
        i = c + 1


def _nested_close(text: str, i: int, curly: int, opener: str) -> int:
    """The ” (」) closing a Chinese quote that nests another in the same marks (他说：“妈妈总说“吃亏是福”，我记着。”):
    each “ (「) opening right after a Han character or a Chinese mark inside it is matched by a ” before the quote's
    own; when the marks run out unmatched within a few (a quote left unclosed, then others), the first closes as
    before."""
    k = text.find(opener, i, curly)
    if k < 0 or not _opens_nested(text, k):
        return curly
    depth = 1
    for n, m in enumerate(_NESTING_MARKS_RE[opener].finditer(text, i)):
        if n >= _NEST_MARKS:
            break
        if text[m.start()] != opener:
            depth -= 1
            if depth == 0:
                return m.start()
        elif _opens_nested(text, m.start()):
            depth += 1
        else:
            break
    return curly


_NESTING_MARKS_RE = {"“": re.compile("[“”]"), "「": re.compile("[「」]")}
_NEST_MARKS = 6  # marks read to match a nested quote: a bound, whatever the block holds


def _opens_nested(text: str, k: int) -> bool:
    """Does the “ (「) at ``k`` open a quote inside a Chinese one: right after a Han character or a Chinese mark, and
    before neither a stop nor a space (there it is a closing mark mistyped)?"""
    before, after = text[k - 1 : k], text[k + 1 : k + 2]
    if not before or not after or after.isspace() or after in _CJK_STOPS:
        return False
    return is_cjk_char(before) or before in _NESTED_AFTER


_NESTED_AFTER = frozenset("：，、（")


def _closes_after_punct(text: str, c: int) -> bool:
    """Does the straight mark at ``c``, the first inside a “ quote, close it (“We won," she said. "It …”: pages
    mix the marks): it follows the quote's own punctuation and comes before a space, where a nested quote
    cannot open."""
    return text[c - 1] in _CLOSING_PUNCT and (c + 1 == len(text) or text[c + 1].isspace())


def _elides_year(text: str, c: int) -> bool:
    """Whether the ’ at ``c`` is an apostrophe of elision before a year cut to two digits, at a word start."""
    return (c == 0 or not text[c - 1].isalnum()) and _ELIDED_YEAR_RE.match(text, c + 1) is not None


def _mistyped_close(finder: _NextFinder, i: int, hi: int) -> int:
    """A closing mark typed as an opening one in ``[i, hi)`` (“It is unusual,“ said …): a “ right after
    the quote's own punctuation or a word and before a space, where no quote can open; -1 when there is none.
    Whether a “ is one depends on its neighbours alone: the block's are found once (each opener of a block of
    “ marks with no ” asked again from its own mark to the block's end: 24 KB took 29 s)."""
    if finder.mistyped is None:
        finder.mistyped = _mistyped_marks(finder.text)
    found = bisect.bisect_left(finder.mistyped, i)
    return finder.mistyped[found] if found < len(finder.mistyped) and finder.mistyped[found] < hi else -1


def _mistyped_marks(text: str) -> list[int]:
    """The offsets of the “ marks of ``text`` that close a quote, in order."""
    marks: list[int] = []
    last = len(text.rstrip())  # (the marks after it stand before nothing but blanks)
    k = text.find("“")
    while k >= 0:
        if (text[k - 1] in _CLOSING_PUNCT or text[k - 1].isalnum()) and (k + 1 == len(text) or text[k + 1].isspace()):
            marks.append(k)  # (“an expedited review“ of …: glued to a word and before a space, no quote opens either)
        elif text[k + 1 : k + 2] in _CJK_STOPS and text[k - 1 : k] not in _CJK_STOPS:
            marks.append(k)  # 他说“要不我们走吧“，…: no quote opens right before a comma or a stop
        elif not text[k - 1].isspace() and k + 1 >= last:
            marks.append(k)  # 李主任说：“任务全部完成了。“ at the block's end: no quote opens there
        k = text.find("“", k + 1)
    return marks


# Full-width marks that end a clause or a sentence (no quote opens right before one).
_CJK_STOPS = frozenset(ZH_PHRASE_MARKS)  # (a set: the empty slice at either end is no stop)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
