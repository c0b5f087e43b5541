"""Quotes found outside the article's own text, or twice, counted on every corpus page with a body truth.

The quote gold covers about 130 pages; the AEB, Fundus and fundus-more corpora (and the regional pages that
have one) hold a body TRUTH for about 400 more. A quote ``cqnews.parse`` finds on such a page should stand in
that truth: one that does not came from text that is not the article (a related-article teaser, a caption,
an embedded post, an author box, another article's headline). A quote that repeats another quote of the
same Article (a pull quote or a teaser repeating a body sentence) is the same words counted twice.

    python benchmarks/quote_sources.py               # counts per class and half, with the gap
    python benchmarks/quote_sources.py --show CLASS  # the tune-half cases of one class
    python benchmarks/quote_sources.py --gold        # the quote-gold pages (quotes.py --pipeline), gold text as truth

Classes, each counted per script (``en`` for English pages, ``other`` for the rest):

- ``quotes``: every quote; ``outside``: fewer than 60 % of its tokens (``\\w+`` tokens, characters for
  Chinese) stand in a run of three tokens also found in the truth (whitespace and quote marks do not count);
- ``repeated``: its tokens are, in order, inside an earlier quote's of the same Article or hold them (both
  at least four tokens), or the two share 80 % of their tokens;
  ``repeated word for word``: the same tokens as an earlier quote's (four or more); ``in a block repeating an
  earlier block``: its block has the same tokens as an earlier block (the article, or part of it, twice);
- ``outside by block kind: K``: the outside quotes by the kind of their body block, and ``outside, block
  before / after the truth``: the block stands before the first or after the last block that is in the truth.

Halves by publisher as in ``speaker_sanity.py`` (``sanity_split.json``, read by :mod:`sanity`). Cases are
listed for the tune half only; the check half is reported as counts, never case by case.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

import quotes as quotes_bench
from body import truth_body
from sanity import all_pages, load_split, print_classes, publisher

import cqnews
from cqnews.models import Article, Quote

HERE = Path(__file__).resolve().parent
_TOKEN = re.compile(r"[\u3400-\u9fff]|[^\W_\u3400-\u9fff]+", re.UNICODE)
_RUN = 3
_INSIDE = 0.6
_SHARED = 0.8
_MIN_CONTAINED = 4
_BLOCK_INSIDE = 0.6
_MARKS = re.compile("[\"“”‘’«»„「」]")


def tokens(text: str) -> list[str]:
    """Lower-case word tokens, each Chinese character one token; whitespace and quote marks vanish."""
    return [t.lower() for t in _TOKEN.findall(text)]


def runs(words: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + _RUN]) for i in range(len(words) - _RUN + 1)}


def share_inside(words: Sequence[str], truth_runs: set[tuple[str, ...]], truth_words: set[str]) -> float:
    """The share of ``words`` that stand in a run of three tokens found in the truth (a short text: each word)."""
    if not words:
        return 1.0
    if len(words) < _RUN:
        return sum(w in truth_words for w in words) / len(words)
    covered = [False] * len(words)
    for i in range(len(words) - _RUN + 1):
        if tuple(words[i : i + _RUN]) in truth_runs:
            covered[i : i + _RUN] = [True] * _RUN
    return sum(covered) / len(words)


def _contains(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    n = len(shorter)
    return any(list(longer[i : i + n]) == list(shorter) for i in range(len(longer) - n + 1))


def repeats(a: Sequence[str], b: Sequence[str]) -> bool:
    """Are two quotes' tokens the same words: one inside the other, or 80 % of them shared?"""
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    if len(short) >= _MIN_CONTAINED and _contains(long_, short):
        return True
    ca, cb = Counter(a), Counter(b)
    return sum((ca & cb).values()) / sum((ca | cb).values()) >= _SHARED


def _truth_span(article: Article, truth_runs: set[tuple[str, ...]], truth_words: set[str]) -> tuple[int, int]:
    """The first and last body block whose text is mostly in the truth ((0, -1) when none is)."""
    inside = [
        i for i, b in enumerate(article.body) if share_inside(tokens(b.text), truth_runs, truth_words) >= _BLOCK_INSIDE
    ]
    return (inside[0], inside[-1]) if inside else (0, -1)


def _where(quote: Quote, article: Article, span: tuple[int, int]) -> list[str]:
    kind = article.body[quote.block].kind.value if quote.block < len(article.body) else "?"
    labels = [f"outside by block kind: {kind}"]
    if quote.block < span[0]:
        labels.append("outside, block before the truth")
    elif quote.block > span[1]:
        labels.append("outside, block after the truth")
    return labels


