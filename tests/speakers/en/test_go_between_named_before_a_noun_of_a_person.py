"""A noun of a person right after a go-between's name set off in commas ("In a letter to his lawyer, Tom Reed, the
actor said") is someone other than that name: the go-between does not speak, whatever sex the noun tells; the
noun stands for a person named before with it. Made-up paragraphs."""

from __future__ import annotations

from tests.quote_helpers import said_in_en, speakers_in_en


def test_a_male_noun_after_a_male_go_between() -> None:
    text = "In a letter to his lawyer, Declan Shaw, the singer said: “I have done nothing wrong.”"
    assert said_in_en(text) == [(None, "the singer")]


def test_the_noun_stands_for_the_person_named_before_with_it() -> None:
    paragraphs = (
        "The actor Rory Quinlan was in Dublin on Monday.",
        "In a letter to his lawyer, Declan Shaw, the actor said: “I have done nothing wrong.”",
    )
    assert speakers_in_en(*paragraphs) == ["Rory Quinlan"]
