"""Decoding follows the browser's order of evidence and never loses characters silently."""

from __future__ import annotations

import codecs

from cqnews.decoding import decode

TEXT = "<html><body><p>重庆两江新区 Chongqing’s forum</p></body></html>"


def test_bom_wins_over_declarations() -> None:
    data = codecs.BOM_UTF8 + TEXT.encode("utf-8")
    result = decode(data, content_type="text/html; charset=gbk")
    assert result.encoding == "utf-8"
    assert result.text == TEXT


def test_header_charset_before_meta() -> None:
    page = '<meta charset="utf-8">' + TEXT
    result = decode(page.encode("gb18030"), content_type="text/html; charset=GB2312")
    assert result.encoding == "gb18030"
    assert "重庆两江新区" in result.text


def test_meta_charset_gbk_read_as_gb18030() -> None:
    page = '<meta http-equiv="Content-Type" content="text/html; charset=gbk">' + TEXT
    result = decode(page.encode("gb18030"))
    assert result.encoding == "gb18030"
    assert "重庆两江新区" in result.text


def test_mislabelled_utf8_is_read_as_utf8() -> None:
    page = '<meta charset="gb2312">' + TEXT
    result = decode(page.encode("utf-8"))
    assert result.encoding == "utf-8"
    assert "重庆两江新区" in result.text
    assert result.warnings


def test_sniffing_without_declaration() -> None:
    result = decode(("<p>" + "重庆是一座山城，也是一座江城。" * 20 + "</p>").encode("gb18030"))
    assert "重庆是一座山城" in result.text


def test_invalid_bytes_are_counted() -> None:
    result = decode(b'<meta charset="utf-8"><p>caf\xe9 ' + b"ok " * 200 + b"</p>")
    assert "ok" in result.text
