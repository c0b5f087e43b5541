"""Names that open with no surname of the tables (a minority's name, a surname the tables lack): a name the
segmenter tags a person's, which it made up from the characters (no dictionary word), is the person a later
他 or 她 stands for, as a name of a common surname is (found by benchmarks/speaker_invariance_zh.py).

Every sentence and name is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said, speakers, speakers_in

_HE = "他表示，这个问题已经持续了很长时间，必须尽快处理。"
_SHE = "她表示，这个问题已经持续了很长时间，必须尽快处理。"


def test_a_name_of_no_surname_is_the_antecedent_of_a_pronoun() -> None:
    # 迪丽娜 (a minority's name), 阙国栋, 荀志刚, 冀春梅 (surnames the tables lack): named, never quoted, then 他/她.
    assert speakers("这并非迪丽娜第一次发声。" + _SHE) == ["迪丽娜"]
    assert speakers("这并非阙国栋第一次发声。" + _HE) == ["阙国栋"]
    assert speakers_in("荀志刚今年五十岁，在村里养了两百只羊。", _HE) == ["荀志刚"]
    assert speakers_in("冀春梅今年五十岁，在村里养了两百只羊。", _SHE) == ["冀春梅"]


def test_a_word_of_the_dictionary_or_a_glued_verb_is_no_such_name() -> None:
    # 供/小欣雨: a verb glued to a child's name (小 opens it) is no name of its own for a 他 to stand for; the 他
    # is the man nobody names.
    assert speakers("他每天打两份工，供小雨彤读书。" + _HE) == [None]


def test_a_noun_of_a_person_ends_where_a_name_of_no_surname_begins() -> None:
    # 编剧|达瓦顿珠 (达瓦/顿珠, read as places), 证人|索朗平措: the job or kind of person is the role, the rest the name.
    assert speakers("编剧达瓦顿珠说：“今年的收成比去年好得多。”") == ["达瓦顿珠"]
    assert speakers("证人索朗平措说：“今年的收成比去年好得多。”") == ["索朗平措"]
    assert speakers("立法会议员达瓦顿珠表示，这个问题已经持续了很长时间。") == ["达瓦顿珠"]



def test_a_subject_of_name_pieces_is_one_name_whole() -> None:
    # 努尔/nrt 艾力/nr: jieba cuts the name in two pieces it tags as names; the subject is all of it, not 艾力.
    assert speakers("努尔艾力指出，今年的收成比去年好得多。") == ["努尔艾力"]
    assert speakers("努尔艾力说：“今年的收成比去年好得多。”") == ["努尔艾力"]


def test_a_name_of_pieces_after_a_noun_of_a_person_is_whole() -> None:
    # 议员|努尔/艾力: the title is the role, the two pieces one name (not 艾力, with 议员努尔 for a role).
    assert said("议员努尔艾力说：“工作仍旧疏懒。”") == [("努尔艾力", "议员")]


def test_a_verb_read_into_a_piece_before_a_name_is_not_joined() -> None:
    # 应依/nr 许斌/nr: 应 ("should") glued to 依 by the segmenter; the name is 许斌.
    assert speakers("应依许斌说：“今年的收成比去年好得多。”") == ["许斌"]


def test_a_preposition_glued_to_a_name_is_no_part_of_it() -> None:
    # 经迪丽娜/nr 询问: jieba's model glues 经 ("after", "through") to a name it does not know; the name is 迪丽娜, and
    # the speaker named after the later quote is not made 经迪丽娜 by it.
    found = speakers_in(
        "笔录显示，迪丽娜称，今年收成很好。经迪丽娜询问，村民才说了被打一事，“你得救我，我给你磕头”。",
        "“前后矛盾，显然有人撒谎。” 迪丽娜说。",
    )
    assert "经迪丽娜" not in found
    assert found[0] == "迪丽娜"
    assert found[-1] == "迪丽娜"


def test_a_dotted_name_opening_with_such_a_character_stays_whole() -> None:
    # 让·雷诺 (a French given name, 让, before the dot): no preposition, one name.
    assert speakers("让·雷诺说：“今年的收成比去年好得多。”") == ["让·雷诺"]


def test_a_pronoun_stands_for_the_whole_name_in_pieces() -> None:
    # 洛桑/nrt 多杰/nrt: the 他 after stands for 洛桑多杰, not for its tail 多杰.
    assert speakers_in("洛桑多杰今年五十岁，在村里养了两百只羊。", _HE) == ["洛桑多杰"]
    assert speakers("这并非洛桑多杰第一次发声。" + _HE) == ["洛桑多杰"]


def test_a_given_name_jieba_tags_as_one_joins_a_surname_of_no_table() -> None:
    # 阙/nr 志强/nrfg: jieba tags the character a name and the two after it a given name; one name, 阙志强, whose
    # clause (到街市后) is no part of it.
    assert said("议员阙志强到街市后称，环境并不理想。") == [("阙志强", "议员")]
    assert said("议员晁志强到街市后称，环境并不理想。") == [("晁志强", "议员")]


def test_a_given_name_after_a_surname_apart_is_no_name_of_its_own() -> None:
    # 上官/n 春燕去/nr: the segmenter left the double surname apart and glued 去 to the given name; 春燕去 is no one a
    # 她 stands for.
    assert "春燕去" not in speakers_in("出狱后，上官春燕去派出所办理落户。", _SHE)


def test_a_character_jieba_tags_a_name_before_a_title_after_de_is_a_surname() -> None:
    # 当值的|阙/nr 警官: the character before the title is the officer's surname (阙 is in no table), 当值 the role.
    assert said("当值的阙警官说：“她来办身份证。”") == [("阙警官", "当值")]


def test_a_name_in_pieces_before_a_title_is_whole() -> None:
    # 努尔/nrt 艾力/nr 院士, 落实|洛桑/多杰 总书记: the name in pieces before the title is all of the name, not its tail
    # (艾力, or 桑多杰 read off a surname 桑 inside it).
    assert said("努尔艾力院士说：“今年的收成比去年好得多。”") == [("努尔艾力", "院士")]
    assert speakers("全省深入贯彻落实洛桑多杰总书记“共同守好生态线，协同推进大治理”重要要求。") == ["洛桑多杰"]


def test_a_married_name_cut_after_its_two_surnames_is_the_antecedent_whole() -> None:
    # 周李/nr 志强/nrfg: the 他 after stands for 周李志强, not for 周李.
    text = "例如周李志强在下午会去送外卖，算上他在白天扫街的时间，一天要干十三个小时。“有时困得不行，骑着车都能睡着”，他说。"
    assert speakers_in(text) == ["周李志强"]


def test_a_dotted_name_ends_before_the_noun_or_count_after_it() -> None:
    assert speakers("奥马尔·哈立德联系了记者：“我们小时候很苦。”") == ["奥马尔·哈立德"]
    assert speakers("他说，萨米尔·卡里姆第一次表示：“我们小时候很苦。”") == ["萨米尔·卡里姆"]


def test_a_name_in_pieces_after_a_word_of_the_subject_is_whole() -> None:
    # 出狱的|央吉/j 拉姆/nrt, 民警|央吉/拉姆: the two pieces are the name; the first is no part of the role.
    assert said("服刑三年出狱的央吉拉姆称，她对此一无所知。") == [("央吉拉姆", "服刑三年出狱")]
    assert said("民警央吉拉姆告诉她，当年孩子是分局安排保护的。") == [("央吉拉姆", "民警")]


def test_a_speaker_read_at_a_names_tail_never_written_alone_is_the_whole_name() -> None:
    # 其母|央吉/j 拉姆/nrt: the 她 was read as 拉姆, which the article writes nowhere but inside 央吉拉姆, the
    # speaker of the next quote: one person, named whole.
    found = speakers_in(
        "去年冬天，其母央吉拉姆出狱。她说自己很想找到女儿，问清当年的事。",
        "出狱后，央吉拉姆去派出所办理落户，却发现“户口本上少了一口人”。",
    )
    assert found == ["央吉拉姆", "央吉拉姆"]


def test_a_subject_of_two_pieces_read_as_places_is_a_person_the_pronoun_stands_for() -> None:
    # 达瓦/nrt 顿珠/ns: the subject before 说 is one person (not a body), whom the 他 later stands for whole.
    found = speakers_in(
        "达瓦顿珠说：“这篇文章是出于本心写的。”",
        "达瓦顿珠在瑞丽工作了三年。他表示，一个作家应当为人们的痛苦发声。",
    )
    assert found == ["达瓦顿珠", "达瓦顿珠"]


def test_a_known_name_after_de_ending_a_subject_is_the_person() -> None:
    # 东城的|达瓦/顿珠: the name quoted before, after a description and 的, is the speaker (not all of the subject).
    found = speakers_in(
        "达瓦顿珠说：“这个月又被罚了五百块。”",
        "东城的达瓦顿珠也笑着表示，他和工友们中午收到了扣掉的工资。",
    )
    assert found == ["达瓦顿珠", "达瓦顿珠"]


def test_a_rare_surname_with_mou_acting_as_a_witness_is_the_speaker() -> None:
    # (恽 is no surname of the tables; 某 for the given name withheld makes 恽某 a person all the same)
    assert said("医院妇产科主任恽某作为专家证人称，伤者此前做过手术。") == [("恽某", "医院妇产科主任")]


def test_a_witness_of_a_rare_surname_read_apart_from_mou() -> None:
    # (the segmenter reads 夔/某 as two words: the surname and 某 are one name, 证人 its role)
    assert said("证人夔某证实，那年秋天有个男子常到他家看录像。") == [("夔某", "证人")]


def test_a_minority_name_the_segmenter_tags_a_conjunction_is_the_speaker() -> None:
    # (其其格, a Mongolian name: the segmenter's model makes it up and tags it a conjunction, as it does 其)
    assert speakers("其其格表示，牧场今年的草长得很好。") == ["其其格"]
    assert speakers("乌兰其其格说：“牧场今年的草长得很好。”") == ["乌兰其其格"]
