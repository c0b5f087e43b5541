"""Names of shapes the rules were not written against (found by benchmarks/speaker_invariance_zh.py, which
swaps the gold's names for names of other shapes): double surnames with a given name of two characters
(欧阳明远, 司马建军, 端木立新) read as one name wherever they stand, and a 他 after them standing for the whole name.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers

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
