"""The runner both sanity scripts share: corpus pages, publisher halves, counts and tune-case lists.

``speaker_sanity.py`` and ``image_sanity.py`` only say what is wrong by construction in an Article;
this module parses every corpus page once per run, sorts the findings into the tune and check halves of
``sanity_split.json``, prints the counts and lists the cases of one class for the tune half only.
"""

from __future__ import annotations

import argparse
import json
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from corpus import Page, aeb_pages, fundus_pages, regional_pages

import cqnews
from cqnews.models import Article

HERE = Path(__file__).resolve().parent
SPLIT = HERE / "sanity_split.json"

Finding = tuple[str, str]
"""(class, the case as one line): a class counted, and the text shown for it with ``--show``."""


def publisher(page: Page) -> str:
    """The registered domain of the page's URL (the last two labels; three for a .co.uk-style suffix)."""
    host = urlsplit(page.url or "").hostname or page.name
    labels = host.removeprefix("www.").split(".")
    keep = 3 if len(labels) > 2 and labels[-2] in ("co", "com", "org", "net", "gov", "ac") else 2
    return ".".join(labels[-keep:])


def all_pages() -> Iterator[Page]:
    yield from aeb_pages()
    yield from fundus_pages()
    yield from fundus_pages(folder="fundus-more")
    yield from regional_pages()


def build_split(pages: list[Page]) -> dict[str, str]:
    """Publisher -> half: the quote gold's and fundus-more's halves where they have one, else a hash."""
    gold = json.loads((HERE / "quote_split.json").read_text())["publishers"]
    more = json.loads((HERE / "fundus_more_split.json").read_text())["publishers"]
    split: dict[str, str] = {}
    for page in pages:
        key = publisher(page)
        if key in split:
            continue
        more_key = page.name.rsplit("_", 3)[0] if page.corpus == "fundus" else ""
        split[key] = gold.get(key) or more.get(more_key) or ("tune" if zlib.crc32(key.encode()) % 2 else "check")
    return split


def load_split(pages: list[Page]) -> dict[str, str]:
    if SPLIT.exists():
        return json.loads(SPLIT.read_text())["publishers"]
    split = dict(sorted(build_split(pages).items()))
    about = "Publisher halves for the sanity scripts, made once (see sanity.py); new publishers join, none move."
    SPLIT.write_text(json.dumps({"about": about, "publishers": split}, indent=1, ensure_ascii=False) + "\n")
    return split


def run(
    description: str, findings: Callable[[Article, bytes], tuple[Counter[str], list[Finding]]], totals: list[str],
    argv: list[str] | None = None,
) -> int:
    """Parse every corpus page, count ``findings`` (of the Article and the page's HTML) per half, print the
    table (``totals`` first) and, with ``--show CLASS``, the tune-half cases of that class."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", help="list the tune-half cases of this class")
    args = parser.parse_args(argv)
    pages = list(all_pages())
    split = load_split(pages)
    counts: dict[str, Counter[str]] = {"tune": Counter(), "check": Counter()}
    cases: dict[str, list[str]] = defaultdict(list)
    for page in pages:
        half = split.get(publisher(page), "check")  # a publisher new since the split was made: unseen, so check
        try:
            article = cqnews.parse(page.html, url=page.url)
        except cqnews.ParseError:
            continue
        sizes, found = findings(article, page.html)
        counts[half].update(sizes)
        for label, case in found:
            counts[half][label] += 1
            if half == "tune":
                cases[label].append(f"{page.name}: {case}")
    print_classes(counts, cases, args.show, totals)
    return 0


def print_classes(
    counts: dict[str, Counter[str]], cases: dict[str, list[str]], show: str | None, totals: Sequence[str] = (),
    *, gap: bool = False, listed: str = "tune half",
) -> None:
    """Print one row per class with a column per half of ``counts`` (``totals`` first, the rest sorted; with
    ``gap``, tune − check), then, with ``show``, the listed cases of that class."""
    columns = list(counts)
    labels = sorted({label for c in counts.values() for label in c} - set(totals))
    head = [*columns, "gap"] if gap else columns
    print("| class | " + " | ".join(head) + " |\n|---|" + "---:|" * len(head))
    for label in [*totals, *labels]:
        cells = [str(counts[column][label]) for column in columns]
        if gap:
            cells.append(f"{counts['tune'][label] - counts['check'][label]:+d}")
        print(f"| {label} | " + " | ".join(cells) + " |")
    if show:
        print(f"\n{show} ({listed}):")
        print("\n".join(cases.get(show, [])))
