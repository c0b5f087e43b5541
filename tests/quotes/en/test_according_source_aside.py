"""An aside on the source after "According to X," (a relative clause, or a participle before a time or an agent) is
no part of the report: it starts after the aside's comma. A participle opening the report itself ("armed men …")
stays in it. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_relative_clause_on_the_source_is_skipped() -> None:
    assert reported("According to the inspector, who toured the plant, the boilers were unsafe.") == [
        "the boilers were unsafe"
    ]


def test_participle_aside_on_a_document_is_skipped() -> None:
    assert reported("According to the audit, released Friday, the council overspent by a third.") == [
        "the council overspent by a third"
    ]


def test_participle_opening_the_report_stays() -> None:
    assert reported("According to witnesses, masked men entered the shop, taking cash.") == [
        "masked men entered the shop, taking cash"
    ]
