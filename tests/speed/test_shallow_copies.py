"""The quote stage copies its candidates, speakers as written and block contexts with
:func:`cqnews.enrich.speakers.tokens.shallow_copy` (every field given to the constructor) where it used ``copy.copy``
and ``dataclasses.replace`` (pickling's reduce, several times slower): a copy equal to the original in every field,
sharing each field's value as ``copy.copy``'s does, a new object that a later pass can change alone."""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass, field, fields

import pytest

from cqnews.enrich.quotes.resolve import Context
from cqnews.enrich.quotes.spans import Span
from cqnews.enrich.quotes.text import Found
from cqnews.enrich.speakers.tokens import Who, shallow_copy
from cqnews.models import QuoteKind, Speaker


def _samples() -> list[object]:
    who = Who("the harbour master", "desc", role="harbour master", start=12, gender="f", fresh=True)
    span = Span(3, 40, 4, 39)
    found = Found(QuoteKind.DIRECT, 3, 40, who, "told", span, bare=True, unsaid=True, shaped=True)
    speaker = Speaker(name="Ines Okafor", role="harbour master")
    context = Context(speaker, who, "said", speaker, True, Speaker(name="Tomasz Wren"), True, True)
    return [who, found, context]


@pytest.mark.parametrize("original", _samples(), ids=lambda o: type(o).__name__)
def test_as_copy_copy_makes_it(original: object) -> None:
    copied, expected = shallow_copy(original), copy(original)
    assert type(copied) is type(original) and copied is not original
    assert copied == expected == original
    for f in fields(original):  # type: ignore[arg-type]
        assert getattr(copied, f.name) is getattr(expected, f.name)  # (shallow: the same values, none copied)


def test_a_copy_changes_alone() -> None:
    found = _samples()[1]
    assert isinstance(found, Found)
    copied = shallow_copy(found)
    copied.start, copied.cue = 9, "said"
    assert (found.start, found.cue) == (3, "told")


def test_refuses_a_field_the_constructor_does_not_take_in_order() -> None:
    @dataclass
    class Keyed:
        a: int
        b: int = field(default=0, kw_only=True)

    with pytest.raises(TypeError):
        shallow_copy(Keyed(1, b=2))


def test_refuses_a_class_whose_post_init_would_run_again() -> None:
    @dataclass
    class Counted:
        name: str
        words: int = 0

        def __post_init__(self) -> None:
            self.name = self.name.strip() + "!"  # (run twice, a copy would gain a second "!")

    with pytest.raises(TypeError):
        shallow_copy(Counted(" Ines Okafor ", 2))
