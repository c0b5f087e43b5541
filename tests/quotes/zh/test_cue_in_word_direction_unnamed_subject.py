"""料 inside a dictionary word is no cue (衣料厂, 照料); a short quote before a word of direction (“十一”前) modifies
it, no words said; a cue whose subject is left out after a clause opened by an unnamed person is that person's.
Made-up sentences; expected values read from them."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes_found, said


@pytest.mark.parametrize(
    "text",
    ["镇上的衣料厂今年订单大减，工人已经减少了一半。", "陈伟照料母亲多年，她的病情已经稳定。"],
)
def test_liao_inside_a_word_is_no_cue(text: str) -> None:
    assert quotes_found(text, "zh") == []


def test_short_quote_before_a_word_of_direction_is_no_quote() -> None:
    found = quotes_found("李华指出，“十一”前后游客会明显增多。", "zh")
    assert [f for f in found if f[0] == "direct"] == []


def test_left_out_subject_after_an_unnamed_person_is_that_person() -> None:
    text = "李建国的女婿提及此事，无奈摇了摇头，说：“我们也没有办法。”"
    assert quotes_found(text, "zh") == [("direct", "我们也没有办法。", None)]
    assert said(text) == [(None, "李建国的女婿")]
