"""UTF-32 of mostly Chinese text without a byte-order mark: a third of its bytes are NUL, but each Han character
fills two lanes of its four, so the NUL-lane test said nothing and the sniffer read the page without a word. Its
markup reads in UTF-32, which now names the encoding in a warning, as for UTF-16."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.decoding import decode

_PAGE = (
    "<html><head><title>新渡轮航线开通</title></head><body><article><h1>新渡轮航线开通</h1>"
    + "<p>港务局局长王海燕周一表示，新的渡轮航线将于下月开通，每天往返六班，票价与旧航线相同。</p>" * 8
    + "</article></body></html>"
)


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_chinese_utf32_without_bom_is_named(encoding: str) -> None:
    decoded = decode(_PAGE.encode(encoding))
    assert decoded.text == _PAGE
    assert decoded.warnings == [f"no byte-order mark, but the markup reads in {encoding}; used {encoding}"]


def test_parse_says_so() -> None:
    article = cqnews.parse(_PAGE.encode("utf-32-le"))
    assert article.headline == "新渡轮航线开通"
    assert article.extraction.encoding == "utf-32-le"
    assert any("no byte-order mark" in warning for warning in article.extraction.warnings)
