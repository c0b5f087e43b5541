"""A verb of speech closing a clause of topic (面对网友质疑，…): the noun of what is answered, no cue; the speaker's
own cue after it reports (made-up sentences; the expected clause and speaker are read from the sentence)."""

from __future__ import annotations

from tests.quote_helpers import reported_with_mention as _indirect


def test_the_topic_is_no_report() -> None:
    text = "面对网友质疑，该博主回应称，视频内容均为原创。"
    assert _indirect(text) == [("视频内容均为原创。", "该博主")]
    text = "面对外界批评，他表示，会虚心接受。"
    assert _indirect(text) == [("会虚心接受。", "他")]


def test_the_same_verb_with_a_subject_still_reports() -> None:
    text = "有网友质疑，这些视频并非原创。"
    assert _indirect(text) == [("这些视频并非原创。", "网友")]
