"""A byline opening the paragraph (本报讯 记者李娜 通讯员张伟, 本报通讯员 张伟 记者 李娜 报道) before the first sentence:
the writers are never the speaker nor part of the speaker's role, who is named after them. Every sentence is made
up; each expected speaker and role is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_labels_and_names_then_the_word_of_reporting() -> None:
    assert said("本报通讯员 张伟 记者 李娜 报道 市卫健委主任刘芳表示，全市已建成社区医院20家。") == [
        ("刘芳", "市卫健委主任")
    ]


def test_names_glued_to_their_labels_after_the_papers_mark() -> None:
    assert said("本报讯 记者李娜 通讯员张伟 县文旅局局长黄海波日前表示，全县接待游客50万人次。") == [
        ("黄海波", "县文旅局局长")
    ]


def test_a_byline_before_a_resident() -> None:
    assert said("本报记者 李娜 报道 市民王女士说，现在看病方便多了。") == [("王女士", "市民")]


def test_according_to_after_a_byline() -> None:
    assert said("融媒体记者 陈曦 通讯员 周敏 据镇长李强介绍，今年全镇新修道路12公里。") == [("李强", "镇长")]
