"""French "auprès de" and who was told between a verb of saying after a quote and its subject ("« … », a réagi auprès
de l'AFP le maire de la commune.", "a confié auprès du Parisien la ministre") is stepped over as "à l'AFP" is, so the
subject after it speaks. Before: no speaker, or (with "a réagi") the quote dropped. Made-up sentences; each expected
value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import direct_with_speaker


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        pytest.param(
            "« Nous allons porter plainte », a réagi auprès de l'AFP le maire de la commune.",
            "le maire de la commune",
            id="reagi",
        ),
        pytest.param(
            "« Nous allons porter plainte », a expliqué auprès de l'AFP le maire de la commune.",
            "le maire de la commune",
            id="explique",
        ),
        pytest.param(
            "« Nous allons porter plainte », a confié auprès du Parisien la ministre.", "la ministre", id="du"
        ),
    ],
)
def test_the_subject_after_the_listener_speaks(sentence: str, role: str) -> None:
    assert direct_with_speaker(sentence, "fr") == [("Nous allons porter plainte", None, role)]
