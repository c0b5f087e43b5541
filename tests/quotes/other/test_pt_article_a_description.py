"""Portuguese "a" after the verb that follows a quote is the article of a description in the singular that ends the
clause ("disse a ministra.", "contou a vizinha, de 70 anos."), as it was of a body named alone ("disse a
Renascença."); before, "a" was read as who was told and the quote had no speaker. A plural after a bare "a" ("disse
a jornalistas") and an article after it ("disse a uma rádio") keep it a listener. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_description_after_its_article_speaks() -> None:
    assert said("«A ponte vai fechar durante o verão», disse a ministra.", "pt") == [(None, "a ministra")]
    assert said("«Ninguém nos avisou de nada», contou a vizinha, de 70 anos.", "pt") == [(None, "a vizinha")]


def test_who_was_told_is_no_speaker() -> None:
    assert said("«A ponte vai fechar durante o verão», disse a jornalistas.", "pt") == [(None, None)]
    assert said("«A ponte vai fechar durante o verão», disse a uma rádio local.", "pt") == [(None, None)]
