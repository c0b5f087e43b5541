"""Verbs that report only with "that" and take a listener before it ("assured farmers that …", "informed the House
that …", "reminded parents that …", "notified customers that …"): the clause after "that" is reported; without
"that" ("informed decisions", "reminded of the war") nothing is."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_assured_a_listener_that() -> None:
    assert reported("The county secretary assured traders that the new market would open in June.") == [
        "the new market would open in June"
    ]


def test_informed_a_house_that() -> None:
    assert reported("The minister informed the Rajya Sabha that 900 teaching posts were lying vacant.") == [
        "900 teaching posts were lying vacant"
    ]


def test_reminded_a_listener_with_a_complement_that() -> None:
    assert reported("The headteacher reminded the parents of Year 9 pupils that uniforms were compulsory.") == [
        "uniforms were compulsory"
    ]


def test_notified_a_listener_that() -> None:
    assert reported("The utility notified residents that water would be cut off on Tuesday.") == [
        "water would be cut off on Tuesday"
    ]


def test_assured_that_without_a_listener() -> None:
    assert reported("The chairman assured that the levy would be reviewed.") == ["the levy would be reviewed"]


def test_no_that_no_report() -> None:
    assert reported("The regulator was informed of the breach on Friday.") == []
    assert reported("The veteran was reminded of the flood every winter.") == []
