"""An adverb of a cue (续, 又, 再) jieba's model reads as the last character of a three-character name before the cue
(梁文杰续/nr 指): the name ends before it (enrich.segmenter.glued.adverb_glued_to_name)."""

from __future__ import annotations

from tests.quote_helpers import text_said_in


def test_going_on_glued_to_a_name_after_a_title() -> None:
    said = text_said_in("区议员梁文杰续指，政府应尽快回应居民的诉求。")
    assert said == [("政府应尽快回应居民的诉求。", "梁文杰", "区议员")]


def test_going_on_glued_to_a_name_alone() -> None:
    assert text_said_in("邓志豪续指，警方已经拘捕两名男子。") == [("警方已经拘捕两名男子。", "邓志豪", None)]
