"""The Italian passato prossimo in the plural ("hanno spiegato che …", "…”, hanno assicurato i titolari"): a body or
a group reports as often as one person, and the table makes "hanno" + participle from each verb as it makes "ha" +
participle. Made-up sentences only."""

from __future__ import annotations

import pytest

from cqnews.lexicon.quotes_latin import ITALIAN
from tests.quote_helpers import quotes_found


@pytest.mark.parametrize(
    ("sentence", "kind", "text"),
    [
        ("I vigili del fuoco hanno spiegato che l'incendio è partito da una stufa elettrica.", "indirect",
         "l'incendio è partito da una stufa elettrica"),
        ("I sindacati hanno ribadito che lo sciopero resta confermato per venerdì.", "indirect",
         "lo sciopero resta confermato per venerdì"),
        ("Gli organizzatori hanno detto che la gara si correrà anche con la pioggia.", "indirect",
         "la gara si correrà anche con la pioggia"),
    ],
)
def test_a_plural_compound_past_reports_the_clause_after_it(sentence: str, kind: str, text: str) -> None:
    assert [(k, t) for k, t, _ in quotes_found(sentence, "it")] == [(kind, text)]


def test_the_table_holds_the_plural_of_each_compound_past() -> None:
    # a regular verb in -are, one in -ire with -isc-, an irregular one
    for form in ("hanno dichiarato", "hanno riferito", "hanno chiarito", "hanno detto", "hanno risposto"):
        assert form in ITALIAN.cues, form
    # (the simple plurals stay out: "dichiarano", "dissero")
    assert "dichiarano" not in ITALIAN.cues
    assert "dissero" not in ITALIAN.cues
