"""German verbs of saying in the perfect, their participle ending the clause ("Die Polizei hat mitgeteilt, …",
"Wie Berg betont hat, …"): the participle is a cue, and the subject of a perfect stands before its auxiliary.
Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes_in


def test_a_wie_clause_ending_in_a_perfect() -> None:
    assert quotes_in("de", "Wie Jana Kuhn angekündigt hat, fallen am Wochenende Züge aus.") == [
        ("indirect", "fallen am Wochenende Züge aus", "Jana Kuhn")
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "speaker"),
    [
        pytest.param(
            "Anna Berg hat betont, die Lage sei ernst.", "die Lage sei ernst", "Anna Berg", id="participle-present-form"
        ),
        pytest.param(
            "Die Polizei hat am Sonntagabend mitgeteilt, der Mann sei gefunden worden.",
            "der Mann sei gefunden worden",
            "Polizei",
            id="separable-participle",
        ),
        pytest.param(
            "Die Staatsanwaltschaft hatte bereits im Mai mitgeteilt, dass gegen den Mann ermittelt werde.",
            "gegen den Mann ermittelt werde",
            "Staatsanwaltschaft",
            id="pluperfect-dass",
        ),
    ],
)
def test_the_subject_of_a_perfect_stands_before_its_auxiliary(sentence: str, text: str, speaker: str) -> None:
    assert quotes_in("de", sentence) == [("indirect", text, speaker)]


def test_a_perfect_with_no_subject_names_no_one() -> None:
    assert quotes_in("de", "Hat mitgeteilt, dass der Täter gefasst wurde.") == [
        ("indirect", "dass der Täter gefasst wurde", None)
    ]
