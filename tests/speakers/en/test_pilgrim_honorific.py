"""A pilgrim's honorific of West African pages ("Alhaji", "Alhaja", "Hajia") before a full name is the person's
title, no part of the name, as "Chief" or "Dr." is; a royal style ("Prince") stays in the name. Made-up sentences
only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_alhaji_before_a_full_name() -> None:
    assert speakers_in_en(
        "The chairman of the market association, Alhaji Sani Danladi, said the stalls would reopen on Friday."
    ) == ["Sani Danladi"]


def test_hajia_then_the_surname() -> None:
    assert speakers_in_en(
        "Hajia Zainab Yakubu runs a tailoring shop near the motor park.",
        '"The water came in through the back door," Yakubu said.',
    ) == ["Zainab Yakubu"]


def test_a_royal_style_stays() -> None:
    assert speakers_in_en('"The bridge will be finished in June," said Prince Kolade Adebayo.') == ["Prince Kolade Adebayo"]
