"""After a cue, an adverbial naming a body with "and" inside its name ("said in a filing with the Food and Drug
Administration that …") does not end the search for the cue's "that": the lower-case "and" between capitalised
words joins the name, not two clauses. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.cue) for q in find_quotes([Block(text=text)], "en")]


def test_body_with_and_in_a_filing() -> None:
    text = "The lender said in a filing with the Federal Deposit and Insurance Board that its deposits had grown."
    assert _found(text) == [("its deposits had grown", "said")]


def test_body_with_and_after_told() -> None:
    text = "The airline told the Civil Aviation and Safety Authority that two pilots had been suspended."
    assert _found(text) == [("two pilots had been suspended", "told")]
