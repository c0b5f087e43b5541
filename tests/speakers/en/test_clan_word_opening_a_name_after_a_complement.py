"""After a title's complement, a word of rank or clan opens a Pakistani or Indian name of three or four words
("Federal Minister for Food Security Rana Tanveer Hussain said" gave the name "Tanveer Hussain", the role ending in
"Rana"). Names of two words after a complement are read as before. Made-up sentences in the shape of Pakistani
papers."""

from __future__ import annotations

from tests.quote_helpers import said


def test_rana_opening_a_name_of_three_words() -> None:
    text = "Federal Minister for Food Security Rana Tanveer Hussain said wheat stocks were sufficient."
    assert said(text, "en") == [("Rana Tanveer Hussain", "Federal Minister for Food Security")]


def test_mian_opening_a_name_of_four_words() -> None:
    text = "Provincial Minister for Housing Mian Riaz Hussain Pirzada said the scheme would open in June."
    assert said(text, "en") == [("Mian Riaz Hussain Pirzada", "Provincial Minister for Housing")]


def test_syed_after_an_inverted_cue() -> None:
    text = "“The canals will be cleaned by June,” said Chief Minister of Sindh Syed Murad Ali Shah."
    assert said(text, "en") == [("Syed Murad Ali Shah", "Chief Minister of Sindh")]


def test_a_name_of_two_words_is_unchanged() -> None:
    text = "Minister for Defence Khawaja Asif said the talks had failed."
    assert said(text, "en") == [("Khawaja Asif", "Minister for Defence")]
