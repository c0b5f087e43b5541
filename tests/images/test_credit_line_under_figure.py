"""A line holding only a photo credit or a file-picture note right under a figure whose caption names no one
(``<figure><img><figcaption>工人正在加固桥墩。</figcaption></figure><p>资料照片</p>``, "<p>Photo: Anna Roe/The
Ledger</p>"): the picture's credit, as the same line under a caption line is. Before, the note stayed in the body.
A sentence there stays the story's; a figure whose caption holds its own credit takes no second one. Made-up figures
in the shape of Chinese portals and US local papers (Session 61)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import IMG, figure_images

_ZH = "工人正在加固老城区江边步道的桥墩。"
_EN = "Crews reinforce the piers of the old river bridge on Monday."


def _figure(caption: str, after: str) -> str:
    return f"<figure>{IMG}<figcaption>{caption}</figcaption></figure><p>{after}</p>"


@pytest.mark.parametrize(
    ("caption", "line"),
    [(_ZH, "资料照片"), (_ZH, "（资料图）"), (_ZH, "图/新华社记者 王明 摄"), (_EN, "Photo: Anna Roe/The Ledger")],
)
def test_credit_line_under_figure(caption: str, line: str) -> None:
    assert figure_images(_figure(caption, line)) == [(caption, [line])]


def test_sentence_under_figure_stays_in_body() -> None:
    assert figure_images(_figure(_EN, "The council said the work would end in May.")) == [(_EN, [])]


def test_caption_with_credit_takes_no_second() -> None:
    assert figure_images(_figure(f"{_EN} Photo: Ben Poe", "Photo: Anna Roe")) == [(_EN, ["Photo: Ben Poe"])]
