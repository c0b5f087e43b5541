"""Many pages at once: :func:`parse_many` runs parses in worker processes with a hard time limit.

::

    for result in cqnews.parse_many(["crawl/", "more.warc.gz"], jobs=4, timeout=30):
        if result.article:
            print(result.source.file, result.article.headline)
        else:
            print(result.source.file, result.error.type, result.error.message)

Each worker parses one document at a time; a parse that runs past ``timeout`` seconds has its
worker killed and replaced, and its result says so (``TimeLimitError``), so one runaway page never
blocks a batch. At most a few documents per worker are in flight or waiting to be yielded,
whatever the number of inputs: memory stays bounded on a crawl of millions of pages.
"""

from __future__ import annotations

import builtins
import math
import multiprocessing
import os
import signal
import time
import warnings
from collections.abc import Generator, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from typing import Literal

from . import errors
from .arguments import checked_options
from .content_coding import decoded_body, naming_the_coding
from .errors import ParseError
from .models import Article
from .not_article import names_a_file
from .options import DEFAULT_OPTIONS, ParseOptions
from .pipeline import parse, warm_up
from .sources import Document, PathName, Source, UrlTable, documents, listed_inputs, read_document

__all__ = ["Failure", "OnError", "Result", "capped_jobs", "default_jobs", "max_jobs", "parse_document", "parse_many"]

OnError = Literal["record", "skip", "raise"]
_WINDOW_PER_JOB = 4  # documents dispatched but not yet yielded, per worker (bounds memory when ordered)
_PARENT_CHECK_SECONDS = 0.5  # how often an idle worker checks that the process that started it still lives


@dataclass(frozen=True, slots=True)
class Failure:
    """Why a document gave no Article: the error's class name and message.

    ``type`` is a :class:`~cqnews.ParseError` subclass name for bad input (``DecodeError``,
    ``TimeLimitError`` …), ``FileNotFoundError`` and other ``OSError`` names for unreadable files,
    ``WorkerDied`` when the worker process ended abnormally, and any other name for a bug in cqnews
    (please report it).
    """

    type: str
    message: str

    def exception(self, source: Source) -> Exception:
        """The error as an exception: its :class:`~cqnews.ParseError` or ``OSError`` subclass, else RuntimeError."""
        cls = getattr(errors, self.type, None) or getattr(builtins, self.type, None)
        label = source.file or source.url or "input"
        if isinstance(cls, type) and issubclass(cls, (ParseError, OSError)):
            return cls(f"{label}: {self.message}")
        return RuntimeError(f"{label}: {self.type}: {self.message}")


@dataclass(slots=True)
class Result:
    """One document's outcome: its :class:`~cqnews.sources.Source`, and an Article or a :class:`Failure`."""

    source: Source
    article: Article | None = None
    error: Failure | None = None
    seconds: float = 0.0
    """Wall-clock time of the parse in its worker (the time limit, for a document that ran out)."""

    @property
    def ok(self) -> bool:
        """Whether the document gave an Article."""
        return self.article is not None

    def _repr_html_(self) -> str:
        """Jupyter's rich view: the source, then the article's view or the error (page text escaped)."""
        from .notebook import result_html

        return result_html(self)

    def _repr_markdown_(self) -> str:
        """The same as Markdown."""
        from .notebook import result_markdown

        return result_markdown(self)


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


JOBS_PER_CORE = 4
"""The most worker processes per core: parsing is CPU work, so more give no speed, only memory (each worker holds
cqnews and its tables: ``--jobs 100000`` over a large crawl forked until the memory ran out)."""


def max_jobs() -> int:
    """The most worker processes :func:`parse_many` starts: ``JOBS_PER_CORE`` times the cores available."""
    return JOBS_PER_CORE * default_jobs()


def capped_jobs(jobs: int | None) -> int:
    """``jobs`` as :func:`parse_many` runs it: the cores available for ``None``, at most :func:`max_jobs`."""
    return default_jobs() if jobs is None else min(jobs, max_jobs())


def parse_document(document: Document, options: ParseOptions | None = None) -> Result:
    """Parse one document in this process; every failure becomes a :class:`Failure` (no time limit here)."""
    options = options or DEFAULT_OPTIONS
    start = time.perf_counter()
    try:
        article = _parse_read(document, options)
    except Exception as exc:  # noqa: BLE001 - ParseError, OSError, or a bug: it costs one record, not the crawl;
        # the Failure keeps the exception's class name, so a bug (not a ParseError) stays visible as one.
        return Result(document.source, error=Failure(type(exc).__name__, str(exc)), seconds=time.perf_counter() - start)
    return Result(document.source, article=article, seconds=time.perf_counter() - start)


