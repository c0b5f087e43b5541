"""A UTF-16 or UTF-32 byte-order mark before UTF-8 or byte-wide bytes (a file joined to another's mark): no UTF-16
or UTF-32 text has no NUL byte in its first 4 KB, so the mark is ignored with a warning and the bytes are decoded
as any page without a mark. Before, the page read by the mark was Han-looking garbage, without a headline."""

from __future__ import annotations

import codecs

import pytest

import cqnews
from cqnews.decoding import decode

_PAGE = (
    "<html><head><meta charset='utf-8'><title>Café terrace reopens</title></head><body><article>"
    "<h1>Café terrace reopens</h1><p>The café on the quay reopened its terrace on Friday, its owner said.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF32_LE, "utf-32-le")],
)
def test_wide_bom_over_utf8_is_ignored(bom: bytes, encoding: str) -> None:
    decoded = decode(bom + _PAGE.encode("utf-8"))
    assert decoded.text == _PAGE
    assert decoded.encoding == "utf-8"
    assert decoded.warnings[0] == (
        f"a {encoding} byte-order mark over bytes with no NUL byte (no {encoding} text): ignored"
    )


def test_parse_reads_the_page() -> None:
    article = cqnews.parse(codecs.BOM_UTF16_LE + _PAGE.encode("utf-8"))
    assert article.headline == "Café terrace reopens"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_true_wide_pages_keep_their_mark(encoding: str) -> None:
    decoded = decode(_PAGE.encode(encoding))  # (Python writes the mark)
    assert decoded.text == _PAGE and decoded.source == "bom" and not decoded.warnings


def test_chinese_utf16_page_keeps_its_mark() -> None:
    page = "<p>" + "港务局局长表示新的渡轮航线将于下月开通" * 100 + "</p>"
    decoded = decode(codecs.BOM_UTF16_LE + page.encode("utf-16-le"))
    assert decoded.text == page and decoded.source == "bom"
