"""The ``cqnews`` command: parse pages, directories and WARC files; print the schema; list site plugins.

Exit codes: 0 all inputs parsed, 1 some inputs failed (each reported on stderr with its file
name), 2 usage error (bad option, unknown ``--site``, output not writable), 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .batch import JOBS_PER_CORE, Result, capped_jobs, default_jobs, parse_many
from .errors import UnknownSiteError
from .models import Article
from .options import DEFAULT_OPTIONS, ParseOptions
from .output import Writer, open_writer, resume_keys
from .sources import (
    PAGE_SUFFIXES,
    Document,
    documents,
    expand_paths,
    is_pattern,
    is_warc,
    manifest_files,
    read_manifest,
)
from .text import CONTROL_CHARS_RE

__all__ = ["main"]


def _one_line(text: str) -> str:
    """``text`` with its control characters written as Python escapes (``\\n``, ``\\x1b``): one inert line (a file
    name or WARC record id holding a line break split a report line in two, and one holding ESC or CSI sent a
    terminal escape sequence: colours, a moved cursor, a changed title)."""
    return CONTROL_CHARS_RE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _error(message: str) -> None:
    print(_one_line(message), file=sys.stderr)


class _UsageError(Exception):
    """A bad combination of arguments: reported once, exit code 2."""


class _OutputError(Exception):
    """The output could not be written (a full disk, a lost mount): reported once, exit code 1."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "schema":
            print(json.dumps(Article.model_json_schema(), indent=2, ensure_ascii=False))
            return 0
        if args.command == "sites":
            return _list_sites()
        return _parse_command(args)
    except BrokenPipeError:
        # The reader went away (`cqnews parse … | head -1`): stop quietly, as Unix tools do.
        _silence_stdout()
        return 1
    except (_UsageError, ImportError) as exc:  # ImportError: an optional extra (WARC, Parquet) is not installed
        _error(f"cqnews: error: {exc}")
        return 2
    except _OutputError as exc:
        _error(f"cqnews: error: {exc}")
        return 1
    except KeyboardInterrupt:
        print("cqnews: interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cqnews", description="Regional news pages in, typed articles out.")
    parser.add_argument("--version", action="version", version=f"cqnews {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser(
        "parse", help="parse pages: files, directories, glob patterns, WARC files (- for stdin)",
        description="Parse pages (.html, .htm, .txt, or .gz of those), directories of them (recursively), "
        "glob patterns and WARC files (HTML response records). Results go to stdout or -o.",
    )
    run.add_argument("files", nargs="*", metavar="INPUT", help="file, directory, glob pattern, WARC file or -")
    run.add_argument("--url", help="the page's URL, for a single input (selects a site plugin, resolves links)")
    run.add_argument("--manifest", metavar="TSV", help="per-file URLs: lines of path<TAB>url (also the input list)")
    run.add_argument("--site", help="force a site plugin by name (see `cqnews sites`)")
    run.add_argument("--format", choices=["json", "jsonl", "markdown", "parquet"], default=None,
                     help="json (default for one input), jsonl (default for several), markdown, parquet (needs -o)")
    run.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    run.add_argument("-j", "--jobs", type=int, default=None,
                     help=f"worker processes (default: the {default_jobs()} cores, at most {JOBS_PER_CORE} per core; "
                          "0: in this process, no time limit)")
    run.add_argument("--timeout", type=float, default=30.0,
                     help="seconds one page may take before its worker is stopped (default 30; 0: no limit)")
    run.add_argument("--errors", choices=["skip", "record", "fail"], default="skip",
                     help="failed inputs: skip (stderr only, default), record (also in the output), fail (stop)")
    run.add_argument("--resume", action="store_true", help="skip inputs already in the -o JSONL file and append")
    run.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                     help="progress bar on stderr (default: when stderr is a terminal; needs tqdm)")
    run.add_argument("--max-input-bytes", type=int, default=DEFAULT_OPTIONS.max_input_bytes,
                     help="larger pages (after gzip decompression) are errors (default 16 MiB)")
    run.add_argument("--quotes", action=argparse.BooleanOptionalAction, default=True,
                     help="look for quotes and their speakers (default); --no-quotes parses about a quarter faster")
    commands.add_parser("schema", help="print the Article JSON schema")
    commands.add_parser("sites", help="list site plugins")
    return parser


def _parse_command(args: argparse.Namespace) -> int:
    _check_usage(args)
    options = ParseOptions(max_input_bytes=args.max_input_bytes, quotes=args.quotes)
    single = _single_input(args)
    fmt = args.format or ("json" if single else "jsonl")
    done = _resumed(args.output) if args.resume else set()
    names: Iterable[str] = expand_paths(_input_names(args))
    out = _open_output(args, fmt)
    with _writing(args):  # a Parquet file is created here
        writer = open_writer(fmt, out, args.output, single)
    progress = None
    if _wants_progress(args):
        if not any(is_warc(name) for name in args.files):
            names = list(names)  # counted for the bar's ETA (WARC records are not counted ahead)
        progress = _progress(args, len(names) if isinstance(names, list) else None)
    results = parse_many(
        _documents(args, names, options, done), jobs=_jobs(args, single), on_error="record",
        timeout=args.timeout or None, options=options,
    )
    try:
        with closing(results):
            return _run(results, writer, args, progress)
    finally:
        if progress is not None:
            progress.close()
        with _writing(args):
            try:
                writer.close()
            finally:
                if out is not None and out is not sys.stdout:
                    out.close()


