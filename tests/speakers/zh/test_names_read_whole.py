"""Names read whole where the segmenter or a character pattern cut them: a name after a quote read in words (王明|今年,
欧阳明远), a lone surname tagged a morpheme or a noun before its given name (孙/zg 建华, 钱/n 志远/nrfg), a name of
two characters ending in 军 (李军, not 德军)."""

from __future__ import annotations

from cqnews.enrich import segmenter
from cqnews.enrich.speakers.names_zh import person_word
from tests.quote_helpers import said, speakers, speakers_in


def test_a_time_word_after_a_name_that_follows_a_quote_is_no_part_of_it() -> None:
    # 今 opens 今年 (this year): the villager is 王明, not 王明今
    text = "“路修好以后，我们出门方便多了。”村民王明今年六十岁，在村里住了一辈子。"
    assert said(text) == [("王明", "村民")]


def test_a_double_surname_after_a_quote_is_read_with_its_given_name() -> None:
    text = "“路修好以后，我们出门方便多了。”村民欧阳明远今年六十岁，在村里住了一辈子。"
    assert said(text) == [("欧阳明远", "村民")]


def test_a_name_cut_after_its_surname_opens_a_clause_of_time() -> None:
    # 孙/zg 建华/nz: the man speaks in an interview, the interview does not speak for someone before
    assert speakers("孙建华在接受采访时表示：“我们一定能完成任务，请大家放心。”") == ["孙建华"]


def test_a_surname_tagged_a_morpheme_and_its_given_name_are_one_word() -> None:
    toks = segmenter.tag("孙建华今年五十岁。")
    assert (toks[0].word, toks[0].tag) == ("孙建华", "nr")


def test_a_pronoun_goes_back_to_a_name_cut_after_its_surname() -> None:
    paras = ["孙建华今年五十岁，是村里的老支书。", "他说：“我们一定能完成任务，请大家放心。”"]
    assert speakers_in(*paras) == ["孙建华"]


def test_a_surname_read_as_a_noun_before_a_given_name_of_the_dictionary() -> None:
    # 钱 (money) before 志远, a given name jieba's dictionary holds
    toks = segmenter.tag("村民钱志远今年五十岁。")
    assert [t.word for t in toks][:2] == ["村民", "钱志远"]


def test_a_name_of_two_characters_ending_in_jun_is_a_person_and_an_army_is_not() -> None:
    toks = {t.word: t for t in segmenter.tag("李军和胡军都来了。德军和苏军也来了。")}
    assert person_word(toks["李军"]) and person_word(toks["胡军"])
    assert not any(person_word(toks[w]) for w in ("德军", "苏军") if w in toks)


def test_the_first_of_two_people_named_together_speaks_for_both() -> None:
    # 胡军 was read as an army (军 heads bodies), and the speaker became 和赵刚
    assert speakers("胡军和赵刚都表示：“我们一定能完成任务，请大家放心。”") == ["胡军"]


def test_a_pronoun_after_a_verb_is_the_one_acted_on_not_the_speaker() -> None:
    # the workers surround the boss and speak to him: they speak, not 王明 whom 他 stands for
    text = "王明说：“公司很快会发工资。”员工们围住他说：“我们已经三个月没发工资了，什么时候发？”"
    assert said(text) == [("王明", None), (None, "员工们")]


def test_a_body_publishing_a_notice_at_a_time_speaks_through_it() -> None:
    # the date between the body and 发布消息称 made the clause a description: 华为公司3月5日晚间发布
    assert speakers("华为公司3月5日晚间发布消息称：“我们将继续加大投入，确保任务完成。”") == ["华为公司"]


def test_a_minority_name_in_two_pieces_before_a_title() -> None:
    # 扎西/ns 顿珠/ns: a Tibetan name, then the title after it
    assert said("扎西顿珠院士说：“这座城市一定能挺过难关。”") == [("扎西顿珠", "院士")]


def test_a_minority_name_read_as_one_word_before_a_title_is_not_cut_at_a_surname() -> None:
    # 阿依古丽/nr: 古 is a surname of the tables, but the name is the whole word
    assert said("阿依古丽教授表示：“这座城市一定能挺过难关。”") == [("阿依古丽", "教授")]


def test_a_verb_jieba_tags_as_a_name_is_no_one_a_later_quote_goes_back_to() -> None:
    # 陈述/nr: "to state", after 病人; the quote after the paragraph is by no one named
    paras = ["医院可以调阅病人的档案，方便病人陈述过往病史，也减少了重复检查。", "“我还在路上，这些信息就发到我手机上了，报销的钱也不少。”"]
    assert speakers_in(*paras) == [None]


def test_a_minority_name_after_a_title_names_who_said_the_quote_before_it() -> None:
    # 巴特尔 opens with no surname of the tables; the villager is named right after the quote
    text = "“我还在转院的路上，这些信息就发到我手机上了。”镇上的居民巴特尔谈起住院的经历赞不绝口。"
    assert said(text) == [("巴特尔", "镇上的居民")]


def test_a_body_whose_head_jieba_tags_a_name_is_no_person() -> None:
    # 国家/n 卫健委/nr: the commission speaks, not a person called 卫健委 with the role 国家
    assert said("国家卫健委表示：“我们将继续加大投入，确保任务完成。”") == [("国家卫健委", None)]
    assert said("深圳市委宣传部表示：“我们将继续加大投入，确保任务完成。”") == [("深圳市委宣传部", None)]


def test_a_body_named_with_verbal_nouns_answering_at_a_time_is_read_whole() -> None:
    # 国家/n 发展/vn 改革/vn 委: the verbal nouns name the commission, its verb is 回应
    text = "国家发展改革委昨日回应本报查询时表示：“我们将继续加大投入，确保任务完成。”"
    assert said(text) == [("国家发展改革委", None)]
