"""A name is read the same whatever its shape (issue 11, benchmarks/speaker_invariance_zh.py): a name in pieces,
a married name, a double surname, a surname of no table, a dotted name or a minority's name is read whole.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import speakers, speakers_in


def test_an_adverb_and_verb_read_as_one_idiom_are_no_part_of_the_name() -> None:
    assert speakers("格桑多吉则声明称，网上的说法纯属捏造。") == ["格桑多吉"]


def test_a_dotted_name_starts_where_the_segmenter_reads_its_word() -> None:
    paragraphs = ("一位女生实名指控汉斯·穆勒曾对其性骚扰。", "他在声明中说：“这些说法毫无根据。”")
    assert speakers_in(*paragraphs)[-1] == "汉斯·穆勒"


def test_a_dotted_name_known_with_a_verb_glued_before_it_is_the_name_known() -> None:
    paragraphs = ("一位女生实名指控索菲·马丁曾对其性骚扰。", "她当年听索菲·马丁说过这件事。", "他在声明中说：“这些说法毫无根据。”")
    assert speakers_in(*paragraphs)[-1] == "索菲·马丁"


def test_a_name_in_pieces_tagged_places_before_a_title() -> None:
    assert speakers("扎西顿珠院士说：“这项研究还要继续做下去。”") == ["扎西顿珠"]


def test_a_proper_noun_of_three_after_a_noun_of_a_person_is_a_name() -> None:
    assert speakers("村民朝克图告诉记者：“今年的草场长得很好。”") == ["朝克图"]


def test_a_given_name_like_a_body_after_a_surname_of_no_table() -> None:
    assert speakers("村民钮建军告诉记者：“今年的收成很好。”") == ["钮建军"]


def test_a_function_word_glued_to_a_given_name_after_a_double_surname() -> None:
    assert speakers("山坡村村支书上官志宏向记者介绍，全村都种了茶叶。") == ["上官志宏"]


def test_a_surname_of_no_table_tagged_a_name_joins_its_given_name() -> None:
    assert speakers("仝振华、钮建军等人称，他们在工地上等了三天。") == ["仝振华"]


def test_a_verb_whose_object_is_a_person_is_no_part_of_the_name() -> None:
    words = [(t.word, t.tag) for t in segmenter.tag("儿子劝贲国良在家带孙女")]
    assert ("贲国良", "nr") in words and ("劝", "v") in words


def test_a_kin_noun_opening_with_a_surname_is_no_name() -> None:
    assert speakers("儿子劝张志萍在家带孙女。她说：“我还想再做几年。”") == ["张志萍"]


def test_a_married_name_whose_given_name_the_dictionary_holds_as_a_proper_noun() -> None:
    words = [(t.word, t.tag) for t in segmenter.tag("她的儿子范徐振华从邻居口中得知")]
    assert ("范徐振华", "nr") in words


def test_a_married_name_before_a_title_is_whole() -> None:
    assert speakers("张王建国院士说：“这座城市一定能挺过去。”") == ["张王建国"]


def test_a_transliterated_name_opening_with_a_verb_s_character_is_whole() -> None:
    assert ("派翠克", "nr") in [(t.word, t.tag) for t in segmenter.tag("派翠克说")]


def test_a_name_in_pieces_before_its_predicate() -> None:
    assert speakers("区议员格桑多吉到菜市场视察后称，卫生环境并不理想。") == ["格桑多吉"]
