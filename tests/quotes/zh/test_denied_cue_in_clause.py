"""A cue denied in its own clause (…，也无校方代表对他们表示过慰问; …，但物业却未正面回应…) reports nothing: the clause
before it goes on through it, no new speaker's report stops it (made-up sentences, simplified and traditional; the
expected clause is read from the sentence)."""

from __future__ import annotations

from tests.quote_helpers import reported_zh


def test_no_one_reporting_goes_on() -> None:
    p = "李华表示，当时学校从未告知他们停课的原因，也无校方代表对他们表示过慰问，“我们都不知道。”"
    assert reported_zh(p) == [p[p.index("当时") : p.index("，“")]]


def test_not_reporting_goes_on_traditional() -> None:
    p = "居民協會指出，大廈的水費已經上漲兩成，但物業公司卻未正面回應居民的質疑。"
    assert reported_zh(p) == [p[p.index("大廈") :]]
