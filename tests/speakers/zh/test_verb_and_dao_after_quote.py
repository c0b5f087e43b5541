"""A verb of two characters and 道 (安慰道, 提醒道, 反驳道) is a verb of saying whatever the verb, no table needed: the
quote it closes or opens is the words of the subject before it, and the verb is never read as a name (医生安抚道).
Every sentence is made up; each expected speaker is read off the sentence."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import said


def test_a_role_before_verb_and_dao_after_the_quote() -> None:
    assert said("“别担心，我们一定帮你找回来。”片警安慰道。") == [(None, "片警")]


def test_a_verb_read_as_a_name_is_the_cue() -> None:
    assert said("“放心吧，伤口恢复得很好。”大夫安抚道。") == [(None, "大夫")]


def test_a_name_before_verb_and_dao() -> None:
    assert said("“这个办法行不通。”周建华反驳道。") == [("周建华", None)]


def test_a_title_and_name_before_verb_and_dao() -> None:
    assert said("“下个月我们再来看望您。”街道主任孙丽承诺道。") == [("孙丽", "街道主任")]


def test_a_manner_adverb_between() -> None:
    assert said("“成绩进步了不少。”老师欣慰地夸奖道。") == [(None, "老师")]


def test_verb_and_dao_before_the_quote() -> None:
    assert said("救援队员鼓励道：“再坚持一下，马上就出去了。”") == [(None, "救援队员")]


def test_a_word_ending_in_dao_is_no_cue() -> None:
    assert [q.cue for q in find_quotes([Block(text="“明天见。”她转身走进街道。")], "zh")] == [None]


def test_knowing_is_no_cue() -> None:
    assert [q.cue for q in find_quotes([Block(text="“这事我真不清楚。”老周也不知道。")], "zh")] == [None]


def test_an_adjective_of_manner_and_dao() -> None:
    assert said("“这都是我们分内的事。”救援队员谦虚道。") == [(None, "救援队员")]


def test_an_adverb_or_a_voice_and_dao_before_a_short_quote() -> None:
    # 无奈/d, 连忙/d, 随即/d (adverbs of manner) and 低声/n, 高声/n (a voice) before 道: a cue, even before a
    # quote of a few characters, which is no term but the words said.
    assert said("老人无奈道：“没办法。”") == [(None, "老人")]
    assert said("老人连忙道：“不用了。”") == [(None, "老人")]
    assert said("店员随即道：“马上来。”") == [(None, "店员")]
    assert said("孩子高声道：“我来！”") == [(None, "孩子")]
    assert said("门卫厉声道：“站住！”") == [(None, "门卫")]
