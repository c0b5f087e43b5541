"""Gzip decompression that stops at a size cap, so a gzip bomb is an error and never fills memory.

A page of a few hundred kilobytes can hide gigabytes of zeros. :func:`gunzip` and
:func:`gunzip_stream` decompress in chunks and raise :class:`~cqnews.InputTooLargeError` as soon as
the output passes the cap (``ParseOptions.max_input_bytes``), having held at most the cap plus one
chunk in memory. Concatenated gzip members (``cat a.gz b.gz``) are read as one stream, as ``gzip``
does.
"""

from __future__ import annotations

import io
import zlib
from typing import Protocol

from .errors import CorruptGzipError, InputTooLargeError

__all__ = ["GZIP_MAGIC", "Readable", "gunzip", "gunzip_stream", "is_gzip"]

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 256 * 1024
_GZIP_WBITS = 16 + zlib.MAX_WBITS  # gzip header and trailer, not raw deflate or zlib


class Readable(Protocol):
    """A binary stream: a file opened ``rb``, ``io.BytesIO``, ``sys.stdin.buffer``."""

    def read(self, size: int = -1, /) -> bytes: ...


def is_gzip(data: bytes) -> bool:
    """Whether ``data`` starts with the gzip magic number."""
    return data[:2] == GZIP_MAGIC


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip ``data``, raising :class:`~cqnews.InputTooLargeError` past ``limit`` bytes of output."""
    return gunzip_stream(io.BytesIO(data), limit)


def gunzip_stream(stream: Readable, limit: int) -> bytes:
    """Decompress a gzip stream read in chunks, raising :class:`~cqnews.InputTooLargeError` past ``limit`` bytes."""
    out = bytearray()
    inflater = zlib.decompressobj(_GZIP_WBITS)
    data = stream.read(_CHUNK)
    while True:
        if inflater.eof:
            # Another gzip member may follow (concatenated files); other trailing bytes are ignored, as by gzip.
            data = inflater.unused_data
            if len(data) < 2:
                data += stream.read(_CHUNK)
            if data[:2] != GZIP_MAGIC:
                return bytes(out)
            inflater = zlib.decompressobj(_GZIP_WBITS)
        if not data:
            data = stream.read(_CHUNK)
            if not data:
                raise CorruptGzipError("the gzip data is truncated: it ends before its last member does")
        _inflate(inflater, data, out, limit)
        data = b""


def _inflate(inflater: zlib._Decompress, data: bytes, out: bytearray, limit: int) -> None:
    """Inflate one input chunk into ``out`` in bounded steps (what follows a member's end stays in ``unused_data``)."""
    while data and not inflater.eof:
        try:
            # max_length bounds each step's output, so one small chunk of a bomb never expands at once.
            piece = inflater.decompress(data, _CHUNK)
        except zlib.error as exc:
            raise CorruptGzipError(f"not a valid gzip file ({exc})") from exc
        out += piece
        if len(out) > limit:
            raise InputTooLargeError(
                f"the gzip data decompresses to more than the limit of {limit} bytes: "
                "pass ParseOptions(max_input_bytes=...) if the page is genuine"
            )
        data = inflater.unconsumed_tail
