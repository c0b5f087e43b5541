"""A newspaper's or a programme's name in quote marks in the listener's place ("sagte dem „Kurier“", "a déclaré
au « Parisien »") is who was told, not a quote. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_in


def test_a_medium_told_is_no_quote_in_german() -> None:
    # before: "Landbote" and "Westfälischen Rundschau" were direct quotes
    assert quotes_in("de", "Jonas Weber sagte dem „Landboten“, der Haushalt werde erst im Herbst beschlossen.") == [
        ("indirect", "der Haushalt werde erst im Herbst beschlossen", "Jonas Weber")
    ]
    assert quotes_in("de", "Jonas Weber sagte der „Westfälischen Rundschau“, der Haushalt werde später beschlossen.") == [
        ("indirect", "der Haushalt werde später beschlossen", "Jonas Weber")
    ]
    assert quotes_in("de", "Jonas Weber sagte gegenüber dem „Landboten“: „Der Haushalt kommt im Herbst.“") == [
        ("direct", "Der Haushalt kommt im Herbst.", "Jonas Weber")
    ]


def test_a_medium_told_is_no_quote_in_romance_languages() -> None:
    # before: each name was a direct quote of the person who spoke to it
    for language, text, name in (
        ("fr", "Luc Moreau a confié au « Courrier de l'Est » que le budget était prêt.", "Courrier de l'Est"),
        ("es", "Marta Gil dijo a «El Heraldo» que el presupuesto estaba listo.", "El Heraldo"),
        ("it", "Luca Neri ha detto al «Giornale di Vicenza» che il bilancio è pronto.", "Giornale di Vicenza"),
    ):
        assert name not in [quoted for _, quoted, _ in quotes_in(language, text)], text


def test_a_quote_after_a_preposition_and_an_article_stays() -> None:
    # "nach dem „…“", "von der „…“": no listener's place; a sentence is still a quote
    found = quotes_in("de", "Nach dem Spiel sagte Jonas Weber: „Wir haben verdient gewonnen.“")
    assert found == [("direct", "Wir haben verdient gewonnen.", "Jonas Weber")]
