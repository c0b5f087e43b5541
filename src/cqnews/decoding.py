"""Bytes to text, the way a browser does it.

Order of evidence: byte-order mark, then the ``charset`` of the HTTP ``Content-Type``, then the
page's own ``<meta charset>`` / ``http-equiv`` declaration, then sniffing. GB2312 and GBK labels are
read as GB18030 (its superset), as browsers do. Characters are never dropped silently: when the
chosen encoding cannot decode every byte, the replacements are counted in a warning.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

from .errors import DecodeError, NotHTMLError

__all__ = ["Decoded", "decode"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels browsers map to a wider encoding (WHATWG Encoding Standard).
_ALIASES: dict[str, str] = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "chinese": "gb18030",
    "csgb2312": "gb18030",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "utf8": "utf-8",
    "unicode": "utf-16-le",
}

_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]{1,40})""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,400}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.IGNORECASE)
_PREFIX_BYTES = 4096

# Magic numbers of common binary formats served behind .html URLs.
_BINARY_SIGNATURES: tuple[bytes, ...] = (
    b"%PDF-",
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"RIFF",
    b"\x7fELF",
    b"MZ",
    b"OggS",
    b"ID3",
    b"\x00\x00\x01\x00",
    b"wOFF",
    b"wOF2",
)


@dataclass(slots=True)
class Decoded:
    """Decoded text, the encoding used and anything worth a warning."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def normalize_label(label: str) -> str | None:
    """Return the Python codec for an encoding label, or None if it is unknown."""
    label = label.strip().lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode(data: bytes, content_type: str | None = None) -> Decoded:
    """Decode page bytes: BOM > Content-Type charset > meta charset > sniffing.

    Raises :class:`NotHTMLError` for binary formats and :class:`DecodeError` when nothing decodes.
    """
    _reject_binary(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_with(data[len(bom) :], encoding, "byte-order mark")
    for label, source in _declared_labels(data, content_type):
        encoding = normalize_label(label)
        if encoding is None:
            continue
        if encoding != "utf-8" and not data.isascii():
            # Valid multi-byte UTF-8 almost never happens by chance in a legacy encoding:
            # a page that decodes as UTF-8 was mislabelled.
            utf8 = _try_strict(data, "utf-8")
            if utf8 is not None:
                utf8.warnings.append(f"declared {source} charset {label!r} but the bytes are UTF-8; used utf-8")
                return utf8
        result = _try_strict(data, encoding)
        if result is not None:
            return result
        sniffed = _sniff(data)
        if sniffed is not None and sniffed.encoding != encoding:
            sniffed.warnings.append(f"declared {source} charset {label!r} does not fit the bytes; used {sniffed.encoding}")
            return sniffed
        return _decode_with(data, encoding, source)
    sniffed = _sniff(data)
    if sniffed is not None:
        return sniffed
    return _decode_with(data, "utf-8", "fallback")


def _reject_binary(data: bytes) -> None:
    head = data[:16]
    for signature in _BINARY_SIGNATURES:
        if head.startswith(signature):
            raise NotHTMLError(
                f"input starts like a binary file ({signature[:8]!r}), not an HTML page or text: check the URL or content type"
            )
    sample = data[:_PREFIX_BYTES]
    # UTF-16 without BOM has many NULs too; only call it binary when other control bytes abound.
    controls = sum(1 for byte in sample if byte < 9 or 13 < byte < 32)
    if sample and controls > len(sample) * 0.3 and sample.count(0) < len(sample) * 0.45:
        raise NotHTMLError("input is mostly control bytes (a binary file?), not an HTML page or text")


def _declared_labels(data: bytes, content_type: str | None) -> list[tuple[str, str]]:
    labels: list[tuple[str, str]] = []
    if content_type:
        match = _HEADER_CHARSET.search(content_type)
        if match:
            labels.append((match.group(1), "Content-Type"))
    match = _META_CHARSET.search(data[:_PREFIX_BYTES * 4])
    if match:
        labels.append((match.group(1).decode("ascii", "replace"), "meta"))
    return labels


def _try_strict(data: bytes, encoding: str) -> Decoded | None:
    try:
        return Decoded(data.decode(encoding), encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _sniff(data: bytes) -> Decoded | None:
    strict = _try_strict(data, "utf-8")
    if strict is not None:
        return strict
    best = from_bytes(data[: 256 * 1024]).best()
    if best is None or best.encoding is None:
        return None
    encoding = normalize_label(best.encoding) or best.encoding
    if encoding in {"gb2312", "gbk", "hz"}:
        encoding = "gb18030"
    return _decode_with(data, encoding, "sniffing")


def _decode_with(data: bytes, encoding: str, source: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        pass
    except LookupError as exc:
        raise DecodeError(f"unknown encoding {encoding!r} from {source}: pass the decoded str instead") from exc
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd")
    if bad > max(64, len(text) // 10):
        raise DecodeError(
            f"{bad} byte sequences are invalid in {encoding} (from {source}): pass content_type with the right charset, or a str"
        )
    return Decoded(text, encoding, [f"{bad} invalid byte sequence(s) in {encoding} replaced by U+FFFD"])
