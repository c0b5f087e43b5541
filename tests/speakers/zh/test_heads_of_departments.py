"""The head of a department named by the department and its title (運輸署署長, 消防處處長, 律政司司長) is a title with
no name, an unnamed source: never the department itself, nor a name. jieba's dictionary tags 署长 and 处长 verbs;
they are titles, and a name after them is the speaker.

Every sentence is made up; each expected speaker and role is read off the sentences.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import said


def test_the_director_of_a_department_is_no_department() -> None:
    assert said("運輸署署長表示，交通運作正常，市民不用擔心。") == [(None, "運輸署署長")]


def test_the_director_of_a_short_named_department() -> None:
    assert said("社署署長表示，服務會正常提供，市民不用擔心。") == [(None, "社署署長")]


def test_the_secretary_for_justice_is_a_title() -> None:
    assert said("律政司司長表示，政府會依法辦事，市民不用擔心。") == [(None, "律政司司長")]


def test_the_director_of_an_office_is_a_title() -> None:
    assert said("消防處處長表示，火勢已經受控，市民不用擔心。") == [(None, "消防處處長")]


def test_the_named_director_speaks() -> None:
    assert said("漁護署署長陳大文表示，會加強巡查，市民不用擔心。") == [("陳大文", "漁護署署長")]


def test_a_department_head_is_a_noun() -> None:
    assert [t.tag for t in segmenter.tag("处长表示")] == ["n", "v"]
