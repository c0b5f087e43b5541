"""Bytes to text, the way a browser does it.

Order of evidence: byte-order mark, then the ``charset`` of the HTTP ``Content-Type``, then the
page's own ``<meta charset>`` / ``http-equiv`` declaration, then sniffing. GB2312 and GBK labels are
read as GB18030 (its superset), as browsers do. Characters are never dropped silently: when the
chosen encoding cannot decode every byte, the replacements are counted in a warning.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from . import wide_text
from .binary_input import reject_binary, reject_tar
from .codec_labels import codec_names, known_codec, normalize_label
from .encoding_labels import LANGUAGE_CODE_PAGES, WEB_SUPERSETS
from .errors import DecodeError

__all__ = ["Decoded", "decode", "utf8_free_of_controls"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SINGLE_BYTE_LATIN = frozenset({"cp1252", "iso8859-1", "iso8859-15", "latin-1", "cp1250", "iso8859-2"})
_MULTIBYTE_CJK = frozenset({"gb18030", "big5hkscs", "big5", "cp932", "shift_jis", "euc_jp", "cp949", "euc_kr", "cp950"})
_NON_ASCII_BYTES = bytes(range(128, 256))
_GARBLE = re.compile("[\ue000-\uf8ff\uff61-\uff9f]")

_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]{1,40})""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,400}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.IGNORECASE)
_PREFIX_BYTES = 4096
_SNIFF_BYTES = 256 * 1024

@dataclass(slots=True)
class Decoded:
    """Decoded text, the encoding used and anything worth a warning."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)
    utf8: bytes | None = None
    """The bytes ``text`` is the strict UTF-8 decoding of, when it is one (the HTML parser reads them as they are)."""
    source: str = ""
    """What chose the encoding: ``bom``, ``content-type``, ``meta``, ``sniffed`` (read from the bytes: nothing
    declared, or a declaration the bytes refute) or ``default`` (UTF-8, nothing else fitting)."""


def decode(data: bytes, content_type: str | None = None) -> Decoded:
    """Decode page bytes: BOM > Content-Type charset > meta charset > sniffing.

    Raises :class:`NotHTMLError` for binary formats and :class:`DecodeError` when nothing decodes.
    NUL characters are removed from the text (browsers never show them), with a warning.
    """
    codec_names()  # every codec module imported once, before any decoder (or charset sniffing) asks for one
    ignored: list[str] = []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if not _wide_bom_over_narrow_bytes(data[len(bom) :], encoding):
                return _clean(_sourced(_decode_with(data[len(bom) :], encoding, "byte-order mark"), "bom"))
            data = data[len(bom) :]
            ignored.append(f"a {encoding} byte-order mark over bytes with no NUL byte (no {encoding} text): ignored")
            break
    reject_tar(data)
    wide = _utf16_without_bom(data)
    if wide is not None:
        return _clean(_sourced(wide, "sniffed"))
    reject_binary(data)
    return _ignoring(_clean(_decode_declared(data, content_type), b"\x00" in data), ignored)


def _wide_bom_over_narrow_bytes(rest: bytes, encoding: str) -> bool:
    """A UTF-16/32 byte-order mark before bytes of which the first 4 KB hold no NUL: no UTF-16 or UTF-32 text has
    none (its markup, spaces and line breaks are ASCII, one NUL each), so the mark was put before UTF-8 or a
    byte-wide page (a file joined to another's mark). Read by the mark, the page was Han-looking garbage."""
    return encoding != "utf-8" and len(rest) >= 16 and b"\0" not in rest[:_PREFIX_BYTES]


def _decode_declared(data: bytes, content_type: str | None) -> Decoded:
    """Decode by the first charset the HTTP header or the page declares that Python knows; sniff if none.
    A label passed over (unknown, or no encoding pages are written in: ``utf-7``, ``rot13``) is named in a warning."""
    ignored: list[str] = []
    for label, source in _declared_labels(data, content_type):
        encoding = normalize_label(label, from_meta=source == "meta")
        if encoding is not None:
            encoding = WEB_SUPERSETS.get(encoding, encoding)
            return _ignoring(_sourced(_decode_as_declared(data, encoding, label, source), source.lower()), ignored)
        ignored.append(f"declared {source} charset {label[:_LABEL_SHOWN]!r} is no web encoding: ignored")
    sniffed = _sniff(data)
    if sniffed is not None:
        return _ignoring(sniffed, ignored)
    return _ignoring(_sourced(_decode_with(data, "utf-8", "fallback"), "default"), ignored)


