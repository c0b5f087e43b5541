"""East and Southeast Asian name parts spelt like an English function word ("An", "On", "So", "My", "To").

Inside a run of capitalised name words, or before a given name of the East Asian shape, such a word is a name
part ("Nguyen Van An", "Ho Thi My", "So Ji-sub", "An Wei", "To Lam"); a sentence-initial "So" or "On" before a
lower-case word or an English name stays the function word. Made-up sentences.
"""

from __future__ import annotations

from cqnews.enrich.speakers.token_reader import tokens
from tests.quote_helpers import quotes_found, said


def test_vietnamese_name_ending_in_an_after_said() -> None:
    assert said('"The port will reopen on Friday," said Nguyen Van An.', "en") == [("Nguyen Van An", None)]


def test_vietnamese_name_ending_in_an_before_said() -> None:
    assert said('"The port will reopen on Friday," Le Thi An said.', "en") == [("Le Thi An", None)]


def test_vietnamese_name_ending_in_an_opens_reported_speech() -> None:
    assert quotes_found("Nguyen Van An said the port would reopen on Friday.") == [
        ("indirect", "the port would reopen on Friday", "Nguyen Van An")
    ]


def test_name_ending_in_my_before_an_apposition() -> None:
    assert said('"We have enough rice for the winter," said Ho Thi My, a grower in the delta.', "en") == [
        ("Ho Thi My", "a grower in the delta")
    ]


def test_two_name_parts_spelt_like_function_words_in_a_row() -> None:
    assert said('"Prices are stable," said Tran Thi My An, a trader.', "en") == [("Tran Thi My An", "a trader")]


def test_name_ending_in_on_before_told() -> None:
    assert quotes_found("Mai Van On told reporters the bridge was safe.") == [
        ("indirect", "the bridge was safe", "Mai Van On")
    ]


def test_name_ending_in_so_before_a_role() -> None:
    assert said('"The bridge is safe," said Le Van So, the deputy minister.', "en") == [
        ("Le Van So", "the deputy minister")
    ]


def test_korean_surname_so_before_a_hyphenated_given_name() -> None:
    assert said('"I am proud of the film," So Ji-sub said.', "en") == [("So Ji-sub", None)]


def test_chinese_surname_an_before_a_given_name_of_one_syllable() -> None:
    assert said('"The plant will hire more workers," said An Wei.', "en") == [("An Wei", None)]
    assert quotes_found("An Wei said the plant would hire 300 workers.") == [
        ("indirect", "the plant would hire 300 workers", "An Wei")
    ]


def test_vietnamese_surname_to_opens_the_name() -> None:
    assert said('"The party is united," said To Lam.', "en") == [("To Lam", None)]


def test_sentence_initial_so_before_a_name_stays_the_conjunction() -> None:
    assert quotes_found("So Wang said the deal was off.") == [("indirect", "the deal was off", "Wang")]


def test_an_before_an_organisation_stays_the_article() -> None:
    assert said("An Apple spokesman said the phone was safe.", "en") == [(None, "An Apple spokesman")]


def test_in_before_a_place_stays_the_preposition() -> None:
    assert quotes_found("In Hong Kong, Lee said the rally was banned.") == [
        ("indirect", "the rally was banned", "Lee")
    ]


def test_surname_an_alone_before_said() -> None:
    assert said("“The catch has fallen,” An said.", "en") == [("An", None)]


def test_surname_an_alone_after_said_before_an_apposition() -> None:
    assert said("“The catch has fallen,” said An, a fisherman.", "en") == [("An", "a fisherman")]


def test_surname_on_alone_at_the_sentence_end() -> None:
    assert said("“The catch has fallen,” said On.", "en") == [("On", None)]


def test_so_said_before_a_description_stays_the_adverb() -> None:
    text = "So said the harbour master on Monday."
    assert [tok.low for tok in tokens(text, 0, len(text))][:2] == ["so", "said"]
