"""A Chinese quote that nests another in the same double marks (“…“…”…”) closes at its own ”, not at the nested
quote's: each “ opening after a Han character inside it is matched first."""

from __future__ import annotations

from cqnews.enrich.quotes.spans import find_spans
from tests.quote_helpers import texts_in


def _inner(text: str) -> list[str]:
    return [text[sp.start : sp.end] for sp in find_spans(text)]


def test_quote_nesting_a_saying_closes_at_its_own_mark() -> None:
    text = "李大爷说：“我爹常讲“人勤地不懒”，这话我记了一辈子。”"
    assert _inner(text) == ["我爹常讲“人勤地不懒”，这话我记了一辈子。"]
    assert texts_in(text) == ["我爹常讲“人勤地不懒”，这话我记了一辈子。"]


def test_quote_nesting_two_terms_closes_at_its_own_mark() -> None:
    text = "她回忆：“别人都说“太苦”，我偏要说“值得”，就这么坚持了下来。”"
    assert _inner(text) == ["别人都说“太苦”，我偏要说“值得”，就这么坚持了下来。"]


def test_quote_nesting_and_a_quote_after_it() -> None:
    text = "老师说：“这是“双减”后的第一个学期。”家长问：“作业少了吗？”"
    assert _inner(text) == ["这是“双减”后的第一个学期。", "作业少了吗？"]


def test_unclosed_quote_then_a_new_one_keeps_the_first_close() -> None:
    text = "他说：“这事我不清楚。“你去问问村委会吧，”他又补了一句。"
    assert _inner(text) == ["这事我不清楚。“你去问问村委会吧，"]


def test_corner_quote_nesting_a_corner_quote_closes_at_its_own_mark() -> None:
    text = "陳老師說：「我們常講「教學相長」，這句話一點都不假。」"
    assert _inner(text) == ["我們常講「教學相長」，這句話一點都不假。"]
