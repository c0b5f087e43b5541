"""A German speaker named by surname alone ("„…“, sagt Brenner") takes the full name the prose gave last
before the quote ("Mario Brenner allerdings, …"), where no quote named it in full; a capitalised word before
the surname that is an office ("Landeschef Brenner"), a genitive ("Thüringens Brenner") or a noun after an
article ("sein Drummer Brenner") or a source word ("Laut Brenner") is no given name. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speaker(*paragraphs: str) -> str | None:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "de")
    assert len(quotes) == 1
    return quotes[0].speaker.name if quotes[0].speaker else None


def test_the_full_name_of_the_prose_before() -> None:
    prose = "Mario Brenner allerdings, der Spitzenkandidat der Partei, hat sich für den Abend etwas vorgenommen."
    assert _speaker(prose, "„Es geht hier nicht um Mauern, es geht um Prinzipien“, sagt Brenner.") == "Mario Brenner"


def test_the_last_full_name_before_the_quote() -> None:
    # the mother handed the farm over; the son runs it now and speaks of his plans for it
    prose = "Eva Brenner hat den Hof im Jahr 2010 abgegeben. Seitdem führt ihn ihr Sohn Paul Brenner allein."
    assert _speaker(prose, "„Ich habe mit dem Hof noch viel vor, sehr viel sogar“, sagt Brenner.") == "Paul Brenner"


def test_an_office_a_genitive_or_a_noun_is_no_given_name() -> None:
    prose = "Landeschef Brenner kam spät. Thüringens Brenner auch. Sein Drummer Brenner nicht. Laut Brenner ja."
    assert _speaker(prose, "„Es geht hier nicht um Mauern, es geht um Prinzipien“, sagt Brenner.") == "Brenner"
