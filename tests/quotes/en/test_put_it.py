"""The idiom "as X put it" and its kin in English.

The idiom "as X put it" reports a quote, and "as X, a role, said" has X as its subject; "put it on
the table" reports nothing. Sentences are made up.

"X put it bluntly: “…”": the manner word belongs to the idiom, so no reported clause starts at it.
Sentences are made up.

"…, as X put it." closing a sentence: X reports the sentence before the comma; a verb whose object
may be a thing named inside the sentence ("as X proposes") reports nothing. Sentences are made up.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in find_quotes([Block(text=text)], "en")]


def test_as_someone_put_it() -> None:
    assert _found("As Tom Ridge put it, “The barbarians are no longer at the gate.”") == [
        ("direct", "The barbarians are no longer at the gate.", "Tom Ridge")
    ]


def test_as_someone_with_a_role_put_it_after_a_colon() -> None:
    assert _found("Or, as Tom Ridge, a former town clerk, put it: “The barbarians are inside.”") == [
        ("direct", "The barbarians are inside.", "Tom Ridge")
    ]


def test_as_someone_with_a_role_said() -> None:
    assert _found("As Tom Ridge, a former town clerk, said: “The barbarians are inside.”") == [
        ("direct", "The barbarians are inside.", "Tom Ridge")
    ]


def test_putting_a_thing_somewhere_reports_nothing() -> None:
    assert _found("Tom Ridge put it on the table and left the room.") == []


def test_put_it_bluntly_before_a_quote_is_only_the_quote() -> None:
    assert _found("Rosa Vint put it bluntly: “The depot is a mess.”") == [("direct", "The depot is a mess.", "Rosa Vint")]


def test_closing_as_someone_put_it() -> None:
    assert _found("The depot plan is dead, as Rosa Vint put it.") == [("indirect", "The depot plan is dead", "Rosa Vint")]


def test_closing_as_someone_noted() -> None:
    assert _found("Fares rose twice last year, as Tom Hale noted.") == [
        ("indirect", "Fares rose twice last year", "Tom Hale")
    ]


def test_closing_as_someone_proposes_reports_nothing() -> None:
    assert _found("One could tax every trade in the city, as Tom Hale proposes.") == []
