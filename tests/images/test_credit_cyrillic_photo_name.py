"""A Cyrillic photo word right before a name of two or three capitalised words, no colon ("Фото Ивана Петрова": the
genitive says "by"; "Фото Иван Петров"; the Ukrainian "Фото Олени Коваль") is a credit closing the caption, as "Фото:
Иван Петров" already was; a place after the word ("Фото Москвы", "Фото Красной площади") stays caption text.
Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Торговцы раскладывают товар на старом рынке в субботу утром."


@pytest.mark.parametrize("name", ["Ивана Петрова", "Иван Петров", "Анны Смирновой-Лебедевой"])
def test_russian_photo_word_and_name(name: str) -> None:
    credit = f"Фото {name}"
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(name, None, credit)])


def test_ukrainian_photo_word_and_name() -> None:
    caption = "Працівники встановлюють новий трап на поромному причалі в неділю."
    assert caption_and_credits(f"{caption} Фото Олени Коваль") == (
        caption,
        [("Олени Коваль", None, "Фото Олени Коваль")],
    )


@pytest.mark.parametrize("place", ["Фото Москвы", "Фото Красной площади"])
def test_a_place_after_the_photo_word_stays(place: str) -> None:
    written = f"{_CAPTION} {place}"
    assert caption_and_credits(written) == (written, [])
