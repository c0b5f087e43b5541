"""WeChat's editors write every line of an article as a ``<section>`` (the picture's own ``<section
style="text-align:center"><img data-src=…></section>`` too): a line under the picture in a section is read as the
same line in a paragraph is, a caption when it points up ("▲…") or is centred under a centred picture, a credit when
it holds one alone. Before, no line in a section was read and such pictures had no caption. Made-up pages."""

from __future__ import annotations

import pytest

from tests.figure_helpers import article_around, sourced_images

_SRC = "https://mmbiz.example.cn/mmbiz_jpg/port-800.jpg"
_LINE = "<section><span>" + "港口管理局周一表示，新码头将于秋季投入使用，为更大的船舶增加泊位，并将提高整体吞吐能力。" * 2
_LEDE = _LINE + "</span></section>"
_PICTURE = f'<section style="text-align:center"><img data-src="{_SRC}" data-ratio="0.66" class="rich_pages"></section>'


def _images(line: str) -> list[tuple[str | None, str | None, list[str]]]:
    page = article_around(
        _PICTURE + line, lede=_LEDE, title="新码头将于秋季投入使用", url="https://mp.example.cn/s/port-2026",
        container='<div id="js_content">',
    )
    return sourced_images(page)


@pytest.mark.parametrize(
    ("line", "caption", "credits"),
    [
        (
            '<section style="text-align:center"><span style="color:#888888">▲5月12日，工人在码头装卸集装箱。（图/李华）</span>'
            "</section>",
            "5月12日，工人在码头装卸集装箱。",
            ["（图/李华）"],
        ),
        ('<section style="text-align:center"><span>工人在码头装卸集装箱。</span></section>', "工人在码头装卸集装箱。", []),
        ('<section style="text-align:center"><span>李华 摄</span></section>', None, ["李华 摄"]),
    ],
)
def test_line_in_a_section_under_the_picture(line: str, caption: str | None, credits: list[str]) -> None:
    assert _images(line) == [(_SRC, caption, credits)]
