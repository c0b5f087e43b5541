"""A name of three East Asian syllables after a title's complement that names a body ("Deputy Commissioner of Police
Lim Boon Heng") is the whole name: the body's word is the complement, so no syllable of the name joins the role.
Before, the name lost its surname ('Boon Heng', role '… Police Lim'). Found by a probe of made-up sentences.
Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_three_syllables_after_police() -> None:
    assert said('Deputy Commissioner of Police Lim Boon Heng said: "The gang has been crippled."', "en") == [
        ("Lim Boon Heng", "Deputy Commissioner of Police")
    ]


def test_reported_form() -> None:
    assert said("Commissioner of Police Wong Kah Wai said the gang had been crippled.", "en") == [
        ("Wong Kah Wai", "Commissioner of Police")
    ]


def test_a_name_of_two_words_is_unchanged() -> None:
    assert said('Commissioner of Police Ann Mensah said: "The gang has been crippled."', "en") == [
        ("Ann Mensah", "Commissioner of Police")
    ]
