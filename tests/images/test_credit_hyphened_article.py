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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fishermen mend their nets at dawn. (Zia ul-Haq/Dawn)", [("Zia ul-Haq", "Dawn")]),
        ("Fishermen mend their nets at dawn. (Khalid al-Mansour)", [("Khalid al-Mansour", None)]),
    ],
)
def test_hyphened_article_in_a_bare_bracket(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    # a bracket with no label closing the caption: the name with its particle reads as a name phrase
    caption, credits = split_photo_credit(text)
    assert caption == "Fishermen mend their nets at dawn."
    assert [(c.name, c.organization) for c in credits] == expected


def test_a_hyphened_article_opening_a_bracket_stays_caption_text() -> None:
    assert split_photo_credit("Fishermen mend their nets (al-Aqsa)") == ("Fishermen mend their nets (al-Aqsa)", [])
