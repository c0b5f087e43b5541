"""German speakers: a noun that is no office word before a given name and a surname ("Mutter Lisa Kern",
"Nachbar Tim Brandt") describes the person and is no part of the name. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speaker(text: str) -> tuple[str | None, str | None]:
    quotes = find_quotes([Block(text=text)], "de")
    assert len(quotes) == 1
    speaker = quotes[0].speaker
    return (speaker.name, speaker.role) if speaker else (None, None)


def test_a_noun_before_a_given_name_is_the_role() -> None:
    # before: "Mutter Julia Franke", "Nachbar Thomas Engel" were the names
    assert _speaker("„Das Wasser kam in Minuten“, sagt Mutter Julia Franke.") == ("Julia Franke", "Mutter")
    assert _speaker("Nachbar Thomas Engel erzählt: „Das Wasser kam in Minuten.“") == ("Thomas Engel", "Nachbar")


def test_a_given_name_opening_the_run_stays_in_the_name() -> None:
    # two given names before the surname: the first is no noun of a description
    assert _speaker("„Das Wasser kam in Minuten“, sagt Julia Maria Franke.")[0] == "Julia Maria Franke"
