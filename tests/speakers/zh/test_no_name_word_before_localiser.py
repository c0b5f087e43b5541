"""A word jieba tags a name that is none (陈述 "a statement", opening with the surname 陈) before a localiser closing a
phrase of place (在最后陈述中说) is no name of two characters ending in that localiser (as 张大中 is): the speaker
is the subject before the phrase.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_statement_in_court() -> None:
    assert said("被告人在最后陈述中说：“我知道错了。”") == [(None, "被告人")]
    assert said("“我知道错了。”被告人王某在最后陈述中说。") == [("王某", "被告人")]


def test_a_pronoun_before_the_phrase() -> None:
    assert said("他在最后陈述中称：“我知道错了。”") == [(None, None)]


def test_a_name_ending_in_the_localiser_stays() -> None:
    assert said("李建中说：“我知道错了。”") == [("李建中", None)]
