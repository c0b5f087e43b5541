"""A figure's number before the caption ("Fig. 2: …", "Figure 3. …", "Abb. 1: …", "Image 3 of 8 — …", "图2：…")
is the figure's label, not caption text: dropped as a gallery's counter is. A number the caption's sentence reads
("Bild 2 zeigt …", "图1为…", "Image 2.0 …") stays. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_EN = "Crews lift a new gangway onto the ferry dock on Sunday afternoon."
_DE = "Arbeiter heben am Sonntag eine neue Gangway an den Fähranleger."
_ZH = "5月10日，工人在渡轮码头安装新的登船桥。"


@pytest.mark.parametrize(
    ("written", "caption"),
    [
        (f"Fig. 2: {_EN}", _EN),
        (f"Figure 3. {_EN}", _EN),
        (f"FIG 1 — {_EN}", _EN),
        (f"Image 3 of 8: {_EN}", _EN),
        (f"Abb. 1: {_DE}", _DE),
        (f"Bild 4: {_DE}", _DE),
        (f"Imagen 2. {_EN}", _EN),
        (f"图2：{_ZH}", _ZH),
        (f"图片3 {_ZH}", _ZH),
        (f"圖一：{_ZH}", _ZH),
    ],
)
def test_figure_number_is_no_caption_text(written: str, caption: str) -> None:
    assert caption_and_credits(written) == (caption, [])


@pytest.mark.parametrize(
    "written",
    [
        "Bild 2 zeigt den Fähranleger am Sonntag.",
        "图1为工人在渡轮码头安装新的登船桥。",
        "Image 2.0 of the ferry timetable went online on Sunday.",
        "Picture this: a new gangway on the ferry dock.",
    ],
)
def test_a_number_the_sentence_reads_stays(written: str) -> None:
    assert caption_and_credits(written) == (written, [])


def test_figure_number_before_caption_and_credit() -> None:
    assert caption_and_credits(f"Fig. 2: {_EN} Photo: Nora Lindqvist") == (
        _EN,
        [("Nora Lindqvist", None, "Photo: Nora Lindqvist")],
    )
