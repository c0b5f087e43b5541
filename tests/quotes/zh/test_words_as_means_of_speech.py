"""Words said as the means of a verb of speech after them (马丽用“累并快乐着”形容这份工作, 该公司以“纯属谣言”回应,
以“家中有事”为由): the quote stands between 用 or 以 and the verb, the subject before the preposition says it. A quote
before a noun (以“绣花”功夫) or a goal (以“…”为目标) stays no quote, and so does one after 可以 or 引用 (no preposition).
Every sentence is made up; the expected texts and speakers are read off them."""

from __future__ import annotations

from tests.quote_helpers import said, texts_in


def test_words_used_to_describe_are_the_subjects() -> None:
    assert said("马丽用“累并快乐着”形容这份工作。") == [("马丽", None)]
    assert texts_in("老人用“做梦都没想到”来形容自己的心情。") == ["做梦都没想到"]


def test_words_given_as_an_answer_or_a_reason() -> None:
    assert said("对于网友的质疑，该公司以“纯属谣言”回应。") == [("该公司", None)]
    assert said("王强以“家中有事”为由，多次请假。") == [("王强", None)]


def test_a_name_before_a_noun_or_a_goal_is_no_quote() -> None:
    assert texts_in("该县以“绣花”功夫推进乡村治理。") == []
    assert texts_in("学校以“不让一个孩子掉队”为目标。") == []
    assert texts_in("他们可以“自由选择”。") == []
