"""Names jieba's model cuts badly before a cue, and people who are no antecedent of a later 他/她.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import speakers, speakers_in


def _words(text: str) -> list[str]:
    return [t.word for t in segmenter.tag(text)]


# A four-character "name" after a single surname ends with the next word's first character.


def test_a_verb_glued_to_a_three_character_name_is_cut_off() -> None:
    assert _words("张晓红摇了摇头。")[:2] == ["张晓红", "摇"]
    assert speakers_in("李华说：“我们明天出发。”", "张晓红摇了摇头。“那天雨下得很大，路都冲垮了。”")[-1] == "张晓红"


def test_a_cue_glued_to_a_name_whose_given_name_opens_with_a_surname() -> None:
    assert _words("刘桂英称，")[:2] == ["刘桂英", "称"]


def test_a_married_name_and_a_double_surname_stay_whole() -> None:
    assert segmenter.tag("欧阳娜娜说")[-1].word == "说"
    assert not any(t.word == "林郑月" for t in segmenter.tag("林郑月娥表示"))


def test_a_transliteration_of_four_characters_is_no_name_and_a_verb() -> None:
    assert _words("马拉多纳说")[0] == "马拉多纳"


# A two-character name and the character jieba read as a verb or a word after it.


def test_a_given_name_read_as_a_verb_before_a_time_word() -> None:
    assert speakers("李家超今日出席活动时表示：“政府会全力支持。”") == ["李家超"]


def test_a_verb_of_manner_between_a_name_and_the_cue_is_no_part_of_the_name() -> None:
    assert speakers("李华笑说，今年收成不好。") == ["李华"]
    assert speakers("李华续称，今年收成不好。") == ["李华"]


def test_a_given_name_ending_in_ming_before_the_cue() -> None:
    assert speakers("张建明说，今年收成不好。") == ["张建明"]


def test_saying_plainly_after_a_pronoun_is_left_alone() -> None:
    assert _words("他明说，") == ["他", "明说", "，"]


def test_a_lone_name_character_ends_a_two_character_name() -> None:
    assert _words("刘雨辰、李俊慧的金牌")[2] == "李俊慧"


# Who a later 他/她 stands for.


def test_the_person_the_writer_meets_is_the_topic() -> None:
    got = speakers_in(
        "张晓红告诉记者，李华昨天来了。",
        "记者在村口见到刘德明时，他正在院子里收拾东西。“房子没了，人还在就好。”他说。",
    )
    assert got[-1] == "刘德明"


def test_a_thing_counted_is_no_person_though_jieba_tags_it_a_name() -> None:
    got = speakers_in(
        "张晓红告诉记者，李华昨天来了。",
        "刘德明在村里住了一辈子，经历过好几次洪水，但这一次不一样，他说：“我们都没想到会这样。”",
    )
    assert got[-1] == "刘德明"


def test_a_name_inside_an_open_quote_is_no_subject_of_the_next_paragraph() -> None:
    # the quote runs on into the next paragraph: it keeps its speaker
    got = speakers_in("张晓红告诉记者：“李华昨天来了。", "“他带了很多东西，大家都很高兴。”")
    assert got == ["张晓红", "张晓红"]


def test_a_familiar_name_of_a_is_a_person() -> None:
    got = speakers_in("黄之锋表示，政府应该撤回条例。", "阿明昨日到警署报案，他说：“你们根本没有聆听市民。”")
    assert got[-1] == "阿明"


def test_a_kin_word_of_a_is_an_unnamed_person_not_someone_named_before() -> None:
    got = speakers_in("黄之锋表示，政府应该撤回条例。", "阿婆昨日到警署报案，她说：“你们根本没有聆听市民。”")
    assert got[-1] is None


def test_a_thing_pointed_at_is_no_person_though_jieba_tags_it_a_name() -> None:
    got = speakers_in(
        "张晓红告诉记者，李华昨天来了。",
        "刘德明在村里住了一辈子，这洪水把一切都冲走了，他说：“我们都没想到会这样。”",
    )
    assert got[-1] == "刘德明"


def test_a_name_whose_last_character_jieba_glues_to_the_cue_is_the_speaker() -> None:
    # jieba reads 陳大/a 文說/n: the adjective is the name's start, not an adverb before the verb
    assert speakers("議員陳大文說，不少長者生活困難。") == ["陳大文"]
    assert speakers("社工陈大文说，不少长者生活困难。") == ["陈大文"]


def test_a_name_ending_in_a_character_jieba_tags_a_morpheme_stays_whole() -> None:
    # 何仪/nr 怡/vg, 麦霖/nr 敏/ag: a morpheme is no verb nor adverb of its own, it ends the given name
    assert speakers("社工何儀怡表示，政府應該盡快增加資助。") == ["何儀怡"]
    assert speakers("议员麦霖敏说，政府应该尽快增加资助。") == ["麦霖敏"]


def test_a_married_name_stays_whole_before_an_adverb_or_a_count_of_times() -> None:
    # 林/郑月/娥/多次: jieba cuts the married name apart when an adverb or a count of times follows it
    assert speakers("林鄭月娥多次強調，政府必須增加資助。") == ["林鄭月娥"]
    assert speakers("林郑月娥一直认为，学校应该延长假期。") == ["林郑月娥"]


# A two-character cue read as the given name of a surname that ends the name before it (王明/苟直言).


def test_a_two_character_cue_read_as_a_given_name_is_cut_off() -> None:
    for cue in ("直言", "坦言"):
        text = f"王明苟{cue}，家里的老人很高兴。“回到老家，孩子也开朗了不少。”"
        assert cue in _words(text)
        assert speakers_in(text) == ["王明苟", "王明苟"]


# After a title, a lone surname and a given name jieba reads as an adverb of two characters (立新/d, 永新/d).


def test_a_given_name_read_as_an_adverb_after_a_title_joins_its_surname() -> None:
    assert "黄立新" in _words("西南大学教授黄立新认为，乡村振兴关键在人才。")
    assert "王永新" in _words("县农业局局长王永新表示，今年粮食又获丰收。")
    assert speakers("西南大学教授黄立新认为，乡村振兴关键在人才。") == ["黄立新"]


def test_an_adverb_after_a_titles_bare_surname_stays_an_adverb() -> None:
    assert "随后" in _words("据报道，市长王随后表示，将尽快复工。")
    assert "还" in _words("教授李还说，项目已经启动。")


# After a title, two characters of a name jieba reads as a noun (余长/n) and the given name's end glued to the cue
# (明说): the name is the three characters, the cue 说.


def test_a_name_read_as_a_noun_and_a_glued_cue_after_a_title() -> None:
    assert _words("黔江区委书记余长明说，我们要让更多游客来。")[2:4] == ["余长明", "说"]
    assert speakers("黔江区委书记余长明说，“我们要让更多游客来到黔江”。") == ["余长明"]


def test_an_adverb_before_a_plain_spoken_cue_after_a_title_is_no_name() -> None:
    assert _words("局长并未明说，")[1:3] == ["并未", "明说"]


# After a title, a name of two characters jieba reads as a common noun (文军/n) before a verb of saying.


def test_a_two_character_name_read_as_a_noun_after_a_title_is_the_speaker() -> None:
    assert speakers("北碚区区长文军表示，要打造生态宜居城区。") == ["文军"]


def test_a_side_after_a_title_is_no_name() -> None:
    assert "方面" in _words("被告律师方面称，将提起上诉。")
    assert not any(t.word == "方面" and t.tag == "nr" for t in segmenter.tag("被告律师方面称，将提起上诉。"))


def test_a_two_character_name_read_as_a_place_after_a_title_is_the_speaker() -> None:
    assert speakers("奉节县县长高山说，要把脐橙卖到全国各地。") == ["高山"]


# A familiar name (老 or 小 and a surname) jieba reads as a common noun (老张/n) after a kind of person.


def test_a_familiar_name_read_as_a_noun_after_a_kind_of_person_is_the_speaker() -> None:
    assert speakers("出租车司机老张说，路好走了很多。") == ["老张"]
    assert speakers("村民老张说：“今年的收成不错。”") == ["老张"]


# A district jieba reads as a person's name (荣昌/nr 区, 武侯区/nr) is the place the body after it is in.


def test_a_district_read_as_a_name_is_no_speaker() -> None:
    text = "荣昌区畜牧发展中心主任王小兵介绍，全区生猪出栏量稳定。"
    assert speakers(text) == ["王小兵"]
    assert speakers("梁平区农业农村委主任刘红介绍，今年粮食增产。") == ["刘红"]
    assert ("武侯区", "ns") in [(t.word, t.tag) for t in segmenter.tag("武侯区教育局局长赵敏表示")]


# 老 or 小 and a lone surname jieba reads apart (老/a 刘/zg): one familiar name, no kind of person in it.


def test_a_familiar_name_read_apart_after_a_kind_of_person_is_the_speaker() -> None:
    assert speakers("司机老刘告诉记者：“跑了二十年车，没见过这么好的路。”") == ["老刘"]
    assert speakers("村民老刘说，今年的收成比去年好多了。") == ["老刘"]


def test_a_small_sheet_is_no_familiar_name() -> None:
    assert not any(t.tag == "nr" for t in segmenter.tag("一小张纸"))
