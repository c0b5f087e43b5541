"""有消息指, 有分析称: "there is news / an analysis" speaks, nobody named; its description is the noun, never an
empty one.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_there_is_news_is_described_by_the_news() -> None:
    assert said("有消息指，警方昨晚已拘捕三名男子。") == [(None, "消息")]


def test_there_is_an_analysis_is_described_by_it() -> None:
    assert said("有分析指，央行下月或再次降息。") == [(None, "分析")]


def test_there_is_an_expert_stays_an_expert() -> None:
    assert said("有专家认为，央行下月或再次降息。") == [(None, "专家")]
