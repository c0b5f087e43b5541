"""ISO-2022-JP bytes that declare no charset (seventeenth reliability round).

ISO-2022-JP is 7-bit: its kana and kanji sit between escape sequences (ESC $ B … ESC ( B), so its bytes are valid
UTF-8 too. A page of it with no charset in a header or a ``<meta>`` (a saved page, a crawl record without its
header) was read as UTF-8: the escapes removed as control characters, the kanji left as ASCII letter pairs
("$B?7$7$$66(B"). Browsers' detectors recognise the escapes; the sniffer now does, before UTF-8.
"""

from __future__ import annotations

import cqnews
from cqnews.decoding import decode

_PAGE = (
    "<html><head><title>港の新しい倉庫</title></head><body><article><h1>港の新しい倉庫</h1>"
    "<p>港湾局は金曜日、北の埠頭に新しい倉庫を建てると発表した。工事は来年の春に始まる予定だ。</p>"
    "<p>倉庫には冷凍設備が入り、漁協の組合員が使えるようになる。</p></article></body></html>"
)


def test_undeclared_iso2022jp_is_sniffed() -> None:
    article = cqnews.parse(_PAGE.encode("iso2022_jp"))
    assert article.headline == "港の新しい倉庫"
    assert [block.text for block in article.body] == [
        "港湾局は金曜日、北の埠頭に新しい倉庫を建てると発表した。工事は来年の春に始まる予定だ。",
        "倉庫には冷凍設備が入り、漁協の組合員が使えるようになる。",
    ]
    assert article.extraction.encoding == "iso2022_jp"
    assert article.extraction.encoding_source == "sniffed"
    assert not any("control character" in warning for warning in article.extraction.warnings)


def test_ascii_with_a_stray_escape_stays_utf8() -> None:
    data = b"<html><body><p>Press \x1b to leave the menu of the harbour office's page.</p></body></html>"
    assert decode(data).encoding == "utf-8"


def test_escapes_among_8_bit_bytes_are_no_iso2022jp() -> None:
    data = "<p>Caf\u00e9 \x1b$B on the quay, the harbour office said.</p>".encode()
    assert decode(data).encoding == "utf-8"
