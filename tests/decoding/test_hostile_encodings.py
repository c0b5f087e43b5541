"""Hostile and broken encodings: the text comes out readable, or the error names the encoding.

Covers byte-order marks, header/meta conflicts, mislabelled GBK / Big5 / Shift_JIS, UTF-16 without a
BOM, mixed-encoding pages, invalid UTF-8, NUL bytes and codec labels no page is written in.
"""

from __future__ import annotations

import codecs
import encodings.aliases

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cqnews
from cqnews.codec_labels import normalize_label
from cqnews.decoding import decode
from tests.adversarial.generate import LANGUAGES, language_page

ZH = LANGUAGES["zh"][3]
TW = LANGUAGES["zh-TW"][3]
JA = LANGUAGES["ja"][3]
RU = LANGUAGES["ru"][3]
EN = LANGUAGES["en"][3]


def _body(data: bytes, content_type: str | None = None) -> cqnews.Article:
    return cqnews.parse(data, content_type=content_type)


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_language_is_readable_when_declared(code: str) -> None:
    article = _body(language_page(code))
    assert LANGUAGES[code][3] in article.text
    assert LANGUAGES[code][1] in (article.headline or "")


@pytest.mark.parametrize("code", ["zh", "zh-TW", "ja", "ru", "ko", "el", "ar"])
def test_undeclared_legacy_encodings_are_sniffed(code: str) -> None:
    assert LANGUAGES[code][3] in _body(language_page(code, declare=None)).text


@pytest.mark.parametrize(("bom", "encoding"), [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
])
def test_byte_order_marks_win(bom: bytes, encoding: str) -> None:
    data = bom + language_page("ru", declare="windows-1251", encoding=encoding)
    article = _body(data, content_type="text/html; charset=gbk")
    assert RU in article.text
    assert article.extraction.encoding == encoding


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_encodings_without_bom(encoding: str) -> None:
    article = _body(language_page("en", declare=None, encoding=encoding))
    assert EN in article.text
    assert article.extraction.encoding == encoding
    assert any("byte-order mark" in w for w in article.extraction.warnings)


def test_header_beats_meta_when_it_fits() -> None:
    article = _body(language_page("ru", declare="utf-8"), content_type="text/html; charset=windows-1251")
    assert RU in article.text


def test_wrong_header_falls_back_to_what_fits() -> None:
    article = _body(language_page("zh", declare="gbk"), content_type="text/html; charset=utf-8")
    assert ZH in article.text
    assert any("does not fit" in w for w in article.extraction.warnings)


@pytest.mark.parametrize(("code", "label", "phrase"), [
    ("zh", "utf-8", ZH), ("zh", "iso-8859-1", ZH), ("zh", "windows-1252", ZH),
    ("zh-TW", "gb2312", TW), ("zh-TW", "utf-8", TW), ("ja", "utf-8", JA), ("ja", "iso-8859-1", JA),
])
def test_mislabelled_cjk_pages_are_readable(code: str, label: str, phrase: str) -> None:
    article = _body(language_page(code, declare=label))
    assert phrase in article.text
    assert any("does not fit" in w or "UTF-8" in w for w in article.extraction.warnings)


def test_utf8_page_labelled_legacy_is_read_as_utf8() -> None:
    assert ZH in _body(language_page("zh", declare="gbk", encoding="utf-8")).text


@pytest.mark.parametrize("label", ["utf-16", "utf-16le", "UTF-32", "ucs-2"])
def test_meta_utf16_label_means_utf8(label: str) -> None:
    page = language_page("zh", declare=label, encoding="utf-8")
    result = decode(page)
    assert result.encoding == "utf-8"
    assert ZH in result.text


@pytest.mark.parametrize("label", ["undefined", "rot13", "base64", "hex", "zlib", "bz2", "uu", "utf-7", "idna", "punycode",
                                   "unicode_escape", "raw_unicode_escape", "klingon", "", "x" * 40, "../../etc/passwd"])
def test_labels_no_page_is_written_in_are_ignored(label: str) -> None:
    page = language_page("en", declare=label if label else None, encoding="utf-8")
    for content_type in (None, f"text/html; charset={label}"):
        article = _body(page, content_type=content_type)
        assert EN in article.text
        assert article.extraction.encoding == "utf-8"


@pytest.mark.parametrize("label", ["utf-16", "UTF-16BE", "cp037", "cp500"])
@pytest.mark.parametrize("cafe", ["caf\u00e9", "cafe"])  # a cp1252 page, an ASCII page
def test_header_charset_that_writes_ascii_otherwise_yields_to_byte_wide_markup(label: str, cafe: str) -> None:
    page = f"<html><head><title>Town news</title></head><body><article><p>{f'The {cafe} opens at nine. ' * 20}"
    data = (page + "</p></article></body></html>").encode("cp1252")
    article = cqnews.parse(data, content_type=f"text/html; charset={label}")
    assert f"The {cafe} opens at nine." in article.text
    assert article.extraction.warnings[0].startswith(f"declared Content-Type charset {label!r} ")


