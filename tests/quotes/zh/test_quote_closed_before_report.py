"""A quote that ends its sentence inside its marks (「…。」), its speaker's cue before it, then a new subject whose
cue reports a clause of its own (日媒也稱有…, 外媒稱，…): the quote is the first speaker's, the next cue's subject
says only its clause. With nothing said after the next cue (「…。」李華說。) or the quote's words split around it
(，「…」), the cue after is the quote's.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_next_cue_with_its_own_clause_is_not_the_quotes() -> None:
    found = quotes_found("大使王明昨舉行記者會，他表明願協助，「我們希望他能盡快得到醫治。」日媒也稱有多國已和北京交涉。", "zh")
    assert ("direct", "我們希望他能盡快得到醫治。", "王明") in found
    assert ("indirect", "有多國已和北京交涉。", "日媒") in found


def test_next_cue_after_a_comma_with_its_own_clause() -> None:
    found = quotes_found("教授李大同表明支持，「這是正確的決定。」外媒則稱，多國已表態反對。", "zh")
    assert ("direct", "這是正確的決定。", "李大同") in found


def test_next_cue_ending_the_sentence_is_the_quotes() -> None:
    found = quotes_found("教授李大同表明支持，「這是正確的決定。」陳大文說。", "zh")
    assert ("direct", "這是正確的決定。", "陳大文") in found
