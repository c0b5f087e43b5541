"""WARC files (web archives, as written by crawlers and Common Crawl) in, documents out.

:func:`read_warc` reads the HTML response records of a WARC file with FastWARC (``pip install
'cqnews[warc]'``; resiliparse's reader, several times faster than warcio on uncompressed files) and
gives one :class:`~cqnews.sources.Document` per page, carrying the target URI, the record id, the
fetch date and the HTTP ``Content-Type`` (whose charset wins over the page's own)::

    for document in cqnews.warc.read_warc("crawl.warc.gz"):
        article = cqnews.parse(document.data, document.source.url, content_type=document.content_type)

:func:`parse_warc` does that and yields :class:`~cqnews.batch.Result` objects; ``cqnews parse
crawl.warc.gz`` and :func:`cqnews.parse_many` read WARC paths through it. :func:`write_warc`
writes a small WARC of pages (test fixtures, reproducible examples).
"""

from __future__ import annotations

import gzip
import os
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, BinaryIO

from .compression import ForwardStream, GzipMembers, Prefixed, Readable, is_gzip
from .errors import CorruptWarcError
from .options import DEFAULT_OPTIONS
from .sources import Document, Source

__all__ = ["HTML_TYPES", "WarcPage", "dechunked", "read_warc", "write_warc"]

HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
"""HTTP content types whose records are read; a record without a Content-Type is read too."""


def read_warc(
    path: str | os.PathLike[str] | BinaryIO, *, limit: int | None = None, statuses: range = range(200, 300)
) -> Iterator[Document]:
    """Documents for the HTML response records of a WARC file (gzipped or not, detected).

    Records with an HTTP status outside ``statuses`` (redirects, errors) or a non-HTML content type
    are passed over. A body over ``limit`` bytes (default ``ParseOptions.max_input_bytes``) is not
    read past the limit: its document holds the first ``limit + 1`` bytes, so the parse raises
    :class:`~cqnews.InputTooLargeError` for that record alone. A record whose header is longer than
    FastWARC reads (32 KB: a URI of megabytes) is passed over and the reading goes on at the next record;
    after the last record, :class:`~cqnews.CorruptWarcError` names the byte offsets (in the decompressed
    stream) of the records so lost; a record whose HTTP header ends its lines in bare line feeds (which FastWARC
    reads as one status line, the page in it) gives a document that raises it. A garbled record header, a damaged
    gzip member, or a file cut short (inside a gzip member, a record's header or its body) raises
    :class:`~cqnews.CorruptWarcError` after the records before it.
    """
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError as exc:
        raise ImportError("reading WARC files needs FastWARC: pip install 'cqnews[warc]'") from exc

    limit = DEFAULT_OPTIONS.max_input_bytes if limit is None else limit
    name = os.fspath(path) if isinstance(path, (str, os.PathLike)) else getattr(path, "name", None)
    stream = open(path, "rb") if isinstance(path, (str, os.PathLike)) else path
    label = str(name) if name is not None else None
    try:
        # Decompressed here rather than by FastWARC, which ends a file cut inside a gzip member silently.
        head = stream.read(2)
        records_stream = GzipMembers(stream, head) if is_gzip(head) else Prefixed(head, stream)
        reading = _Reading(label, limit, statuses, WarcRecordType.response, WarcRecordType.unknown)
        source: Readable | None = records_stream
        ended: _Recorded | None = None
        while source is not None:
            recorded = _Recorded(source, reading.base)
            records = iter(ArchiveIterator(recorded, parse_http=True))
            try:
                while (document := reading.next_document(records, recorded)) is not None:
                    yield document
                source = None
                ended = recorded
            except _HeaderTooLongError:
                source = reading.skip_record(recorded)
            except _GarbledHeaderError as garbled:
                source = reading.resume_after_garbled(recorded, str(garbled))
        reading.finish(records_stream.damage if isinstance(records_stream, GzipMembers) else None, ended)
    finally:
        if stream is not path:
            stream.close()


class _HeaderTooLongError(Exception):
    """FastWARC met a record header over its maximum length; it cannot read on from there."""


