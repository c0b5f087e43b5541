"""Made-up news paragraphs read as a new user would write them: an interview with two people, a court
report. Each test shows output that was wrong by construction."""

from __future__ import annotations

from tests.quote_helpers import said, speakers_in


def test_a_verb_after_a_name_set_off_by_commas_is_no_role() -> None:
    # "Her husband, Peter Cole, remembers it differently": the words after the name are its verb phrase.
    got = said("Her husband, Peter Cole, remembers it differently. “She was eight,” he said, laughing.", "en")
    assert got == [("Peter Cole", None)]


def test_a_verb_and_its_object_after_a_name_is_no_role() -> None:
    got = said("Her lawyer, Paul Kemp, runs the firm alone. “We will appeal,” Kemp said.", "en")
    assert got == [("Paul Kemp", None)]


def test_a_surname_that_names_a_network_after_a_given_name_is_a_person() -> None:
    # A debate: "Dan Fox" is a man (Fox alone would be the network), so "he" can stand for him.
    got = speakers_in(
        "Senator Mary Ross and her opponent, Dan Fox, clashed during the debate.",
        "“My opponent has no plan,” Ross said. Fox laughed. “I have a plan, and it works,” he said.",
        language="en",
    )
    assert got == ["Mary Ross", "Dan Fox"]


def test_a_name_set_off_by_commas_before_a_verb_and_a_colon_speaks() -> None:
    # A debate report: the rival answers with a colon lead ("Her rival, Tom Reyes, disagreed: “…”").
    got = said("Her rival, Tom Reyes, disagreed: “It is a fantasy.”", "en")
    assert got == [("Tom Reyes", "Her rival")]


def test_a_name_and_its_role_before_a_verb_and_a_colon_speaks() -> None:
    assert said("Tom Reyes, her rival, disagreed: “It is a fantasy.”", "en") == [("Tom Reyes", "her rival")]


def test_an_adverb_set_off_by_commas_before_a_colon_is_no_role() -> None:
    assert said("Reyes, however, disagreed: “It is a fantasy.”", "en") == [("Reyes", None)]


def test_a_person_of_one_name_before_who_is_a_pronoun_antecedent() -> None:
    # An awards report: the singer goes by one name; "she" after her is her, not the woman quoted before.
    got = speakers_in(
        "“We will win,” Ann Reyes said.",
        "Zola, who won an award, spoke about love. “Love yourself,” she said.",
        language="en",
    )
    assert got == ["Ann Reyes", "Zola"]


def test_a_person_of_one_name_alone_is_the_pronoun_antecedent() -> None:
    got = speakers_in("Zola, who was honored with an award, spoke about love. “Love yourself,” she said.", language="en")
    assert got == ["Zola"]
