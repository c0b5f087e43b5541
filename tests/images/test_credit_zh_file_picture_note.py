"""A Chinese file-picture note in brackets closing a caption ("（资料照片）", "（资料照）", as "（资料图）" already was): the
note says the picture comes from the archive, no part of what it shows, so it leaves the caption and is read as the
picture's credit note, as the tables read "资料图" and the traditional "資料照". The words inside a sentence ("他翻看
资料照片。") stay caption text. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "5月12日，工人在码头装卸集装箱。"


@pytest.mark.parametrize(("note", "org"), [("（资料照片）", "资料照片"), ("（资料照）", "资料照"), ("(资料图)", "资料图")])
def test_file_picture_note_leaves_the_caption(note: str, org: str) -> None:
    assert caption_and_credits(_CAPTION + note) == (_CAPTION, [(None, org, note)])


def test_file_picture_words_in_a_sentence_stay() -> None:
    assert caption_and_credits("他翻看资料照片。") == ("他翻看资料照片。", [])