class _GarbledHeaderError(Exception):
    """FastWARC met a record header it cannot read (garbage, or a record whose Content-Length lied)."""


class _Recorded(ForwardStream):
    """The records stream as FastWARC reads it, its last bytes kept: FastWARC reads ahead of the record it
    fails on, so the next record may already be among them."""

    def __init__(self, stream: Readable, base: int) -> None:
        self.stream = stream
        self.base = base  # the offset of this stream's first byte in the whole records stream
        self.tail = bytearray()

    def read(self, size: int = -1, /) -> bytes:
        data = self.stream.read(size)
        self._given += len(data)
        self.tail += data
        if len(self.tail) > 2 * _KEPT_BYTES:
            del self.tail[: len(self.tail) - _KEPT_BYTES]
        return data

    @property
    def tail_start(self) -> int:
        return self.base + self.tell() - len(self.tail)

    def record_start_after(self, offset: int) -> int | None:
        """The offset of the first record start ("WARC/1." opening a line) after ``offset`` among the kept bytes."""
        found = self.tail.find(_RECORD_START, max(offset - self.tail_start, 0))
        return None if found < 0 else self.tail_start + found + 1


_KEPT_BYTES = 1 << 20  # FastWARC reads 64 KB blocks and fails 32 KB into a header: the header's start is kept
_RECORD_START = b"\nWARC/1."
_MAX_HEADER = 32 << 10  # FastWARC's max_header_len
_NAMED_OFFSETS = 10