_LABEL_SHOWN = 40  # (a label of a megabyte is named by its start)


def _ignoring(decoded: Decoded, ignored: list[str]) -> Decoded:
    decoded.warnings[:0] = ignored
    return decoded


def _sourced(decoded: Decoded, source: str) -> Decoded:
    """``decoded``, its source set to ``source`` unless a step of the decoding set it already."""
    decoded.source = decoded.source or source
    return decoded


def _decode_as_declared(data: bytes, encoding: str, label: str, source: str) -> Decoded:
    """Decode with a declared ``encoding``, unless the bytes show that the declaration is wrong.

    Bytes that are valid UTF-8 are UTF-8; bytes the declared encoding reads as mojibake or cannot
    read go to the sniffer, and so do pages whose markup is plain ASCII when the declared encoding
    writes ASCII otherwise (UTF-16 or EBCDIC in a Content-Type over a byte-wide page); a warning names
    the declaration that was not followed.
    """
    if encoding != "utf-8" and not data.isascii():
        # Valid multi-byte UTF-8 almost never happens by chance in a legacy encoding:
        # a page that decodes as UTF-8 was mislabelled.
        # One invalid sequence (a character cut by the CMS, a CESU-8 emoji) must not turn the whole page into
        # the label's mojibake: UTF-8 that fits all but one in fifty of its non-ASCII bytes is UTF-8 too.
        utf8 = _utf8_or_nearly(data)
        if utf8 is not None:
            utf8.warnings.append(f"declared {source} charset {label!r} but the bytes are UTF-8; used utf-8")
            return _sourced(utf8, "sniffed")
    if not _writes_ascii_as_ascii(encoding) and _ASCII_MARKUP.search(data, 0, _PREFIX_BYTES):
        # "<html" readable byte by byte: UTF-16 would read the page as a wall of CJK characters, EBCDIC as noise.
        sniffed = _sniff(data)
        return _not_as_declared(sniffed or _decode_with(data, "utf-8", "fallback"), label, source)
    result = _try_strict(data, encoding)
    if result is not None:
        instead = _cjk_instead_of_mojibake(data, result, label, source)
        return instead if instead is not None else result
    nearly = _nearly(data, encoding, source)
    if nearly is not None and not _no_utf8_evidence(nearly):
        return nearly
    sniffed = _sniff(data)
    if sniffed is not None and sniffed.encoding != encoding:
        return _not_as_declared(sniffed, label, source)
    return _decode_with(data, encoding, source)


@cache
def _writes_ascii_as_ascii(encoding: str) -> bool:
    """Whether ``encoding`` writes markup's ASCII as the same bytes (UTF-16, UTF-32 and EBCDIC do not)."""
    try:
        return "<html lang=".encode(encoding) == b"<html lang="
    except (LookupError, UnicodeError):
        return False


def _cjk_instead_of_mojibake(data: bytes, result: Decoded, label: str, source: str) -> Decoded | None:
    """The sniffed CJK decoding when a strict decoding by the declared charset looks like mojibake, else None."""
    encoding = result.encoding
    # Strictly valid UTF-8 is never mojibake; other encodings can decode another one's bytes.
    if encoding == "utf-8" or not (
        (encoding in _SINGLE_BYTE_LATIN and _non_ascii(data) * 20 > len(data)) or _garbled(result.text)
    ):
        return None
    # GBK / Big5 / Shift_JIS pages labelled latin-1, or Big5 labelled GBK, decode
    # "fine" as mojibake: believe the sniffer when it finds a CJK encoding that fits.
    sniffed = _sniff(data)
    if (
        sniffed is not None
        and sniffed.encoding in _MULTIBYTE_CJK
        and sniffed.encoding != encoding
        and not sniffed.warnings
        and not _garbled(sniffed.text)
    ):
        return _not_as_declared(sniffed, label, source)
    return None


