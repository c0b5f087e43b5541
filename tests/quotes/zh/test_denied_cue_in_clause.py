"""A cue denied in its own clause (…，也无校方代表对他们表示过慰问; …，但物业却未正面回应…) reports nothing: the clause
before it goes on through it, no new speaker's report stops it (made-up sentences, simplified and traditional; the
expected clause is read from the sentence)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def indirect(paragraph: str) -> list[str]:
    return [q.text for q in find_quotes([Block(text=paragraph)], "zh") if q.kind == QuoteKind.INDIRECT]


def test_no_one_reporting_goes_on() -> None:
    p = "李华表示，当时学校从未告知他们停课的原因，也无校方代表对他们表示过慰问，“我们都不知道。”"
    assert indirect(p) == [p[p.index("当时") : p.index("，“")]]


def test_not_reporting_goes_on_traditional() -> None:
    p = "居民協會指出，大廈的水費已經上漲兩成，但物業公司卻未正面回應居民的質疑。"
    assert indirect(p) == [p[p.index("大廈") :]]
