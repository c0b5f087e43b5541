"""Hebrew titles written short with gershayim or geresh ("ד״ר", "עו״ד", "פרופ׳") are one word and the role: before,
the word was cut at its mark and its first letter was the name. Every sentence is made up in the shape of regional
pages; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            '"מצבו של הפצוע יציב", אמר ד״ר גיל אשכנזי.',
            ("מצבו של הפצוע יציב", "גיל אשכנזי", "ד״ר"),
            id="doctor-after-the-verb",
        ),
        pytest.param(
            'עו״ד מאיה שורץ אמרה: "נגיש עתירה כבר השבוע".',
            ("נגיש עתירה כבר השבוע", "מאיה שורץ", "עו״ד"),
            id="lawyer-before-the-verb",
        ),
        pytest.param(
            '"הסקר נערך בכל רחבי הגליל", הסבירה פרופ׳ נגה ברנע.',
            ("הסקר נערך בכל רחבי הגליל", "נגה ברנע", "פרופ׳"),
            id="professor-with-geresh",
        ),
    ],
)
def test_abbreviated_title_is_the_role(sentence: str, expected: tuple[str, str, str]) -> None:
    assert text_said_in(sentence, language="he") == [expected]
