"""A subject pronoun with its auxiliary contracted onto it ("They’re", "He's") is that pronoun: the clause after it
is no description of the speaker ("They’re well aware of the risks — and believe that …")."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def test_a_contracted_pronoun_opens_the_clause_of_a_coordinated_cue() -> None:
    text = "Local traders aren’t naive. They’re well aware of the risks — and believe that the plan could still work."
    quotes = find_quotes([Block(text=text)], "en")
    assert [(q.text, q.mention) for q in quotes] == [("the plan could still work", "They")]
