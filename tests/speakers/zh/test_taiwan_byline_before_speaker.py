"""A Taiwanese paper's byline opening the paragraph (記者黃志明／台北報導, 〔記者王冠仁／台北報導〕) and an agency's
dateline with the day alone (中央社記者陳家豪台北10日電): the writers and the place are no part of the speaker's role.
Every sentence is made up; each expected speaker and role is read off it."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_slash_byline_before_a_mayor() -> None:
    text = "記者黃志明／台北報導 台北市長蔣萬安今天表示，市府將加快都更進度。"
    assert said(text) == [("蔣萬安", "台北市長")]


def test_a_slash_byline_in_brackets() -> None:
    text = "〔記者王冠仁／台北報導〕 法務部長鄭銘謙今天表示，將從嚴查辦詐騙集團。"
    assert said(text) == [("鄭銘謙", "法務部長")]


def test_a_byline_of_two_reporters() -> None:
    text = "記者林志明、陳怡君／高雄報導 高雄市長陳其邁昨天表示，市府將全力協助災民。"
    assert said(text) == [("陳其邁", "高雄市長")]


def test_a_byline_of_a_roundup() -> None:
    text = "記者張家豪／綜合報導 交通部長今天表示，春節疏運計畫已經就緒。"
    assert said(text) == [(None, "交通部長")]


def test_an_agency_dateline_with_the_day_alone() -> None:
    text = "中央社記者陳家豪台北10日電 經濟部長今天表示，電價將維持不變。"
    assert said(text) == [(None, "經濟部長")]


def test_a_day_before_a_phone_call_is_no_dateline() -> None:
    text = "高雄市長陳其邁9日電話受訪時表示，市府將全力協助災民。"
    assert said(text) == [("陳其邁", "高雄市長")]