def test_unknown_labels_normalise_to_none() -> None:
    for label in ("undefined", "rot13", "base64", "utf-7", "no-such-codec"):
        assert normalize_label(label) is None
    assert normalize_label("GB2312") == "gb18030"
    assert normalize_label("utf-16", from_meta=True) == "utf-8"
    assert normalize_label("utf-16") == "utf-16"


def test_a_few_invalid_bytes_keep_the_declared_encoding() -> None:
    page = language_page("zh", declare="utf-8", encoding="utf-8")
    broken = page.replace("第一批".encode(), "第一批".encode() + b"\xff", 1)
    article = _body(broken)
    assert article.extraction.encoding == "utf-8"
    assert ZH in article.text
    assert any("replaced by U+FFFD" in w for w in article.extraction.warnings)


def test_undeclared_utf8_with_a_stray_byte_stays_utf8() -> None:
    page = language_page("zh", declare=None, encoding="utf-8")
    broken = page.replace("重庆".encode(), b"\x81" + "重庆".encode(), 1)
    result = decode(broken)
    assert result.encoding == "utf-8"
    assert ZH in result.text


def test_mostly_invalid_bytes_name_the_encoding() -> None:
    data = b'<meta charset="utf-8"><p>' + bytes(range(0x80, 0x100)) * 30 + b"</p>"
    with pytest.raises(cqnews.DecodeError, match="utf-8"):
        cqnews.parse(data)


def test_mixed_encoding_page() -> None:
    data = language_page("en") + language_page("zh", declare=None)
    try:
        article = cqnews.parse(data)
    except cqnews.DecodeError as error:
        assert "utf-8" in str(error) or "gb18030" in str(error)
        return
    assert EN in article.text or ZH in article.text
    assert article.extraction.warnings


def test_nul_bytes_are_removed_with_a_warning() -> None:
    data = language_page("en").replace(b"first buses", b"first\x00 buses\x00")
    article = _body(data)
    assert "first buses" in article.text.replace("\x00", "")
    assert "\x00" not in article.model_dump_json().replace("\\u0000", "")
    assert any("NUL" in w for w in article.extraction.warnings)
    with pytest.raises(cqnews.EmptyInputError):
        cqnews.parse(b"\x00" * 1000)


def test_nul_characters_in_str_input_are_removed_with_a_warning() -> None:
    page = "<html><body><article><h1>Ferry times\x00 change</h1><p>" + "The first boat now leaves at six.\x00 " * 20
    article = cqnews.parse(page + "</p></article></body></html>")
    assert article.headline == "Ferry times change"
    assert "21 NUL character(s) removed" in article.extraction.warnings
    dump = cqnews.parse_text("Ferry times change\n\n" + "The first boat now leaves at six.\x00 " * 20)
    assert "20 NUL character(s) removed" in dump.extraction.warnings
    with pytest.raises(cqnews.EmptyInputError):
        cqnews.parse("\x00" * 1000)


def test_surrogate_pairs_in_str_input_are_joined_and_lone_ones_replaced() -> None:
    # text whose UTF-16 code units were decoded one by one upstream: each pair is one character
    page = "<html><body><article><h1>Ferry times change</h1><p>" + "The boat \ud83d\udea2 leaves at six. " * 20
    article = cqnews.parse(page + "A stray \udc00 unit.</p></article></body></html>")
    assert "The boat \U0001f6a2 leaves at six." in article.text and "A stray \ufffd unit." in article.text
    assert article.extraction.warnings[:2] == [
        "20 surrogate pair(s) joined into their character", "1 lone surrogate code point(s) replaced by U+FFFD"
    ]


def test_control_characters_are_removed_with_a_warning() -> None:
    page = "<html><body><article><h1>Ferry\x07 times change</h1><p>" + "The first boat\x01 now\x0b leaves at six. " * 20
    for data in (page, page.encode("utf-8")):
        article = cqnews.parse(data)
        assert article.headline == "Ferry times change"
        assert "The first boat now leaves at six." in article.text  # (the vertical tab is a space)
        assert "21 control character(s) removed" in article.extraction.warnings


def test_big_unlabelled_gbk_page_is_sniffed_from_a_clean_cut() -> None:
    # The sniffer sees 256 KB; cutting inside a double-byte character used to defeat it.
    page = language_page("zh", declare=None)
    data = page * (600_000 // len(page))
    result = decode(data)
    assert result.encoding == "gb18030"
    assert ZH in result.text


def test_control_characters_do_not_drop_the_body() -> None:
    page = "<html><body><article>" + "<p>Control \x01\x02\x0b\x0c\x1f chars \ufffe\uffff in a paragraph of the story, long enough.</p>" * 3
    article = cqnews.parse(page + "</article></body></html>")
    assert "in a paragraph of the story" in article.text


_LABELS = sorted(set(encodings.aliases.aliases) | set(encodings.aliases.aliases.values()))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600), st.sampled_from(_LABELS + ["undefined", "x-user-defined", "utf-7", "", "\x00"]),
       st.booleans())
