"""Author names from page metadata (cqnews.enrich.credits.bylines.clean_author_names) and credit-like caption tails."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit
from cqnews.enrich.credits.authors import clean_author_names


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("BR24 Redaktion", ["BR24 Redaktion"]),
        ("SWR3", ["SWR3"]),
        ("105092", []),
        ("12.03.2025", []),
        ("Anna Roe 18:03", []),
        ("Anna Roe", ["Anna Roe"]),
    ],
)
def test_a_digit_in_a_metadata_author_is_kept_unless_it_is_a_number_or_date(value: str, expected: list[str]) -> None:
    assert clean_author_names([value]) == expected


@pytest.mark.parametrize("word", ["Archivbild", "Symbolbild", "Archivfoto", "foto d'archivio"])
def test_archive_words_in_brackets_are_caption_text(word: str) -> None:
    caption = f"Ein Polizeiwagen steht vor dem Haus. ({word})"
    assert split_photo_credit(caption) == (caption, [])