def _not_as_declared(sniffed: Decoded, label: str, source: str) -> Decoded:
    """``sniffed``, with a warning that the declared charset was not followed."""
    sniffed.warnings.append(f"declared {source} charset {label!r} does not fit the bytes; used {sniffed.encoding}")
    return _sourced(sniffed, "default")  # (a sniffed decoding says so already)


# Codecs that give U+0000 only for a zero byte: with no zero byte in the page, the text (several times
# longer to search than the bytes) holds no NUL either.
_NUL_ONLY_FROM_ZERO = frozenset(("utf-8", "ascii", "cp1252", "iso8859-1", "gb18030", "gbk", "gb2312", "big5"))


# The C0 controls but tab and line breaks: UTF-8 makes each from this one byte alone (never inside a sequence).
_CONTROL_UTF8_BYTES = tuple(bytes((code,)) for code in (*range(9), 0x0B, 0x0C, *range(14, 32)))


def utf8_free_of_controls(data: bytes) -> bool:
    """True when ``data`` read as UTF-8 holds none of the control characters :func:`cqnews.document.parse_tree`
    removes: a memchr per byte value, several times faster than a search of the decoded text for each."""
    return not any(byte in data for byte in _CONTROL_UTF8_BYTES)


def _clean(decoded: Decoded, zero_bytes: bool = True) -> Decoded:
    if not zero_bytes and decoded.encoding in _NUL_ONLY_FROM_ZERO:
        return decoded
    if "\x00" in decoded.text:
        count = decoded.text.count("\x00")
        decoded.text = decoded.text.replace("\x00", "")
        decoded.utf8 = None  # (the text no longer reads them)
        decoded.warnings.append(f"{count} NUL character(s) removed")
    return decoded


def _garbled(text: str) -> bool:
    """Mojibake of a CJK double-byte encoding read as another: private-use and half-width kana abound."""
    sample = text[:20_000]
    odd = len(_GARBLE.findall(sample))
    return odd >= 8 and odd * 10 > sum(1 for char in sample if char > "\x7f")


def _non_ascii(data: bytes) -> int:
    return len(data) - len(data.translate(None, _NON_ASCII_BYTES))


def _no_utf8_evidence(decoded: Decoded) -> bool:
    """UTF-8 read with two invalid sequences or more and not one valid non-ASCII character: nothing in the bytes is
    UTF-8 (a legacy page under a template's ``utf-8`` label). One invalid sequence alone (a character cut in two on
    an ASCII page) is still read as UTF-8."""
    text = decoded.text
    return decoded.encoding == "utf-8" and text.count("\ufffd") >= 2 and text.replace("\ufffd", "").isascii()


