"""A phrase of place naming a long meeting between the speaker and the cue (他在全县乡村振兴工作推进会上表示): jieba reads
the meeting's last character with its localiser as a time word (推进|会上/t, 座谈|会后/t), which was dropped alone as
a time word between subject and verb, leaving the phrase open (the mention 他在全县乡村振兴工作推进). The time word
closes the phrase of the preposition before it; the phrase is no part of who speaks.

Every sentence is made up; each expected mention, name and role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import mentions, said


def test_a_pronoun_before_a_long_meeting() -> None:
    assert mentions("他在全县乡村振兴工作推进会上表示，要把产业发展放在首位。") == ["他"]
    assert mentions("他昨天在全县乡村振兴工作推进会上表示，要把产业发展放在首位。") == ["他"]


def test_after_the_meeting() -> None:
    assert mentions("她在全区文明城市创建工作推进会后表示，各街道要对标找差。") == ["她"]


def test_a_described_speaker_keeps_its_role() -> None:
    assert said("该负责人在全市安全生产工作推进会上表示，要严防死守。") == [(None, "该负责人")]


def test_a_named_speaker_is_unchanged() -> None:
    assert said("县长王明昨天在全县乡村振兴工作推进会上表示，要把产业发展放在首位。") == [("王明", "县长")]


def test_a_time_word_with_no_preposition_is_still_dropped() -> None:
    """With no preposition before it, the time word stands between the subject and the verb alone (王明会上表示)."""
    assert mentions("王明会上表示，要把产业发展放在首位。") == ["王明"]
    assert mentions("李华晚上说，明天还要早起。") == ["李华"]
