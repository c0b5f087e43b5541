"""有 ("there is") opening the phrase before a cue is no verb of the speaker's: what the people after it do before
speaking (有市民|拨打热线(反映)) is cut off as after a bare noun of people (市民|拨打热线(反映)) (made-up sentences;
expected values read from them)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_action_after_there_is_is_no_part_of_who_speaks() -> None:
    assert said("有市民拨打热线反映，该路段积水严重。") == [(None, "市民")]
    assert said("有市民撥打熱線反映，該路段積水嚴重。") == [(None, "市民")]


def test_bare_noun_of_people_unchanged() -> None:
    assert said("市民拨打热线反映，该路段积水严重。") == [(None, "市民")]
