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
