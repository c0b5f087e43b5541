"""Quotes in Hebrew and Arabic: tables of verbs of saying alone (cqnews.lexicon.quotes_latin_extra). A quote next to
one is speech even when short, never a term; no speaker is read (the reader finds names by their capitals, and these
scripts have none). Every sentence is made up."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _read(language: str, *paragraphs: str) -> list[tuple[str, str, str | None]]:
    quotes = find_quotes([Block(text=p) for p in paragraphs], language)
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in quotes]


@pytest.mark.parametrize(
    ("language", "sentence", "said"),
    [
        ("he", "„הכביש ייפתח בחורף“, אמר ראש המועצה יוסי מזרחי.", "הכביש ייפתח בחורף"),
        ("he", "«הכביש ייפתח בחורף», אמרה המהנדסת נועה פרץ.", "הכביש ייפתח בחורף"),
        ("he", '"הכביש ייפתח בחורף", הוסיף הדובר.', "הכביש ייפתח בחורף"),
        ("he", 'ראש המועצה יוסי מזרחי אמר: "הכביש ייפתח בחורף".', "הכביש ייפתח בחורף"),
        ("ar", "وقال رئيس البلدية خالد يوسف: «الطريق سيفتح قريبا».", "الطريق سيفتح قريبا"),
        ("ar", "وأضافت المهندسة ليلى حسن: «العمل مستمر».", "العمل مستمر"),
    ],
)
def test_a_short_quote_next_to_a_verb_of_saying_is_found_with_no_speaker(
    language: str, sentence: str, said: str
) -> None:
    assert _read(language, sentence) == [("direct", said, None)]


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
    assert _read("he", "״הכביש ייפתח בחורף״, אמר ראש המועצה יוסי מזרחי.") == [("direct", "הכביש ייפתח בחורף", None)]
    found = _read("he", "״דובר צה״ל מסר שהכביש ייפתח בחורף הקרוב״, אמר ראש המועצה.")
    assert found == [("direct", "דובר צה״ל מסר שהכביש ייפתח בחורף הקרוב", None)]


def test_hebrew_acronyms_open_no_quote() -> None:
    assert _read("he", "הרמטכ״ל ביקר בבסיס ודובר צה״ל אישר את הביקור אתמול בערב.") == []
