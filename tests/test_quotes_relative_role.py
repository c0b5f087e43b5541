"""A relative clause after a name describes the speaker; it is no role ("Linda Park, who backed the plan,
said"). Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.enrich.speakers.tokens import before_relative
from cqnews.models import Block


def _name_and_role(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in find_quotes([Block(text=text)], "en")
    ]


def test_a_relative_clause_after_an_inverted_speaker_is_no_role() -> None:
    assert _name_and_role('"We waited," said Linda Park, who backed the plan.') == [("Linda Park", None)]
    assert _name_and_role('"We waited," said Mayor Linda Park, who backed the plan.') == [("Linda Park", "Mayor")]


def test_a_relative_clause_in_an_appositive_chain_is_no_role() -> None:
    assert _name_and_role('Linda Park, who backed the plan, said: "We waited."') == [("Linda Park", None)]
    found = _name_and_role('Linda Park, the mayor, who backed the plan, said: "We waited."')
    assert found == [("Linda Park", "the mayor")]


def test_before_relative_keeps_roles() -> None:
    assert before_relative("a nurse") == "a nurse"
    assert before_relative("the mayor, who backed the plan") == "the mayor"
    assert before_relative("which is odd") is None
