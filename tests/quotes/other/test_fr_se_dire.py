"""French "se dire" and an adjective in quotes ("Le maire s'est dit « très inquiet »", "La ministre s'est dite « très
soulagée »", "« … », se dit le maire") is a verb of saying with its pronoun: the subject speaks. Before: "dit" alone
was the cue, so the pronoun stayed in the role ("Le maire s'est"), and "dite" read as "so-called" made the quote a
term. Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import direct_with_speaker


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Le maire s'est dit « très inquiet » de la situation.",
            ("très inquiet", None, "Le maire"),
            id="passe-compose",
        ),
        pytest.param(
            "Le maire se dit « très inquiet » de la situation.", ("très inquiet", None, "Le maire"), id="present"
        ),
        pytest.param(
            "Marie Martin s'est dite « très soulagée » après le verdict.",
            ("très soulagée", "Marie Martin", None),
            id="feminine",
        ),
        pytest.param(
            "« Je suis très inquiet », se dit le maire de Guéret.",
            ("Je suis très inquiet", None, "le maire de Guéret"),
            id="after-quote",
        ),
    ],
)
def test_se_dire_is_a_verb_of_saying(sentence: str, expected: tuple[str, str | None, str | None]) -> None:
    assert direct_with_speaker(sentence, "fr") == [expected]


def test_dite_before_a_term_stays_a_term() -> None:
    assert direct_with_speaker("La réforme dite « travail » a été adoptée.", "fr") == []
