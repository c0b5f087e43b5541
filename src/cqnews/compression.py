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

__all__ = [
    "GZIP_MAGIC", "ForwardStream", "GzipMembers", "Prefixed", "Readable", "gunzip", "gunzip_stream", "inflate",
    "is_gzip",
]

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


def inflate(data: bytes, limit: int) -> bytes | None:
    """Decompress an HTTP ``Content-Encoding: deflate`` body (zlib-wrapped, or raw deflate as some servers send
    it) under ``limit`` bytes of output; None when ``data`` is neither (a body a client already decoded)."""
    for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS):
        inflater = zlib.decompressobj(wbits)
        out = bytearray()
        try:
            _inflate(inflater, data, out, limit)
        except CorruptGzipError:
            continue
        if inflater.eof and not inflater.unused_data:  # (the whole body is one deflate stream)
            return bytes(out)
    return None


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


class ForwardStream:
    """A stream read front to back that counts what it gave: the ``tell``, ``seek`` and ``close`` a reader such as
    FastWARC asks any stream for (FastWARC panics on a stream without ``tell``)."""

    _given = 0

    def tell(self) -> int:
        """How many bytes were read through this stream."""
        return self._given

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        """Only to where the stream is: it reads forward only."""
        if (offset, whence) not in ((0, io.SEEK_CUR), (self._given, io.SEEK_SET)):
            raise io.UnsupportedOperation("this stream reads forward only")
        return self._given

    def close(self) -> None:
        """Nothing to release here: whoever opened the underlying file closes it."""


class GzipMembers(ForwardStream):
    """A readable stream of the decompressed bytes of a gzip stream (its members in turn), for a reader
    that must learn where the data was cut: at a truncated or damaged member the stream ends early, as a
    file would, and :attr:`damage` says why (``None`` when every member was whole)."""

    def __init__(self, stream: Readable, head: bytes = b"") -> None:
        self._stream = stream
        self._pending = head
        self._inflater = zlib.decompressobj(_GZIP_WBITS)
        self._started = bool(head)
        self.damage: str | None = None

    def read(self, size: int = -1, /) -> bytes:
        """Up to ``size`` decompressed bytes (any positive amount when ``size`` < 0); ``b""`` at the end."""
        size = _CHUNK if size is None or size < 0 else size
        while self.damage is None:
            if not self._pending:
                self._pending = self._stream.read(_CHUNK)
                if not self._pending:
                    if self._started and not self._inflater.eof:
                        self.damage = "the file ends inside a gzip member (it is truncated)"
                    return b""
            if self._inflater.eof:
                self._next_member()
                continue
            self._started = True
            piece = self._inflate(size)
            if piece:
                self._given += len(piece)
                return piece
        return b""

    def _inflate(self, size: int) -> bytes:
        try:
            piece = self._inflater.decompress(self._pending, size)
        except zlib.error as exc:
            self.damage = f"a gzip member is damaged ({exc})"
            return b""
        self._pending = self._inflater.unconsumed_tail or self._inflater.unused_data
        return piece

    def _next_member(self) -> None:
        """After a member's end: another member follows, or trailing bytes that are not gzip are damage."""
        if len(self._pending) < 2:
            self._pending += self._stream.read(_CHUNK)
        if not self._pending:
            return
        if self._pending[:2] != GZIP_MAGIC:
            self.damage = "bytes that are not gzip follow a gzip member"
            return
        self._inflater = zlib.decompressobj(_GZIP_WBITS)
        self._started = False


class Prefixed(ForwardStream):
    """A stream whose first bytes were already read (to look for the gzip magic), given back first."""

    def __init__(self, head: bytes, stream: Readable) -> None:
        self._head = head
        self._stream = stream

    @classmethod
    def joined(cls, head: bytes, stream: Readable) -> Prefixed:
        """``head`` then ``stream``, one level deep when ``stream`` is itself a :class:`Prefixed` (a stream wrapped
        again at each of many restarts is read through a chain of wrappers, and ends in ``RecursionError``)."""
        if isinstance(stream, Prefixed):
            return cls(head + stream._head, stream._stream)
        return cls(head, stream)

    def read(self, size: int = -1, /) -> bytes:
        if size is None or size < 0:
            head, self._head = self._head, b""
            data = head + self._stream.read()
        else:
            head, self._head = self._head[:size], self._head[size:]
            data = head + self._stream.read(size - len(head)) if size > len(head) else head
        self._given += len(data)
        return data
