"""Hebrew and Arabic: the verb of saying, the speaker, then whom it was told before the colon ("وقال … لوكالة
الأنباء: «…»"): the speaker is read, the listener left out. Every sentence is made up in the shape of regional
pages; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _said(language: str, sentence: str) -> list[tuple[str, str | None, str | None]]:
    quotes = find_quotes([Block(text=sentence)], language)
    return [(q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in quotes]


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
    assert _said(language, sentence) == [expected]
