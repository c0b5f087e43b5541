"""Titles of Taiwan, Macau and Malaysian pages that jieba cuts or tags so that the role loses a part or the name
swallows it: 立法/d 院长 (the role was 院长), 总会/长/a (the 长 left alone: the speaker was the association), 警察/v
总监, a party's legislator glued to the surname (绿委王/n 定宇), a caucus whip (团总召傅/n), a Malaysian honorific cut
into the name (拿汀林/ns 美玲), and a verb of speaking read as a given name after a title (王家/明分析). Every sentence
is made up; each expected name and role is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_president_of_the_legislature_keeps_the_body() -> None:
    assert said("立法院長游明德表示，院會將照常召開。") == [("游明德", "立法院長")]


def test_macau_legislator_keeps_the_body() -> None:
    assert said("立法議員林明華批評，特區政府的回應太慢。") == [("林明華", "立法議員")]


def test_head_of_an_association_with_a_lone_head_character() -> None:
    assert said("马华总会长陈大明表示，党会全力支持。") == [("陈大明", "马华总会长")]


def test_police_noun_before_a_title() -> None:
    assert said("吉隆坡警察总监王志强表示，警方已展开调查。") == [("王志强", "吉隆坡警察总监")]


def test_party_legislator_glued_to_a_surname() -> None:
    assert said("綠委王定華指出，國防預算不能再拖。") == [("王定華", "綠委")]


def test_party_legislator_in_simplified_characters() -> None:
    assert said("绿委王美华批评，政府回应太慢。") == [("王美华", "绿委")]


def test_caucus_whip_and_a_rare_given_name() -> None:
    assert said("國民黨團總召傅崐華批評，行政院的預算有問題。") == [("傅崐華", "國民黨團總召")]


def test_datuk_glued_to_the_name() -> None:
    assert said("雪州警察总监拿督鲁斯明表示，警方已逮捕两人。") == [("鲁斯明", "雪州警察总监拿督")]


def test_datin_cut_with_the_surname() -> None:
    assert said("拿汀林美玲说，活动很成功。") == [("林美玲", "拿汀")]


def test_verb_of_speaking_is_no_given_name() -> None:
    assert said("經濟學教授王家明分析指，經濟前景不明朗。") == [("王家明", "經濟學教授")]


def test_caucus_whip_read_as_a_name() -> None:
    assert said("國民黨團總召黃崐萁批評，預算有問題。") == [("黃崐萁", "國民黨團總召")]