def _nearly(data: bytes, encoding: str, source: str, slack: int = 8) -> Decoded | None:
    """``encoding`` with a few invalid bytes replaced, when it fits all but those bytes.

    A few is at most ``slack`` or one in fifty of the non-ASCII bytes, whichever is more.
    """
    try:
        text = data.decode(encoding, errors="replace")
    except (UnicodeError, LookupError):
        return None
    bad = text.count("\ufffd")
    if bad > max(slack, _non_ascii(data) // 50):
        return None
    return Decoded(text, encoding, [f"{bad} invalid byte sequence(s) in {encoding} (from {source}) replaced by U+FFFD"])


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16/32 text without a byte-order mark: NULs in every other (or three of four) byte, or markup that reads
    in one of them (a page of Chinese has NULs in its markup's bytes only)."""
    sample = data[:_PREFIX_BYTES]
    for evidence, said, encodings_found in _wide_evidence(sample):
        for encoding in encodings_found:
            result = _try_strict(data, encoding) or _nearly(data, encoding, evidence)
            if result is not None:
                result.warnings.append(f"no byte-order mark, but {said} {encoding}; used {encoding}")
                return result
    return None


def _wide_evidence(sample: bytes) -> Iterator[tuple[str, str, list[str]]]:
    """The encodings the NUL lanes of a sample a third NUL or more say, then those its markup reads in: UTF-32 of
    mostly Chinese text has a third of its bytes NUL, but not in all three lanes of ASCII (each character fills
    two), so only its markup says UTF-32 (before, the sniffer read it without a warning)."""
    if len(sample) >= 16 and sample.count(0) >= len(sample) // 3:
        yield "NUL byte pattern", "the NUL bytes say", wide_text.by_nul_lanes(sample)
    yield "markup", "the markup reads in", wide_text.by_markup(sample)


def _declared_labels(data: bytes, content_type: str | None) -> list[tuple[str, str]]:
    labels: list[tuple[str, str]] = []
    if content_type:
        match = _HEADER_CHARSET.search(content_type)
        if match:
            labels.append((match.group(1), "Content-Type"))
    meta = _META_CHARSET.search(data[:_PREFIX_BYTES * 4])
    if meta:
        labels.append((meta.group(1).decode("ascii", "replace"), "meta"))
    return labels


def _try_strict(data: bytes, encoding: str) -> Decoded | None:
    try:
        return _strict(data, encoding)
    except (UnicodeError, LookupError):
        return None


def _utf8_or_nearly(data: bytes) -> Decoded | None:
    """The bytes as UTF-8, a few invalid sequences (at most one in fifty non-ASCII bytes) replaced with a
    warning; None when they are no UTF-8."""
    return _try_strict(data, "utf-8") or _nearly(data, "utf-8", "sniffing", slack=0)


def _sniff(data: bytes) -> Decoded | None:
    """The decoding the bytes themselves suggest (valid UTF-8 first, then charset_normalizer's guess), or None."""
    sniffed = _sniffed(data)
    return None if sniffed is None else _sourced(sniffed, "sniffed")


def _sniffed(data: bytes) -> Decoded | None:
    jis = _iso2022_jp(data)
    if jis is not None:
        return jis
    strict = _utf8_or_nearly(data)
    if strict is not None:
        return strict
    if not _text_like(data):
        return None
    encoding = _guessed_encoding(data, _sniff_sample(data))
    return None if encoding is None else _decode_with(data, encoding, "sniffing")


def _sniff_sample(data: bytes) -> bytes:
    """The first ``_SNIFF_BYTES`` of ``data``, the sniffer's sample."""
    sample = data[:_SNIFF_BYTES]
    if len(data) > _SNIFF_BYTES:
        # Cut after a '>' or newline: never the middle of a GB18030, Big5 or Shift_JIS character.
        cut = max(sample.rfind(b">"), sample.rfind(b"\n"))
        if cut > _SNIFF_BYTES // 2:
            sample = sample[: cut + 1]
    return sample


# The sniffer's names read as browsers read them: GB2312, GBK and HZ as GB18030 (their superset); its "latin_1" (its
# guess when an <?xml encoding="ISO-8859-1"?> declaration names it) as windows-1252, as every Latin-1 label is in
# browsers: else the curly quotes 0x93/0x94 are C1 controls.
_AS_BROWSERS_READ = {"gb2312": "gb18030", "gbk": "gb18030", "hz": "gb18030", "iso8859-1": "cp1252"}


def _guessed_encoding(data: bytes, sample: bytes) -> str | None:
    """charset_normalizer's guess for ``sample`` of ``data``, as the codec browsers would use; None without one."""
    from charset_normalizer import from_bytes  # only pages that declare no usable charset are sniffed

    guesses = from_bytes(sample)
    best = guesses.best()
    if best is None or best.encoding is None:
        return None
    encoding = _language_code_page(guesses, best, sample) or normalize_label(best.encoding)
    if encoding is None or (encoding.startswith(("utf-16", "utf-32")) and _ASCII_MARKUP.search(data, 0, _PREFIX_BYTES)):
        # Markup readable byte by byte (<html, <meta) means an ASCII-compatible encoding; read as
        # UTF-16 it would become a wall of CJK characters.
        return None
    return _AS_BROWSERS_READ.get(encoding, encoding)


# ISO-2022-JP (older Japanese pages, mail archives): 7-bit bytes whose kana and kanji sit between escape sequences
# (ESC $ B … ESC ( B). Such bytes are valid UTF-8 too, which read the escapes as control characters and the kanji as
# pairs of ASCII letters ("$B?7$7$$66(B"); browsers' detectors recognise the escapes, and so does the sniffer.
_ISO2022_JP_ESCAPE = re.compile(rb"\x1b(?:\$[@B]|\$\(D|\(J)")


def _iso2022_jp(data: bytes) -> Decoded | None:
    """The bytes as ISO-2022-JP when they are 7-bit, hold its escape sequences and decode strictly; else None."""
    if b"\x1b" not in data or not data.isascii() or _ISO2022_JP_ESCAPE.search(data) is None:
        return None
    return _try_strict(data, "iso2022_jp")


_HTML_LANG = re.compile(rb"""<html\b[^>]{0,1000}?\slang\s*=\s*["']?([A-Za-z]{2,3})\b""", re.IGNORECASE)
_TIED_COHERENCE = 0.05  # (charset_normalizer's coherence: how well the letters fit the language, 0 to 1)


def _language_code_page(guesses: Any, best: Any, sample: bytes) -> str | None:
    """The code page of the page's ``<html lang>`` (without one, windows-1252: browsers' default outside Central and
    Eastern Europe and Asia) when it is among the guesses tied with the best (as clean, as coherent within a few
    hundredths): None when the language has no code page of its own or its code page is no tied guess."""
    found = _HTML_LANG.search(sample, 0, _PREFIX_BYTES)
    code_page = LANGUAGE_CODE_PAGES.get(found.group(1).decode("ascii").lower()) if found else "cp1252"
    if code_page is None or codecs.lookup(best.encoding).name == code_page:
        return None
    for guess in guesses:
        if (
            code_page in _same_reading(guess)
            and guess.chaos <= best.chaos and guess.coherence >= best.coherence - _TIED_COHERENCE
        ):
            return code_page
    return None


def _same_reading(guess: Any) -> set[str]:
    """The codecs of a guess: its encoding and those that read the sample alike (the sniffer lists a tie of code pages
    that give the same text once, under the first: "Café “news”" in windows-1252 comes as windows-1250 only)."""
    names = [guess.encoding, *(getattr(guess, "could_be_from_charset", None) or [])]
    return {codecs.lookup(name).name for name in names if isinstance(name, str) and known_codec(name)}


_ASCII_MARKUP = re.compile(wide_text.MARKUP_TAGS.encode(), re.IGNORECASE)


def _text_like(data: bytes) -> bool:
    """Any page or text has spaces, line breaks, digits or markup in ASCII; random bytes have none.

    Without this, a sniffer finds *some* legacy encoding in which noise decodes, and the caller
    gets mojibake instead of a :class:`DecodeError`.
    """
    sample = data[:_SNIFF_BYTES]
    return len(sample) < 256 or _non_ascii(sample) * 100 < len(sample) * 99


def _strict(data: bytes, encoding: str) -> Decoded:
    return Decoded(data.decode(encoding), encoding, utf8=data if encoding == "utf-8" else None)


def _decode_with(data: bytes, encoding: str, source: str) -> Decoded:
    try:
        return _strict(data, encoding)
    except UnicodeDecodeError:
        pass
    except (LookupError, UnicodeError) as exc:
        raise DecodeError(f"unknown encoding {encoding!r} from {source}: pass the decoded str instead") from exc
    try:
        text = data.decode(encoding, errors="replace")
    except (LookupError, UnicodeError) as exc:
        raise DecodeError(
            f"the bytes cannot be decoded as {encoding} (from {source}): pass the decoded str instead"
        ) from exc
    bad = text.count("\ufffd")
    # Noise in a double-byte encoding decodes mostly "validly": invalid sequences plus mojibake
    # (private-use characters, half-width kana) say it was never text in this encoding.
    if bad > max(64, len(text) // 10) or (bad > 8 and _garbled(text)):
        raise DecodeError(
            f"{bad} byte sequences are invalid in {encoding} (from {source}): "
            "pass content_type with the right charset, or a str"
        )
    return Decoded(text, encoding, [f"{bad} invalid byte sequence(s) in {encoding} replaced by U+FFFD"])
