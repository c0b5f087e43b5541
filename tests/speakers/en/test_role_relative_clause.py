"""A relative clause after a name describes the speaker; it is no role ("Linda Park, who backed the plan,
said"). Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.speakers.role_text_en import before_relative
from tests.quote_helpers import said


def test_a_relative_clause_after_an_inverted_speaker_is_no_role() -> None:
    assert said('"We waited," said Linda Park, who backed the plan.', "en") == [("Linda Park", None)]
    assert said('"We waited," said Mayor Linda Park, who backed the plan.', "en") == [("Linda Park", "Mayor")]


def test_a_relative_clause_in_an_appositive_chain_is_no_role() -> None:
    assert said('Linda Park, who backed the plan, said: "We waited."', "en") == [("Linda Park", None)]
    found = said('Linda Park, the mayor, who backed the plan, said: "We waited."', "en")
    assert found == [("Linda Park", "the mayor")]


def test_before_relative_keeps_roles() -> None:
    assert before_relative("a nurse") == "a nurse"
    assert before_relative("the mayor, who backed the plan") == "the mayor"
    assert before_relative("which is odd") is None
