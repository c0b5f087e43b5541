"""对方 after the writer reached a body with no name (记者联系了该公司，对方表示…) is that body, unnamed: its words are
reported with the body as the role, as after a person the writer reached (made-up sentences; expected values read
from them)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(text: str) -> list[tuple[str, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "zh")
    return [(q.text, q.speaker.name, q.speaker.role) if q.speaker else (q.text, None, None) for q in quotes]


def test_counterpart_of_a_company() -> None:
    assert _found("记者随后联系了该公司，对方表示，货物已经在路上了。") == [("货物已经在路上了。", None, "该公司")]


def test_counterpart_of_a_hospital_traditional() -> None:
    assert _found("記者致電這家醫院，對方稱，患者已經轉院。") == [("患者已經轉院。", None, "這家醫院")]


def test_counterpart_with_no_one_reached_reports_nothing() -> None:
    assert _found("对方表示，货物已经在路上了。") == []
