"""Chinese speakers: made-up sentences whose speaker is wrong by construction.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said, speakers_in

# 刘芳 is named as the mother of 王明, her son: a later 她 is never 王明.
_MOTHER_AND_SON = "刘芳的儿子王明从邻居口中得知，那晚水倒灌进母亲开的饭店。"


def test_a_she_passes_over_the_man_named_last_to_the_woman_before() -> None:
    # The last person named is the son (儿子王明); 她 goes back to the one of her sex, 刘芳.
    assert said(_MOTHER_AND_SON + "失联前，她说：“我走不掉了。”") == [("刘芳", None)]


def test_a_cue_with_no_subject_goes_on_with_the_pronoun_of_the_clause_before() -> None:
    # 她给儿女发了一张照片，告诉他们：…: the one who tells is 她 (刘芳), not the son named before.
    text = _MOTHER_AND_SON + "失联前，她给儿女发了一张照片，告诉他们：“我走不掉了。”"
    assert said(text) == [("刘芳", None)]
    assert said("王明从外地回来了。他给母亲打了电话，告诉她：“我很想家。”") == [("王明", None)]


def test_a_person_mentioned_in_an_aside_in_brackets_is_no_antecedent() -> None:
    # （未包括其母刘芳）: the mother is named by the way; the later 她 goes on with 张丽, who accused them.
    text = "被张丽控告的人数持续增加，至少有16人（未包括其母刘芳）。后来她说：“还有二十多人。”"
    assert said(text) == [("张丽", None)]


def test_a_full_name_with_a_courtesy_title_is_the_person_named() -> None:
    # 王明先生 ("Mr Wang Ming"), 刘芳女士: the person is named 王明, 刘芳; no relative of theirs, no organisation.
    assert said("王明先生说：“我们很忙。”") == [("王明", None)]
    assert said("市民刘芳女士说：“我们很忙。”") == [("刘芳", "市民")]
    assert said("张先生说：“我们很忙。”") == [("张先生", None)]


def test_a_he_after_a_full_name_with_a_courtesy_title_is_that_name() -> None:
    # 王明先生: the given name's last character 明 is no surname of a Mr 明 standing for the later 他.
    text = "王明先生陪着母亲来到现场，李丽女士也来了。他说：“我想回家。”"
    assert said(text) == [("王明", None)]


def test_a_she_is_no_man_named_in_the_paragraph_or_the_one_before() -> None:
    # 李华先生 is a man: the 她 goes on with 刘芳, quoted before, not with the latest person named.
    assert speakers_in("刘芳说：“我每天五点出门。”", "她的邻居李华先生也证实了这一点。她说：“我很忙。”") == [
        "刘芳", "刘芳",
    ]
    # 王明先生 and 刘芳's husband are men: 她 at the head of the next paragraph is 刘芳.
    assert speakers_in("王明先生是一名司机，妻子刘芳是护士。", "她说：“我们很忙。”") == ["刘芳"]
    assert speakers_in("刘芳女士是一名护士，她的丈夫王明是司机。", "她说：“我们很忙。”") == ["刘芳"]
