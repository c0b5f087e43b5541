"""German: "hieß es" after "aus dem"/"aus der" and one capitalised noun that is no office ("Aus dem Rathaus hieß es,
…", "…, hieß es aus der Klinik."): the body the noun names is the source. Made-up sentences; each expected value
is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Aus dem Rathaus hieß es, die Brücke bleibe bis Ostern gesperrt.", "Rathaus"),
        ("Aus der Klinik hieß es, der Zustand der Verletzten sei stabil.", "Klinik"),
        ("Die Schule bleibe vorerst geschlossen, hieß es aus dem Schulamt.", "Schulamt"),
    ],
)
def test_body_after_oblique_article_is_source(sentence: str, speaker: str) -> None:
    assert speakers(sentence, "de") == [speaker]
