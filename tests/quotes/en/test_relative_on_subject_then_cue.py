"""A relative clause set off on the sentence's subject, with a cue of its own and "that", then the subject's main cue
after its closing comma: the relative's report ends at that comma, and the main cue reports the clause after it.
Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported, reported_said


def test_asked_that_in_the_relative_then_said() -> None:
    text = "The farmer, Doreen Walsh, 71, who asked that her village not be named, said the floods had ruined her crop."
    assert ("the floods had ruined her crop", "Doreen Walsh", None) in reported_said(text)
    assert not any("said" in r for r in reported(text))


def test_asked_that_in_the_relative_then_told() -> None:
    text = "A nurse, who asked that her name be withheld, told the Standard the ward had no oxygen for two days."
    assert "the ward had no oxygen for two days" in reported(text)
    assert not any("told" in r for r in reported(text))


def test_a_relative_inside_the_report_keeps_its_comma() -> None:
    # the relative stands inside the reported clause, before the report starts: no stop there
    text = "Police said the driver, who admitted he had been drinking, told officers he had not seen the cyclist."
    assert reported(text) == [
        "the driver, who admitted he had been drinking, told officers he had not seen the cyclist"
    ]


def test_said_to_be_is_no_main_verb() -> None:
    text = "The buyer, who claimed that the painting, said to be a Vermeer, was a fake, refused to pay."
    assert not any(r.endswith("painting") for r in reported(text))
