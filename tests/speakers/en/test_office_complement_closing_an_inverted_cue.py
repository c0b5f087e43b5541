"""An office and its complement after "of" closing the sentence after an inverted cue ("said the Governor of Lagos
State.") is a description, no name: the complement was read as the name ("Lagos State", role "Governor of"). So for
an office in capital initials ("said the DCP of South Delhi.") and a complement that is a place's name of three words
("the DPO of Sabon Gari Division"). Made-up sentences in the shapes of Nigerian, Indian and South Sudanese pages."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_governor_of_a_state() -> None:
    assert said_in_en("“The roads will be fixed by June,” said the Governor of Lagos State.") == [
        (None, "the Governor of Lagos State")
    ]


def test_offices_in_initials_of_a_district() -> None:
    assert said_in_en("“Two suspects are in custody,” said the DCP of South Delhi.") == [
        (None, "the DCP of South Delhi")
    ]
    assert said_in_en("“Two suspects are in custody,” said the DPO of Sabon Gari Division.") == [
        (None, "the DPO of Sabon Gari Division")
    ]


def test_a_name_after_the_complement_is_still_read() -> None:
    """Near misses: the holder named after the complement, with or without a comma."""
    assert said_in_en("“Two suspects are in custody,” said the Commissioner of Police Musa Bello.") == [
        ("Musa Bello", "Commissioner of Police")
    ]
    assert said_in_en("“The roads will be fixed,” said the Governor of Lagos State, Babajide Sanwo-Olu.") == [
        ("Babajide Sanwo-Olu", "the Governor of Lagos State")
    ]
    assert said_in_en("“The roads will be fixed,” said Secretary of State Blinken.") == [
        ("Blinken", "Secretary of State")
    ]
