"""German verb-second sentences opened by a time or a place, the verb of saying, its subject after it, then a short
setting a preposition opens before the comma ("Am Dienstag erklärte Kretschmann in Stuttgart, …"): the subject
speaks, the setting is no part of it. Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        pytest.param("Am Dienstag erklärte Lenzen in Ulm, das Land werde helfen.", ("Lenzen", None), id="surname"),
        pytest.param(
            "Am Morgen sagte Anna Berg im Landtag, das Land werde helfen.", ("Anna Berg", None), id="full-name"
        ),
        pytest.param(
            "Dazu erklärte die Ministerin am Abend vor Journalisten, das Land werde helfen.",
            (None, "die Ministerin"),
            id="description-two-settings",
        ),
    ],
)
def test_the_subject_before_a_setting_speaks(sentence: str, speaker: tuple[str | None, str | None]) -> None:
    assert said(sentence, "de") == [speaker]
