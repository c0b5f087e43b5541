"""A role before a name whose head is a person noun that is neither a title nor an agent noun ("Williams team
principal Ann Hale said", "Ministry of Trade official Tom Reed said") is the person's role: the name is not
left without one. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_team_principal_with_the_team_name() -> None:
    text = "“The upgrade worked,” Williams team principal James Vowles said."
    assert said(text, "en") == [("James Vowles", "Williams team principal")]


def test_ministry_official_with_the_body_name() -> None:
    text = "“The talks will resume,” Ministry of Trade official Tom Reed said."
    assert said(text, "en") == [("Tom Reed", "Ministry of Trade official")]


def test_source_noun_diplomat_is_a_role() -> None:
    text = "“We are ready to talk,” senior diplomat Ann Hale said."
    assert said(text, "en") == [("Ann Hale", "senior diplomat")]
