"""A word of the voice one speaks in before the cue (小声说, 低声说, 高声问) is an adverb of manner, never the speaker:
jieba tags 小声, 低声 and 高声 nouns, and a clause that left its subject out (李华…，便小声说) took the word for one.
The speaker is the subject before it. Every sentence is made up; speakers are read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    found = find_quotes([Block(text=text)], "zh")
    return [(q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in found]


def test_a_low_voice_after_the_left_out_subject_is_no_speaker() -> None:
    assert _said("李华看了看四周，便小声说：“我知道了。”") == [("我知道了。", "李华", None)]
    assert _said("张伟放下电话，低声说：“他不会来了。”") == [("他不会来了。", "张伟", None)]
    assert _said("刘芳站起身，高声说：“大家安静一下。”") == [("大家安静一下。", "刘芳", None)]


def test_the_voice_word_before_a_verb_is_tagged_an_adverb() -> None:
    tags = {t.word: t.tag for t in segmenter.tag("他便小声说")}
    assert tags["小声"] == "d"


def test_the_voice_word_with_no_verb_after_it_is_left_alone() -> None:
    tags = {t.word: t.tag for t in segmenter.tag("请说话小声。")}
    assert tags["小声"] != "d"
