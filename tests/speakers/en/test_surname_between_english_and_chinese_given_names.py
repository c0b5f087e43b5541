"""A Hong Kong name written with an English given name, the surname and the Chinese given name joined by a hyphen
("Frankie Yick Chi-ming"): a later mention by the surname ("Yick said") is the whole name, not the surname and the
Chinese given name. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_surname_alone_after_the_full_name() -> None:
    assert speakers_in_en(
        "Legislator Winnie Tsang Ka-yan said the ferry fares were too high.",
        "“Families cannot pay this,” Tsang said.",
    ) == ["Winnie Tsang Ka-yan", "Winnie Tsang Ka-yan"]


def test_surname_with_a_courtesy_title() -> None:
    assert speakers_in_en(
        "Councillor Brian Fung Siu-lun said the market would stay open.",
        "“Nobody wants it closed,” Mr Fung said.",
    ) == ["Brian Fung Siu-lun", "Brian Fung Siu-lun"]
