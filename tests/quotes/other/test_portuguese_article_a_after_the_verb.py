"""Portuguese "a" after the verb that follows a quote is the article of the body named there when that body ends
the clause ("disse a Renascença."), not the "a" of who was told ("disse à Renascença" told it). Bodies keep
their article, as "la Guardia Civil" does. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_the_body_after_its_article_speaks() -> None:
    assert said("«O canal vai mudar a grelha já no outono», disse a Renascença.", "pt") == [("a Renascença", None)]


def test_who_was_told_is_no_speaker() -> None:
    # "à Renascença": who was told; the speaker is left out (Portuguese may drop its subject), never the body
    who = said("«O canal vai mudar a grelha já no outono», disse à Renascença.", "pt")
    assert all(name not in ("Renascença", "a Renascença", "à Renascença") for name, _ in who)
