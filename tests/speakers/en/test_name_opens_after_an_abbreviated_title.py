"""After a courtesy title ("Dr") or an abbreviated one ("Gen.", "Brig.") the name opens at once: its first word is
no description even when a known given name follows it ("Gen. Rommel Francisco Marbil" was "Francisco Marbil",
role "Gen. Rommel"; "Dr Rommel …" likewise). A capitalised word opening a run with no title before it still may be
one ("Brave Marina Lacerda"). Made-up sentences in the shape of Philippine and Malaysian reports."""

from __future__ import annotations

from tests.quote_helpers import said


def test_an_abbreviated_rank_before_a_name_of_three_words() -> None:
    text = "PNP chief Gen. Rommel Francisco Dizon said the suspects had been arrested in Laguna."
    assert said(text, "en") == [("Rommel Francisco Dizon", "PNP chief Gen.")]


def test_a_courtesy_title_before_a_name_of_three_words() -> None:
    text = "“The ward will reopen on Monday,” said Dr Rommel Francisco Dizon."
    assert said(text, "en") == [("Rommel Francisco Dizon", "Dr")]

