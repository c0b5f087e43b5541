"""Chinese cues of a verb and 道 (笑道, 叹道, 答道) whose verb is the end of a longer word (冷笑, 长叹, 回答).

The cue is the whole word and 道, and the speaker stands before it: in 陈大文冷笑道 the cue is 冷笑道 and the
speaker 陈大文, not 陈大文冷. Every sentence is made up; speakers and cues are read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in find_quotes([Block(text=text)], "zh")]


def test_a_sneer_before_dao_is_the_speakers_verb_not_part_of_the_name() -> None:
    assert _said("陳大文冷笑道，「你哋搞錯咗。」") == [("你哋搞錯咗。", "陳大文", "冷笑道")]
    assert _said("王明冷笑道：“你们搞错了。”") == [("你们搞错了。", "王明", "冷笑道")]


def test_a_long_sigh_before_dao() -> None:
    assert _said("张秀英长叹道：“这些年真不容易。”") == [("这些年真不容易。", "张秀英", "长叹道")]


def test_a_verb_of_answering_before_dao() -> None:
    assert _said("刘建华回答道：“我们没有收到任何通知。”") == [("我们没有收到任何通知。", "刘建华", "回答道")]


def test_a_smile_before_zhe_shuo() -> None:
    assert _said("王明冷笑着说：“你们搞错了。”") == [("你们搞错了。", "王明", "冷笑着说")]
