"""Letters of a call to the bar, a seat or a degree written right after a name without a comma ("Orla Quinlan BL",
"Brendan Keogh SC", "Gemma Patel MP") follow the name and are no word of it; a place and a state's letters ("Columbia
SC") stay whole. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_barrister_letters_after_a_role_and_name() -> None:
    assert said_in_en(
        "Prosecuting barrister Orla Quinlan BL said the accused had shown no remorse.",
        "“This was a planned attack,” Ms Quinlan said.",
    ) == [("Orla Quinlan", "Prosecuting barrister"), ("Orla Quinlan", "Prosecuting barrister")]


def test_senior_counsel_letters_before_the_cue() -> None:
    assert said_in_en("“The evidence is thin,” Brendan Keogh SC said.") == [("Brendan Keogh", None)]


def test_member_letters_after_a_name_after_the_cue() -> None:
    assert said_in_en("“The road is a death trap,” said Gemma Patel MP.") == [("Gemma Patel", None)]
