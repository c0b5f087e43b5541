"""An age set off by commas between the name after a verb of saying and the office after it ("…, sagt Anna Berg, 45,
Anwohnerin.", "…, explique Marie Martin, 38 ans, adjointe aux finances.", "…, dice Ana Ruiz, de 67 años, vecina del
barrio.") is stepped over: the office after it is the speaker's role, as with no age. Before: no role. Made-up
sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import direct_with_speaker


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        pytest.param(
            "„Das ist eine Katastrophe“, sagt Anna Berg, 45, Anwohnerin.",
            "de",
            ("Das ist eine Katastrophe", "Anna Berg", "Anwohnerin"),
            id="de-number",
        ),
        pytest.param(
            "« On n'a jamais vu ça », explique Marie Martin, 38 ans, adjointe aux finances.",
            "fr",
            ("On n'a jamais vu ça", "Marie Martin", "adjointe aux finances"),
            id="fr-ans",
        ),
        pytest.param(
            "«No hemos dormido», dice Ana Ruiz, 67 años, vecina del barrio.",
            "es",
            ("No hemos dormido", "Ana Ruiz", "vecina del barrio"),
            id="es-anos",
        ),
        pytest.param(
            "«No hemos dormido», dice Ana Ruiz, de 67 años, vecina del barrio.",
            "es",
            ("No hemos dormido", "Ana Ruiz", "vecina del barrio"),
            id="es-de-anos",
        ),
    ],
)
def test_the_office_after_the_age_is_the_role(sentence: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert direct_with_speaker(sentence, lang) == [expected]


def test_an_age_alone_gives_no_role() -> None:
    assert direct_with_speaker("„Das ist eine Katastrophe“, sagt Anna Berg, 45.", "de") == [
        ("Das ist eine Katastrophe", "Anna Berg", None)
    ]
