"""A middle word of a three-word name used alone stands for the whole name ("Muhamad Akmal Saleh" … "Akmal
said"): Malay, Southern African and Spanish names are often shortened to the name the person goes by, which
need not be the first word. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_a_malay_middle_name_alone_is_the_whole_name() -> None:
    assert speakers_in_en(
        "Muhamad Akmal Saleh, 34, was charged at the Sessions Court in Seremban on Tuesday.",
        '"I did not take the money," Akmal said after the hearing.',
    ) == ["Muhamad Akmal Saleh"]


def test_a_shona_middle_name_alone_is_the_whole_name() -> None:
    assert speakers_in_en(
        "Tendai Farai Moyo runs a kombi rank in Chitungwiza.",
        "Farai said fuel prices had doubled since January.",
    ) == ["Tendai Farai Moyo"]


def test_the_first_and_the_last_word_alone_are_unchanged() -> None:
    assert speakers_in_en(
        "Tendai Farai Moyo runs a kombi rank in Chitungwiza.",
        "Moyo said fuel prices had doubled since January.",
        "Tendai said drivers would strike on Monday.",
    ) == ["Tendai Farai Moyo", "Tendai Farai Moyo"]
