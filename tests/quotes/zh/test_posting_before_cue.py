"""王明发微博称：“…”, 王明红着眼眶说：“…”: a set phrase of posting or issuing (发微博, 发声明) or a verb read with its
particle of aspect (红着) after a name opens the speaker's predicate.

Every sentence is made up; the speakers are read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import speakers as _speakers


def test_posting_on_weibo_is_no_part_of_the_name() -> None:
    assert _speakers("张建国发微博称：“今天是个好日子。”") == ["张建国"]


def test_issuing_a_statement_is_no_part_of_the_name_a_spokesman_stays_a_title() -> None:
    assert _speakers("李秀兰发声明称：“我从未收过这笔钱。”") == ["李秀兰"]
    assert _speakers("外交部发言人华春莹表示：“中方坚决反对。”") == ["华春莹"]  # (发言人/l names a person)


def test_a_verb_read_with_its_particle_of_aspect_opens_the_predicate() -> None:
    assert _speakers("张建国红着眼眶说：“我想回家。”") == ["张建国"]  # (红着/uz 眼眶)


def test_a_lawyer_passing_the_words_on_is_no_part_of_the_name() -> None:
    assert _speakers("陳大文經律師回應：「我是清白的。」") == ["陳大文"]  # (經/n: a preposition)
