"""A role set after the name at the end of "…, according to X, <role>." describes X and closes the sentence: the
report is the clause before the phrase, and the role stays X's. A clause that goes on after the phrase is still
the report. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported, said


def test_bare_role_after_the_name_closes_the_sentence() -> None:
    text = "Rents will keep rising next year, according to Nora Vance, chief economist at Homestead Data."
    assert reported(text) == ["Rents will keep rising next year"]
    assert said(text, "en") == [("Nora Vance", "chief economist at Homestead Data")]


def test_role_with_a_body_of_several_words() -> None:
    text = "Exports slowed in May, according to Omar Prieto, deputy head of trade at the Federation of Port Employers."
    assert reported(text) == ["Exports slowed in May"]
    assert said(text, "en") == [("Omar Prieto", "deputy head of trade at the Federation of Port Employers")]


def test_role_with_an_article_keeps_its_role() -> None:
    assert said("Demand will fall, according to Lena Holt, an analyst.", "en") == [("Lena Holt", "an analyst")]


def test_clause_going_on_after_the_phrase_is_the_report() -> None:
    assert reported("A year later, according to Lena Holt, the firm closed its last plant.") == [
        "A year later, according to Lena Holt, the firm closed its last plant"
    ]
