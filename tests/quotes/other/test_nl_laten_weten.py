"""Dutch "laten weten" ("let it be known"): the pair is the verb of saying, so the "dat" clause after it is
reported ("De club liet weten dat …"), not cut off by "weten" between the verb and its conjunction. Made-up
sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes_in


@pytest.mark.parametrize(
    ("sentence", "text", "speaker"),
    [
        ("Wethouder Karin Smit liet weten dat het zwembad in mei weer opengaat.",
         "het zwembad in mei weer opengaat", "Karin Smit"),
        ("Trainer Joost Visser laat weten dat de aanvoerder zaterdag niet speelt.",
         "de aanvoerder zaterdag niet speelt", "Joost Visser"),
        ("De bewoners lieten weten dat ze de petitie maandag aanbieden.",
         "ze de petitie maandag aanbieden", None),
    ],
)
def test_laten_weten_reports_its_dat_clause(sentence: str, text: str, speaker: str | None) -> None:
    assert quotes_in("nl", sentence) == [("indirect", text, speaker)]
