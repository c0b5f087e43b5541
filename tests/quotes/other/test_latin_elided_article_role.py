"""A role an elided article opens is written as the article is, with no space after its apostrophe
("l'entraîneuse", not "l' entraîneuse"). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_noun_after_an_elided_article_joins_it_in_the_role() -> None:
    assert said("« Nous irons jusqu'au bout », a promis l'infirmière Claire Morel.", "fr") == [
        ("Claire Morel", "l'infirmière")
    ]
    assert said("Selon l'étudiante Julie Roux, les loyers ont doublé.", "fr") == [("Julie Roux", "l'étudiante")]
