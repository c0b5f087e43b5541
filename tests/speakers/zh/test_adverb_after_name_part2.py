"""An adverb of degree after a name (张伟|很高兴) is never the last character of the name."""

from __future__ import annotations

from cqnews.enrich import segmenter
from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def test_very_is_not_part_of_the_name() -> None:
    assert [t.word for t in segmenter.tag("张伟很高兴地说")][:2] == ["张伟", "很"]


def test_the_glad_speaker_is_named_alone() -> None:
    quotes = find_quotes([Block(text="张伟很高兴地说：“我们终于赢了。”")], "zh")
    assert [q.speaker.name for q in quotes if q.speaker] == ["张伟"]


def test_a_quote_after_a_helpless_man_is_his() -> None:
    quotes = find_quotes([Block(text="看着被冲毁的农田，王明很无奈。“一年的收成都没了。”")], "zh")
    assert [q.speaker.name for q in quotes if q.speaker] == ["王明"]
