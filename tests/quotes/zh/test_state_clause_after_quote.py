"""“…！”王刚态度强硬。: a quote opening its sentence inside a paragraph, then one clause opened by a person and
closing the sentence with no cue (an attitude, a state), is that person's words, not those of the one named before.

Every sentence is made up; quotes and speakers are read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import speakers as _speakers


def test_attitude_after_the_quote() -> None:
    text = "会议开到一半，陈主任提出推迟工期。“工期不能再拖了！”王刚态度强硬。"
    assert _speakers(text) == ["王刚"]
    text = "设计图改了三遍，陈明终于点了头。“这个拐角是我想出来的。”王刚对这个设计很得意。"
    assert _speakers(text) == ["王刚"]
    assert _speakers("老板让大家加班到十点。“这样下去身体会垮的。”黄伟一脸无奈。") == ["黄伟"]
    assert _speakers("裁判吹响了终场哨。“我们赢了！”郭涛激动得跳了起来。") == ["郭涛"]


def test_second_speaker_of_the_paragraph() -> None:
    assert _speakers("李强说：“先把方案拿出来。”大家都没有说话。“我不同意。”王刚态度强硬。") == ["李强", "王刚"]


def test_one_who_hears_is_no_speaker() -> None:
    assert _speakers("李华说：“我明天就走。”王明听后愣住了。") == ["李华"]
