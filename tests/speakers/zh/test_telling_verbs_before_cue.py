"""A verb of telling what happened or of confirming it right before 称 (目击者描述称, 警方证实称): how the speaker
speaks, no part of who.

Every sentence is made up; each expected mention is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import mentions


def test_a_witness_describing() -> None:
    assert mentions("一名在场目击者描述称，事发时现场一片混乱。") == ["一名在场目击者"]


def test_the_police_confirming() -> None:
    assert mentions("当地警方证实称，嫌疑人已被控制。") == ["当地警方"]
