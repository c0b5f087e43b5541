"""A person named again by the title alone (代理律师李华…。律师认为… -> 李华, 村支书王建国…。村支书表示 -> 王建国),
as a relative is by the kin noun alone; and a given name ending in 国 or 军 (王建国, 李建军) is a name, not an
organisation's.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from cqnews.enrich.speakers.names_zh import person_word
from tests.quote_helpers import speakers


def test_the_lawyer_again_is_the_lawyer_named() -> None:
    text = "王明的代理律师李华表示，法院的判决存在明显错误。律师认为，二审应当改判无罪。"
    assert speakers(text) == ["李华", "李华"]


def test_the_village_secretary_again_is_the_one_named() -> None:
    text = "记者采访了村支书王建国。村支书表示，今年全村收入增长了两成。"
    assert speakers(text) == ["王建国"]


def test_a_title_nobody_was_named_with_stays_unnamed() -> None:
    assert speakers("律师认为，二审应当改判无罪，法院必须重新审理。") == [None]


def test_a_given_name_ending_in_guo_is_a_name() -> None:
    assert person_word(segmenter.Token("王建国", "nr", 0, 3))


def test_a_given_name_ending_in_jun_is_a_name() -> None:
    assert speakers("李建军回到村里。他说，今年的收成比去年好很多。") == ["李建军"]


def test_a_body_of_two_characters_ending_in_a_head_is_no_name() -> None:
    assert not person_word(segmenter.Token("韩国", "nr", 0, 2))


def test_a_pronoun_after_a_surname_and_title_is_the_full_name() -> None:
    # 陈教授又指出…。他说: the 他 goes on with 陈教授, who is 陈大文 named in full before (not a person "陈教授").
    text = (
        "香港大学教授陈大文表示，情况不乐观。立法会议员李华也认为，政府应尽快处理。"
        "陈教授又指出，问题已存在多年。他说：“我们不能再等了。”"
    )
    assert speakers(text) == ["陈大文", "李华", "陈大文", "陈大文"]


def test_a_familiar_name_is_the_full_name_given_before() -> None:
    # 老王, 小李: 老/小 and a surname name someone familiarly; the person of that surname named before.
    assert speakers("王明在这个村当了二十年村医。老王说，村里的老人身体都还好。") == ["王明"]
    assert speakers("李华是一名小学老师。小李告诉记者，学校今年新建了操场。") == ["李华"]
    assert speakers("老王说，村里的老人身体都还好。") == ["老王"]  # (nobody named before: the familiar name itself)
