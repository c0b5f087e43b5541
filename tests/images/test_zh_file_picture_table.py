"""The Chinese file-picture notes are one table (lexicon.credits.ZH_FILE_PICTURE_LABELS), read as the note alone
closing a caption (lexicon.credit_orgs.ZH_ORGS), the label opening a caption line (ZH_PICTURE_LABELS) and the label
before a credit's outlet. Before, each kept its own list and the traditional "（資料圖）" and "（資料照片）" closing
a caption stayed caption text while "（资料图）" was split off. Made-up captions."""

from __future__ import annotations

import pytest

from cqnews.enrich.caption_lines import is_caption_line
from tests.figure_helpers import caption_and_credits


@pytest.mark.parametrize("note", ["资料图片", "资料图", "资料照片", "资料照", "資料圖片", "資料圖", "資料照片", "資料照"])
def test_a_file_picture_note_closing_a_caption_is_its_credit_note(note: str) -> None:
    assert caption_and_credits(f"工人在码头装卸集装箱。（{note}）") == ("工人在码头装卸集装箱。", [(None, note, f"（{note}）")])


@pytest.mark.parametrize("note", ["资料照片", "資料圖"])
def test_a_file_picture_label_opens_a_caption_line(note: str) -> None:
    assert is_caption_line(f"{note}：重庆夜景。")


def test_the_words_inside_a_sentence_stay_caption_text() -> None:
    assert caption_and_credits("他翻看資料照片。") == ("他翻看資料照片。", [])
