"""The abbreviated titles of Philippine pages, "Usec." and "Asec." (undersecretary, assistant secretary), and the
word written out, stand before the name as titles do: "said Asec. Albert Domingo." gave the speaker "Asec" (the
stop read as a sentence end), "Health Undersecretary Eric Tayag" the name "Health Undersecretary Eric Tayag".
Made-up sentences in the shape of Philippine reports; "9.58 sec." stays no title."""

from __future__ import annotations

from tests.quote_helpers import said


def test_asec_after_the_cue() -> None:
    text = "“We are monitoring the situation,” said Asec. Albert Domingo."
    assert said(text, "en") == [("Albert Domingo", "Asec.")]


def test_usec_after_a_department() -> None:
    assert said("DOH Usec. Maria Santos said dengue cases were rising.", "en") == [("Maria Santos", "DOH Usec.")]


def test_undersecretary_written_out() -> None:
    text = "“We are monitoring the situation,” said Health Undersecretary Maria Santos."
    assert said(text, "en") == [("Maria Santos", "Health Undersecretary")]


def test_seconds_after_a_time_are_no_title() -> None:
    assert said("The race was won in 9.58 sec. Bolt said he was pleased.", "en") == [("Bolt", None)]
