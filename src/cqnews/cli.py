"""The ``cqnews`` command: parse pages from files or stdin, print the schema, list site plugins.

Exit codes: 0 all inputs parsed, 1 some inputs failed (each reported on stderr with its file
name), 2 usage error.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .errors import ParseError
from .models import Article
from .pipeline import parse
from .render import to_markdown

__all__ = ["main"]



def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "schema":
        print(json.dumps(Article.model_json_schema(), indent=2, ensure_ascii=False))
        return 0
    if args.command == "sites":
        return _list_sites()
    return _parse_files(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cqnews", description="Regional news pages in, typed articles out.")
    parser.add_argument("--version", action="version", version=f"cqnews {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("parse", help="parse pages (.html, .htm, .txt, or .gz of those; - for stdin)")
    run.add_argument("files", nargs="+", metavar="FILE")
    run.add_argument("--url", help="the page's URL (selects a site plugin, resolves links)")
    run.add_argument("--site", help="force a site plugin by name")
    run.add_argument("--format", choices=["json", "jsonl", "markdown"], default="json")
    run.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    commands.add_parser("schema", help="print the Article JSON schema")
    commands.add_parser("sites", help="list site plugins")
    return parser


def _parse_files(args: argparse.Namespace) -> int:
    failures = 0
    out: TextIO = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    try:
        for name in args.files:
            try:
                article = parse(_read(name), url=args.url, site=args.site)
            except (ParseError, OSError) as exc:
                failures += 1
                print(f"cqnews: {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
                continue
            _write(article, args.format, out)
    finally:
        if args.output:
            out.close()
    return 1 if failures else 0


def _read(name: str) -> bytes:
    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise OSError(f"not a valid gzip file ({exc})") from exc
    return data


def _write(article: Article, fmt: str, out: TextIO) -> None:
    if fmt == "jsonl":
        out.write(article.model_dump_json() + "\n")
    elif fmt == "markdown":
        out.write(to_markdown(article) + "\n")
    else:
        out.write(article.model_dump_json(indent=2) + "\n")


def _list_sites() -> int:
    from . import sites

    rows = [("name", "kind", "domains", "layouts", "source"), *(tuple(row) for row in sites.available())]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]) - 1)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
