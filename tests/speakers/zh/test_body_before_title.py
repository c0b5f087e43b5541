"""An organisation's name the segmenter tags so (民建联/nt, 国民党/nt) and a title after it, nobody named: the office's
unnamed holder (name None, the whole the role), never a person called 民建联. Every sentence is made up; each
expected value is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_party_chair_unnamed_traditional() -> None:
    assert said("民建聯主席表示：「我們支持這個方案。」") == [(None, "民建聯主席")]


def test_party_chair_unnamed_after_the_quote() -> None:
    assert said("“我们支持这个方案。”国民党主席说。") == [(None, "国民党主席")]


def test_party_chair_with_a_name_is_that_person() -> None:
    assert said("民建联主席谭明表示：“我们支持这个方案。”") == [("谭明", "民建联主席")]
