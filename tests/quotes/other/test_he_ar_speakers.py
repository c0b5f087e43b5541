"""The speaker in Hebrew and Arabic, scripts with no capitals (cqnews.enrich.quotes.latin_uncased): after a verb of
saying, an office whose last word takes the article, then a name; before the verb, the clause that it ends. Every
sentence is made up in the shape of regional pages; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "he",
            "„המים יחזרו לזרום עד הערב“, אמר ראש המועצה אבי שטרן.",
            ("המים יחזרו לזרום עד הערב", "אבי שטרן", "ראש המועצה"),
            id="he-office-with-complement",
        ),
        pytest.param(
            "he",
            '"הגן ייפתח מחדש בספטמבר", אמרה הגננת רותי אלון.',
            ("הגן ייפתח מחדש בספטמבר", "רותי אלון", "הגננת"),
            id="he-office-with-article",
        ),
        pytest.param(
            "he",
            '"הגשר ייסגר לשבועיים", הסביר המהנדס.',
            ("הגשר ייסגר לשבועיים", None, "המהנדס"),
            id="he-office-alone",
        ),
        pytest.param(
            "he",
            '"אין לנו מספיק מורים", אמר עמית גולן בשיחה עם תושבי השכונה.',
            ("אין לנו מספיק מורים", "עמית גולן", None),
            id="he-name-ended-by-a-preposition",
        ),
        pytest.param(
            "he",
            'מנהלת בית החולים שירה כץ אמרה: "כל המחלקות פתוחות".',
            ("כל המחלקות פתוחות", "שירה כץ", "מנהלת בית החולים"),
            id="he-subject-before-the-verb",
        ),
        pytest.param(
            "ar",
            "«سنفتح المدرسة الأسبوع المقبل»، قال مدير التربية سمير ناصر.",
            ("سنفتح المدرسة الأسبوع المقبل", "سمير ناصر", "مدير التربية"),
            id="ar-arabic-comma-office-with-complement",
        ),
        pytest.param(
            "ar",
            "وقالت الطبيبة هدى سالم: «الحالات في تراجع».",
            ("الحالات في تراجع", "هدى سالم", "الطبيبة"),
            id="ar-office-with-article-before-quote",
        ),
        pytest.param(
            "ar",
            "وأوضح المتحدث باسم البلدية عبد الكريم حداد: «المياه ستعود مساء».",
            ("المياه ستعود مساء", "عبد الكريم حداد", "المتحدث باسم البلدية"),
            id="ar-name-link-opens-the-name",
        ),
        pytest.param(
            "ar",
            "«لن نرفع الأسعار»، أكد وزير الاقتصاد مروان الحلبي في مؤتمر صحفي.",
            ("لن نرفع الأسعار", "مروان الحلبي", "وزير الاقتصاد"),
            id="ar-surname-with-article-stays-in-the-name",
        ),
        pytest.param(
            "ar",
            "«الطريق مغلق حتى الصباح»، قال مسؤول في الشرطة.",
            ("الطريق مغلق حتى الصباح", None, "مسؤول"),
            id="ar-unnamed-official",
        ),
        pytest.param(
            "ar",
            "الممرضة سلمى يوسف قالت: «نعمل بلا توقف».",
            ("نعمل بلا توقف", "سلمى يوسف", "الممرضة"),
            id="ar-subject-before-the-verb",
        ),
    ],
)
def test_the_speaker_is_read_by_where_it_stands(
    language: str, sentence: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert text_said_in(sentence, language=language) == [expected]