class _Reading:
    """Where a WARC's reading stands: pages read, the last record seen, and records lost to a long header."""

    def __init__(self, name: str | None, limit: int, statuses: range, response_type: Any, unknown_type: Any) -> None:
        self.name, self.limit, self.statuses = name, limit, statuses
        # (FastWARC's WarcRecordType.response: every record type is read, to know where each starts)
        self.response_type, self.unknown_type = response_type, unknown_type
        self.read = 0
        self.base = 0  # where the current FastWARC reader started in the records stream
        self.last_start: int | None = None  # the start of the last record it read
        self.last_end: int | None = None  # where that record's block ends, by its Content-Length (None: unknown)
        self.skipped: list[int] = []
        self.garbled: list[tuple[int, int, str]] = []  # (where the reading stood, pages read before, FastWARC's why)

    def next_document(self, records: Iterator[Any], recorded: _Recorded) -> Document | None:
        """The next HTML response's document, or None at the end; FastWARC's ``OSError`` on a garbled header or
        a damaged gzip member becomes a :class:`~cqnews.CorruptWarcError` naming the file and how far it was read."""
        try:
            for record in records:
                self.last_start = self.base + record.stream_pos
                self.last_end = _record_end(recorded, record, self.last_start)
                if record.record_type != self.response_type:
                    self._check_fields(record)
                    continue
                document = _document(record, self.name, self.limit, self.statuses)
                if document is not None:
                    self.read += 1
                    return document
        except OSError as exc:
            if "header length" in str(exc):
                raise _HeaderTooLongError() from None
            if "Invalid WARC header" in str(exc):
                raise _GarbledHeaderError(str(exc)) from None
            raise self._damage(str(exc)) from exc
        except _CutRecordError as exc:
            raise self._damage(str(exc)) from None
        return None

    def finish(self, damage: str | None, ended: _Recorded | None) -> None:
        """After the last record, a :class:`~cqnews.CorruptWarcError` for the first of: a damaged gzip member
        (``damage``), a file cut inside the record FastWARC read last (``ended``: the reader that read to the end),
        records passed over for a long header, records lost to a garbled one."""
        if damage is not None:
            raise self._damage(damage)
        if ended is not None:
            self.check_end(ended)
        self.report_skipped()
        self.report_garbled()

    def check_end(self, recorded: _Recorded) -> None:
        """After FastWARC's last record, the stream must end with that record: FastWARC ends a file cut inside a
        record header (or the block of a record other than a response) without a word, that record lost."""
        after = self.base if self.last_start is None else self.last_end
        if after is None and self.last_start is not None and self.last_start >= recorded.tail_start:
            after = self.last_start  # (its header is kept and never ends: cut, FastWARC gave what it had)
        if after is None:  # (a record whose end is not known: its header not among the kept bytes)
            return
        end = recorded.base + recorded.tell()
        if after > end:
            short = after - end
            raise self._damage(f"the file ends {short} bytes short of its last record's Content-Length (it is cut)")
        if bytes(recorded.tail[max(after - recorded.tail_start, 0) :]).strip():
            raise self._damage(f"the file ends inside a record header after byte offset {after} (it is cut)")

    def _check_fields(self, record: Any) -> None:
        """A record of no known type and without the WARC-Record-ID every record has is a header FastWARC could not
        split into fields: one whose lines end in LF alone, read as one WARC-Type value holding the rest of the file
        (FastWARC then ends it without a word, every page lost)."""
        if record.record_type == self.unknown_type and record.record_id is None:
            raise _GarbledHeaderError("a record header without fields (its lines not ended by CRLF?)")

    def _damage(self, why: str) -> CorruptWarcError:
        return CorruptWarcError(f"{_where(self.name)}the WARC is damaged after its first {self.read} page(s): {why}")

    def skip_record(self, recorded: _Recorded) -> Readable | None:
        """Pass over the record whose header was too long: the stream from the next record on, or None at the end."""
        bad = self.base if self.last_start is None else recorded.record_start_after(self.last_start)
        if bad is None:  # (its start is not among the kept bytes: not a record FastWARC can be set on again)
            raise self._damage(f"a record header is longer than {_MAX_HEADER} bytes")
        self.skipped.append(bad)
        return self._resume_after(recorded, bad)

    def resume_after_garbled(self, recorded: _Recorded, why: str) -> Readable | None:
        """Go on at the first record start after the last record read (a record whose Content-Length lied by a
        few bytes made FastWARC read a header where none starts, and ended the file): the stream from there on,
        or None at the end. The damage is reported after the file's last record."""
        after = self.base if self.last_start is None else self.last_start
        self.garbled.append((after, self.read, why))
        if len(self.garbled) > _MAX_GARBLED:
            raise self._damage(f"{why} (and {_MAX_GARBLED} garbled records before it)")
        return self._resume_after(recorded, after)

    def _resume_after(self, recorded: _Recorded, offset: int) -> Readable | None:
        """The stream from the first record start after ``offset`` on (among the kept bytes, else read on to
        it), for a new FastWARC reader; None when the stream ends first."""
        self.last_start = None
        following = recorded.record_start_after(offset)
        if following is not None:
            self.base = following
            return Prefixed.joined(bytes(recorded.tail[following - recorded.tail_start :]), recorded.stream)
        return self._scan_to_record(recorded.stream, recorded.base + recorded.tell())

    def report_garbled(self) -> None:
        if self.garbled:
            offset, before, why = self.garbled[0]
            more = f" and {len(self.garbled) - 1} more" if len(self.garbled) > 1 else ""
            raise CorruptWarcError(
                f"{_where(self.name)}the WARC is damaged after its first {before} page(s): {why} after byte offset "
                f"{offset}{more} of the (decompressed) records (a garbled header, or a Content-Length that lies); "
                f"the {self.read} page(s) around it were read"
            )

    def _scan_to_record(self, source: Readable, offset: int) -> Readable | None:
        """Read on (in bounded pieces) to the next record start; None when the stream ends first."""
        carry = b"\n"  # (the kept bytes had no record start: the next may open the very next line)
        while piece := source.read(_READ_PIECE):
            window = carry + piece
            found = window.find(_RECORD_START)
            if found >= 0:
                self.base = offset - len(carry) + found + 1
                return Prefixed.joined(window[found + 1 :], source)
            offset += len(piece)
            carry = window[-(len(_RECORD_START) - 1) :]
        return None

    def report_skipped(self) -> None:
        if self.skipped:
            offsets = ", ".join(str(offset) for offset in self.skipped[:_NAMED_OFFSETS])
            more = f" and {len(self.skipped) - _NAMED_OFFSETS} more" if len(self.skipped) > _NAMED_OFFSETS else ""
            raise CorruptWarcError(
                f"{_where(self.name)}{len(self.skipped)} record(s) passed over, their header longer than "
                f"{_MAX_HEADER} bytes, at byte offset(s) {offsets}{more} of the (decompressed) records; "
                f"the {self.read} page(s) around them were read"
            )


