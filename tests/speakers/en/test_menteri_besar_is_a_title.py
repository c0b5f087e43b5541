""""Menteri Besar" (the chief minister of a Malay state) before a name is its title, both words, as "Tan Sri"
is an honorific of two words: "Kedah Menteri Besar Ahmad Faris Yusof" is Ahmad Faris Yusof. Made-up sentences
only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_menteri_besar_before_the_cue() -> None:
    assert said_in_en("Perlis Menteri Besar Azlan Hamid said: “The state will pay for the repairs.”") == [
        ("Azlan Hamid", "Perlis Menteri Besar")
    ]


def test_menteri_besar_after_the_cue() -> None:
    assert said_in_en("“Water will be rationed from Monday,” said Kedah Menteri Besar Ahmad Faris Yusof.") == [
        ("Ahmad Faris Yusof", "Kedah Menteri Besar")
    ]
