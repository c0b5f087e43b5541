"""A role given with a name in apposition ("Gary Lowe, a retired postman,") that is a noun of a person but no
title ("postman", "pensioner", "driver", "florist"): a later "the postman said" is that person, as "the senator
said" is the person named "Sen. …". Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_an_agent_noun_in_apposition_points_back() -> None:
    assert said_in_en(
        "Gary Lowe, a retired postman, finished the last race on Sunday.",
        'The retired postman said: "I will sleep for a week."',
    ) == [("Gary Lowe", "a retired postman")]


def test_the_head_noun_alone_points_back() -> None:
    assert said_in_en(
        "Tess Marlow, a bus driver from Hull, was first at the bridge.",
        '"I saw the smoke before anyone," the driver said.',
    ) == [("Tess Marlow", "a bus driver from Hull")]


def test_a_pensioner_named_before() -> None:
    assert said_in_en(
        "Edna Voss, a pensioner, lost her savings to the scam.",
        'The pensioner said: "It was all I had left."',
    ) == [("Edna Voss", "a pensioner")]


def test_a_noun_nobody_was_named_with_stays_the_role() -> None:
    assert said_in_en(
        "Gary Lowe, a retired postman, finished the last race on Sunday.",
        'The florist said: "We sold out of roses."',
    ) == [(None, "The florist")]


def test_an_organisation_noun_is_no_person() -> None:
    assert said_in_en(
        "Ruth Abara, an adviser to the council, wrote the report.",
        'The council said: "We will study it."',
    ) == [("The council", None)]