def _parse_read(document: Document, options: ParseOptions) -> Article:
    data = decoded_body(read_document(document, options.max_input_bytes), document.content_encoding,
                        options.max_input_bytes)
    with naming_the_coding(document.content_encoding):
        article = parse(
            data, document.source.url, site=document.site, crawl_date=document.crawl_date,
            content_type=document.content_type, options=options,
        )
    article.extraction.warnings.extend(document.warnings)
    return article


_LONGEST_WAIT = 3600.0  # seconds one wait for results lasts at most; the pool then looks again


def _time_limit(timeout: float | None) -> float | None:
    """``timeout`` as the pool uses it: ``None`` or infinity for no limit; NaN or not positive is a ``ValueError``.

    An infinite limit reached ``selectors`` as ``math.ceil(inf)`` (``OverflowError``), NaN never expired.
    """
    if timeout is None or timeout == math.inf:
        return None
    if not timeout > 0:  # also NaN
        raise ValueError(f"timeout must be a positive number of seconds or None (no limit), not {timeout!r}")
    return float(timeout)


def _check_pool_arguments(jobs: object, on_error: object) -> None:
    """``jobs="4"`` failed at a comparison deep in the pool; ``on_error="rasie"`` dropped every failure unseen."""
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int)):
        raise TypeError(f"jobs takes a number of worker processes or None, not {jobs!r}")
    if on_error not in ("record", "skip", "raise"):
        raise ValueError(f"on_error takes 'record', 'skip' or 'raise', not {on_error!r}")


def parse_many(
    inputs: Iterable[PathName | Document | bytes] | PathName | Document | bytes,
    *,
    jobs: int | None = None,
    on_error: OnError = "record",
    timeout: float | None = 30.0,
    ordered: bool = True,
    options: ParseOptions | None = None,
    urls: UrlTable | None = None,
) -> Generator[Result, None, None]:
    """Parse many pages in parallel, yielding one :class:`Result` per document.

    ``inputs``: paths (files, directories read recursively, glob patterns, WARC files read record by
    record), :class:`~cqnews.sources.Document` objects, page bytes, or page text (a string holding
    markup or several lines, as :func:`cqnews.parse` takes; any other string is a path, a line break at its end
    dropped: ``parse_many(open("paths.txt"))``; bytes of one line without markup that name an existing file or
    folder, or have the shape of a page file's name, are a path too: ``os.walk(b".")``); read lazily. One of
    them outside a list is one input (``parse_many("crawl/")``, not the letters of the name). ``jobs``: worker
    processes (default: the cores available, at most four per core: more warn and are capped; ``0`` parses in this
    process, without the hard time limit). ``on_error``: ``"record"`` yields failed results too, ``"skip"`` leaves
    them out, ``"raise"`` raises the first one (a :class:`~cqnews.ParseError` subclass for bad input). An input of
    another type (``None``) raises ``TypeError`` when the iteration reaches it.
    ``timeout``: seconds one parse may take before its worker is killed (``TimeLimitError``);
    ``None`` (or ``math.inf``) for no limit; zero, a negative number or NaN is a ``ValueError``, raised when the
    iteration starts, before any page is read; so are a ``TypeError`` for a ``jobs`` that is no int or ``options``
    that are no :class:`~cqnews.ParseOptions`, and a ``ValueError`` for another ``on_error``. ``ordered``: results in
    input order (else as they finish). ``urls``: a page URL per file path (see :func:`cqnews.sources.read_manifest`).
    """
    options = checked_options(options)
    timeout = _time_limit(timeout)
    _check_pool_arguments(jobs, on_error)
    stream = _documents(listed_inputs(inputs), urls, options.max_input_bytes)
    if jobs is not None and jobs > max_jobs():
        warnings.warn(f"jobs={jobs} is more than {JOBS_PER_CORE} per core: {max_jobs()} workers run", stacklevel=2)
    jobs = capped_jobs(jobs)
    if jobs <= 0:
        results: Generator[Result, None, None] = (parse_document(document, options) for document in stream)
    else:
        results = _Pool(jobs, timeout, options).run(stream, ordered)
    with closing(results):  # stops the workers as soon as the caller stops or an error is raised
        for result in results:
            if result.error is None or on_error == "record":
                yield result
            elif on_error == "raise":
                raise result.error.exception(result.source)


def _is_page_text(item: str) -> bool:
    """A string holding a page rather than naming a file: markup or several lines (no path has them). A line break
    at the end makes no second line: a line of a list of paths keeps it (``parse_many(open("paths.txt"))``)."""
    return "<" in item or "\n" in item.rstrip("\r\n")


