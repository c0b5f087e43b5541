"""A count of places or bodies before a cue (全市86个乡镇, 全国31个省份, 北京3家企业): a quantity is never a speaker's
name; nobody is named, so the speaker is null and the counted phrase is the role. jieba cuts a count in digits from
its measure word (86/m 个/q), which is still a count.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_scope_then_a_count_in_digits_is_an_unnamed_source() -> None:
    assert said("全市86个乡镇表示，将全力配合。") == [(None, "全市86个乡镇")]
    assert said("全国31个省份表示，将落实新政策。") == [(None, "全国31个省份")]
    assert said("北京3家企业表示，将于年底前完成改造。") == [(None, "北京3家企业")]
    assert said("全区5名村支书表示，将带头示范。") == [(None, "全区5名村支书")]


def test_a_date_in_digits_after_a_name_is_no_count() -> None:
    # 3日 is a day, no measure of people: the person named speaks.
    assert said("张伟3日表示，项目进展顺利。") == [("张伟", None)]


def test_an_approximate_count_keeps_its_number_and_is_no_speaker() -> None:
    # 30余家 ("30-odd"): jieba cuts it 30/m 余家/m; 近百家 ("nearly a hundred") it reads as a set phrase (/l). Either is
    # a count: the number stays in the role, and the counted bodies are nobody's name.
    assert said("30余家单位表示，将积极参与本次活动。") == [(None, "30余家单位")]
    assert said("近百家企业表示，将参加本次展会。") == [(None, "近百家企业")]
