"""A chamber, an alliance, a coalition, a consortium and an academy are bodies: a capitalised run they head is an
organisation's name, never a person with a role ("Lagos Chamber" + "of Commerce"). Made-up names only."""

from __future__ import annotations

from cqnews.enrich.speakers.name_split_en import split_name


def test_bodies_headed_by_these_nouns() -> None:
    for run in ("Ibadan Chamber of Commerce", "Coastal Fisheries Alliance", "Clean Rivers Coalition"):
        assert split_name(run.split())[2] == "org", run
    assert split_name("Northfield Academy of Music".split())[2] == "org"


def test_a_person_is_still_a_person() -> None:
    assert split_name(["Ngozi", "Adeyemi"]) == ([], ["Ngozi", "Adeyemi"], "person")
