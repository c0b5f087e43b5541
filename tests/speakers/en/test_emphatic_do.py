"""An emphatic "did"/"does" between the subject and a cue in its base form ("Smith did say that …", "He does tell
voters that …") changes nothing about who speaks: the subject before it does. "did not say" stays negated.
Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported, said


def test_did_say_keeps_its_subject() -> None:
    text = "Mara Voss did say that the council had received an apology."
    assert said(text, "en") == [("Mara Voss", None)]
    assert reported(text) == ["the council had received an apology"]
    assert reported("Mara Voss did not say whether the council had received an apology.") == []


def test_does_tell_keeps_its_subject() -> None:
    text = "Tom Reed does tell voters that the levy will pass."
    assert said(text, "en") == [("Tom Reed", None)]
