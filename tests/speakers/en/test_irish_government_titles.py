"""The Irish head and deputy head of government ("Taoiseach Simon Byrne", "Tánaiste Ann Kelly") are titles before
a name: the role, not part of the name, and "Mr Byrne" later is the person named before. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_the_tanaiste_named_again() -> None:
    assert said_in_en(
        'Speaking on local radio, Tánaiste Ann Kelly said: "The housing plan is working."',
        '"Rents are rising more slowly than last year," Ms Kelly said.',
    ) == [("Ann Kelly", "Tánaiste"), ("Ann Kelly", "Tánaiste")]


def test_the_taoiseach_before_a_name() -> None:
    assert said_in_en('"We will not wait for Brussels," Taoiseach Simon Byrne said.') == [("Simon Byrne", "Taoiseach")]


def test_the_taoiseach_later() -> None:
    assert said_in_en(
        "Taoiseach Simon Byrne said the Government would bring in the bill before the summer.",
        '"We will not wait for Brussels," the Taoiseach said.',
    )[-1] == ("Simon Byrne", "Taoiseach")
