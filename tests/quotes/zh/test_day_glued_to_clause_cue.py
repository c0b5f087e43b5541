"""昨 or 今 alone ("yesterday", "today") between who speaks and a clause cue, an adverb perhaps after it (消委會昨指，…;
協會昨亦指，…), which jieba reads as one verb with the cue: the cue still reports, and the day is no part of the
speaker."""

from __future__ import annotations

from tests.quote_helpers import reported_said


def test_yesterday_glued_to_the_cue() -> None:
    assert reported_said("漁農處昨指，郊野公園內發現的死鳥沒有感染禽流感。", "zh") == [
        ("郊野公園內發現的死鳥沒有感染禽流感。", "漁農處", None)
    ]


def test_yesterday_and_an_adverb_glued_to_the_cue() -> None:
    assert reported_said("籃球協會昨亦指，體育館的木地板需要全面翻新。", "zh") == [
        ("體育館的木地板需要全面翻新。", "籃球協會", None)
    ]
