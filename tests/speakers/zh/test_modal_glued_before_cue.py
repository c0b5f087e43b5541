"""An adverb and a modal verb that jieba glues into a noun between the speaker and the cue (母亲总会念叨, 爷爷常会说:
总会, 常会 read as nouns) tell how often the speaker says it, no part of who says it; a body's name before it (工会总会)
keeps the word. Every sentence is made up; the expected speakers are read off them."""

from __future__ import annotations

from tests.quote_helpers import mentions


def test_a_glued_modal_is_cut_off_the_speaker() -> None:
    assert mentions("“出门记得带伞。”母亲总会念叨。") == ["母亲"]
    assert mentions("“做人要实在。”爷爷常会说。") == ["爷爷"]
    assert mentions("奶奶总会说：“吃饱了才有力气。”") == ["奶奶"]


def test_a_name_keeps_its_own_words() -> None:
    assert mentions("“要好好读书。”王明常会说。") == ["王明"]
