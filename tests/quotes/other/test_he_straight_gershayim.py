"""Hebrew pages type the gershayim of an acronym or a short title as a straight double mark (צה"ל, ד"ר, עו"ד): a
straight mark between two Hebrew letters opens and closes no quote, and the title it shortens is read as one word
(before, the quote ended inside צה"ל, the rest of the paragraph became a second quote, and "ד" was the speaker's
name). Every sentence is made up in the shape of regional pages; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            '"החיילים של צה"ל יישארו בגבול", אמר ראש המועצה אבי שטרן.',
            [('החיילים של צה"ל יישארו בגבול', "אבי שטרן", "ראש המועצה")],
            id="acronym-inside-the-quote",
        ),
        pytest.param(
            'דובר צה"ל אמר: "הכוחות יצאו מהאזור".',
            [("הכוחות יצאו מהאזור", None, 'דובר צה"ל')],
            id="acronym-before-the-quote",
        ),
        pytest.param(
            '"המחלקה תיפתח מחר", אמר ד"ר יוסי לוי.',
            [("המחלקה תיפתח מחר", "יוסי לוי", 'ד"ר')],
            id="doctor-typed-straight",
        ),
        pytest.param(
            '"אנחנו מוכנים לדיון", אמרה עו"ד רונית כהן.',
            [("אנחנו מוכנים לדיון", "רונית כהן", 'עו"ד')],
            id="lawyer-typed-straight",
        ),
    ],
)
def test_straight_gershayim_is_no_quote_mark(sentence: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert text_said_in(sentence, language="he") == expected


def test_english_straight_mark_after_a_letter_still_opens() -> None:
    assert [t for t, _, _ in text_said_in('He said"we will win" and left.', language="en")] == ["we will win"]
