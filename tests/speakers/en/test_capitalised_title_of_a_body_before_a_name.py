"""A capitalised title and the body it heads, set off by commas before the holder's name ("The Chief Executive of the
Port Authority, Ann Cole, said"), is her role, as the same title in lower case already was ("The chief executive of
Acme Foods, Ann Cole, said"); the body read whole as an organisation, or the title as a person, had left her with
no role. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_chief_executive_of_a_body_opening_the_sentence() -> None:
    text = "The Chief Executive of the Harbour Board, Declan Furey, said the ferry would resume on Friday."
    assert said(text, "en") == [("Declan Furey", "The Chief Executive of the Harbour Board")]


def test_director_of_a_museum_after_the_quote() -> None:
    text = "“We have never had so many visitors,” the Director of the Maritime Museum, Selina Okafor, said."
    assert said(text, "en") == [("Selina Okafor", "the Director of the Maritime Museum")]


def test_president_of_a_society() -> None:
    text = "The President of the Beekeepers Society, Hamish Lyle, said the winter had been hard."
    assert said(text, "en") == [("Hamish Lyle", "The President of the Beekeepers Society")]
