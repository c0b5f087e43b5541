"""Nouns alone opening a clause up to a noun of someone, then what they did before speaking (市场|监管部门|执法人员|
现场检查后表示): the nouns are the subject, who speaks; the first noun is no event (出院后表示: no subject).

Every sentence is made up; each expected mention is read off the sentences.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _mentions(text: str) -> list[str | None]:
    return [q.mention for q in find_quotes([Block(text=text)], "zh")]


def test_a_body_and_its_officers_before_what_they_did() -> None:
    assert _mentions("市场监管部门执法人员现场检查后表示，这家超市有多批商品已经过期。") == ["市场监管部门执法人员"]
