"""Lookahead guards that let a regex turn away most positions at once must admit every character an
alternative of the pattern can start with: otherwise adding an alternative silently finds nothing.

The first characters are read from the parsed pattern (``re._parser``, test code only); anything the
reader does not know makes the check fail rather than pass.
"""

from __future__ import annotations

import re
from re import _constants as C
from re import _parser

import pytest

from cqnews.credit_text.patterns import CREDIT_TRAIL_KEYWORD, first_letter_groups
from cqnews.lexicon.alternation import first_char_guard
from cqnews.lexicon.credits import PHOTO_WORDS, SOURCE_WORDS
from cqnews.lexicon.quote_patterns import EN_CUE_RE, EN_CUES, EN_THAT_CUES, EN_TITLE_CUE_RE

First = tuple[set[int] | None, bool]  # (possible first characters or None if unknown, may match empty)


def _first(items: list[tuple[object, object]], ignore_case: bool) -> First:
    found: set[int] = set()
    for op, av in items:
        chars, empty = _first_item(op, av, ignore_case)
        if chars is None:
            return None, False
        found |= chars
        if not empty:
            return found, False
    return found, True


def _first_item(op: object, av: object, ignore_case: bool) -> First:
    if op is C.LITERAL:
        return (None, False) if ignore_case else ({av}, False)
    if op is C.IN:
        return (None, False) if ignore_case else (_class_chars(av), False)
    if op is C.BRANCH:
        results = [_first(list(alt.data), ignore_case) for alt in av[1]]
        if any(chars is None for chars, _ in results):
            return None, False
        return set().union(*(chars for chars, _ in results if chars is not None)), any(e for _, e in results)
    if op is C.SUBPATTERN:
        _group, add, remove, sub = av
        case = (ignore_case or bool(add & C.SRE_FLAG_IGNORECASE)) and not remove & C.SRE_FLAG_IGNORECASE
        return _first(list(sub.data), case)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        chars, empty = _first(list(sub.data), ignore_case)
        return chars, empty or low == 0
    if op is C.ATOMIC_GROUP:
        return _first(list(av.data), ignore_case)
    if op is C.ASSERT and av[0] == 1:
        chars, empty = _first(list(av[1].data), ignore_case)
        return (chars, False) if not empty else (set(), True)  # the next character must be one of these
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return set(), True  # zero width, no constraint
    return None, False


def _class_chars(items: list[tuple[object, object]]) -> set[int] | None:
    chars: set[int] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(av)
        elif op is C.RANGE:
            low, high = av
            chars.update(range(low, high + 1))
        else:
            return None  # a negated class or a category: could be anything
    return chars


def _guard_holds(pattern: re.Pattern[str]) -> bool:
    items = list(_parser.parse(pattern.pattern, pattern.flags).data)
    guard, _ = _first(items[:1], False)
    body, empty = _first(items[1:], False)
    return items[0][0] is C.ASSERT and guard is not None and body is not None and not empty and body <= guard


def test_credit_keyword_guard_admits_every_alternative() -> None:
    assert _guard_holds(CREDIT_TRAIL_KEYWORD)


# The cue pattern as it was with a look-ahead guard on the cues' first letters (dropped: it slowed the scan).
_GUARDED_CUE_RE = re.compile(first_char_guard(EN_CUES.keys() | EN_THAT_CUES) + EN_CUE_RE.pattern)

_CUE_SENTENCES = [
    "Lee said the plan, Kim told reporters, would fail.",
    "The ferry operator confirmed on Tuesday that crossings would resume, adding that fares were unchanged.",
    "“We are ready,” the harbour master says. Unsaid, resaid, saidx and SAID are no cues; States neither.",
    "Officials warned, argued and insisted that nothing was decided; according to Ines Okafor, it was.",
    "ÉSaid_told 9said é-said said, told; said",
]


def test_cue_pattern_matches_as_with_its_guard() -> None:
    assert _guard_holds(_GUARDED_CUE_RE)
    found = 0
    for text in _CUE_SENTENCES:
        expected = [m.span() for m in _GUARDED_CUE_RE.finditer(text)]
        assert [m.span() for m in EN_CUE_RE.finditer(text)] == expected
        found += len(expected)
    assert found >= 10
    assert [m.group() for m in EN_CUE_RE.finditer("Lee said the plan, Kim told reporters, would fail")] == [
        "said",
        "told",
    ]


def test_title_cue_guard_admits_every_cue() -> None:
    assert _guard_holds(EN_TITLE_CUE_RE)
    assert [m.group() for m in EN_TITLE_CUE_RE.finditer("Mayor Tells Council Bridge Is Safe, Lee Says")] == [
        "Tells",
        "Says",
    ]


@pytest.mark.parametrize(
    ("pattern", "holds"),
    [
        (r"(?=[A-Z])(?:Photo|Credit)", True),
        (r"(?=[A-Z])(?:Photo|credit)", False),  # a lower-case alternative the guard would turn away
        (r"(?=[A-Z])(?:(?i:photo))", False),  # case-insensitive letters: unknown, so not trusted
        (r"(?=[A-Z©])(?:©|(?=[A-Z])(?i:foto)|X?Y)", True),
        (r"(?=[A-Z])(?:Photo|\w+)", False),
    ],
)
def test_guard_reader(pattern: str, holds: bool) -> None:
    assert _guard_holds(re.compile(pattern)) is holds


def test_credit_keyword_still_finds_credits() -> None:
    caption = "The mayor opens the bridge on Monday. Photo: Anna Roe/AP"
    assert [m.group() for m in CREDIT_TRAIL_KEYWORD.finditer(caption)] == ["Photo:"]
    assert [m.group() for m in CREDIT_TRAIL_KEYWORD.finditer("Crowds at the fair © Ben Doe")] == ["©"]
    assert not list(CREDIT_TRAIL_KEYWORD.finditer("a photo by the river"))


@pytest.mark.parametrize("fragments", [PHOTO_WORDS, ("photos?", *PHOTO_WORDS), SOURCE_WORDS])
def test_first_letter_groups_keep_the_matches(fragments: tuple[str, ...]) -> None:
    """``first_letter_groups`` reorders an alternation; the matches stay the same only when every fragment opens
    with a plain letter (no quantifier on it, no alternation of its own) and no two group letters are equal
    ignoring case (``re`` also pairs letters such as "i" and dotless "ı", "s" and long "ſ")."""
    for fragment in fragments:
        first = next(iter(_parser.parse(fragment, re.IGNORECASE).data))
        assert fragment[0].isalpha() and first == (C.LITERAL, ord(fragment[0])), fragment
    letters = sorted({fragment[0].lower() for fragment in fragments})
    for index, letter in enumerate(letters):
        for other in letters[index + 1 :]:
            assert re.fullmatch("(?i:" + re.escape(letter) + ")", other) is None, (letter, other)


def test_first_letter_groups_match_as_the_plain_alternation() -> None:
    words = ("fotos?", "bild(?:er)?", "fot\\.?", "Beeld")
    grouped = re.compile("(?i:" + first_letter_groups(words) + r")\s*:")
    plain = re.compile("(?i:" + "|".join(words) + r")\s*:")
    for text in ("Foto: A", "FOT.: B", "Bilder: C", "beeld : D", "fot: E", "Bildx: F"):
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert first_letter_groups(words) == r"f(?:otos?|ot\.?)|b(?:ild(?:er)?|eeld)"
