"""Chinese speakers (zh29): rules read from the words and their parts of speech, not from one page.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from .quote_helpers import said, speakers


def test_a_description_named_by_a_relative_clause_goes_on_speaking() -> None:
    # 名叫林晓的女孩: the girl is named; the quote after her words is hers, not an unnamed girl's.
    text = "这位名叫林晓的女孩说，她每天要走两个小时山路去上学。“路上很黑，我很害怕。”"
    assert speakers(text) == ["林晓", "林晓"]
    assert said("一位叫做王强的工人表示，工资已经三个月没发了。“我们只想拿回自己的钱。”")[1] == ("王强", "工人")


def test_a_surname_after_a_title_with_its_given_name_glued_to_the_cue() -> None:
    # jieba reads 明说 ("to say plainly") and tags the lone 林 as a morpheme: after a title it opens a name.
    assert said("高雄市副市长林明说，这个项目没有法律授权。") == [("林明", "高雄市副市长")]
