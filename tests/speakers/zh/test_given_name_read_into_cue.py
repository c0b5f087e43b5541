"""A surname jieba reads alone, whatever it tags it, and a given name it reads into another word: the cue after
them (张/q 明说：, 郑/ns 明说：: "to say plainly") or a word of its own (赵/nr 立新/d 说, 何/r 立新/d 表示): the
characters are one name, the subject of the verb of saying.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import speakers


def _words(text: str) -> list[str]:
    return [t.word for t in segmenter.tag(text)]


def test_a_given_name_read_with_the_cue_as_one_verb_gives_it_back() -> None:
    # 明说 (to say plainly) before a mark: the surname alone before it opens a name, 张明, 郑明, 黄明, 许明.
    assert speakers("张明说：“这件事我们会继续跟进。”") == ["张明"]
    assert speakers("郑明说：“这个方案根本不可行。”") == ["郑明"]
    assert speakers("黄明说：“我们还需要更多的时间。”") == ["黄明"]
    assert speakers("记者问起时，许明说：“问题已经全部解决。”") == ["许明"]
    assert speakers("村民张明说：“自来水终于通到家里了。”") == ["张明"]


def test_to_say_plainly_after_no_surname_stays_a_verb() -> None:
    # 他明说, 老师明说, 当面明说: no surname opens a name before 明说, which is the verb.
    assert "明说" in _words("他明说：“不去了。”")
    assert "明说" in _words("老师明说：“不准迟到。”")
    assert "明说" in _words("他当面明说，以后不会再来。")


def test_a_given_name_read_as_another_word_joins_the_surname() -> None:
    # 立新 (jieba: an adverb) after a surname it reads alone, before a verb of saying: one name.
    assert speakers("赵立新说：“这件事我们会继续跟进。”") == ["赵立新"]
    assert speakers("当天下午，赵立新说，工厂下个月就能复工。") == ["赵立新"]
    assert speakers("何立新表示：“我们会继续努力。”") == ["何立新"]


def test_an_adverb_after_a_lone_surname_is_no_given_name() -> None:
    # 随后, 当即, 首先 stand between a subject and its verb: no part of a name.
    assert "随后" in _words("此外，王随后说，价格还会上涨。")
    assert "当即" in _words("对此，李当即表示反对。")
    assert "首先" in _words("会上，张首先指出，问题仍然存在。")
