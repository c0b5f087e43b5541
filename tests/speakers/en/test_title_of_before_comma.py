"""A title with its complement set before a name in apposition ("The Minister of Education, Haruna Iddrisu,"):
a later "the minister said" is that person, as after "The governor, Kathy Hochul,". Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_a_title_of_a_ministry_before_the_name() -> None:
    assert speakers_in_en(
        "The Minister of Fisheries, Kofi Ampofo-Mensah, met the trawler crews at the port.",
        '"The season will reopen in May," the minister said.',
    ) == ["Kofi Ampofo-Mensah"]


def test_a_title_of_a_longer_body_before_the_name() -> None:
    assert speakers_in_en(
        "The Secretary of the dockers' union, Efua Boateng, led the march on Monday.",
        '"We will not unload a single ship," the secretary said.',
    ) == ["Efua Boateng"]
