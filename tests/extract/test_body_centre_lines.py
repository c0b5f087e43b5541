"""A ``<center>`` line of text (older portals' centred line, no ``<p>``) is a paragraph of the body.

trafilatura reads no text in a ``<center>`` (only the ``<p>`` elements inside one): before, such a line was lost
from the body, and a story written with one between its paragraphs missed it.
"""

from __future__ import annotations

import lxml.html
import pytest

import cqnews
from cqnews.extract.breaks import paragraphs_from_centres

_FIRST = "<p>港务局周一表示，经过三年建设，新码头将于今年秋季投入使用，预计每年可新增吞吐能力两百万标准箱。</p>"
_LAST = "<p>港务局负责人介绍，新码头建成后，港口的集装箱吞吐量预计将在三年内翻一番，并带动周边物流发展。</p>"


def _page(middle: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>新码头将于秋季投入使用</title></head><body><article>"
        f"<h1>新码头将于秋季投入使用</h1>{_FIRST}{middle}{_LAST}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("middle", "line"),
    [
        ("<center>工人们正在码头装卸集装箱，一派繁忙景象。</center>", "工人们正在码头装卸集装箱，一派繁忙景象。"),
        ("<div><center><b>码头工人</b>正在装卸集装箱。</center></div>", "码头工人正在装卸集装箱。"),
        ("<center>Crews worked through the night to finish the new quay.</center>",
         "Crews worked through the night to finish the new quay."),
    ],
)
def test_centre_line_stays_in_the_body(middle: str, line: str) -> None:
    article = cqnews.parse(_page(middle), url="https://news.example.cn/2026/05/12/port.html")
    assert [block.text for block in article.body] == [
        "港务局周一表示，经过三年建设，新码头将于今年秋季投入使用，预计每年可新增吞吐能力两百万标准箱。",
        line,
        "港务局负责人介绍，新码头建成后，港口的集装箱吞吐量预计将在三年内翻一番，并带动周边物流发展。",
    ]


def test_centre_of_blocks_or_pictures_is_left_alone() -> None:
    root = lxml.html.fromstring(
        "<body><center><p>一段文字。</p></center><center><img src='/a.jpg'><br>图片说明。</center>"
        "<center>居中的一行。</center><center> </center></body>"
    )
    assert paragraphs_from_centres(root) == 1
    assert [(el.tag, el.get("align")) for el in root] == [
        ("center", None), ("center", None), ("p", "center"), ("center", None),
    ]