_READ_PIECE = 64 << 10
_MAX_GARBLED = 1_000  # (a file of garbage is not read on for ever: each resumption is a new FastWARC reader)


def _record_end(recorded: _Recorded, record: Any, start: int) -> int | None:
    """Where the block of the record starting at ``start`` ends, by its header's Content-Length (the header is among
    the kept bytes when FastWARC gives the record); None when that cannot be told."""
    length = (record.headers.get("Content-Length") or "").strip()
    header_end = recorded.tail.find(b"\r\n\r\n", start - recorded.tail_start) if start >= recorded.tail_start else -1
    if header_end < 0 or not length.isdigit() or len(length) > _MAX_LENGTH_DIGITS:
        return None
    return recorded.tail_start + header_end + 4 + int(length)


_MAX_LENGTH_DIGITS = 18


def _where(name: str | None) -> str:
    return f"{name}: " if name is not None else ""


class _CutRecordError(Exception):
    """A record's body is shorter than its Content-Length says: the file ends (or is cut) inside it."""


def _document(record: Any, name: str | None, limit: int, statuses: range) -> Document | None:
    http = record.http_headers
    if http is None or http.status_code not in statuses:
        return None
    content_type = http.get("Content-Type")
    if content_type and not content_type.split(";", 1)[0].strip().lower().startswith(HTML_TYPES):
        return None
    source = Source(file=name, url=_target_uri(record.headers.get("WARC-Target-URI")), record_id=record.record_id)
    if "\n" in (http.status_line or ""):  # (a header of CRLF lines never holds one in its status line)
        return Document(source, failure=CorruptWarcError(f"{_where(name)}record {record.record_id}{_BARE_LF}"))
    body = record.reader.read(limit + 1)
    if len(body) < min(record.content_length, limit + 1):  # (after the HTTP headers, the body's length)
        raise _CutRecordError(
            f"record {record.record_id} ends after {len(body)} of its {record.content_length} bytes (the file is cut)"
        )
    chunked = "chunked" in (http.get("Transfer-Encoding") or "").lower()
    cut = _cut_page_warning(record.headers.get("WARC-Truncated"), None if chunked else http.get("Content-Length"), body)
    if chunked and len(body) <= limit:
        body = dechunked(body)
    coding = http.get("Content-Encoding") or None
    return Document(
        source, body, content_type or None, _record_date(record), content_encoding=coding,
        warnings=(cut,) if cut is not None else (),
    )


_BARE_LF = (
    ": its HTTP header's lines end in a bare line feed (\\n, not \\r\\n), which FastWARC reads as one status line with "
    "the page in it: the page cannot be told from its header (rewrite the record's HTTP header with CRLF)"
)


def _cut_page_warning(truncated: str | None, declared: str | None, body: bytes) -> str | None:
    """A warning for a page the crawler cut: the record says so (``WARC-Truncated: length``, Common Crawl's mark on a
    body over its 1 MB cap), or its body is shorter than its HTTP ``Content-Length`` says. Before, the cut page was
    read as the whole article without a word."""
    if truncated:
        return f"the WARC record holds a cut page (WARC-Truncated: {truncated[:40]}): the article may end early"
    length = (declared or "").strip()[:20]
    if length.isascii() and length.isdigit() and len(body) < int(length):
        return (
            f"the page's body is {len(body)} of the {length} bytes its HTTP Content-Length says: it was cut when "
            "crawled, the article may end early"
        )
    return None


def _target_uri(value: str | None) -> str | None:
    """The record's URI without the angle brackets WARC/1.0's grammar put around it (``<https://…>``, as wget 1.19.4
    and later write it; WARC/1.1 dropped them): kept, the page's URL was no URL and its links were never joined."""
    if value is not None and len(value) > 2 and value[0] == "<" and value[-1] == ">":
        return value[1:-1].strip()
    return value


_CHUNK_SIZE_DIGITS = 16  # (a chunk size line longer than this is no chunk size: 16 hex digits pass any file)
_MAX_CHUNKS = 100_000  # servers send kilobytes a chunk; a body of more chunks is read as it is (bounded work)


