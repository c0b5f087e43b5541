"""``write_warc`` names a content type an HTTP header cannot carry (a character beyond Latin-1) as a ``ValueError``.

``WarcPage(content_type="text/html ✓")`` raised a bare ``UnicodeEncodeError`` ('latin-1' codec can't encode
character '\\u2713') that named no field; a Latin-1 content type and a URL beyond Latin-1 (an IRI, written as
UTF-8 in the WARC header) are still written and read back.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cqnews
from cqnews.warc import WarcPage, write_warc

PAGE = (
    b"<html><body><article><h1>Orchard fair</h1><p>The orchard fair opens on Sunday with cider pressing for "
    b"children and a parade of old tractors through the village square.</p></article></body></html>"
)


@pytest.mark.parametrize("content_type", ["text/html ✓", "text/html; charset=utf-8; note=果园", "text/html\u202e"])
def test_a_content_type_beyond_latin1_is_a_value_error(tmp_path: Path, content_type: str) -> None:
    page = WarcPage(url="https://news.example/fair", body=PAGE, content_type=content_type)
    with pytest.raises(ValueError, match=r"WarcPage\.content_type holds U\+"):
        write_warc(tmp_path / "out.warc", [page], compress=False)


def test_latin1_content_type_and_non_latin1_url_are_written(tmp_path: Path) -> None:
    path = tmp_path / "out.warc"
    pages = [WarcPage(url="https://news.example/果园", body=PAGE, content_type="text/html; charset=utf-8; x=café")]
    write_warc(path, pages, compress=False)
    [result] = list(cqnews.parse_many([path], jobs=0))
    assert result.article is not None and result.article.headline == "Orchard fair"
