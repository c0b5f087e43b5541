"""An office in Hebrew or Arabic whose complement takes no article (a place's name: "ראש עיריית חיפה"), then a
name: the office is the role and the last words the name, never the office read as the name. Every sentence is
made up in the shape of regional pages; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "he",
            '"עבודות הניקוז יסתיימו לפני החורף", אמר ראש עיריית נהריה עופר לביא.',
            ("עבודות הניקוז יסתיימו לפני החורף", "עופר לביא", "ראש עיריית נהריה"),
            id="he-mayor-of-a-town",
        ),
        pytest.param(
            "he",
            '"הקו יחודש בשבוע הבא", הוסיפה מנהלת מחלקת תחבורה מיכל דהן.',
            ("הקו יחודש בשבוע הבא", "מיכל דהן", "מנהלת מחלקת תחבורה"),
            id="he-two-words-of-complement",
        ),
        pytest.param(
            "he",
            '"הכביש ייפתח מחר", אמר ראש עיריית עפולה.',
            ("הכביש ייפתח מחר", None, "ראש עיריית עפולה"),
            id="he-office-with-no-name",
        ),
        pytest.param(
            "ar",
            "«سنعيد فتح السوق يوم الأحد»، قال رئيس بلدية طمرة كمال ياسين.",
            ("سنعيد فتح السوق يوم الأحد", "كمال ياسين", "رئيس بلدية طمرة"),
            id="ar-mayor-of-a-town",
        ),
    ],
)
def test_office_with_unmarked_complement(language: str, sentence: str, expected: tuple[str, str, str]) -> None:
    assert text_said_in(sentence, language=language) == [expected]
