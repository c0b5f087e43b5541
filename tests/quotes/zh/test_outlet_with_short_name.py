"""A news outlet reports without 据 when its name stands right before 报道 (路透社报道，…), and so it does with its short
name in brackets between (美国有线电视新闻网（CNN）报道，…).

Every sentence is made up; each expected quote and speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_outlet_with_its_latin_short_name_in_brackets() -> None:
    assert quotes_found("美国有线电视新闻网（CNN）报道，当地政府将在下周公布新的防疫措施。", "zh") == [
        ("indirect", "当地政府将在下周公布新的防疫措施。", "美国有线电视新闻网")
    ]


def test_outlet_with_its_short_name_in_traditional_characters() -> None:
    assert quotes_found("美國有線電視新聞網（CNN）報道，當地政府將在下周公布新的防疫措施。", "zh") == [
        ("indirect", "當地政府將在下周公布新的防疫措施。", "美國有線電視新聞網")
    ]
