"""A windows-1252 page that declares nothing (or declares UTF-16, which its bytes refute) is sniffed. The sniffer lists
code pages that read the sample alike once, under the first of them (windows-1252 under windows-1250), so the tie
that ``<html lang>`` or windows-1252 settles was missed and a close Baltic guess won: "Café “news”" came out as
"Cafķ ōnewsö" (nineteenth reliability round). A code page that reads the sample as the tied guess does counts as that
guess now.
"""

from __future__ import annotations

import pytest

import cqnews

PARAGRAPH = (
    "<p>The ferry board approved the new timetable on Tuesday after a long debate, the chair said in a statement.</p>"
)
PAGE = (
    "<html><head>{meta}<title>Café “news”</title></head><body><article><h1>Café “news”</h1>"
    + PARAGRAPH * 2
    + "</article></body></html>"
)


@pytest.mark.parametrize("meta", ["", "<meta charset='utf-16'>", "<meta charset='utf-16le'>"])
def test_a_short_windows_1252_page_is_read_as_windows_1252(meta: str) -> None:
    article = cqnews.parse(PAGE.format(meta=meta).encode("cp1252"), url="https://ferry.example/news/1")
    assert article.headline == "Café “news”"
