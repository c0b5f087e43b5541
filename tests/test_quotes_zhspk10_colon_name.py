"""A name jieba splits before a one-character "verb" (李家/超) is whole before the colon that introduces a
quote (李家超：「…」), as before a verb of saying (zhspk10).

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich import segmenter

from .quote_helpers import speakers


def test_a_name_before_a_colon_is_whole() -> None:
    assert speakers("李家超：「警方會嚴正執法，絕不姑息。」") == ["李家超"]


def test_the_segmenter_reads_the_name_as_one_word_before_a_colon() -> None:
    assert [t.word for t in segmenter.tag("李家超：")] == ["李家超", "："]


def test_a_verb_of_saying_before_a_colon_stays_a_verb() -> None:
    assert [t.word for t in segmenter.tag("王明说：")] == ["王明", "说", "："]
