"""Hebrew and Arabic: a time word or an adverb between the verb of saying and its subject ("אמר אתמול יוסי לוי",
"قال أمس أحمد علي") is stepped over before the name; before, the time word ended the phrase and nobody spoke.
Every sentence is made up in the shape of pages in no corpus; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        pytest.param('"אנחנו ממשיכים", אמר אתמול יוסי לוי.', "he", ("יוסי לוי", None), id="he-yesterday"),
        pytest.param(
            '"אנחנו ממשיכים", אמר היום ראש המועצה יוסי מזרחי.',
            "he",
            ("יוסי מזרחי", "ראש המועצה"),
            id="he-today-office",
        ),
        pytest.param('"אנחנו ממשיכים", אמר גם יוסי לוי.', "he", ("יוסי לוי", None), id="he-also"),
        pytest.param('"אנחנו ממשיכים", אמר אתמול הדובר.', "he", (None, "הדובר"), id="he-description"),
        pytest.param("«سنواصل العمل»، قال أمس أحمد علي.", "ar", ("أحمد علي", None), id="ar-yesterday"),
        pytest.param(
            "«سنواصل العمل»، قال اليوم وزير الخارجية أحمد علي.",
            "ar",
            ("أحمد علي", "وزير الخارجية"),
            id="ar-today-office",
        ),
        pytest.param('"אנחנו ממשיכים", אמר יוסי לוי אתמול.', "he", ("יוסי לוי", None), id="he-time-after-as-before"),
        pytest.param("«سنواصل العمل»، قال أحمد علي أمس.", "ar", ("أحمد علي", None), id="ar-time-after-as-before"),
    ],
)
def test_the_name_after_the_time_speaks(sentence: str, language: str, expected: tuple[str | None, str | None]) -> None:
    assert said(sentence, language) == [expected]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        pytest.param('"אנחנו ממשיכים", אמר אתמול.', "he", id="he-time-alone"),
        pytest.param("«سنواصل العمل»، قال أمس.", "ar", id="ar-time-alone"),
    ],
)
def test_a_time_alone_is_nobody(sentence: str, language: str) -> None:
    assert said(sentence, language) == [(None, None)]
