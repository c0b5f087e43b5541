"""A hash of every corpus page's Article JSON, to show a speed change leaves the output byte-identical.

    python benchmarks/speed_hashes.py > before.tsv      # on the old code
    python benchmarks/speed_hashes.py > after.tsv       # on the new code
    diff before.tsv after.tsv                           # no output: identical Articles

One line per page (corpus, page name, SHA-256 of ``model_dump_json()``), AEB, Fundus, fundus-more and
regional pages, then a last line hashing all of them. A page whose parse raises prints the error's class.
``--exclude extraction.encoding_source`` leaves a field out of the JSON (repeatable): a change that adds a field
is compared with the code before it on everything else.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from typing import Any

from corpus import aeb_pages, fundus_pages, regional_pages

import cqnews


def _exclusion(paths: list[str]) -> dict[str, Any]:
    """``["extraction.encoding_source"]`` as pydantic's nested ``exclude`` mapping."""
    exclude: dict[str, Any] = {}
    for path in paths:
        *parents, last = path.split(".")
        node = exclude
        for name in parents:
            node = node.setdefault(name, {})
        node[last] = True
    return exclude


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--exclude", action="append", default=[], metavar="FIELD", help="a dotted field to leave out")
    exclude = _exclusion(parser.parse_args().exclude) or None
    total = hashlib.sha256()
    sources = (aeb_pages(), fundus_pages(), fundus_pages(folder="fundus-more"), regional_pages())
    for pages in sources:
        for page in pages:
            try:
                article = cqnews.parse(page.html, url=page.url, crawl_date=page.crawl_date)
                digest = hashlib.sha256(article.model_dump_json(exclude=exclude).encode()).hexdigest()
            except cqnews.ParseError as error:
                digest = f"error:{type(error).__name__}"
            line = f"{page.corpus}\t{page.name}\t{digest}"
            total.update(line.encode())
            print(line)
    print(f"all\t-\t{total.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