def test_decode_never_raises_anything_but_parse_errors(data: bytes, label: str, in_header: bool) -> None:
    page = (f'<meta charset="{label}">'.encode("ascii", "replace") if not in_header else b"") + data
    try:
        result = decode(page, content_type=f"text/html; charset={label}" if in_header else None)
    except cqnews.ParseError:
        return
    assert isinstance(result.text, str)
    assert "\x00" not in result.text


def test_zero_width_characters_inside_a_word_join_it() -> None:
    para = "Mar\u200btin Ol\u2060sen, the harbour master, said the\ufeff ferry will leave at six every morning. "
    article = cqnews.parse(f"<html><body><article><h1>Ferry times</h1><p>{para * 8}</p></article></body></html>")
    assert "Martin Olsen, the harbour master, said the ferry will leave at six" in article.text
    assert "\u200b" not in article.text and "\u2060" not in article.text
    # Zero-width joiners spell words in Persian and Indic scripts: kept.
    assert cqnews.text.normalize_space("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645") == "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"


def test_control_characters_of_a_text_dump_are_removed_with_a_warning() -> None:
    dump = "Harbour news\n\n" + "The ferry\x07 now leaves at six every morning, the captain\x01 said.\n" * 6
    for article in (cqnews.parse_text(dump), cqnews.parse(dump), cqnews.parse(dump.encode("utf-8"))):
        assert "The ferry now leaves at six every morning, the captain said." in article.text
        assert "12 control character(s) removed" in article.extraction.warnings
    with pytest.raises(cqnews.EmptyInputError):
        cqnews.parse_text("\x01\x02\x03")


def test_the_source_of_the_encoding_is_recorded() -> None:
    body = "<body><article><h1>Café news</h1><p>" + "Le café ouvre à six heures chaque matin, a dit le patron. " * 8
    page = "<html><head><title>Café</title></head>" + body + "</p></article></body></html>"
    declared = page.replace("<head>", "<head><meta charset='windows-1252'>")
    cases = [
        (cqnews.parse(page.encode("cp1252")), "cp1252", "sniffed"),  # nothing declared: a guess
        (cqnews.parse(page.encode("cp1252"), content_type="text/html; charset=windows-1252"), "cp1252", "content-type"),
        (cqnews.parse(declared.encode("cp1252")), "cp1252", "meta"),
        (cqnews.parse(b"\xef\xbb\xbf" + page.encode("utf-8")), "utf-8", "bom"),
        (cqnews.parse(page), None, None),  # str input was never decoded here
    ]
    for article, encoding, source in cases:
        assert (article.extraction.encoding, article.extraction.encoding_source) == (encoding, source)
    assert "Le café ouvre" in cases[0][0].text and not cases[0][0].extraction.warnings


@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252", "gbk", "shift_jis"])
@pytest.mark.parametrize("cut", [b"\xe2\x80", b"\xff", b"\xc0\xaf"])
def test_utf8_page_labelled_legacy_with_one_cut_character_is_still_utf8(label: str, cut: bytes) -> None:
    """One invalid sequence (a character cut in two, an overlong slash) made a mislabelled UTF-8 page mojibake."""
    paragraph = "<p>Die Bürger in Köln stimmten über größere Brücken und Straßen ab, sagte Jürgen Schäfer.</p>"
    page = f"<html><head><meta charset='{label}'><title>Brücken</title></head><body>{paragraph * 8}</body></html>"
    data = page.encode().replace("Köln".encode(), "Köln".encode() + cut, 1)
    result = decode(data)
    assert result.encoding == "utf-8"
    assert "größere Brücken" in result.text
    assert any(f"charset {label!r} but the bytes are UTF-8" in w for w in result.warnings)
    assert any("replaced by U+FFFD" in w for w in result.warnings)


def test_legacy_page_with_a_few_accents_is_not_read_as_utf8() -> None:
    page = "<html><head><meta charset='iso-8859-1'></head><body><p>Die Stadt Köln liegt am Rhein.</p></body></html>"
    result = decode(page.encode("latin-1"))
    assert result.encoding in {"cp1252", "iso8859-1", "windows-1252"}
    assert "Köln" in result.text


@pytest.mark.parametrize(
    ("content_type", "meta", "named"),
    [("text/html; charset=utf-7", "", "Content-Type charset 'utf-7'"), (None, "rot13", "meta charset 'rot13'"),
     ("text/html; charset=" + "q" * 100_000, "", "Content-Type charset '" + "q" * 40 + "'")],
)
def test_a_declared_charset_that_is_ignored_is_named_in_a_warning(content_type: str | None, meta: str, named: str) -> None:
    """A page declaring UTF-7 (or a label no codec has) was read as UTF-8 without a word of the declaration."""
    head = f"<meta charset='{meta}'>" if meta else ""
    page = f"<html><head>{head}</head><body><p>The ferry leaves at nine on weekdays.</p></body></html>"
    result = decode(page.encode(), content_type)
    assert f"declared {named} is no web encoding: ignored" in result.warnings
    assert "The ferry leaves" in result.text
