"""A pronoun, or a subject and its verb, right after a cue that follows a comma ("…, 41%, say they …", "…, say
taxing imports encourages …") open the reported clause: no inverted speaker ("…, said Lee"), and the subject
phrase before the comma is no report."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_a_share_set_off_before_say_leaves_the_clause_after_it() -> None:
    assert reported("Two in five renters, 41%, say they cannot afford a move this year.") == [
        "they cannot afford a move this year"
    ]



def test_a_subject_and_its_verb_after_a_comma_cue_are_the_clause() -> None:
    text = "Yet Danish economists, like their Swedish colleagues, say taxing imports encourages smuggling."
    assert reported(text) == ["taxing imports encourages smuggling"]
