"""A German article between two capitalised words joins no name: "Roth der Presse", "Roth den Arbeitern" are a
surname and a noun phrase, so "er" stands for the person named in full before them; a particle after a particle goes
on ("Karl von der Tann"); a noun joined to an acronym ("AfD-Spitzenmann Max Roth") is the role, not part of the
name. Made-up sentences; speakers read off them."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said, speakers_in


@pytest.mark.parametrize(
    "middle",
    [
        "Später erklärte Roth der Presse die Lage im Betrieb.",
        "Danach zeigte Roth den Arbeitern die neue Halle.",
    ],
)
def test_an_article_between_capitalised_words_joins_no_name(middle: str) -> None:
    paragraph = f"Geschäftsführer Max Roth kam am Morgen in das Werk. {middle} „Wir sind mit dem Jahr sehr zufrieden“, sagte er."
    assert speakers_in(paragraph, language="de") == ["Max Roth"]


def test_a_particle_after_a_particle_goes_on() -> None:
    paragraph = "Minister Karl von der Tann kam am Morgen nach Berlin. „Wir sind mit dem Jahr sehr zufrieden“, sagte er."
    assert speakers_in(paragraph, language="de") == ["Karl von der Tann"]


@pytest.mark.parametrize("noun", ["AfD-Spitzenmann", "CDU-Urgestein"])
def test_a_noun_joined_to_an_acronym_is_no_part_of_the_name(noun: str) -> None:
    paragraph = f"Am Abend sprach {noun} Max Roth in der Halle. „Wir sind mit dem Jahr sehr zufrieden“, sagte er."
    assert said(paragraph, "de") == [("Max Roth", noun)]
