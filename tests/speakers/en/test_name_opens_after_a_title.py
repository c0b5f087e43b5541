"""After a title, capitalised or in lower case, the name opens at once: its first word is no description even when
a known given name follows it ("PNP chief Rommel Francisco Marbil" was "Francisco Marbil", role "PNP chief Rommel";
"Brigadier General Rommel Francisco Dizon" likewise). A noun of a person or a style opening the run after the title
stays out of the name as before ("PTI chairman Barrister Gohar Ali Khan", "His Royal Highness Prince Tom Ofori"),
and a run with no title before it still may open with a word that is no name ("Brave Marina Lacerda"). Made-up
sentences in the shape of Philippine, Pakistani, Kenyan and Nigerian reports."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_lower_case_title_before_a_name_of_three_words() -> None:
    text = "PNP chief Rommel Francisco Marbil said the suspects had been arrested in Laguna."
    assert said(text, "en") == [("Rommel Francisco Marbil", "PNP chief")]


def test_a_lower_case_title_after_an_inverted_cue() -> None:
    text = "“No one is above the law,” said PNP chief Rommel Francisco Marbil."
    assert said(text, "en") == [("Rommel Francisco Marbil", "PNP chief")]


def test_a_capitalised_rank_of_two_words() -> None:
    text = "Brigadier General Rommel Francisco Dizon said the troops had secured the town."
    assert said(text, "en") == [("Rommel Francisco Dizon", "Brigadier General")]


def test_a_county_office_before_a_kenyan_name() -> None:
    text = "“The road will be finished by June,” said county commissioner Otieno Maria Wanjiku."
    assert said(text, "en") == [("Otieno Maria Wanjiku", "county commissioner")]


def test_a_police_rank_after_a_spokesman() -> None:
    text = "Police spokesman Chief Inspector Rommel Francisco Dela Cruz said the driver had fled on foot."
    assert said(text, "en") == [("Rommel Francisco Dela Cruz", "Police spokesman Chief Inspector")]


def test_a_noun_of_a_person_after_the_title_stays_in_the_role() -> None:
    assert said("“We will march on Friday,” PTI chairman Barrister Gohar Ali Khan said.", "en") == [
        ("Gohar Ali Khan", "PTI chairman Barrister")
    ]
    assert said("APC chairman Engineer Musa Bello said the party was united.", "en") == [
        ("Musa Bello", "APC chairman Engineer")
    ]


def test_a_style_after_the_title_stays_in_the_role() -> None:
    text = "His Royal Highness Prince Tom Ofori said the festival would go ahead."
    assert said(text, "en") == [("Tom Ofori", "His Royal Highness Prince")]


def test_a_run_with_no_title_before_it_is_unchanged() -> None:
    # The sentence does not tell whether "Brave" is a given name or a word before it: only that she is Marina Lacerda.
    text = "Brave Marina Lacerda said the budget was ready."
    [(name, _role)] = said(text, "en")
    assert name is not None and name.endswith("Marina Lacerda")
