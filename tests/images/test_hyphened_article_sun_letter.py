"""An Arabic article joined by a hyphen before a sun letter (ad-, an-, ar-, as-, ash-, at-, az-) doubles the letter
that follows ("Nabil ash-Shami", "Samir at-Tayyib"); an English hyphened word such as "at-Large" or "as-Is" is no
article, so the capitalised word after it does not make it a name word (made-up names)."""

from __future__ import annotations

import pytest

from cqnews.credit_text.names import is_name_phrase, looks_like_person


@pytest.mark.parametrize(
    "phrase",
    ["Council Member at-Large", "Delegate at-Large", "Sold as-Is", "Panel ad-Hoc", "Seat an-Other"],
)
def test_an_english_hyphened_word_is_no_name_word(phrase: str) -> None:
    assert not is_name_phrase(phrase)


@pytest.mark.parametrize(
    "name",
    [
        "Nabil ash-Shami",
        "Samir at-Tayyib",
        "Karim ad-Dawud",
        "Yusuf an-Nuri",
        "Hadi ar-Rafiq",
        "Omar as-Sabri",
        "Ziad az-Zahir",
        "Khalid al-Mansour",
        "Omar el-Sayed",
        "Tariq ul-Haq",
    ],
)
def test_an_arabic_article_before_the_surname_still_joins_it(name: str) -> None:
    assert is_name_phrase(name)
    assert looks_like_person(name)