def _path_line(item: str) -> str:
    """``item`` without the line break a line read from a file keeps (unless a file is so named)."""
    if item.endswith(("\n", "\r")) and not os.path.lexists(item):
        return item.rstrip("\r\n")
    return item


def _bytes_path(item: bytes) -> str | None:
    """The path that bytes ``item`` name (``os.walk(b".")``, ``os.listdir(b"crawl")``, a line of a paths file read in
    binary), decoded as the file system does; ``None`` for page bytes. Bytes are a path when they are one line
    without markup or NUL, a line break at its end dropped, and name a file or folder that exists or have the shape
    of a page file's name (``b"gone.html"``: its failure is then the missing file, not a one-line page)."""
    if len(item) > _MAX_PATH_BYTES or b"<" in item or b"\0" in item:
        return None
    line = item.rstrip(b"\r\n")
    if not line.strip() or b"\n" in line or b"\r" in line:
        return None
    if os.path.lexists(item):  # (a file so named, line break and all)
        return os.fsdecode(item)
    name = os.fsdecode(line)
    return name if os.path.lexists(line) or names_a_file(name) else None


_MAX_PATH_BYTES = 4096  # longer bytes are never taken for a path (PATH_MAX on Linux)


def _documents(
    inputs: Iterable[PathName | Document | bytes], urls: UrlTable | None, limit: int
) -> Iterator[Document]:
    for item in inputs:
        if isinstance(item, Document):
            yield _sendable(item)
        elif isinstance(item, (bytes, bytearray, memoryview)):
            name = _bytes_path(bytes(item))
            if name is None:
                yield Document(Source(), data=bytes(item))
            else:
                yield from documents([name], urls=urls, limit=limit)
        elif isinstance(item, str) and _is_page_text(item):
            yield Document(Source(), data=item.encode("utf-8"))  # what parse() takes, taken alike
        elif isinstance(item, str):
            yield from documents([_path_line(item)], urls=urls, limit=limit)
        elif isinstance(item, os.PathLike):
            yield from documents([item], urls=urls, limit=limit)
        else:  # (None from a failed download, a number): a caller's mistake, named as such
            raise TypeError(
                f"parse_many() takes paths, page bytes or text, or Documents, not {type(item).__name__}"
            )


def _sendable(document: Document) -> Document:
    """``document`` as a worker can be sent it: its data as bytes (a memoryview cannot be pickled: "cannot pickle"
    ended the run). A source that is no Source is a ``TypeError`` (``Document("a.html")`` was a Failure of
    AttributeError, 'url', read as a bug of cqnews)."""
    if not isinstance(document.source, Source):
        raise TypeError(f"Document's source takes a cqnews.sources.Source, not {type(document.source).__name__}")
    return replace(document, data=bytes(document.data)) if isinstance(document.data, memoryview) else document


def _context() -> multiprocessing.context.BaseContext:
    """Workers are forked where the platform allows: they start in milliseconds with cqnews already
    imported, and never re-run the caller's script (spawned workers would, without a ``__main__`` guard)."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _serve(conn: Connection, options: ParseOptions, parent_end: Connection | None = None) -> None:
    """A worker: parse each document received until told to stop (``None``), the pipe closes or the parent
    dies. ``parent_end``, the parent's end of the pipe a forked worker inherits, is closed: held here, it would
    let a result larger than the pipe holds block the worker for ever once the parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if parent_end is not None:
        parent_end.close()
    parent = os.getppid()
    while True:
        try:
            # a parent killed outright (SIGKILL, the OOM killer) never closes the pipe: forked workers hold
            # copies of its ends, so without this check the worker would wait for work forever
            while not conn.poll(_PARENT_CHECK_SECONDS):
                if os.getppid() != parent:
                    return
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, document = task
        result = parse_document(document, options)
        try:
            conn.send((index, result))
        except OSError:  # (the parent has died: nobody reads)
            return


