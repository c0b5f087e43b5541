"""A participle in -ing opening a sentence before a comma ("Reacting, the chairman of the council, Hon. Ade Bello,
said", a lead of Nigerian and Ghanaian pages) is the writer's, no name: the person named in the chain speaks.
Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_reacting_before_a_titled_name() -> None:
    assert said_in_en(
        "Reacting, the Chairman of Ikota Local Council, Hon. Tunde Ajayi, said the fee had been approved by law.",
        '"Every kobo will go into the drains," he said.',
    ) == [("Tunde Ajayi", "the Chairman of Ikota Local Council")] * 2


def test_a_surname_in_ing_alone_still_speaks() -> None:
    assert said_in_en('Manning, the head of the dockers\' union, said: "We will not move."') == [
        ("Manning", "the head of the dockers' union")
    ]
