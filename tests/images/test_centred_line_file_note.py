"""A centred line under a centred picture whose one sentence is closed by a file note or a credit ("…摆放摊位。
（资料图片）"): the caption and its credit note. The line's sentence count leaves the credit out; before, the full stop
ahead of the note read as a second sentence and the line stayed in the body; a bracketed note that is no credit
("（视频截图）") is no second sentence either. Two sentences stay in the body. Made-up
pages."""

from __future__ import annotations

import pytest

from tests.figure_helpers import article_around

_SRC = "https://img.example.cn/2026/05/market-800.jpg"
_LEDE = "<p>" + "市商务部门介绍，老菜市场将在今后两年内完成改造，屋顶和排水系统将全部更新，摊位也会重新规划。" * 3 + "</p>"
_PIC = f'<p style="text-align: center;"><img src="{_SRC}"></p>'
_SENTENCE = "5月9日清晨，摊主们在老菜市场内摆放摊位。"


def _images(line: str) -> list[tuple[str | None, str | None, list[str]]]:
    article = article_around(
        _PIC + line, lede=_LEDE, title="老菜市场将完成改造", url="https://news.example.cn/2026/05/09/market.html"
    )
    return [(i.src, i.caption, [c.raw for c in i.credits]) for i in article.images]


@pytest.mark.parametrize("note", ["（资料图片）", "（资料图）", "（資料圖片）", "资料图片"])
def test_file_note_after_the_sentence(note: str) -> None:
    assert _images(f'<p style="text-align: center;">{_SENTENCE}{note}</p>') == [(_SRC, _SENTENCE, [note])]


def test_two_sentences_and_a_note_stay_in_the_body() -> None:
    line = f'<p style="text-align: center;">{_SENTENCE}新摊位下月启用。（资料图片）</p>'
    assert _images(line) == [(_SRC, None, [])]


@pytest.mark.parametrize("note", ["（视频截图）", "（网络截图）"])
def test_bracketed_note_no_credit_after_the_sentence(note: str) -> None:
    """A bracketed note on the picture that is no credit (a screenshot note) stays caption text, and the line is the
    picture's caption: the note is no second sentence."""
    assert _images(f'<p style="text-align: center;">{_SENTENCE}{note}</p>') == [(_SRC, _SENTENCE + note, [])]
