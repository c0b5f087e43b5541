"""Inputs of a batch: where each page comes from, and how paths become documents.

A :class:`Document` is one page to parse plus its :class:`Source` (file, URL, WARC record id), the
identity written on every output line. :func:`documents` expands paths the way the command line
does: directories recursively, glob patterns, WARC files into their HTML response records; a
manifest (:func:`read_manifest`) gives each file its URL.
"""

from __future__ import annotations

import errno
import glob
import os
import re
import sys
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, TypeAlias, TypeVar, cast

from .compression import Prefixed, Readable, gunzip_stream, is_gzip
from .errors import InputTooLargeError, ParseError
from .options import DEFAULT_OPTIONS

__all__ = [
    "PAGE_SUFFIXES",
    "WARC_SUFFIXES",
    "Document",
    "PathName",
    "Source",
    "UrlTable",
    "documents",
    "expand_paths",
    "is_warc",
    "read_document",
    "read_manifest",
]

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt")
"""Files a directory contributes (each also as ``.gz``)."""
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
_GLOB_CHARS = frozenset("*?[")

PathName: TypeAlias = str | os.PathLike[str] | os.PathLike[bytes]
"""A path as :func:`documents` and ``parse_many`` take it (a path object may hold bytes: ``os.scandir(b".")``)."""
UrlTable: TypeAlias = Mapping[str, str] | Mapping[bytes, str] | Mapping[os.PathLike[str], str]
"""Each page's URL by its path, as :func:`documents` and ``parse_many`` take them (``{Path("a.html"): url}``)."""


@dataclass(frozen=True, slots=True)
class Source:
    """Where one input came from: the identity written with its result."""

    file: str | None = None
    """The path as given or found (``-`` for stdin)."""
    url: str | None = None
    """The page's URL: from ``--url``, the manifest, or the WARC target URI."""
    record_id: str | None = None
    """The ``WARC-Record-ID`` when the page came from a WARC file."""

    def key(self) -> tuple[str | None, str | None]:
        """What ``--resume`` matches on: the file and the WARC record."""
        return (self.file, self.record_id)

    def as_dict(self) -> dict[str, str | None]:
        """The JSON form, as written on each output line."""
        return {"file": self.file, "url": self.url, "record_id": self.record_id}


@dataclass(frozen=True, slots=True)
class Document:
    """One page to parse. ``data`` is ``None`` when the worker reads ``source.file`` itself."""

    source: Source
    data: bytes | None = None
    content_type: str | None = None
    """The HTTP ``Content-Type`` (its charset wins over the page's own declaration)."""
    crawl_date: datetime | None = None
    """When the page was fetched (the WARC date): selects a site layout valid at that time."""
    site: str | None = None
    """A site plugin to force by name (``cqnews.parse(site=...)``)."""
    failure: ParseError | OSError | None = None
    """Why the input could not be read (a damaged or unreadable WARC file): reading the document raises it."""
    content_encoding: str | None = None
    """The HTTP ``Content-Encoding`` of ``data`` (a WARC record's): deflate is undone, and an error on a body left
    under a coding cqnews does not undo (``br``, ``zstd``) names it."""
    warnings: tuple[str, ...] = ()
    """What the reading found wrong with the page (a WARC record cut when crawled), added to its Article's warnings."""


_InputT = TypeVar("_InputT")
_ONE_INPUT = (str, os.PathLike, bytes, bytearray, memoryview, Document)


def listed_inputs(inputs: Iterable[_InputT] | _InputT) -> Iterable[_InputT]:
    """``inputs`` as an iterable of inputs: one input outside a list (a path, page bytes or text, a
    :class:`Document`) is a list of one, not the letters or bytes it holds (``parse_many("crawl/")``)."""
    if isinstance(inputs, _ONE_INPUT):
        return [cast(_InputT, inputs)]
    return cast(Iterable[_InputT], inputs)


def is_warc(path: str | os.PathLike[str]) -> bool:
    """Whether the path names a WARC (or gzipped WARC) file, by its name."""
    return str(path).lower().endswith(WARC_SUFFIXES)


def is_pattern(name: str) -> bool:
    """Whether ``name`` holds a glob character (``*``, ``?``, ``[``): read as a pattern unless a file is so named."""
    return bool(_GLOB_CHARS & set(name))


def read_document(document: Document, limit: int) -> bytes:
    """The document's bytes: given, or read from its file (gzip decompressed under ``limit``)."""
    if document.failure is not None:
        raise document.failure
    if document.data is not None:
        return document.data
    name = document.source.file
    if name is None:
        raise ValueError("a Document needs data or a source file")
    if name == "-":
        return _read_capped(sys.stdin.buffer, limit)
    if "\x00" in name:  # (open() raises ValueError for it: no such file can exist)
        raise FileNotFoundError(errno.ENOENT, "no file name holds a NUL character", name)
    with _open_input(name) as stream:
        return _read_capped(stream, limit)


