"""An abbreviated title with a capitalised qualifier before a name ("Former Rep. Chris Shays", "Retired Gen. Ann
Lee") is no name of its own ("Former Rep"), and the name after it is its sentence's subject, so a later "he"
stands for that person, not for a man quoted before. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(*paragraphs: str) -> list[str | None]:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "en")
    return [q.speaker.name if q.speaker else None for q in quotes]


def test_he_after_a_former_representative() -> None:
    assert _speakers(
        "“We will win this state,” Donald Trump said on Monday.",
        "Former Rep. Chris Shays was pro Kasich while the governor was in the race. “She is my next choice,” he said.",
    ) == ["Donald Trump", "Chris Shays"]


def test_a_preposition_ending_in_or_is_no_role_noun() -> None:
    # "was for Kasich": "for" ends like "senator" but qualifies no one, so Chris Shays stays the subject
    assert _speakers(
        "“We will win this state,” Donald Trump said on Monday.",
        "Former Rep. Chris Shays was for Kasich while the governor was in the race. “She is my next choice,” he said.",
    ) == ["Donald Trump", "Chris Shays"]
