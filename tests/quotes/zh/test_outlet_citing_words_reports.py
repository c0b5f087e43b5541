"""An outlet citing a source's words, 的话 closing them, then 报道 and a comma (路透社援引三名知情人士的话报道，…)
reports the clause after the comma, the words of the one cited (the gold's convention, docs/quotes.md session 54:
the one whose words are cited speaks); made-up sentences, the clause read from them."""

from __future__ import annotations

from tests.quote_helpers import reported_by


def test_outlet_citing_words_then_reports() -> None:
    p = "路透社援引三名知情人士的话报道，该公司正在考虑出售部分业务。"
    assert reported_by(p) == [(None, "该公司正在考虑出售部分业务。")]


def test_traditional() -> None:
    p = "美聯社援引兩名官員的話報導，雙方將於下月會面。"
    assert reported_by(p) == [(None, "雙方將於下月會面。")]
