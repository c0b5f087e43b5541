"""A word describing the person that opens a capitalised run before a name is no part of the name: a count of
children ("Mum-of-three", "Father-of-2") and a noun of a person that is no given name ("Resident", "Volunteer")
before a name of two words or more, even when the given name is not one we know. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.speakers.name_split_en import split_name


def test_count_of_children_is_the_role() -> None:
    assert split_name(["Mum-of-three", "Siobhan", "O'Neill"]) == (["Mum-of-three"], ["Siobhan", "O'Neill"], "person")
    assert split_name(["Father-of-2", "Tunde", "Bakare"]) == (["Father-of-2"], ["Tunde", "Bakare"], "person")


def test_person_noun_before_an_unknown_given_name() -> None:
    assert split_name(["Resident", "Nguyen", "Thi", "Mai"]) == (["Resident"], ["Nguyen", "Thi", "Mai"], "person")
    assert split_name(["Volunteer", "Chidi", "Okafor"]) == (["Volunteer"], ["Chidi", "Okafor"], "person")


def test_a_name_alone_keeps_its_words() -> None:
    assert split_name(["Nguyen", "Thi", "Mai"]) == ([], ["Nguyen", "Thi", "Mai"], "person")
    assert split_name(["Siobhan", "O'Neill"]) == ([], ["Siobhan", "O'Neill"], "person")


def test_place_after_a_body_is_no_person() -> None:
    assert split_name(["Police", "Scotland"]) == ([], ["Police", "Scotland"], "org")
    assert split_name(["Daily", "Mail", "Okoro"]) == (["Daily", "Mail"], ["Okoro"], "person")
