"""Writers for the command line's output formats, one result at a time (memory stays flat).

Formats:

- ``jsonl``: one line per result: the Article's JSON with a leading ``"source"`` object (file, url,
  record_id); a failed document (with ``--errors record``) is ``{"source": …, "error": {"type", "message"}}``.
- ``json``: one JSON document: the Article itself for a single input file, otherwise an array of
  the ``jsonl`` objects.
- ``markdown``: each article rendered, each ending with a ``---`` rule (render.ARTICLE_SEPARATOR); for several inputs,
  each opens with its file and record id, and a failed document (with ``--errors record``) is that line and its
  error.
- ``parquet``: one flat row per article (:mod:`cqnews.table`), failed documents as rows with an error.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from typing import Protocol, TextIO

from .batch import Result
from .render import ARTICLE_SEPARATOR, markdown_text, to_markdown
from .sources import Source
from .text import CONTROL_CHARS_RE, valid_utf8

__all__ = ["Writer", "open_writer", "result_json", "resume_keys"]


class Writer(Protocol):
    def write(self, result: Result) -> None: ...

    def close(self) -> None: ...


def result_json(result: Result, indent: int | None = None) -> str:
    """A result as one JSON object: the Article's fields after a ``"source"`` key, or the source and the error."""
    source = _json(result.source.as_dict())
    if result.article is None:
        assert result.error is not None
        error = _json({"type": result.error.type, "message": result.error.message})
        return f'{{"source":{source},"error":{error}}}'
    article = result.article.model_dump_json()
    # Splice the source in front of the article's own fields: one serialisation, no dict round trip.
    combined = f'{{"source":{source},{article[1:]}' if len(article) > 2 else f'{{"source":{source}}}'
    return json.dumps(json.loads(combined), indent=indent, ensure_ascii=False) if indent else combined


def _json(value: dict[str, str | None]) -> str:
    """Compact JSON, non-ASCII characters as themselves; a file name that is not UTF-8 (Python holds its bytes
    as lone surrogates, ``\\udcff``) is written with ``\\u`` escapes, so that the line can be written as UTF-8
    and reads back (``--resume``) as the same name."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text if valid_utf8(text) else json.dumps(value, separators=(",", ":"))


class _Lines:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, result: Result) -> None:
        self.out.write(result_json(result) + "\n")

    def close(self) -> None:
        self.out.flush()


class _Single:
    """``json`` for one input: the article alone, as ``cqnews.parse`` returns it."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, result: Result) -> None:
        if result.article is not None:
            self.out.write(result.article.model_dump_json(indent=2) + "\n")
        else:
            self.out.write(result_json(result, indent=2) + "\n")

    def close(self) -> None:
        self.out.flush()


