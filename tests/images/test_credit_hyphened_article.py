"""An Arabic article joined by a hyphen before a surname in lower case ("Khalid al-Mansour", "Omar el-Sayed") is a
particle of a person's name, as "van der" is: the credit names a person, not an organisation (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.credit_text.names import looks_like_person
from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fishermen mend their nets at dawn. Photo: Khalid al-Mansour/Gulf Ledger",
         [("Khalid al-Mansour", "Gulf Ledger")]),
        ("Fishermen mend their nets at dawn. Photo: Omar el-Sayed", [("Omar el-Sayed", None)]),
        ("Fishermen mend their nets at dawn. Photo: Nabil ash-Shami, Levant Daily", [("Nabil ash-Shami", "Levant Daily")]),
    ],
)
def test_hyphened_article_inside_a_taker_name(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    caption, credits = split_photo_credit(text)
    assert caption == "Fishermen mend their nets at dawn."
    assert [(c.name, c.organization) for c in credits] == expected


@pytest.mark.parametrize("text", ["Khalid al-mansour", "Omar el-", "Omar al-2"])
def test_the_word_after_the_hyphen_must_be_a_name_word(text: str) -> None:
    assert not looks_like_person(text)
