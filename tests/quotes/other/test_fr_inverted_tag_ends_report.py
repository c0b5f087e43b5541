"""French: a verb and its subject pronoun after it ("a-t-il ajouté", "précise-t-elle", "a-t-on appris auprès de …"),
set off by a comma at the end of a reported clause, are the reporting clause, no part of what was said; before, the
report's text ran on to the sentence's end. Made-up sentences of regional papers; each expected value is read from
its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes_in


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        pytest.param(
            "Le maire a expliqué que la piscine fermerait tout l'été, a-t-il ajouté.",
            "la piscine fermerait tout l'été",
            id="a-t-il",
        ),
        pytest.param(
            "La directrice a assuré que la cantine rouvrirait jeudi, précise-t-elle.",
            "la cantine rouvrirait jeudi",
            id="present-t-elle",
        ),
        pytest.param(
            "Le préfet a indiqué que deux routes restaient coupées, a-t-on appris auprès de la mairie.",
            "deux routes restaient coupées",
            id="a-t-on-with-a-source",
        ),
    ],
)
def test_the_inverted_tag_is_left_out_of_the_report(sentence: str, text: str) -> None:
    assert [found[1] for found in quotes_in("fr", sentence)] == [text]


def test_an_inverted_tag_inside_the_report_stays() -> None:
    found = quotes_in("fr", "Le maire a expliqué que la piscine, dit-il, fermerait tout l'été.")
    assert [f[1] for f in found] == ["la piscine, dit-il, fermerait tout l'été"]