def dechunked(body: bytes) -> bytes:
    """The payload of an HTTP body sent with ``Transfer-Encoding: chunked``, as crawlers such as wget and
    Heritrix record it (chunk sizes in hexadecimal between the pieces). A body that ends inside its chunks
    (the server stopped) gives the chunks it has; a body that is not chunked data (a crawler that decoded it
    but kept the header) is given as it is. Linear: each chunk is one slice."""
    pieces: list[bytes] = []
    at = 0
    while len(pieces) < _MAX_CHUNKS:
        line_end = body.find(b"\r\n", at, at + _CHUNK_SIZE_DIGITS + 256)  # (room for chunk extensions)
        size = _chunk_size(body[at:line_end]) if line_end >= 0 else None
        if size is None:
            return b"".join(pieces) if pieces and at >= len(body) else body
        if size == 0:
            return b"".join(pieces)
        start = line_end + 2
        if start + size >= len(body):  # the body stops inside this chunk (its first too: a page sent as one chunk)
            return b"".join((*pieces, body[start:]))
        if body[start + size : start + size + 2] != b"\r\n":
            return body
        pieces.append(body[start : start + size])
        at = start + size + 2
    return body


def _chunk_size(line: bytes) -> int | None:
    """The size a chunk's first line gives in hexadecimal (after it, ";" and extensions), or None."""
    digits = line.split(b";", 1)[0].strip()
    if not digits or len(digits) > _CHUNK_SIZE_DIGITS or digits.strip(b"0123456789abcdefABCDEF"):
        return None
    return int(digits, 16)


def _record_date(record: Any) -> datetime | None:
    """The record's ``WARC-Date``, or None when FastWARC cannot make it a datetime: it raises ``ValueError`` for a
    year 0 or an offset of a day or more (``+25:00``), which ended the whole file, every later record lost."""
    try:
        return _aware(record.record_date)
    except (ValueError, OverflowError):
        return None


def _aware(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One page for :func:`write_warc`: the body as served and its HTTP metadata."""

    url: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    date: datetime | None = None


def write_warc(path: str | os.PathLike[str], pages: Iterable[WarcPage], *, compress: bool = True) -> list[str]:
    """Write ``pages`` as WARC/1.1 response records (one gzip member each when ``compress``, as crawlers
    write them); returns the record ids in order. A URL or content type holding a line break is a ``ValueError``
    (it would write header fields of its own), and so is a content type holding a character beyond Latin-1 (an
    HTTP header carries none; the URL, in the WARC header, is written as UTF-8)."""
    ids = []
    with open(path, "wb") as out:
        for page in pages:
            record_id = f"<urn:uuid:{uuid.uuid4()}>"
            ids.append(record_id)
            record = _record(page, record_id)
            out.write(gzip.compress(record, mtime=0) if compress else record)
    return ids


def _record(page: WarcPage, record_id: str) -> bytes:
    for field, value in (("url", page.url), ("content_type", page.content_type)):
        if "\r" in value or "\n" in value:  # (a header field of its own: "…\r\nWARC-Type: revisit")
            raise ValueError(f"WarcPage.{field} holds a line break, which would end its header line: {value!r}")
    if (wide := next((c for c in page.content_type if ord(c) > 0xFF), None)) is not None:
        raise ValueError(  # (the HTTP header is Latin-1: a UnicodeEncodeError said nothing of which field)
            f"WarcPage.content_type holds U+{ord(wide):04X}, which an HTTP header (Latin-1) cannot carry: "
            f"{page.content_type!r}"
        )
    reason = "OK" if page.status == 200 else "Status"
    http = (
        f"HTTP/1.1 {page.status} {reason}\r\nContent-Type: {page.content_type}\r\n"
        f"Content-Length: {len(page.body)}\r\n\r\n"
    ).encode("latin-1") + page.body
    date = (page.date or datetime(2024, 1, 1, tzinfo=UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    head = (
        "WARC/1.1\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: {record_id}\r\nWARC-Date: {date}\r\nWARC-Target-URI: {page.url}\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"
