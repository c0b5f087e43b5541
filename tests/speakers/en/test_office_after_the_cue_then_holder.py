"""After an inverted cue, a capitalised office with its complement joined by "of", "for" or "to" ("said the Minister
for Roads, Dr Ama Boateng"), set off before the holder's full name, is the holder's role; a title or courtesy title
before the name is part of the name's writing, not a reason to drop it. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_minister_for_a_portfolio_then_the_holder() -> None:
    assert said_in_en('"The bridge is safe to use," said the Minister for Roads, Yaw Asante.') == [
        ("Yaw Asante", "the Minister for Roads")
    ]


def test_a_courtesy_title_before_the_holder() -> None:
    assert said_in_en('"The bridge is safe to use," said the Minister for Roads, Dr Ama Boateng.') == [
        ("Ama Boateng", "the Minister for Roads")
    ]


def test_a_title_before_the_holder_after_an_office_with_a_long_complement() -> None:
    assert said_in_en(
        '"We were never consulted," said the Chairman of the House Committee on Works, Senator Tunde Bakare.'
    ) == [("Tunde Bakare", "the Chairman of the House Committee on Works")]
