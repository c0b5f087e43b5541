"""A warning cue after a comma may be inverted, its speaker after it ("…, warned Ann Lee"); not when what follows
is the one warned ("…, warned drivers of delays", "…, warned drivers and set up a diversion")."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _indirect(text: str) -> list[tuple[str, str | None]]:
    quotes = find_quotes([Block(text=text)], "en")
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes if q.kind is QuoteKind.INDIRECT]


def test_warned_then_a_name_and_a_role() -> None:
    found = _indirect("Rents will keep climbing, warned Nadia Orme, an economist at Hale Partners.")
    assert found == [("Rents will keep climbing", "Nadia Orme")]


def test_cautioned_then_a_name() -> None:
    assert _indirect("The vaccine is months away, cautioned Colm Doyle.") == [
        ("The vaccine is months away", "Colm Doyle")
    ]


def test_a_bare_noun_after_warned_is_the_one_warned() -> None:
    assert _indirect("Crews shut the bridge, warned motorists of delays.") == []


def test_a_coordinated_verb_after_the_one_warned() -> None:
    assert _indirect("Crews shut the bridge, warned Tom Hale and left.") == []
