"""Datelines give a place only: not a person's name, not an agency's or a paper's.

A first paragraph opening with an honorific and a name before a dash ("Mr Smith - who lives nearby -
said …") has no dateline: the name is a person's, not a place's. Made-up sentences.

Chinese datelines give the place only: "据新华社北京3月3日电" (citing the agency) is 北京, not
"据新华社北京"; "经济日报北京3月3日讯" (a paper's name before the place) is 北京, not "经济日报北京". Made-up
sentences.
"""

from __future__ import annotations

import pytest

from cqnews.enrich.dateline import dateline_end, find_dateline


@pytest.mark.parametrize(
    "text",
    [
        "Mr Smith - who lives nearby - said the new bridge would change his daily walk to work.",
        "Dr Amy Jones - a surgeon at the city hospital - welcomed the decision on Monday.",
        "Mrs. Patel – the school's head teacher – said pupils would cross the river safely.",
    ],
)
def test_an_honorific_and_a_name_before_a_dash_is_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("据新华社北京3月3日电 江城新大桥正式通车。", "北京"),
        ("经济日报北京3月3日讯（记者 王小明）江城新大桥正式通车。", "北京"),
        ("江城电视台江城3月3日消息 江城新大桥正式通车。", "江城"),
    ],
)
def test_the_place_of_a_chinese_dateline(text: str, place: str) -> None:
    assert find_dateline(text) == place


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("HARTFORD (AP) — The river rose overnight.", "The river rose overnight."),
        ("DENVER — The river rose overnight.", "The river rose overnight."),
        ("OSLO, March 3 (Reuters) - The river rose overnight.", "The river rose overnight."),
        ("Tom Hale — the mayor — said the river rose overnight.", "Tom Hale — the mayor — said the river rose overnight."),
    ],
)
def test_dateline_end_is_where_the_story_starts(text: str, body: str) -> None:
    # A place in capitals or with an agency in brackets is a dateline; a name before a dash is not.
    assert text[dateline_end(text) :] == body
