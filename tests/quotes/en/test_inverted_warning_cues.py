"""A warning cue after a comma may be inverted, its speaker after it ("…, warned Ann Lee"); not when what follows
is the one warned ("…, warned drivers of delays", "…, warned drivers and set up a diversion")."""

from __future__ import annotations

from tests.quote_helpers import indirect_said


def test_warned_then_a_name_and_a_role() -> None:
    found = indirect_said("Rents will keep climbing, warned Nadia Orme, an economist at Hale Partners.")
    assert found == [("Rents will keep climbing", "Nadia Orme")]


def test_cautioned_then_a_name() -> None:
    assert indirect_said("The vaccine is months away, cautioned Colm Doyle.") == [
        ("The vaccine is months away", "Colm Doyle")
    ]


def test_a_bare_noun_after_warned_is_the_one_warned() -> None:
    assert indirect_said("Crews shut the bridge, warned motorists of delays.") == []


def test_a_coordinated_verb_after_the_one_warned() -> None:
    assert indirect_said("Crews shut the bridge, warned Tom Hale and left.") == []
