"""Nouns alone opening a clause up to a noun of someone, then what they did before speaking (市场|监管部门|执法人员|
现场检查后表示): the nouns are the subject, who speaks; the first noun is no event (出院后表示: no subject).

Every sentence is made up; each expected mention is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import mentions


def test_a_body_and_its_officers_before_what_they_did() -> None:
    assert mentions("市场监管部门执法人员现场检查后表示，这家超市有多批商品已经过期。") == ["市场监管部门执法人员"]
