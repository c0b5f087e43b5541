"""Names of shapes the rules were not written against (found by benchmarks/speaker_invariance_zh.py, which
swaps the gold's names for names of other shapes): double surnames with a given name of two characters
(欧阳明远, 司马建军, 端木立新) read as one name wherever they stand, and a 他 after them standing for the whole name.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import said, speakers, speakers_in

_SAYS = "他表示，这个问题已经持续了很长时间，必须尽快处理。"


def test_a_double_surname_name_of_four_is_the_antecedent_whole() -> None:
    # jieba cuts 欧阳明/远, 司马/建军, 诸葛/文斌: the four characters are one man's name, the 他 after them.
    assert speakers("这并非欧阳明远第一次发声。" + _SAYS) == ["欧阳明远"]
    assert speakers("这并非司马建军第一次发声。" + _SAYS) == ["司马建军"]
    assert speakers("这并非诸葛文斌第一次发声。" + _SAYS) == ["诸葛文斌"]
    assert speakers("这并非上官志宏第一次发声。" + _SAYS) == ["上官志宏"]


def test_a_double_surname_of_the_rarer_ones_opens_a_name() -> None:
    # 端木 (a double surname jieba reads as a noun) and 立新 (read as an adverb): one name, 端木立新.
    assert speakers("这并非端木立新第一次发声。" + _SAYS) == ["端木立新"]


def test_a_double_surname_that_is_also_a_word_joins_nothing_outside_a_cue() -> None:
    # 东方 ("the East") is a word too: 东方明珠 is a tower, not a person the 他 can stand for.
    assert speakers("东方明珠第一次亮灯。" + _SAYS) != ["东方明珠"]


def test_a_rare_surname_opens_a_name_as_a_common_one_does() -> None:
    # 禤 (a surname jieba has no word for: 禤/国/良), 郗, 亓, 邴: the three characters are one name, whole.
    assert speakers("禤国良表示，这个问题已经持续了很长时间，必须尽快处理。") == ["禤国良"]
    assert speakers("市长禤国良说：“这个问题已经持续了很长时间。”") == ["禤国良"]
    assert speakers("这并非郗文斌第一次发声。" + _SAYS) == ["郗文斌"]
    assert speakers("这并非亓振华第一次发声。" + _SAYS) == ["亓振华"]
    assert speakers("这并非邴建军第一次发声。" + _SAYS) == ["邴建军"]


def test_a_given_name_jieba_tags_as_one_joins_its_lone_surname() -> None:
    # 芮/nr 志强/nrfg: jieba tags the given name as a given name; the 他 after stands for 芮志强.
    assert speakers("这并非芮志强第一次发声。" + _SAYS) == ["芮志强"]


def test_a_dotted_name_ends_where_the_segmenter_reads_it_ending() -> None:
    # 阿卜杜拉·哈桑|看来, 玛丽亚·加西亚|不愿, 穆罕默德·阿里|上午: the words after the name are no part of it.
    assert speakers("在阿卜杜拉·哈桑看来，这个问题已经持续了很长时间，必须尽快处理。") == ["阿卜杜拉·哈桑"]
    assert speakers("玛丽亚·加西亚不愿透露更多细节，她说：“这个问题已经持续了很长时间。”") == ["玛丽亚·加西亚"]
    assert speakers("穆罕默德·阿里上午表示，这个问题已经持续了很长时间，必须尽快处理。") == ["穆罕默德·阿里"]


def test_a_single_character_word_beside_a_whole_dotted_name_is_no_part_of_it() -> None:
    # 哈桑/昨 ("yesterday"), 劝/弗拉基米尔 ("urged"): jieba reads the parts whole; the character beside is a word.
    assert speakers("阿卜杜拉·哈桑昨回应说，这个问题已经持续了很长时间。") == ["阿卜杜拉·哈桑"]
    assert speakers("记者昨日劝弗拉基米尔·彼得罗夫留下。他表示，这个问题已经持续了很长时间。") == ["弗拉基米尔·彼得罗夫"]
    # a first part of one character is still a part: 让·杜邦 (Jean Dupont)
    assert speakers("让·杜邦说：“这个问题已经持续了很长时间。”") == ["让·杜邦"]


def test_a_conjunction_glued_to_a_two_character_name_is_no_part_of_it() -> None:
    # jieba reads 而林静 as one name of three; 而 ("while") is the conjunction, the woman is 林静.
    assert speakers("而林静表示，这个问题已经持续了很长时间，必须尽快处理。") == ["林静"]
    assert speakers("而林静晚上有时会回来得很晚，“我们都睡了，还不见她”。") == ["林静"]


def test_a_conjunction_glued_to_a_body_of_a_city_or_a_province_is_no_part_of_its_name() -> None:
    # jieba reads 而市 and 但省 as one word each: 而 and 但 open the clause, the body is 市卫生健康委员会, 省教育厅.
    assert speakers("而市卫生健康委员会指出，我们将继续推进这项工作，请市民放心。") == ["市卫生健康委员会"]
    assert speakers("但省教育厅表示，今年的招生计划不变，考生不必担心。") == ["省教育厅"]


# Names of Tibetans, Mongols, Uyghurs and Kazakhs written in Han characters without an interpunct: parts of
# such names in a row (洛桑 + 嘉措, 苏和 + 巴特尔, 贡布 + 扎西), or one part of three characters (买买提, 吐尔洪), are
# one name, however jieba cuts or tags them (洛/ns 桑嘉措/nr, 苏/j 和/c 巴特尔/nr, 贡布/n 扎西/ns, 买买提/n).


def test_a_minority_name_of_parts_is_one_name_token() -> None:
    words = [(t.word, t.tag) for t in segmenter.tag("洛桑嘉措和次仁旺堆昨天说")]
    assert ("洛桑嘉措", "nr") in words
    assert ("次仁旺堆", "nr") in words
    # 乌兰察布 (a city): 乌兰 is a part of Mongolian names, but the word goes on.
    assert "乌兰察布" in [t.word for t in segmenter.tag("记者在乌兰察布见到了他。")]


def test_a_minority_name_cut_by_the_segmenter_is_the_speaker_whole() -> None:
    assert speakers("洛桑嘉措表示，牧场今年的草长得很好。") == ["洛桑嘉措"]
    assert speakers("牧民苏和巴特尔说：“牧场今年的草长得很好。”") == ["苏和巴特尔"]
    assert speakers("这并非贡布扎西第一次发声。" + _SAYS) == ["贡布扎西"]


def test_a_minority_name_the_segmenter_tags_a_noun_is_a_name_not_a_role() -> None:
    assert said("买买提表示，牧场今年的草长得很好。") == [("买买提", None)]



def test_a_double_surname_with_a_title_is_named_as_a_single_one_is() -> None:
    # 王教授 is a name; so are 欧阳教授, 司马主任 and 上官副市长 (a double surname and a title, a rank before it).
    assert said("欧阳教授表示，这个问题已经持续了很长时间。") == [("欧阳教授", None)]
    assert said("司马主任表示，这个问题已经持续了很长时间。") == [("司马主任", None)]
    assert said("上官副市长表示，这个问题已经持续了很长时间。") == [("上官副市长", None)]


def test_a_double_surname_with_a_title_stands_for_the_full_name_given_before() -> None:
    # 司马建军 (a given name ending in 军, which also heads an army's name) is named outside quotes; the 我 of his
    # account, called 司马主任 by a colleague, is he.
    found = speakers_in(
        "以下，是急诊科主任司马建军的讲述——",
        "当时，同事在我耳边说了几遍：司马主任，那个病人报的是冠状病毒。",
        "我说：“这个病人是从海鲜市场来的，大家要注意防护。”",
    )
    assert found[-1] == "司马建军"


def test_a_rare_surname_jieba_reads_alone_before_a_given_name_it_reads_as_a_word_opens_a_name() -> None:
    # 夔/zg 立新/d: a surname of no table, a character jieba has no word for, and the two characters
    # after it, before a verb of saying: one name, the title before it the role.
    assert said("总导演夔立新说：“这部片子能走到今天，要感谢大家。”") == [("夔立新", "总导演")]
    assert said("市长夔立新表示，这部片子能走到今天，要感谢大家。") == [("夔立新", "市长")]


def test_a_lone_character_of_no_surname_table_stands_for_the_person_quoted_before_whose_name_it_opens() -> None:
    # 蹇 (a surname the tables lack) alone before 说, after 蹇志强 was quoted: the same man, named in full.
    found = speakers_in(
        "蹇志强说：“这部片子能走到今天，要感谢大家。”",
        "蹇说：“回想一下，挺危险的。所有人都后怕。”",
    )
    assert found == ["蹇志强", "蹇志强"]


def test_a_dotted_name_whose_last_part_jieba_reads_as_a_proper_noun_ends_there() -> None:
    # 汉斯·穆勒/nz|给, 穆勒/nz|性格/直: the part after the dot is read whole; what follows is the sentence's.
    found = speakers_in(
        "汉斯·穆勒给我打电话，说：“恰恰相反，让你做执行总导演。”",
        "汉斯·穆勒性格直，他说：“这就是外聘制的好处，大家都明白。”",
    )
    assert found == ["汉斯·穆勒", "汉斯·穆勒"]
