"""A German speaker named by surname alone ("„…“, sagt Brenner") takes the full name the prose gave last
before the quote ("Mario Brenner allerdings, …"), where no quote named it in full; a capitalised word before
the surname that is an office ("Landeschef Brenner"), a genitive ("Thüringens Brenner") or a noun after an
article ("sein Drummer Brenner") or a source word ("Laut Brenner") is no given name. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_the_full_name_of_the_prose_before() -> None:
    prose = "Mario Brenner allerdings, der Spitzenkandidat der Partei, hat sich für den Abend etwas vorgenommen."
    assert speakers_in(
        prose, "„Es geht hier nicht um Mauern, es geht um Prinzipien“, sagt Brenner.", language="de"
    ) == ["Mario Brenner"]


def test_the_last_full_name_before_the_quote() -> None:
    # the mother handed the farm over; the son runs it now and speaks of his plans for it
    prose = "Eva Brenner hat den Hof im Jahr 2010 abgegeben. Seitdem führt ihn ihr Sohn Paul Brenner allein."
    assert speakers_in(
        prose, "„Ich habe mit dem Hof noch viel vor, sehr viel sogar“, sagt Brenner.", language="de"
    ) == ["Paul Brenner"]


def test_an_office_a_genitive_or_a_noun_is_no_given_name() -> None:
    prose = "Landeschef Brenner kam spät. Thüringens Brenner auch. Sein Drummer Brenner nicht. Laut Brenner ja."
    assert speakers_in(
        prose, "„Es geht hier nicht um Mauern, es geht um Prinzipien“, sagt Brenner.", language="de"
    ) == ["Brenner"]