class _Array:
    """``json`` for several inputs: one array, written element by element."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.count = 0

    def write(self, result: Result) -> None:
        self.out.write(("[\n" if not self.count else ",\n") + result_json(result))
        self.count += 1

    def close(self) -> None:
        self.out.write("\n]\n" if self.count else "[]\n")
        self.out.flush()


class _Markdown:
    """Articles one after another. For several inputs each opens with its source, which the article's own lines
    may not show (a page without a URL): the articles of a folder could not be told apart, and the failures
    ``--errors record`` asks for were left out."""

    def __init__(self, out: TextIO, single: bool = True) -> None:
        self.out = out
        self.single = single
        self.count = 0

    def write(self, result: Result) -> None:
        if self.single:
            if result.article is not None:
                self.out.write(to_markdown(result.article) + "\n")  # each article ends with its own separator rule
                self.count += 1
            return
        where = _markdown_source(result.source)
        if result.article is not None:
            self.out.write(f"{where}{to_markdown(result.article)}\n")
        elif result.error is not None:
            error = f"**{markdown_text(result.error.type)}**: {markdown_text(result.error.message)}"
            self.out.write(f"{where}{error}\n{ARTICLE_SEPARATOR}\n")
        self.count += 1

    def close(self) -> None:
        self.out.flush()


def _markdown_source(source: Source) -> str:
    """``*File:* name · record id`` and a blank line (nothing for a source without either), escaped: a control
    character as ``\\xNN`` (a file name holding ESC sent a terminal escape sequence with the Markdown printed), a name
    that is not UTF-8 with its bytes as backslash escapes."""
    items = [
        CONTROL_CHARS_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", _valid(item))
        for item in (source.file, source.record_id) if item
    ]
    return f"*File:* {markdown_text(' · '.join(items))}\n\n" if items else ""


def _valid(text: str) -> str:
    return text if valid_utf8(text) else text.encode("utf-8", "backslashreplace").decode("utf-8")


class _Parquet:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        from .table import ParquetSink, article_row

        self.sink = ParquetSink(path)
        self.row = article_row

    def write(self, result: Result) -> None:
        self.sink.write(self.row(result))

    def close(self) -> None:
        self.sink.close()


def open_writer(fmt: str, out: TextIO | None, path: str | os.PathLike[str] | None, single: bool) -> Writer:
    """The writer of ``fmt`` to the text stream ``out`` (``parquet`` writes to ``path`` itself)."""
    if fmt == "parquet":
        assert path is not None
        return _Parquet(path)
    assert out is not None
    if fmt == "jsonl":
        return _Lines(out)
    if fmt == "markdown":
        return _Markdown(out, single)
    return _Single(out) if single else _Array(out)


_RESUME_PIECE = 2**20  # bytes: a line is read in pieces of at most this; its key is in the first


def resume_keys(path: str | os.PathLike[str]) -> set[tuple[str | None, str | None]]:
    """The (file, record id) of every result already in a JSONL output; a last line cut short by a crash is removed.

    Memory stays flat: a line is read in pieces of 1 MB, and one longer than a piece (an article of a large page)
    is known by the ``"source"`` object that starts it. An output that is no regular file (``-o /dev/zero``, a
    pipe: an endless line) is an ``OSError``."""
    keys: set[tuple[str | None, str | None]] = set()
    if not os.path.exists(path):
        return keys
    complete = 0
    with open(path, "rb+") as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        while line := stream.readline(_RESUME_PIECE):  # line by line: an output of millions of articles
            size, key = len(line), _source_key(line) if line.endswith(b"\n") else _long_line_key(line)
            while not line.endswith(b"\n") and (line := stream.readline(_RESUME_PIECE)):
                size += len(line)  # the rest of a long line, piece by piece
            if not line.endswith(b"\n"):
                break
            complete += size
            keys.add(key)
        stream.truncate(complete)
    keys.discard((None, None))
    return keys


def _long_line_key(start: bytes) -> tuple[str | None, str | None]:
    """The key of a line longer than a piece, from its first piece: the ``"source"`` object our lines start with."""
    head, sep, rest = start.partition(b":")
    if not sep or head.replace(b" ", b"") != b'{"source"':
        return (None, None)
    try:
        source, _ = json.JSONDecoder().raw_decode(rest.decode("utf-8", "replace").lstrip())
    except ValueError:
        return (None, None)
    return _source_key(json.dumps({"source": source}).encode())


def _source_key(line: bytes) -> tuple[str | None, str | None]:
    """The (file, record id) a line's ``source`` names; ``(None, None)`` for a line that is no result of ours (not
    JSON, no object, a ``source`` that is no object, or names that are not strings: a file edited by hand)."""
    try:
        record = json.loads(line)
    except ValueError:
        return (None, None)
    source = record.get("source") if isinstance(record, dict) else None
    if not isinstance(source, dict):
        return (None, None)
    file, record_id = source.get("file"), source.get("record_id")
    return Source(
        file=file if isinstance(file, str) else None, record_id=record_id if isinstance(record_id, str) else None
    ).key()
