"""A Uyghur name with an interpunct whose first part jieba tags a common noun (买买提/n, 阿不都): the part is one of
a minority's names, so the parts on both sides of the dot are one name, and the title before it is the role alone
(not 村民买买提· with the last part the name). Every sentence is made up; each expected speaker and role is read off
the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_first_part_tagged_a_noun_after_a_title() -> None:
    assert said("村民买买提·艾则孜告诉记者：“今年的核桃卖得特别好。”") == [("买买提·艾则孜", "村民")]


def test_another_first_part_after_a_title() -> None:
    assert said("村民阿不都·玉素甫说：“这片林子是我们一棵一棵种起来的。”") == [("阿不都·玉素甫", "村民")]


def test_no_character_of_the_title_goes_to_the_name() -> None:
    assert said("社区干部买买提·艾力在接受采访时说：“大家都很支持。”") == [("买买提·艾力", "社区干部")]


def test_a_first_part_jieba_cuts_in_two_before_the_dot() -> None:
    # 阿力/木/·: the part 阿力木 of the tables ends right at the dot; no character of it is a role
    assert said("阿力木·买买提说：“今年的收成不错。”") == [("阿力木·买买提", None)]
    assert said("“葡萄今年卖得好。”阿力木·买买提笑着说。") == [("阿力木·买买提", None)]


def test_a_last_part_holding_a_function_character() -> None:
    # 阿不都: 都 ("all") is a character sentences go on with, here the end of the name's part
    assert said("古丽米拉·阿不都说：“孩子们都上学了。”") == [("古丽米拉·阿不都", None)]
    assert said("据努尔古丽·阿不都介绍，绣坊已有三十名绣娘。") == [("努尔古丽·阿不都", None)]


def test_a_last_part_of_two_parts_jieba_reads_as_other_words() -> None:
    # ·/阿不都/d/热合/v/曼说/v: the parts after the dot are one name, the cue glued to its end given back
    assert said("热依拉·阿不都热合曼表示，村里的路已经修好了。") == [("热依拉·阿不都热合曼", None)]
    assert said("村医阿不都·热合曼说：“药品都配齐了。”") == [("阿不都·热合曼", "村医")]
