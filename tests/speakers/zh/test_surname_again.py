"""A person named again by the surname alone (陶又指 after 陶君行表示) is the person of that surname named
before, never a speaker called by one character.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import speakers, speakers_in


def test_a_lone_surname_in_traditional_script_is_the_full_name() -> None:
    text = "立法會議員陶君行昨日表示，政府應盡快交代事件。陶又指，市民對此十分不滿，當局必須正視。"
    assert speakers(text) == ["陶君行", "陶君行"]


def test_a_lone_surname_before_a_colon_quote() -> None:
    text = "議員劉小麗表示，政府應盡快交代事件。劉稱：「市民對此十分不滿，當局必須正視問題。」"
    assert speakers(text) == ["劉小麗", "劉小麗"]


def test_a_lone_surname_in_a_later_paragraph() -> None:
    assert speakers_in("议员费明华表示，政府应尽快交代事件。", "费说，市民对此十分不满，当局必须正视。") == ["费明华", "费明华"]


def test_the_latest_person_of_that_surname() -> None:
    text = "陈大文表示，工程进度良好。议员陈美玲则表示，预算超支严重。陈又说，当局必须解释。"
    assert speakers(text) == ["陈大文", "陈美玲", "陈美玲"]


def test_a_surname_nobody_had_stays_as_written() -> None:
    assert speakers("王明表示，工程进度良好。") == ["王明"]


def test_a_married_name_by_its_two_surnames_is_the_full_name() -> None:
    text = "特首林鄭月娥今早出席行政會議前會見傳媒時表示，政府會全力處理。林鄭又稱，政府不會退讓。"
    assert speakers(text) == ["林鄭月娥", "林鄭月娥"]


def test_a_two_character_name_is_no_short_form_of_a_longer_one() -> None:
    text = "李华强表示，这个方案完全可行。李华则表示，成本太高，难以推进。"
    assert speakers(text) == ["李华强", "李华"]


# A person named first outside any quote, then quoted by the surname alone.


def test_a_lone_surname_after_a_name_given_outside_quotes() -> None:
    text = "香港大學經濟學教授黃國華昨日出席論壇。黃指出：「本港經濟將於下半年回穩。」"
    assert speakers(text) == ["黃國華"]


def test_a_lone_surname_with_shi_after_a_name_given_outside_quotes() -> None:
    text = "律政司司長林定國今日會見傳媒。林氏稱，有關條例已經生效，市民毋須擔心。"
    assert speakers(text) == ["林定國"]


def test_a_lone_surname_in_the_paragraph_after_the_name() -> None:
    assert speakers_in("市民代表周志远昨日到场旁听。", "周说：“我们希望政府听取意见。”") == ["周志远"]


def test_the_latest_name_of_that_surname_outside_quotes() -> None:
    text = "教授黃國華昨日出席論壇，他的同事黃志強也在場。黃指出：「本港經濟將於下半年回穩。」"
    assert speakers(text) == ["黃志強"]


def test_a_surname_named_nowhere_before_stays_as_written() -> None:
    assert speakers("論壇昨日舉行。黃指出：「本港經濟將於下半年回穩。」") == ["黃"]


def test_a_surname_with_a_traditional_adverb_glued_on() -> None:
    # 黎續稱: jieba reads 黎續 as one word; 續 is the traditional form of the adverb 续 (went on to say), so the
    # surname stands for the professor named before, as 陈续称 does in simplified text.
    text = "香港大學教授黎明華昨日表示，情況不樂觀。黎續稱，政府應盡快處理。"
    assert speakers(text) == ["黎明華", "黎明華"]


def test_a_surname_and_mou_mou_is_no_surname_and_mou_with_a_word_glued() -> None:
    # 钱某 and 钱某某: an article writes two people of one surname 某 and 某某 apart; 钱某某 is no 钱某 glued to 某.
    assert speakers_in("钱某说：“那天我不在家。”", "钱某某说：“那天我一直在学校。”") == ["钱某", "钱某某"]
    assert speakers_in("钱某说：“那天我不在家。”", "后来钱某某称，自己那天一直在学校。") == ["钱某", "钱某某"]


def test_a_married_pair_after_the_full_name_named_outside_any_quote() -> None:
    # 林鄭 for 林鄭月娥, 葉劉 for 葉劉淑儀: Hong Kong papers name a married woman by the two surnames alone, after
    # her full name in a sentence that quotes nobody (zhdir43).
    assert speakers_in("特首林鄭月娥昨日出席活動，並會見記者。", "林鄭表示：「政府會繼續聆聽市民意見。」") == ["林鄭月娥"]
    assert speakers_in("立法會議員葉劉淑儀昨日到訪社區中心。", "葉劉指：「我們要支持政府。」") == ["葉劉淑儀"]


def test_a_pronoun_after_a_lone_surname_is_the_full_name() -> None:
    # 黃指出…。他又指: the 他 is the person the lone surname stands for, named in full before (zhdir43).
    paragraphs = ("教授黃國華昨日出席論壇。", "黃指出：「政府會繼續聆聽市民意見。」", "他又指，政府不會撤回條例。")
    assert speakers_in(*paragraphs) == ["黃國華", "黃國華"]
    married = ("特首林鄭月娥昨日出席活動，並會見記者。", "林鄭表示：「政府會繼續聆聽市民意見。」", "她又指，政府不會撤回條例。")
    assert speakers_in(*married) == ["林鄭月娥", "林鄭月娥"]
