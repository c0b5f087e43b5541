"""A mainland byline opening a paragraph with a slash between the label and the name (记者/王明 通讯员/李华), the
label 文/图, or 融媒 before 记者, is no part of the speaker's role (before: role 记者/王明 通讯员/李华 县长, and
speaker 融媒记者 王明). Every sentence is made up (county media-centre news)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_reporter_and_correspondent_with_slashes() -> None:
    assert said("记者/王明 通讯员/李华 县长张华表示，今年全县粮食喜获丰收。") == [("张华", "县长")]


def test_words_and_pictures_label() -> None:
    assert said("文/图 王明 县长张华表示，今年全县粮食喜获丰收。") == [("张华", "县长")]


def test_media_centre_reporter_and_report_word() -> None:
    assert said("融媒记者 王明 报道 县长张华表示，今年全县粮食喜获丰收。") == [("张华", "县长")]


def test_a_title_opening_the_paragraph_stays() -> None:
    assert said("文体局局长张华表示，今年将举办三场文艺汇演。") == [("张华", "文体局局长")]