class _Worker:
    """One worker process and the document it is parsing."""

    def __init__(self, context: multiprocessing.context.BaseContext, options: ParseOptions) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(child, options, self.conn), daemon=True
        )
        self.process.start()
        child.close()
        self.task: tuple[int, Source] | None = None
        self.started = 0.0

    def send(self, index: int, document: Document) -> None:
        self.task = (index, document.source)
        self.started = time.monotonic()
        self.conn.send((index, document))

    def receive(self) -> tuple[int, Result]:
        assert self.task is not None
        index, source = self.task
        self.task = None
        try:
            received: tuple[int, Result] = self.conn.recv()
            return received
        except (EOFError, OSError):
            self.process.join(1)
            code = self.process.exitcode
            failure = Failure("WorkerDied", f"the worker process ended while parsing (exit code {code})")
            return index, Result(source, error=failure, seconds=time.monotonic() - self.started)

    def stop(self, force: bool = False) -> None:
        if not force:
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                force = True
        if force:
            self.process.kill()
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class _Pool:
    """Worker processes fed one document at a time, with a deadline per document."""

    def __init__(self, jobs: int, timeout: float | None, options: ParseOptions) -> None:
        self.jobs = jobs
        self.timeout = timeout
        self.options = options
        self.context = _context()
        self.workers: list[_Worker] = []
        self.input_error: Exception | None = None

    def run(self, stream: Iterator[Document], ordered: bool) -> Generator[Result, None, None]:
        if self.context.get_start_method() == "fork":
            warm_up()  # once here, shared by every forked worker instead of loaded by each
        self.workers = []  # started as documents come, up to ``jobs``: three pages at --jobs 64 fork three workers
        try:
            yield from self._loop(stream, ordered)
            if self.input_error is not None:  # (after the results of every page read before it, as jobs=0 gives them)
                raise self.input_error
        finally:
            for worker in self.workers:
                worker.stop(force=worker.task is not None)

    def _loop(self, tasks: Iterator[Document], ordered: bool) -> Iterator[Result]:
        waiting: dict[int, Result] = {}
        next_out = dispatched = 0
        exhausted = False
        while True:
            window = self.jobs * _WINDOW_PER_JOB - (dispatched - next_out) if ordered else self.jobs
            exhausted, sent = self._dispatch(tasks, window, exhausted, dispatched)
            dispatched += sent
            if exhausted and not any(worker.task for worker in self.workers):
                break
            for index, result in self._collect():
                if not ordered:
                    yield result
                    continue
                waiting[index] = result
                while next_out in waiting:
                    yield waiting.pop(next_out)
                    next_out += 1

    def _dispatch(self, tasks: Iterator[Document], window: int, exhausted: bool, dispatched: int) -> tuple[bool, int]:
        """Give idle workers the next documents (at most ``window``); returns (inputs exhausted, documents sent)."""
        sent = 0
        while not exhausted and sent < window:
            idle = next((worker for worker in self.workers if worker.task is None), None)
            if idle is None and len(self.workers) >= self.jobs:
                break
            try:
                document = next(tasks, None)
            except Exception as exc:  # noqa: BLE001 (re-raised once the pages in the workers are given)
                self.input_error = exc
                return True, sent
            if document is None:
                return True, sent
            if idle is None:
                idle = _Worker(self.context, self.options)
                self.workers.append(idle)
            self._send(idle, dispatched + sent, document)
            sent += 1
        return exhausted, sent

    def _send(self, worker: _Worker, index: int, document: Document) -> None:
        try:
            worker.send(index, document)
        except (OSError, ValueError):  # the idle worker has died: replace it and send again
            position = self.workers.index(worker)
            worker.stop(force=True)
            self.workers[position] = _Worker(self.context, self.options)
            self.workers[position].send(index, document)

    def _collect(self) -> list[tuple[int, Result]]:
        busy = [worker for worker in self.workers if worker.task is not None]
        if not busy:
            return []
        ready = wait([worker.conn for worker in busy], timeout=self._wait_seconds(busy))
        done = [worker.receive() for worker in busy if worker.conn in ready]
        for position, worker in enumerate(self.workers):
            if worker.task is None and not worker.process.is_alive():  # died (killed by the OOM killer …)
                worker.stop(force=True)
                self.workers[position] = _Worker(self.context, self.options)
        return done + self._expire(busy)

    def _wait_seconds(self, busy: list[_Worker]) -> float | None:
        if self.timeout is None:
            return None
        left = min(worker.started for worker in busy) + self.timeout - time.monotonic()
        return min(max(0.0, left), _LONGEST_WAIT)  # (a longer wait overflows poll(): --timeout 1e308)

    def _expire(self, busy: list[_Worker]) -> list[tuple[int, Result]]:
        """Kill the workers whose document ran past the time limit; start fresh ones in their place."""
        if self.timeout is None:
            return []
        expired = []
        now = time.monotonic()
        for position, worker in enumerate(self.workers):
            if worker in busy and worker.task is not None and now - worker.started >= self.timeout:
                index, source = worker.task
                worker.stop(force=True)
                self.workers[position] = _Worker(self.context, self.options)
                message = f"the parse ran past the time limit of {self.timeout:g} s and was stopped"
                failure = Failure("TimeLimitError", message)
                expired.append((index, Result(source, error=failure, seconds=self.timeout)))
        return expired
