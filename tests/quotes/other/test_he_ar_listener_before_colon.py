"""Hebrew and Arabic: the verb of saying, the speaker, then whom it was told before the colon ("وقال … لوكالة
الأنباء: «…»"): the speaker is read, the listener left out. Every sentence is made up in the shape of regional
pages; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "ar",
            "وقال الدكتور نبيل عبد الهادي لوكالة الأنباء: «عدد الإصابات ينخفض منذ أسبوع».",
            ("عدد الإصابات ينخفض منذ أسبوع", "نبيل عبد الهادي", "الدكتور"),
            id="ar-told-a-news-agency",
        ),
        pytest.param(
            "ar",
            "وأضاف مدير الميناء وليد خوري للصحفيين: «السفن ستدخل بعد منتصف الليل».",
            ("السفن ستدخل بعد منتصف الليل", "وليد خوري", "مدير الميناء"),
            id="ar-told-the-journalists",
        ),
        pytest.param(
            "he",
            'אמרה דוברת המשטרה ליאת ברק בשיחה עם כתבנו: "החשוד נעצר בלילה".',
            ("החשוד נעצר בלילה", "ליאת ברק", "דוברת המשטרה"),
            id="he-in-a-talk-with",
        ),
    ],
)
def test_listener_before_the_colon(language: str, sentence: str, expected: tuple[str, str, str]) -> None:
    assert text_said_in(sentence, language=language) == [expected]
