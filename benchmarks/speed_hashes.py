"""A hash of every corpus page's Article JSON, to show a speed change leaves the output byte-identical.

    python benchmarks/speed_hashes.py > before.tsv      # on the old code
    python benchmarks/speed_hashes.py > after.tsv       # on the new code
    diff before.tsv after.tsv                           # no output: identical Articles

One line per page (corpus, page name, SHA-256 of ``model_dump_json()``), AEB, Fundus, fundus-more and
regional pages, then a last line hashing all of them. A page whose parse raises prints the error's class.
"""

from __future__ import annotations

import hashlib
import sys

from corpus import aeb_pages, fundus_pages, regional_pages

import cqnews


def main() -> int:
    total = hashlib.sha256()
    sources = (aeb_pages(), fundus_pages(), fundus_pages(folder="fundus-more"), regional_pages())
    for pages in sources:
        for page in pages:
            try:
                article = cqnews.parse(page.html, url=page.url, crawl_date=page.crawl_date)
                digest = hashlib.sha256(article.model_dump_json().encode()).hexdigest()
            except cqnews.ParseError as error:
                digest = f"error:{type(error).__name__}"
            line = f"{page.corpus}\t{page.name}\t{digest}"
            total.update(line.encode())
            print(line)
    print(f"all\t-\t{total.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
