"""An adverbial closed by a comma between a cue and a bare reported clause: set off by commas it is the saying's
("said, in a statement, the final …"), and so is one opened as the saying's own adverbials are ("said at a
briefing, the suspects …"); any other is fronted inside the report ("said as a result of the strike, flights …")."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_adverbial_set_off_by_commas() -> None:
    assert reported("The netball federation said, in a statement, the final would go ahead as planned.") == [
        "the final would go ahead as planned"
    ]


def test_set_off_adverbial_then_pronoun_clause() -> None:
    assert reported("The dock workers' union said, in a letter to members, it would ballot for strike action.") == [
        "it would ballot for strike action"
    ]


def test_saying_adverbial_closed_by_a_comma() -> None:
    assert reported("The county commissioner said at a briefing, the suspects were known to officers.") == [
        "the suspects were known to officers"
    ]


def test_fronted_adverbial_stays_in_the_report() -> None:
    assert reported("Transport police said as a result of the crash, the N7 had been closed in both directions.") == [
        "as a result of the crash, the N7 had been closed in both directions"
    ]


def test_fronted_adverbial_of_condition() -> None:
    assert reported("The premier said under the new rules, landlords would have to register every flat.") == [
        "under the new rules, landlords would have to register every flat"
    ]


def test_no_clause_after_the_comma() -> None:
    assert reported("The ward councillor said on Monday, the same day the audit came out.") == []


def test_a_quote_after_the_comma_is_no_report() -> None:
    assert reported('The rugby club said, in a statement, "We are deeply saddened by the news."') == []


def test_a_clause_with_a_cue_of_its_own_is_its_subjects_report() -> None:
    assert reported("The chairman said after the vote, the treasurer has said the accounts were late.") == [
        "the accounts were late"
    ]


def test_participle_phrase_set_off_by_commas() -> None:
    assert reported("Ms Atieno said, speaking to reporters in Kisumu, the clinic had been shut since March.") == [
        "the clinic had been shut since March"
    ]


def test_lone_participle_set_off_by_commas() -> None:
    assert reported("The hurling manager said, laughing, the team was ready for Sunday.") == [
        "the team was ready for Sunday"
    ]


def test_count_with_a_degree_word_after_a_comma_adverbial() -> None:
    assert reported("The governor said, in a post on X, about 40 families had been moved to a school.") == [
        "about 40 families had been moved to a school"
    ]


def test_quantifier_of_after_a_comma_adverbial() -> None:
    assert reported("The utility said, in a statement, some of the lines would stay down until Sunday.") == [
        "some of the lines would stay down until Sunday"
    ]


def test_half_after_a_comma_adverbial() -> None:
    assert reported("The principal said, in a letter, nearly half the pupils were absent on Monday.") == [
        "nearly half the pupils were absent on Monday"
    ]


def test_spelled_count_after_a_comma_adverbial() -> None:
    assert reported("Police said, in an update, two of the men had been released on bail.") == [
        "two of the men had been released on bail"
    ]


def test_bare_plural_subject_after_a_comma_adverbial() -> None:
    assert reported("The water board said, in a notice, households would be cut off from Tuesday.") == [
        "households would be cut off from Tuesday"
    ]


def test_bare_subject_and_irregular_past_after_a_comma_adverbial() -> None:
    assert reported("The miller said, in its annual report, sales fell for a third year.") == [
        "sales fell for a third year"
    ]


def test_bare_noun_object_after_a_comma_adverbial_is_no_clause() -> None:
    assert reported("The trust said, in a statement, thanks to all the volunteers.") == []


def test_place_and_its_country_inside_the_adverbial() -> None:
    assert reported("The regional commissioner said, in Kisumu, Kenya, the ferry would resume on Monday.") == [
        "the ferry would resume on Monday"
    ]


def test_place_and_its_state_inside_the_adverbial() -> None:
    assert reported("The senator said, in Dayton, Ohio, the plant would hire 400 workers.") == [
        "the plant would hire 400 workers"
    ]


def test_hyphened_word_inside_an_adverbial_set_off_by_commas() -> None:
    assert reported("Police said, following a tip-off, officers searched a warehouse in Thika.") == [
        "officers searched a warehouse in Thika"
    ]


def test_possessive_inside_an_adverbial_set_off_by_commas() -> None:
    assert reported("The mayor said, after the council's vote, the market would move to Elm Street.") == [
        "the market would move to Elm Street"
    ]
