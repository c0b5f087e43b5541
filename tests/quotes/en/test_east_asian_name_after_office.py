"""A name of three East Asian syllables after an office's complement ("Minister for Manpower Tan See Leng") is
indexed whole, so that a later "Dr Tan" or "Mr Ong" (the surname written first) is that person. Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_a_surname_first_name_after_minister_for() -> None:
    assert speakers_in(
        "Minister for Transport Lim Wei Ming opened the station on Friday.",
        '"Commuters will save ten minutes," said Dr Lim.',
        language="en",
    ) == ["Lim Wei Ming"]


def test_a_surname_first_name_after_minister_of() -> None:
    assert speakers_in(
        "The Minister of Finance Dao Quang Huy visited the port on Friday.",
        '"We are watching closely," Mr Dao said.',
        language="en",
    ) == ["Dao Quang Huy"]


def test_a_western_name_keeps_its_last_two_words() -> None:
    assert speakers_in(
        "Secretary of State for Health Wes Marlowe visited the ward on Friday.",
        '"We are watching closely," Mr Marlowe said.',
        language="en",
    ) == ["Wes Marlowe"]
