"""The page's text from what the caller hands :func:`cqnews.parse`: bytes unwrapped from gzip layers and decoded, or a
str, checked against the input cap and for emptiness, its NUL characters removed and its surrogates mended (each
with a warning)."""

from __future__ import annotations

import os
import re

from .compression import gunzip, is_gzip
from .content_coding import MAX_LAYERS
from .decoding import Decoded, decode, utf8_free_of_controls
from .errors import EmptyInputError, InputTooLargeError
from .options import ParseOptions

__all__ = ["checked_str", "to_text"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def to_text(
    data: str | bytes, content_type: str | None, options: ParseOptions
) -> tuple[str, Decoded | None, list[str], bool, bytes | None]:
    """The page's text, its decoding (None for str input), warnings, whether the bytes showed the text free of
    the control characters :func:`cqnews.document.parse_tree` removes (UTF-8 bytes tell several times faster than
    the text), and the UTF-8 bytes the text was strictly decoded from, if it was (the HTML parser reads them
    unconverted)."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        for _ in range(MAX_LAYERS):  # (gzip inside gzip: a .gz file sent under Content-Encoding: gzip)
            if not is_gzip(raw):
                break
            raw = gunzip(raw, options.max_input_bytes)  # in chunks under the cap: a gzip bomb never fills memory
        _check_size(len(raw), options)
        if not raw.strip():
            raise EmptyInputError("the page is empty: check that the download returned a body")
        decoded = decode(raw, content_type)
        no_controls = decoded.encoding == "utf-8" and utf8_free_of_controls(raw)
        return decoded.text, decoded, decoded.warnings, no_controls, decoded.utf8
    if isinstance(data, str):
        text, warnings = checked_str(data, options)
        return text, None, warnings, False, None
    if isinstance(data, os.PathLike):
        raise TypeError(
            "parse() takes the page's bytes or text, not a path: cqnews.parse(path.read_bytes()), "
            "or cqnews.parse_many([path]) for files and folders"
        )
    if callable(getattr(data, "read", None)):  # an open file, io.BytesIO, a response's raw stream
        raise TypeError(
            f"parse() takes the page's bytes or text, not a stream ({type(data).__name__}): read it first, "
            "cqnews.parse(stream.read())"
        )
    raise TypeError(f"parse() takes str or bytes, not {type(data).__name__}")


_EMPTY_TEXT = "the text is empty or blank: parse_text() was handed no words (check the file or field it was read from)"


def checked_str(text: str, options: ParseOptions, noun: str = "page") -> tuple[str, list[str]]:
    """Size and emptiness checks; NUL characters are removed and lone surrogates (from a lossy decode upstream)
    become U+FFFD, each with a warning, as for bytes input. Empty text handed to parse_text (``noun`` "text") came
    from no download: its error says so."""
    # Count UTF-8 bytes, as for bytes input; encode only when the character count leaves doubt.
    size = len(text)
    if size <= options.max_input_bytes < size * 4:
        size = len(text.encode("utf-8", "surrogatepass"))
    _check_size(size, options)
    warnings = []
    if "\x00" in text:
        warnings.append(f"{text.count(chr(0))} NUL character(s) removed")
        text = text.replace("\x00", "")
    if not text.strip():
        raise EmptyInputError(
            _EMPTY_TEXT if noun == "text" else "the page is empty: check that the download returned a body"
        )
    if text.isascii() or _encodes(text):
        return text, warnings
    return _without_surrogates(text, warnings)


def _without_surrogates(text: str, warnings: list[str]) -> tuple[str, list[str]]:
    """Surrogate pairs (UTF-16 code units decoded one by one upstream: "\\ud83d\\ude00") joined into their
    character, lone surrogates replaced by U+FFFD; each counted in a warning."""
    before = len(text)
    text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")  # (pairs join)
    if len(text) < before:
        warnings = [*warnings, f"{before - len(text)} surrogate pair(s) joined into their character"]
    cleaned, count = _SURROGATE.subn("\ufffd", text)
    if count:
        warnings = [*warnings, f"{count} lone surrogate code point(s) replaced by U+FFFD"]
    return cleaned, warnings


def _encodes(text: str) -> bool:
    # Only lone surrogates stop UTF-8 encoding; the codec finds them faster than a regex search.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_size(size: int, options: ParseOptions) -> None:
    if size > options.max_input_bytes:
        raise InputTooLargeError(
            f"input is {size} bytes, over the limit of {options.max_input_bytes}: "
            "pass ParseOptions(max_input_bytes=...) if the page is genuine"
        )
