"""Every label the WHATWG Encoding standard gives an encoding is read as browsers read it.

Before, only the exact spellings in the alias table followed the browser rule: "ISO_8859-1", "l1", "cp819",
"csisolatin1" and "iso88591" were decoded as Latin-1, not windows-1252, so the curly quotes of 0x93/0x94 became C1
controls (removed) and the quote was lost; "ISO-8859-9" was read as Latin-5 instead of windows-1254, "TIS-620" as
such instead of windows-874; labels Python does not know ("x-cp1252", "unicode-1-1-utf-8", "windows-31j",
"ks_c_5601-1989", "x-mac-cyrillic", "koi8", ...) were ignored with a "no web encoding" warning.
"""

from __future__ import annotations

import pytest

import cqnews

PAGE = (
    "<html><head><title>Bridge</title></head><body><article><h1>The new bridge opens</h1>"
    "<p>“We are pleased with the new bridge,” said Ann Lee, the mayor of the town, on Monday.</p>"
    "<p>The bridge took three years to build and cost less than planned.</p></article></body></html>"
)
QUOTE = "We are pleased with the new bridge,"


@pytest.mark.parametrize(
    "label",
    ["ISO_8859-1", "l1", "cp819", "IBM819", "csisolatin1", "iso88591", "iso-ir-100", "ISO_8859-1:1987", "x-cp1252",
     "ansi_x3.4-1968", "ISO-8859-9", "latin5", "iso88599", "windows-1254"],
)
@pytest.mark.parametrize("where", ["header", "meta"])
def test_windows_1252_quote_marks_under_every_latin_label(label: str, where: str) -> None:
    data = PAGE.encode("cp1252")
    if where == "meta":
        article = cqnews.parse(data.replace(b"<head>", f'<head><meta charset="{label}">'.encode()))
    else:
        article = cqnews.parse(data, content_type=f"text/html; charset={label}")
    assert [quote.text for quote in article.quotes] == [QUOTE]
    assert article.extraction.encoding in ("cp1252", "cp1254")
    assert not any("no web encoding" in warning for warning in article.extraction.warnings)


@pytest.mark.parametrize(
    ("label", "codec", "text"),
    [
        ("x-mac-cyrillic", "mac-cyrillic", "Мост открыт: мэр города доволен новым мостом через реку."),
        ("koi8", "koi8-r", "Мост открыт: мэр города доволен новым мостом через реку."),
        ("dos-874", "cp874", "สะพานใหม่เปิดแล้ว นายกเทศมนตรีพอใจมาก"),
        ("windows-31j", "cp932", "新しい橋が開通した。市長は満足している。"),
        ("ks_c_5601-1989", "cp949", "새 다리가 개통되었다. 시장은 만족한다."),
        ("windows-949", "cp949", "새 다리가 개통되었다. 시장은 만족한다."),
        ("cn-big5", "big5hkscs", "新橋通車了，市長表示滿意。"),
        ("gb_2312", "gb18030", "新桥通车了，市长表示满意。"),
        ("x-cp1251", "cp1251", "Мост открыт: мэр города доволен новым мостом через реку."),
        ("x-cp1253", "cp1253", "Η νέα γέφυρα άνοιξε: ο δήμαρχος είναι ικανοποιημένος."),
        ("iso88597", "iso8859-7", "Η νέα γέφυρα άνοιξε: ο δήμαρχος είναι ικανοποιημένος."),
        ("sun_eu_greek", "iso8859-7", "Η νέα γέφυρα άνοιξε: ο δήμαρχος είναι ικανοποιημένος."),
    ],
)
def test_whatwg_labels_python_does_not_know(label: str, codec: str, text: str) -> None:
    page = f"<html><head><title>T</title></head><body><article><p>{text}</p></article></body></html>"
    article = cqnews.parse(page.encode(codec), content_type=f"text/html; charset={label}")
    assert text in [block.text for block in article.body]
    assert not any("no web encoding" in warning for warning in article.extraction.warnings)


@pytest.mark.parametrize("label", ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"])
def test_utf8_labels_give_no_warning(label: str) -> None:
    article = cqnews.parse(PAGE.encode("utf-8"), content_type=f"text/html; charset={label}")
    assert [quote.text for quote in article.quotes] == [QUOTE]
    assert not any("charset" in warning for warning in article.extraction.warnings)
