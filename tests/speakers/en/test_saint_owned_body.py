"""An institution named after a saint, the saint's name in the possessive ("St Anne's Hospice", "St. Jude's
Children's Research Hospital"), is one body: the possessive is inside its name, no owner's, so a spokesperson
for it is described with the whole name. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "en")
    return [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in quotes]


def test_a_spokeswoman_for_a_hospice() -> None:
    assert _speakers('A spokeswoman for St Brigid\'s Hospice said: "Every penny goes to nursing care."') == [
        (None, "A spokeswoman for St Brigid's Hospice")
    ]


def test_two_possessives_in_the_name() -> None:
    assert _speakers('A spokesman for St. Oswald\'s Children\'s Hospital said: "The ward will reopen."') == [
        (None, "A spokesman for St. Oswald's Children's Hospital")
    ]


def test_an_owner_before_a_person_is_still_cut() -> None:
    assert _speakers('The union\'s Dara Quinlan said: "We will ballot our members."') == [("Dara Quinlan", None)]
