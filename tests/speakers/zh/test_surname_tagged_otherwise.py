"""A surname of the table before 警官 or 法官 names the officer whatever jieba tags the surname (刘/zg, 张/q: a
character it also reads as another word), as 王/nr 警官 does (found by benchmarks/speaker_invariance_zh.py, whose
names/control row lost 刘警官 where the page's 王警官 was read).

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import said, speakers


def test_an_officer_whose_surname_jieba_reads_as_another_word() -> None:
    assert speakers("刘警官说，他对那起盗窃案有所了解。") == ["刘警官"]


def test_an_officer_on_duty_after_de() -> None:
    assert said("值班的张警官表示：“那天她来办过身份证。”") == [("张警官", "值班")]


def test_a_judge_whose_surname_jieba_reads_as_a_measure_word() -> None:
    assert speakers("主审的张法官说，这起纠纷已经调解了三次。") == ["张法官"]


def test_a_master_or_an_elder_whose_surname_jieba_reads_as_a_noun() -> None:
    # 马/n 师傅/n ("horse", "master"), 田/n 大妈/n ("field", "auntie"): a surname and a form of address name the
    # person of that surname, as 王师傅/nr does, not a kind of person (zhdir43).
    assert speakers("马师傅说：“这台车我修了整整一个下午。”") == ["马师傅"]
    assert speakers("田大妈表示：“小区里的路灯早就该修了。”") == ["田大妈"]
    assert speakers("“菜价比去年涨了不少。”钱老板说。") == ["钱老板"]
    assert speakers("石婆婆告诉记者，她在这条街上住了五十年。") == ["石婆婆"]