@contextmanager
def _writing(args: argparse.Namespace) -> Iterator[None]:
    """An ``OSError`` of the output (``[Errno 28] No space left on device``) as one line, not a traceback."""
    try:
        yield
    except BrokenPipeError:  # the reader went away: main() ends quietly
        raise
    except OSError as exc:
        raise _OutputError(f"cannot write {args.output or 'the output'}: {exc.strerror or exc}") from None


def _check_usage(args: argparse.Namespace) -> None:
    if not args.files and not args.manifest:
        raise _UsageError("no input: give files, directories, WARC files or --manifest")
    if args.site:
        from .sites.registry import get

        try:
            args.site = get(args.site).NAME
        except UnknownSiteError as exc:
            raise _UsageError(str(exc)) from None
    if args.url and not _single_input(args):
        raise _UsageError("--url names the page of a single input file; for many files give --manifest FILE.tsv "
                          "(lines of path<TAB>url); WARC records carry their own URL")
    _check_no_url_inputs(args.files)
    _check_stdin_open(args.files)
    _check_output_not_an_input(args)
    if args.format == "parquet" and not args.output:
        raise _UsageError("--format parquet writes a file: give -o FILE.parquet")
    if args.resume and (not args.output or (args.format or "jsonl") != "jsonl"):
        raise _UsageError("--resume appends to a JSONL file: give -o FILE.jsonl (and --format jsonl)")
    bad_size = not 0 < args.max_input_bytes <= sys.maxsize  # (a read of more is an OverflowError)
    if bad_size or (args.jobs is not None and args.jobs < 0) or not args.timeout >= 0:  # (NaN too)
        raise _UsageError("--max-input-bytes must be positive (at most 2**63-1), --jobs and --timeout not negative")


def _resumed(output: Path) -> set[tuple[str | None, str | None]]:
    """The keys already written to ``output`` (``--resume``); an output that cannot be read is a usage error."""
    try:
        return resume_keys(output)
    except OSError as exc:  # a folder, a file that cannot be read
        raise _UsageError(f"cannot resume {output}: {exc.strerror or exc}") from None


def _single_input(args: argparse.Namespace) -> bool:
    """One page named on the command line: stdin, or a name that is no folder, WARC or glob pattern matching no file
    (a missing file too: ``--format json`` then prints its error record, as JSONL does, not an array)."""
    if args.manifest or len(args.files) != 1:
        return False
    name = args.files[0]
    if name == "-" or os.path.isfile(name):
        return not is_warc(name)
    return not (os.path.isdir(name) or is_warc(name) or is_pattern(name))


def _jobs(args: argparse.Namespace, single: bool) -> int:
    if args.jobs is None:
        return 1 if single else default_jobs()
    jobs = capped_jobs(int(args.jobs))
    if jobs < args.jobs:  # (parse_many would cap them too, with a Python warning naming this file)
        print(f"cqnews: --jobs {args.jobs} is more than {JOBS_PER_CORE} per core: {jobs} workers run",
              file=sys.stderr)
    return jobs


def _input_names(args: argparse.Namespace) -> list[str]:
    names: list[str] = list(args.files)
    if args.manifest:
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                args.urls = read_manifest(args.manifest)
            names = names or manifest_files(args.manifest)
        except (OSError, ValueError) as exc:
            raise _UsageError(f"cannot read the manifest: {exc}") from None
        for warning in caught:  # a row naming a folder or a WARC: its URL is not used
            _error(f"cqnews: warning: {warning.message}")
    return names


def _documents(
    args: argparse.Namespace, names: Iterable[str], options: ParseOptions, done: set[tuple[str | None, str | None]]
) -> Iterator[Document]:
    """The documents to parse: resumed ones left out, ``--url`` and ``--site`` applied."""
    for document in documents(names, urls=getattr(args, "urls", None), limit=options.max_input_bytes):
        if done and document.source.key() in done:
            continue
        if args.url:
            document = replace(document, source=replace(document.source, url=args.url))
        if args.site:
            document = replace(document, site=args.site)
        yield document


def _open_output(args: argparse.Namespace, fmt: str) -> TextIO | None:
    if fmt == "parquet":
        _check_writable(args.output)
        return None
    if not args.output:
        if sys.stdout is None:  # (started with stdout closed, `cqnews parse page.html >&-`: Python sets it to None)
            raise _OutputError("standard output is closed: pass -o FILE to write the results to a file")
        return sys.stdout
    try:
        stream: TextIO = args.output.open("a" if args.resume else "w", encoding="utf-8")
        return stream
    except OSError as exc:
        raise _UsageError(f"cannot write {args.output}: {exc.strerror or exc}") from None


