"""A person named again by the surname alone (陶又指 after 陶君行表示) is the person of that surname named
before, never a speaker called by one character (zhspk10).

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from .quote_helpers import speakers, speakers_in


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
