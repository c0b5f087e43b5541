"""German: an article and a noun that is no office ("die Amerikanerin", "der Brite") before a name that opens with a
known given name: the name speaks and the noun is its role, as after an office ("die Ministerin Anna Weber").
Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "„Wir bauen die Brücke bis zum Sommer fertig“, sagte die Amerikanerin Jane Doe.",
            ("Jane Doe", "die Amerikanerin"),
        ),
        (
            "„Das Spiel war offen bis zum Schluss“, sagte der Brite John Miller.",
            ("John Miller", "der Brite"),
        ),
    ],
)
def test_the_name_after_a_noun_speaks(text: str, who: tuple[str, str]) -> None:
    assert said(text, "de") == [who]


def test_no_given_name_keeps_the_phrase_a_description() -> None:
    # "Tokio Hotel" opens with no given name: it is not read as a person whose role is "die Band"
    assert said("„Wir spielen wieder in Berlin“, sagte die Band Tokio Hotel.", "de") != [("Tokio Hotel", "die Band")]
