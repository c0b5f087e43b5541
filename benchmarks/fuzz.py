"""Coverage-guided fuzzing of ``cqnews.parse`` / ``cqnews.parse_text`` with atheris (libFuzzer).

    pip install atheris
    python benchmarks/fuzz.py                       # 60 s budget, seeded from tests/adversarial/cases
    python benchmarks/fuzz.py -max_total_time=600   # longer run; any libFuzzer flag is passed through
    python benchmarks/fuzz.py crash-1234abcd        # replay one input (a crash file or a page)

A crash is any exception other than :class:`cqnews.ParseError`, a broken invariant (a quote that does
not point at its text, an Article that does not survive a JSON or pickle round trip), or an input
that takes longer than ``-timeout`` seconds (default 5). libFuzzer then writes the input to
``crash-*`` / ``timeout-*`` in the artifact directory (default: a temporary directory, printed at
start); turn it into a regression test in ``tests/reliability/test_adversarial.py`` or ``tests/adversarial``.

The fuzzer instruments cqnews (and, with ``--deep``, trafilatura and htmldate too, slower but with
more coverage). New interesting inputs go to a temporary corpus directory, never into the repository.
"""

from __future__ import annotations

import os
import pickle
import shutil
import sys
import tempfile
from pathlib import Path

import atheris

DEEP = "--deep" in sys.argv
if DEEP:
    sys.argv.remove("--deep")

with atheris.instrument_imports(include=["cqnews"] + (["trafilatura", "htmldate", "justext"] if DEEP else [])):
    import cqnews

    # `import cqnews` is light: the pipeline, the quote finder and the plugins load on first use. Loading
    # them here, inside the block, is what gets them instrumented (coverage 29 edges without it).
    cqnews.warm_up()
    import cqnews.pipeline

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "tests" / "adversarial" / "cases"
DEFAULT_BUDGET_S = 60

_LABELS = ["utf-8", "gbk", "gb2312", "big5", "shift_jis", "euc-kr", "windows-1251", "iso-8859-1", "utf-16", "utf-16le",
           "undefined", "rot13", "utf-7", "x-user-defined", "", "\x00"]
try:
    from cqnews import sites as _sites

    _SITES: list[str | None] = [None] + [
        info.name for info in _sites.available() if getattr(info, "error", None) is None
    ]
except ImportError:  # before site plugins existed
    _SITES = [None]
_SMALL = cqnews.ParseOptions(max_input_bytes=4000, max_nodes=60, max_depth=12, max_block_chars=300)


def _check(article: cqnews.Article) -> None:
    for quote in article.quotes:
        if article.quote_source(quote)[quote.start : quote.end] != quote.text:
            raise AssertionError(f"quote offsets do not point at its text: {quote!r}")
    for image in article.images:
        if image.position is not None and not 0 <= image.position <= len(article.body):
            raise AssertionError(f"image position out of range: {image!r}")
    if cqnews.Article.model_validate_json(article.model_dump_json()) != article:
        raise AssertionError("the Article does not round-trip through JSON")
    if pickle.loads(pickle.dumps(article)) != article:
        raise AssertionError("the Article does not round-trip through pickle")


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 5)
    options = _SMALL if fdp.ConsumeIntInRange(0, 7) == 0 else None
    # One input in four is forced through a site plugin (their selectors see hostile pages too).
    site = _SITES[fdp.ConsumeIntInRange(0, len(_SITES) - 1)] if fdp.ConsumeIntInRange(0, 3) == 0 else None
    try:
        if mode == 0:  # raw bytes, no header
            article = cqnews.parse(fdp.ConsumeBytes(fdp.remaining_bytes()), options=options, site=site)
        elif mode == 1:  # raw bytes with a Content-Type charset
            label = _LABELS[fdp.ConsumeIntInRange(0, len(_LABELS) - 1)]
            article = cqnews.parse(fdp.ConsumeBytes(fdp.remaining_bytes()), content_type=f"text/html; charset={label}",
                                   options=options, site=site)
        elif mode == 2:  # any str (lone surrogates excluded: they cannot reach parse from decoded bytes)
            text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
            article = cqnews.parse(text, options=options, site=site)
        elif mode == 3:  # a text dump
            text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
            article = cqnews.parse_text(text, options=options, site=site)
        elif mode == 4:  # markup around fuzzed text, so the fuzzer reaches extraction quickly
            inner = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
            article = cqnews.parse(
                f"<html><body><article><h1>T</h1><p>{inner}</p><p>{inner}</p></article></body></html>",
                options=options, site=site,
            )
        else:  # bytes after a meta charset declaration
            label = _LABELS[fdp.ConsumeIntInRange(0, len(_LABELS) - 1)]
            article = cqnews.parse(
                f'<meta charset="{label}">'.encode("ascii", "replace") + fdp.ConsumeBytes(fdp.remaining_bytes()),
                options=options, site=site,
            )
    except cqnews.ParseError:
        return
    _check(article)


def _args(argv: list[str]) -> tuple[list[str], Path | None]:
    args = list(argv)
    flags = [a for a in args[1:] if a.startswith("-")]
    inputs = [a for a in args[1:] if not a.startswith("-")]
    if inputs and all(Path(a).is_file() for a in inputs):
        return args, None  # replay mode
    if not any(f.startswith("-max_total_time=") or f.startswith("-runs=") for f in flags):
        args.append(f"-max_total_time={DEFAULT_BUDGET_S}")
    if not any(f.startswith("-timeout=") for f in flags):
        args.append("-timeout=5")
    if not any(f.startswith("-rss_limit_mb=") for f in flags):
        args.append("-rss_limit_mb=3072")
    if not any(f.startswith("-max_len=") for f in flags):
        args.append("-max_len=20000")
    work = Path(tempfile.mkdtemp(prefix="cqnews-fuzz-"))
    if not any(f.startswith("-artifact_prefix=") for f in flags):
        args.append(f"-artifact_prefix={work}/")
    if not inputs:
        corpus = work / "corpus"
        corpus.mkdir()
        for seed in sorted(SEEDS.glob("*.html")):
            if seed.stat().st_size <= 20000:
                shutil.copy(seed, corpus / seed.name)
        args.append(str(corpus))
    return args, work


def main() -> None:
    args, work = _args(sys.argv)
    if work is not None:
        print(f"cqnews fuzz: artifacts and corpus in {work}", file=sys.stderr, flush=True)
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
