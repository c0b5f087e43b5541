"""Italian, Spanish, French, Portuguese: an office word with an adjective or two after it, then a name, after the verb
of saying ("«…», ha detto il consigliere comunale Paolo Neri", "dijo el concejal socialista Pedro Gil", "a déclaré le
député européen Jean Roy"): the name speaks, the office and its adjectives are the role. Before, the whole phrase was
the role and no one was named. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("text", "language", "name", "role"),
    [
        (
            "«È una vergogna», ha detto il consigliere comunale Paolo Neri.",
            "it",
            "Paolo Neri",
            "il consigliere comunale",
        ),
        ("«Es una vergüenza», dijo el concejal socialista Pedro Gil.", "es", "Pedro Gil", "el concejal socialista"),
        ("« C'est une honte », a déclaré le député européen Jean Roy.", "fr", "Jean Roy", "le député européen"),
        ("«É uma vergonha», disse o deputado socialista Pedro Gil.", "pt", "Pedro Gil", "o deputado socialista"),
    ],
)
def test_office_adjective_then_name(text: str, language: str, name: str, role: str) -> None:
    assert said(text, language) == [(name, role)]


def test_office_and_adjective_with_no_name_stay_a_description() -> None:
    assert said("«Es una vergüenza», dijo el presidente regional.", "es") == [(None, "el presidente regional")]
