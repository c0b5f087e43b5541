"""A surname jieba reads as a verb (戴/v: to wear) opening a clause, before a given name of two characters it tags a
proper name (建华/nz), is that person's name whatever verb or adverb follows (反复叮嘱, 一再强调), as before a
verb of saying it already was: the person is the speaker of the quote the sentence cues."""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import speakers


def test_a_foreman_urging_again_and_again_after_the_quote() -> None:
    assert speakers("“下井前一定要检查设备。”戴建华反复叮嘱工友们。") == ["戴建华"]


def test_urging_before_a_colon() -> None:
    assert speakers("戴建华反复叮嘱工友们：“下井前一定要检查设备。”") == ["戴建华"]


def test_wearing_a_mask_is_no_name() -> None:
    assert [t.word for t in segmenter.tag("戴口罩进入车间")][:2] == ["戴", "口罩"]


def test_stressing_again_and_again_read_as_one_phrase() -> None:
    # (戴/v 志强/nrfg 反复强调/l)
    assert speakers("戴志强反复强调：“安全生产没有小事。”") == ["戴志强"]
