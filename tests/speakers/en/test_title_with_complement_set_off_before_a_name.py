"""A title joined to its complement by "for" ("The Minister for Transport, Ann Cole, said") set off by commas before
the holder's name is her role, as a title with "of" is; the run after "for" names the office, not a person. Made-up
sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in find_quotes([Block(text=text)], "en")
    ]


def test_minister_for_before_the_name_opening_the_sentence() -> None:
    text = "The Minister for Transport, Aoife Brennan, said the tunnel would open in the autumn."
    assert _speakers(text) == [("Aoife Brennan", "The Minister for Transport")]


def test_minister_of_state_for_after_the_quote() -> None:
    text = "“The money is there,” the Minister of State for Sport, Colm Devane, said."
    assert _speakers(text) == [("Colm Devane", "the Minister of State for Sport")]


def test_member_for_a_seat() -> None:
    text = "The MP for Kingsford, Dara Lowe, said the bridge was unsafe."
    assert _speakers(text) == [("Dara Lowe", "The MP for Kingsford")]
