"""Who says a quote kept for its shape after a comma, with no cue near it (…插了句，“…。”): the subject of its own
sentence, else the speaker it goes on with when its paragraph names nobody else before it, else no one: a person
the writer names earlier in the paragraph is who the story is about, not who said these words."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_person_named_in_its_sentence_says_it() -> None:
    found = speakers_in("会上，张建国的邻居刘德华否认收过这笔钱，“我们从来没见过他。”")
    assert found == ["刘德华"]


def test_speaker_goes_on_when_the_paragraph_names_no_one() -> None:
    found = speakers_in("刘德华说：“今年的收成比去年好得多。”", "至于明年，“还要再多种两亩地。”")
    assert found == ["刘德华", "刘德华"]


def test_no_one_past_another_person_the_paragraph_names() -> None:
    found = speakers_in(
        "张建国说：“账本一直由我保管。”",
        "刘德华说：“今年的收成比去年好得多。”",
        "张建国听完点了点头。至于明年，“还要再多种两亩地。”",
    )
    assert found == ["张建国", "刘德华", None]