_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def _open_input(name: str) -> BinaryIO:
    """``open(name, "rb")``, except that a named pipe no program writes to reads as empty at once: opened
    plainly, it would wait for a writer for ever (a FIFO among a crawl's files, in a worker with no time
    limit). A pipe being written (``cqnews parse <(zcat page.html.gz)``) reads as usual."""
    if not _NONBLOCK:
        return open(name, "rb")
    descriptor = os.open(name, os.O_RDONLY | _NONBLOCK)
    try:
        os.set_blocking(descriptor, True)  # reads wait for the writer's data, as from any pipe
        return open(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def _read_capped(stream: Readable, limit: int) -> bytes:
    head = stream.read(2)
    if is_gzip(head):
        return gunzip_stream(Prefixed(head, stream), limit)
    data = head + stream.read(limit + 1 - len(head))
    if len(data) > limit:
        raise InputTooLargeError(
            f"the input is over the limit of {limit} bytes: "
            "pass ParseOptions(max_input_bytes=...) if the page is genuine"
        )
    return data


def expand_paths(names: Iterable[PathName]) -> Iterator[str]:
    """Files named by ``names``: a directory gives its pages and WARCs recursively (sorted), a glob
    pattern its matches, ``-`` stays stdin. A name that matches nothing is passed on, to fail when read. A path
    object holding bytes (an ``os.scandir(b".")`` entry) is decoded as the file system does."""
    for name in names:
        text = os.fsdecode(os.fspath(name))
        if text == "-" or os.path.isfile(text):
            yield text
        elif os.path.isdir(text):
            yield from _walk(text)
        elif is_pattern(text) and (matches := _glob(text)):
            yield from _each_once(_matched_files(matches))
        else:  # a pattern that matches nothing fails like a missing file, rather than giving no output
            yield text


def _matched_files(matches: list[str]) -> Iterator[str]:
    for match in matches:
        yield from _walk(match) if os.path.isdir(match) else (match,)


def _each_once(paths: Iterable[str]) -> Iterator[str]:
    """``paths`` without repeats: "crawl/**" matches a folder and every folder inside it, and each folder
    gives the pages under it, so a page three folders deep was given (and parsed) four times."""
    seen: set[str] = set()
    for path in paths:
        if path not in seen:
            seen.add(path)
            yield path


_SEPARATORS = re.compile("[/" + re.escape(os.sep) + "]")
_STARS = re.compile(r"\*{2,}")


def _glob(pattern: str) -> list[str]:
    """``sorted(glob.glob(pattern, recursive=True))``, except that ``**`` does not follow symbolic links to folders,
    as a folder input does not: glob's ``**`` listed the pages under a link to a folder above it again and again,
    and two such links made it run for ever. Names starting with a dot are left out unless the pattern has one."""
    parts = _SEPARATORS.split(pattern)
    if "**" not in parts:  # (a "**" inside a name, "a**.html", is one "*" to glob, and an error to pathlib)
        return sorted(glob.glob(pattern))
    parts = [part if part == "**" else _STARS.sub("*", part) for part in parts]  # (pathlib refuses "a**.html")
    if parts[-1] == "**":  # everything under the folder: its files and folders at every depth
        parts.append("*")
    literal = 0
    while not is_pattern(parts[literal]):
        literal += 1
    base = "/".join(parts[:literal]) or ("/" if pattern.startswith("/") else "")
    root = Path(base or ".")
    dotted = any(part.startswith(".") for part in parts[literal:])
    found = []
    for path in root.glob("/".join(parts[literal:])):  # (pathlib's ** never follows a link to a folder)
        relative = path.relative_to(root)
        if dotted or not any(part.startswith(".") for part in relative.parts):
            found.append(os.path.join(base, str(relative)) if base else str(relative))
    return sorted(found)


def _walk(directory: str) -> Iterator[str]:
    """The input files under ``directory``; a folder that cannot be listed is given as itself (os.walk would pass
    over it without a word), so that reading it fails with the listing's error."""
    unlisted: list[str] = []
    for root, dirs, files in os.walk(directory, onerror=lambda exc: unlisted.append(exc.filename or directory)):
        yield from _drain(unlisted)
        dirs.sort()
        for file in sorted(files):
            if _is_input_name(file):
                yield os.path.join(root, file)
    yield from _drain(unlisted)


def _drain(names: list[str]) -> Iterator[str]:
    while names:
        yield os.fspath(names.pop(0))


def _listing_error(directory: str) -> OSError:
    """Why ``directory`` cannot be listed (as os.scandir says it now)."""
    try:
        with os.scandir(directory):
            pass
    except OSError as exc:
        return exc
    return PermissionError(errno.EACCES, "the folder could not be listed", directory)


def _is_input_name(name: str) -> bool:
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return lower.endswith(PAGE_SUFFIXES) or is_warc(name)


def read_manifest(path: str | os.PathLike[str]) -> dict[str, str]:
    """A TSV of ``path<TAB>url`` lines (a ``path	url`` header and ``#`` comments are skipped).

    Paths are taken as written and also resolved against the manifest's folder, so either form
    matches the files given on the command line. A manifest that cannot be read is an ``OSError``; one that is
    not UTF-8 (``UnicodeDecodeError``), or that holds an entry line without a tab or a line over 1 MB, is a
    ``ValueError`` naming the file and line (``cqnews parse --manifest`` reports either as a usage error). A row
    naming a folder or a WARC gives a ``UserWarning``: no page takes its URL.
    """
    base = Path(path).parent
    urls: dict[str, str] = {}
    for number, file, url in _manifest_rows(path):
        _warn_unused_url(f"{path}:{number}", file if os.path.exists(file) else str(base / file), url)
        urls[os.path.normpath(file)] = url
        urls[os.path.realpath(base / file)] = url  # (Path.resolve raises RuntimeError on a symlink loop)
    return urls


def manifest_files(path: str | os.PathLike[str]) -> list[str]:
    """The files a manifest lists, in its order: each as written when it exists, else resolved against the
    manifest's folder (what ``cqnews parse --manifest FILE`` reads when no file is named)."""
    base = Path(path).parent
    return [file if os.path.exists(file) else str(base / file) for _, file, _ in _manifest_rows(path)]


def _warn_unused_url(line: str, file: str, url: str) -> None:
    """A ``UserWarning`` for a row whose URL no page takes: a folder's pages are looked up by their own paths, and a
    WARC's records carry their own URLs (``cqnews parse --manifest`` prints it as a warning line)."""
    if not url:
        return
    if os.path.isdir(file):
        warnings.warn(f"{line}: {file} is a folder: its URL is not used (list its pages, each with its URL)",
                      stacklevel=3)
    elif is_warc(file):
        warnings.warn(f"{line}: {file} is a WARC: its URL is not used (each record carries its own)", stacklevel=3)


_MAX_MANIFEST_LINE = 2**20  # characters: a path and a URL take far less


def _manifest_rows(path: str | os.PathLike[str]) -> Iterator[tuple[int, str, str]]:
    """The (line number, path, URL) of each entry line of a manifest, path and URL without surrounding blanks;
    columns after the URL are ignored. A line without a path (blanks, "<TAB>url"), a ``#`` comment and a ``path``
    header are no entry; another line without a tab is a ``ValueError``, and so is a line over 1 MB
    (``--manifest /dev/zero`` read one endless line until ``MemoryError``)."""
    with open(path, encoding="utf-8-sig") as lines:  # (a spreadsheet writes a byte-order mark first)
        for number, line in enumerate(iter(partial(lines.readline, _MAX_MANIFEST_LINE + 1), ""), 1):
            if len(line) > _MAX_MANIFEST_LINE:
                raise ValueError(f"{path}:{number}: a line over 1 MB, not 'path<TAB>url'")
            file, sep, columns = line.rstrip("\r\n").partition("\t")
            file = file.strip()
            if not file or file.startswith("#") or (number == 1 and sep and file.lower() == "path"):
                continue
            if not sep:
                raise ValueError(f"{path}:{number}: expected 'path<TAB>url'")
            yield number, file, columns.partition("\t")[0].strip()


def documents(
    names: Iterable[PathName], *, urls: UrlTable | None = None, limit: int | None = None
) -> Iterator[Document]:
    """Documents for the files ``names`` (expanded by :func:`expand_paths`); WARC files give their
    HTML response records (read here, bodies capped at ``limit``), other files are read by the worker."""
    urls = _url_keys(urls) if urls else {}
    for name in expand_paths(names):
        if name == "-":  # read here: worker processes have no stdin
            cap = DEFAULT_OPTIONS.max_input_bytes if limit is None else limit
            yield Document(Source(file="-", url=urls.get("-")), data=sys.stdin.buffer.read(cap + 1))
        elif is_warc(name) and os.path.isfile(name):
            yield from _warc_documents(name, limit)
        elif os.path.isdir(name):  # (a folder expand_paths gives is one it could not list)
            yield Document(Source(file=name), failure=_listing_error(name))
        else:
            url = (urls.get(os.path.normpath(name)) or urls.get(os.path.realpath(name))) if urls else None
            yield Document(Source(file=name, url=url))


def _url_keys(urls: Mapping[Any, str]) -> dict[str, str]:
    """``urls`` keyed by each path's normal form (``os.path.normpath``): a ``Path`` key (a notebook's
    ``{Path("a.html"): url}``), a bytes key, or another spelling of the path (``./a.html``) found no page and gave no
    URL."""
    table: dict[str, str] = {}
    for key, url in urls.items():
        if isinstance(key, (str, bytes, os.PathLike)):  # (bytes: a name from os.walk(b"."), as parse_many takes)
            table[os.path.normpath(os.fsdecode(key))] = url
    return table


def _warc_documents(name: str, limit: int | None) -> Iterator[Document]:
    """The WARC's documents; a file that cannot be opened or read on ends with one failed document, so
    that a damaged WARC costs its own records, never the rest of a batch."""
    from .warc import read_warc

    try:
        yield from read_warc(name, limit=limit)
    except (ParseError, OSError) as exc:
        yield Document(Source(file=name), failure=exc)
