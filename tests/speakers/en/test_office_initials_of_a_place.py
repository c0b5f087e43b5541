"""An office in capital initials and the place it serves, written after it on Pakistani and Indian pages ("the DC
Lahore", "DPO Sialkot Hassan Asad"), is a description or the role of the one named after: the name was "DC Lahore",
"Sialkot" or "Sialkot Hassan Asad". An office in initials alone set off before a full name after an inverted cue is
that person's role ("said the DCP, Ankit Singh": the name was lost). Made-up sentences in the shapes of Pakistani,
Indian and British police pages."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_the_office_and_its_place_before_the_cue_is_a_description() -> None:
    assert said_in_en("Speaking to reporters, the DC Lahore said the schools would stay shut until Monday.") == [
        (None, "the DC Lahore")
    ]


def test_the_office_and_its_place_after_an_inverted_cue() -> None:
    assert said_in_en("“Two men have been held,” said the DPO Sialkot.") == [(None, "the DPO Sialkot")]


def test_the_place_after_the_initials_before_a_full_name_is_the_role() -> None:
    assert said_in_en("“Two men have been held,” said DPO Sialkot Hassan Asad.") == [("Hassan Asad", "DPO Sialkot")]
    assert said_in_en("DC Lahore Ali Khan said the schools would stay shut.") == [("Ali Khan", "DC Lahore")]


def test_the_office_set_off_before_a_full_name_after_an_inverted_cue() -> None:
    assert said_in_en("“Two men have been held,” said the DC Lahore, Ali Khan.") == [("Ali Khan", "the DC Lahore")]
    assert said_in_en("“Two men have been held,” said the DCP, Ankit Singh.") == [("Ankit Singh", "the DCP")]


def test_near_misses_keep_their_reading() -> None:
    """A surname after the initials, a detective constable, a body in initials set off before a name."""
    assert said_in_en("The IGP Egbetokun said two men had been held.") == [("Egbetokun", "IGP")]
    assert said_in_en("“Two men have been held,” DC Sarah Jones said.") == [("Sarah Jones", "DC")]
    assert said_in_en("“We won,” said the NBA, Tom Reed.") == [("the NBA", None)]
