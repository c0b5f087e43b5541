"""马上 (at once) after a noun that ends in 马 with it in jieba's dictionary (人马, troops): in 旁边的人马上表示 jieba
reads 人马/上, and the unnamed speaker came out as 旁边的人马. The noun is 人, the adverb 马上. Every sentence is made
up; speakers and roles are read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    found = find_quotes([Block(text=text)], "zh")
    return [(q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in found]


def test_the_person_beside_her_at_once_says() -> None:
    assert _said("她旁边的人马上表示：“我们也想去。”") == [("我们也想去。", None, "她旁边的人")]


def test_ren_and_ma_shang_before_a_verb_are_two_words() -> None:
    assert [t.word for t in segmenter.tag("门口的人马上说")][-3:] == ["人", "马上", "说"]


def test_troops_going_up_a_hill_are_left_whole() -> None:
    assert "人马" in [t.word for t in segmenter.tag("这支人马上山了。")]
