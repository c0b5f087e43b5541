"""A paragraph that opens with a label and a colon before a quote (interviews, features): the label is the speaker,
its role kept: the words before the name (研究员张明：“…”), the words in brackets after it (张晓燕（护士长）：“…”,
none for 化名), or a kind of person with no name (记者：“…”). Every sentence is made up; each expected (name, role) is
read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_title_before_the_name() -> None:
    assert said("省农科院研究员陈立新：“今年的小麦长势比往年好。”") == [("陈立新", "省农科院研究员")]


def test_a_kind_of_person_before_the_name() -> None:
    assert said("村民王大山：“路修好以后，进城方便多了。”") == [("王大山", "村民")]


def test_a_role_in_brackets_after_the_name() -> None:
    assert said("周晓燕（市第一中学校长）：“学生们的安全是第一位的。”") == [("周晓燕", "市第一中学校长")]


def test_a_pseudonym_in_brackets_is_no_role() -> None:
    assert said("孙明（化名）：“那天晚上我一直没睡着。”") == [("孙明", None)]


def test_a_reporter_with_no_name() -> None:
    assert said("记者：“您觉得这次改革效果怎么样？”") == [(None, "记者")]


def test_a_host_with_no_name() -> None:
    assert said("主持人：“请您谈谈这些年的变化。”") == [(None, "主持人")]


def test_a_heading_is_no_speaker() -> None:
    assert said("原标题：“这一政策将带来深远影响。”") == [(None, None)]
