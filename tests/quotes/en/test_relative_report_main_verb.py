"""A report inside a relative clause on the speaker ("Mr Kumar, who says he lost his crop, wants …", "Mr Kumar, a
farmer who says …, wants …") ends at the comma before the main clause's verb, a present in -s with its object
too; a plural noun of a list after a comma is no main verb. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_present_main_verb_ends_the_relative_report() -> None:
    assert reported("Mr Kumar, who says he lost his entire crop, wants compensation from the state.") == [
        "he lost his entire crop"
    ]


def test_description_then_who_ends_at_the_main_verb() -> None:
    assert reported("Mr Kumar, a farmer who says he lost his entire crop, wants compensation.") == [
        "he lost his entire crop"
    ]


def test_description_then_who_ends_before_an_auxiliary() -> None:
    assert reported("Ms Wanjiru, a trader who said her stall was razed, is now selling from home.") == [
        "her stall was razed"
    ]


def test_a_list_of_plural_nouns_stays_in_the_report() -> None:
    text = "Ms Atieno, who says the market sells maize, beans and sorghum, runs a stall in Kisumu."
    assert reported(text) == ["the market sells maize, beans and sorghum"]
