"""The same report whatever shape its cue takes: "…, X told reporters" closes the clause before it as "…, X
said" does, and a cue verb in the present ("remarks") reports as its past form does. Sentences are made up.
"""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_told_reporters_then_a_semicolon_closes_the_clause_before() -> None:
    assert quotes_found("The depot would close in May, Rosa Vint told reporters; the work was nearly done.") == [
        ("indirect", "The depot would close in May", "Rosa Vint")
    ]


def test_told_reporters_then_a_relative_clause_closes_the_clause_before() -> None:
    text = (
        "Still, the depot was the second to close this year, Rosa Vint told reporters, which left the town short of"
        " buses for most of the winter."
    )
    assert quotes_found(text) == [("indirect", "Still, the depot was the second to close this year", "Rosa Vint")]


def test_told_reporters_then_a_coordinated_clause_closes_the_clause_before() -> None:
    text = "Still, the depot was the second to close this year, Rosa Vint told reporters, and the town was short."
    assert quotes_found(text) == [("indirect", "Still, the depot was the second to close this year", "Rosa Vint")]


def test_told_reporters_then_a_clause_with_an_irregular_past() -> None:
    assert quotes_found("Rosa Vint told reporters the worst damage took place in the north of the valley.") == [
        ("indirect", "the worst damage took place in the north of the valley", "Rosa Vint")
    ]
