"""A German body named by its article and one noun that ends as a body's name does ("die Bundesregierung",
"das Innenministerium") speaks as the body, written without its article. Made-up sentences; each expected
value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes_in


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "„Die Straße bleibt bis Montag gesperrt“, teilte das Verkehrsministerium mit.",
            ("direct", "Die Straße bleibt bis Montag gesperrt", "Verkehrsministerium"),
            id="after-the-quote",
        ),
        pytest.param(
            "Laut dem Landratsamt bleibt die Straße bis Montag gesperrt.",
            ("indirect", "bleibt die Straße bis Montag gesperrt", "Landratsamt"),
            id="after-laut",
        ),
    ],
)
def test_a_body_noun_after_its_article_speaks(sentence: str, expected: tuple[str, str, str]) -> None:
    assert quotes_in("de", sentence) == [expected]


def test_a_person_of_the_body_is_no_body() -> None:
    found = quotes_in("de", "„Die Straße bleibt bis Montag gesperrt“, sagte der Sprecher des Ministeriums.")
    assert found == [("direct", "Die Straße bleibt bis Montag gesperrt", None)]


def test_the_reported_clause_starts_after_the_body_named_in_the_genitive() -> None:
    found = quotes_in("de", "Nach Angaben des Statistischen Bundesamts stiegen die Preise im Mai um zwei Prozent.")
    assert found == [("indirect", "stiegen die Preise im Mai um zwei Prozent", "Statistisches Bundesamt")]
