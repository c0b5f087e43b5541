"""Dutch speakers: a name with the particle "de" ("Pieter de Graaf") is one person's name in the prose, so a
pronoun after it stands for that person. Where nouns are lower case, a capitalised word after "de" inside a run
of capitals is a name's, not a noun's. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import speakers


def test_a_pronoun_stands_for_a_name_with_de() -> None:
    # before: "Pieter de Graaf" was cut at "de" and no one stood for "hij"
    assert speakers("Pieter de Graaf opende dinsdag het nieuwe zwembad. „Het werd tijd”, zei hij.", "nl") == [
        "Pieter de Graaf"
    ]


def test_a_german_article_after_a_name_still_ends_it() -> None:
    # German nouns are capitalised: "den Zusammenbruch" after a surname is no part of a name
    found = find_quotes(
        [Block(text="Müller nannte Merkel den Zusammenbruch der Koalition. „Es ist vorbei“, sagte er.")], "de"
    )
    assert all(q.speaker is None or "Zusammenbruch" not in q.speaker.name for q in found)