def findings(article: Article, truth: str) -> tuple[Counter[str], list[tuple[str, str]]]:
    """Quotes counted per script, and each quote outside the truth or repeating an earlier quote."""
    script = "en" if article.language == "en" else "other"
    truth_words = tokens(truth)
    truth_runs, truth_set = runs(truth_words), set(truth_words)
    span = _truth_span(article, truth_runs, truth_set)
    sizes: Counter[str] = Counter()
    found: list[tuple[str, str]] = []
    seen: list[list[str]] = []
    earlier_blocks = [tokens(b.text) for b in article.body]
    for quote in article.quotes:
        sizes[f"quotes ({script})"] += 1
        sizes[f"{quote.kind.value} ({script})"] += 1
        words = tokens(quote.text)
        block = article.body[quote.block] if quote.block < len(article.body) else None
        case = f"[{quote.kind.value} b{quote.block} {block.kind.value if block else '?'}] {quote.text[:100]!r}"
        if share_inside(words, truth_runs, truth_set) < _INSIDE:
            found.append((f"outside ({script})", case))
            found.append((f"outside {quote.kind.value} ({script})", case))
            found += [(f"{label} ({script})", case) for label in _where(quote, article, span)]
        if any(repeats(words, earlier) for earlier in seen):
            found.append((f"repeated ({script})", case))
            found.append((f"repeated {quote.kind.value} ({script})", case))
        if len(words) >= _MIN_CONTAINED and words in seen:
            found.append((f"repeated word for word ({script})", case))
        if block is not None and tokens(block.text) in earlier_blocks[: quote.block]:
            found.append((f"in a block repeating an earlier block ({script})", case))
        seen.append(words)
    found += _trailing_blocks(article, span, script)
    return sizes, found


def _trailing_blocks(article: Article, span: tuple[int, int], script: str) -> list[tuple[str, str]]:
    """Body blocks after the last block in the truth that hold a quote mark: where outside quotes come from."""
    return [
        (f"block with quote marks after the truth ({script})", f"[b{i} {b.kind.value}] {b.text[:160]!r}")
        for i, b in enumerate(article.body)
        if i > span[1] >= 0 and _MARKS.search(b.text)
    ] + [
        (f"block after the truth ({script})", f"[b{i} {b.kind.value}] {b.text[:160]!r}")
        for i, b in enumerate(article.body)
        if i > span[1] >= 0
    ]


TOTALS = [f"{label} ({script})" for script in ("en", "other") for label in ("quotes", "direct", "indirect")]


Case = tuple[str, str, Article, str]
"""(page name, half, the Article cqnews.parse gave, the truth text)."""


def corpus_cases() -> Iterator[Case]:
    """Every corpus page with a body truth, in its publisher half (``sanity_split.json``)."""
    pages = list(all_pages())
    split = load_split(pages)
    for page in pages:
        truth = truth_body(page)
        if not truth:
            continue
        try:
            article = cqnews.parse(page.html, url=page.url)
        except cqnews.ParseError:
            continue
        yield page.name, split.get(publisher(page), "check"), article, truth  # a new publisher: unseen, check


def gold_cases() -> Iterator[Case]:
    """Every quote-gold page parsed as ``quotes.py --pipeline`` does, the gold's paragraphs as its truth,
    in the gold's half (``quote_split.json``)."""
    split = quotes_bench.load_split()
    for gold in quotes_bench.load_gold():
        half = quotes_bench.half_of(gold, split)
        if half not in ("tune", "check"):
            continue
        page = gold.data["page"]
        root = HERE.parent if page.startswith("benchmarks/") else quotes_bench.SHARED
        raw = (root / page).read_bytes()
        raw = gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
        article = cqnews.parse(raw, url=gold.data.get("url"))
        yield f"{gold.lang}/{gold.path.stem}", half, article, "\n".join(quotes_bench.paragraphs(gold))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", help="list the tune-half cases of this class")
    parser.add_argument("--gold", action="store_true", help="the quote-gold pages, their gold paragraphs as truth")
    args = parser.parse_args(argv)
    counts: dict[str, Counter[str]] = {"tune": Counter(), "check": Counter()}
    cases: dict[str, list[str]] = defaultdict(list)
    for name, half, article, truth in gold_cases() if args.gold else corpus_cases():
        sizes, found = findings(article, truth)
        counts[half]["pages"] += 1
        counts[half].update(sizes)
        for label, case in found:
            counts[half][label] += 1
            if half == "tune":
                cases[label].append(f"{name}: {case}")
    print_classes(counts, cases, args.show, ["pages", *TOTALS], gap=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
