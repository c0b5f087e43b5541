"""Dutch puts the finite verb second: after "Volgens de politie" with no comma, the verb ends the source's phrase
("Volgens de brandweer was het vuur …"); the source stands inside the clause, so the whole sentence is reported. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_found, said


def test_the_verb_after_a_described_source_ends_its_phrase() -> None:
    assert quotes_found("Volgens de brandweer was het vuur binnen een uur onder controle.", "nl") == [
        ("indirect", "Volgens de brandweer was het vuur binnen een uur onder controle", None)
    ]
    assert said("Volgens de school zal de les morgen gewoon doorgaan.", "nl") == [(None, "de school")]


def test_a_source_with_a_complement_ends_at_its_verb_too() -> None:
    assert said("Volgens een woordvoerder van het station heeft de trein twee uur vertraging.", "nl") == [
        (None, "een woordvoerder van het station")
    ]


def test_a_named_source_keeps_its_name() -> None:
    assert said("Volgens wethouder Eva Smit wordt het plein volgend jaar heringericht.", "nl") == [
        ("Eva Smit", "wethouder")
    ]
