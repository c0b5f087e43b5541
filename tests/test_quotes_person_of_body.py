"""A description whose head is a person's title or a source noun ("the union leader", "the Pentagon
spokesman", "the police chief") describes an unnamed person: it is the speaker's role, never a name of an
organisation. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_body_then_a_title_is_a_person_unnamed() -> None:
    assert said('"The strike starts on Monday," the union leader said.', "en") == [(None, "the union leader")]
    assert said('"The roads are closed," the police chief said.', "en") == [(None, "the police chief")]


def test_a_capitalised_body_then_a_source_noun_is_a_person_unnamed() -> None:
    assert said('"The strike was lawful," the Pentagon spokesman said.', "en") == [(None, "the Pentagon spokesman")]
    # (the body alone is still an organisation)
    assert said('"The strike was lawful," the Pentagon said.', "en") == [("the Pentagon", None)]