def _check_stdin_open(files: Sequence[str]) -> None:
    """``-`` when the command was started with stdin closed (``cqnews parse - <&-``: Python sets it to None) is a usage
    error, not a crash on reading it."""
    if "-" in files and sys.stdin is None:
        raise _UsageError("standard input is closed: nothing to read for -")


def _check_output_not_an_input(args: argparse.Namespace) -> None:
    """``-o`` naming a file that is also named as an input (or the manifest) is a usage error: the output is
    opened (emptied) before the inputs are read, so ``cqnews parse page.html -o page.html`` lost the page."""
    if not args.output or not os.path.isfile(args.output):
        return
    for name in [*args.files, *([args.manifest] if args.manifest else [])]:
        if name != "-" and os.path.isfile(name) and os.path.samefile(name, args.output):
            raise _UsageError(f"-o {args.output} is also an input ({name}): it would be overwritten before it is "
                              "read; write the output elsewhere")


def _check_no_url_inputs(names: list[str]) -> None:
    """A URL given as an input (not a file of that name) is a usage error that says how to save the page."""
    for name in names:
        if name.startswith(("http://", "https://")) and not os.path.exists(name):
            raise _UsageError(f"{name} is a URL, and pages are not fetched: save it first, "
                              f"`curl -o page.html '{name}' && cqnews parse page.html --url {name}`")


def _check_writable(path: Path) -> None:
    if path.is_dir() or not path.parent.is_dir():
        reason = "it is a directory" if path.is_dir() else f"no directory {path.parent}"
        raise _UsageError(f"cannot write {path}: {reason}")


_LIBRARY_LIMIT = "pass ParseOptions(max_input_bytes=...)"


def _in_cli_terms(result: Result) -> Result:
    """``result`` with its failure's advice in the command's own terms: the size limit is ``--max-input-bytes``
    here, not ``ParseOptions(max_input_bytes=...)`` (on stderr and in the error records of ``--errors record``)."""
    error = result.error
    if error is None or _LIBRARY_LIMIT not in error.message:
        return result
    message = error.message.replace(_LIBRARY_LIMIT, "pass a larger --max-input-bytes N")
    return replace(result, error=replace(error, message=message))


def _run(results: Iterable[Result], writer: Writer, args: argparse.Namespace, progress: Any) -> int:
    failures = 0
    seen = False
    for result in map(_in_cli_terms, results):
        seen = True
        if result.error is not None:
            failures += 1
            _report(result, progress)
            if args.errors == "fail":
                return 1
            if args.errors == "skip":
                _tick(progress, failures)
                continue
        with _writing(args):
            writer.write(result)
        _tick(progress, failures)
    if not seen and not args.resume:
        _error(_NOTHING_FOUND)
    return 1 if failures else 0


# An empty folder or a WARC of no HTML response (revisits, images, DNS records) made a run that printed nothing, or
# ``[]``, and ended with 0: the user could not tell an empty input from a wrong one.
_NOTHING_FOUND = (
    "cqnews: no page in the inputs: folders are read for "
    + ", ".join(PAGE_SUFFIXES)
    + " files (each also .gz), WARC files for their HTML response records (revisit and non-HTML records are"
    " passed over)"
)


def _report(result: Result, progress: Any) -> None:
    assert result.error is not None
    source = result.source
    label = source.file or "input"
    if source.record_id:
        label += f" {source.record_id}"
    message = _one_line(f"cqnews: {label}: {result.error.type}: {result.error.message}")
    if progress is not None:
        progress.write(message, file=sys.stderr)
    else:
        print(message, file=sys.stderr)


def _tick(progress: Any, failures: int) -> None:
    if progress is not None:
        progress.update(1)
        if failures:
            progress.set_postfix(errors=failures, refresh=False)


def _wants_progress(args: argparse.Namespace) -> bool:
    return bool(args.progress if args.progress is not None else sys.stderr.isatty())


def _progress(args: argparse.Namespace, total: int | None) -> Any:
    """A tqdm bar on stderr (pages/s, errors, ETA); None without tqdm, which is optional."""
    try:
        from tqdm import tqdm
    except ImportError:  # optional: no bar without it
        if args.progress:
            print("cqnews: --progress needs tqdm (pip install 'cqnews[progress]')", file=sys.stderr)
        return None
    tqdm.monitor_interval = 0  # no monitor thread: the workers are forked after the bar is created
    return tqdm(total=total, unit="page", file=sys.stderr, dynamic_ncols=True, smoothing=0.05)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _list_sites() -> int:
    from . import sites

    rows = [("name", "kind", "domains", "layouts", "source"), *(tuple(row) for row in sites.available())]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]) - 1)]
    for row in rows:
        # Not strict: widths cover all columns but the last, which is printed unpadded after them.
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
