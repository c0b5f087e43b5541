"""Quotes in Hebrew and Arabic (cqnews.lexicon.quotes_latin_extra). A quote next to a verb of saying is speech even
when short, never a term; its speaker is read by where it stands (tests/quotes/other/test_he_ar_speakers.py). Every
sentence is made up."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _read(language: str, *paragraphs: str) -> list[tuple[str, str, str | None]]:
    quotes = find_quotes([Block(text=p) for p in paragraphs], language)
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in quotes]


@pytest.mark.parametrize(
    ("language", "sentence", "said", "name"),
    [
        ("he", "„הכביש ייפתח בחורף“, אמר ראש המועצה יוסי מזרחי.", "הכביש ייפתח בחורף", "יוסי מזרחי"),
        ("he", "«הכביש ייפתח בחורף», אמרה המהנדסת נועה פרץ.", "הכביש ייפתח בחורף", "נועה פרץ"),
        ("he", '"הכביש ייפתח בחורף", הוסיף הדובר.', "הכביש ייפתח בחורף", None),
        ("he", 'ראש המועצה יוסי מזרחי אמר: "הכביש ייפתח בחורף".', "הכביש ייפתח בחורף", "יוסי מזרחי"),
        ("ar", "وقال رئيس البلدية خالد يوسف: «الطريق سيفتح قريبا».", "الطريق سيفتح قريبا", "خالد يوسف"),
        ("ar", "وأضافت المهندسة ليلى حسن: «العمل مستمر».", "العمل مستمر", "ليلى حسن"),
    ],
)
def test_a_short_quote_next_to_a_verb_of_saying_is_found(
    language: str, sentence: str, said: str, name: str | None
) -> None:
    assert _read(language, sentence) == [("direct", said, name)]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("he", 'הסרט "ימים של קיץ" זכה בפרס.'),
        ("ar", "فاز فيلم «أيام الصيف» بالجائزة."),
    ],
)
def test_a_short_title_with_no_verb_of_saying_stays_a_term(language: str, sentence: str) -> None:
    assert _read(language, sentence) == []


def test_hebrew_gershayim_quote_and_an_acronym_inside_stays_whole() -> None:
    found = _read("he", "״הכביש ייפתח בחורף״, אמר ראש המועצה יוסי מזרחי.")
    assert found == [("direct", "הכביש ייפתח בחורף", "יוסי מזרחי")]
    found = _read("he", "״דובר צה״ל מסר שהכביש ייפתח בחורף הקרוב״, אמר ראש המועצה.")
    assert found == [("direct", "דובר צה״ל מסר שהכביש ייפתח בחורף הקרוב", None)]


def test_hebrew_acronyms_open_no_quote() -> None:
    assert _read("he", "הרמטכ״ל ביקר בבסיס ודובר צה״ל אישר את הביקור אתמול בערב.") == []
