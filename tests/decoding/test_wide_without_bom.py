"""UTF-16 without a byte-order mark on a page of mostly Chinese, Japanese or Korean text (session 56).

NULs then sit in the markup's bytes only, fewer than the third of the bytes the NUL-pattern test asks for, and the
low bytes of the CJK characters (0x11 of U+6211 我) look like control bytes: such a page was a ``NotHTMLError``,
"mostly control bytes (a binary file?)". The first 4 KB read in UTF-16 hold markup (``<p``), which no byte-wide
page and no binary file does.
"""

from __future__ import annotations

import pytest

import cqnews
from cqnews.decoding import decode

_PARAGRAPH = "<p>“我们会继续努力，”张伟说。这是一个关于城市交通的很长的句子。</p>"
_HEAD = "<html><head><title>城市交通新规</title></head><body><article><h1>城市交通新规</h1>"


@pytest.mark.parametrize("paragraphs", [2, 3, 12])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_chinese_utf16_without_bom_is_read(encoding: str, paragraphs: int) -> None:
    article = cqnews.parse((_HEAD + _PARAGRAPH * paragraphs + "</article></body></html>").encode(encoding))
    assert article.headline == "城市交通新规"
    assert "我们会继续努力" in article.text
    assert article.extraction.encoding == encoding
    assert article.extraction.encoding_source == "sniffed"
    assert any("no byte-order mark" in warning for warning in article.extraction.warnings)


def test_the_sample_may_cut_a_character() -> None:
    page = "<html><body><p>" + "😀" * 1100 + "我们的城市</p></body></html>"  # an emoji straddles the 4 KB sample's end
    decoded = decode(page.encode("utf-16-le"))
    assert (decoded.encoding, decoded.text) == ("utf-16-le", page)


def test_binary_with_control_bytes_is_still_no_page() -> None:
    data = bytes(range(32)) * 200 + b"<\x00" * 4
    with pytest.raises(cqnews.NotHTMLError):
        cqnews.parse(data)


def test_byte_wide_page_with_nuls_is_not_read_as_utf16() -> None:
    data = ("<html><body><p>" + "我们的城市" * 20 + "</p></body></html>").encode("utf-8").replace(b"p>", b"p>\x00" * 3)
    assert decode(data).encoding == "utf-8"
