"""Markdown output (``cqnews parse --format markdown`` and ``Article._repr_markdown_``)."""

from __future__ import annotations

from pathlib import Path

import pytest

import cqnews
from cqnews.cli import main
from cqnews.models import Article, Block, Extraction, ExtractionMethod, Quote, QuoteKind, Speaker
from cqnews.render import ARTICLE_SEPARATOR, markdown_text, to_markdown
from tests.paths import DATA, ROOT

SEED = ROOT / "examples" / "ichongqing-liangjiang.txt"


def test_articles_are_separated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), str(DATA / "generic_news.html"), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    first, second = out.split("\n---\n")[:2]
    assert first.startswith(f"*File:* {markdown_text(str(SEED))}\n\n# Liangjiang New Area")  # (several inputs: named)
    assert second.strip().startswith(f"*File:* {markdown_text(str(DATA / 'generic_news.html'))}\n\n# River town")
    assert to_markdown(cqnews.parse_text(SEED.read_text(encoding="utf-8"))).endswith(ARTICLE_SEPARATOR)


def test_indirect_quotes_are_not_in_quote_marks() -> None:
    text = "Zhang said the forum would open in May. “We are ready,” he added."
    quotes = [
        Quote(
            text="the forum would open in May",
            kind=QuoteKind.INDIRECT,
            speaker=Speaker(name="Zhang Li"),
            cue="said",
            block=0,
            start=11,
            end=38,
        ),
        Quote(
            text="We are ready,",
            kind=QuoteKind.DIRECT,
            speaker=Speaker(name="Zhang Li"),
            cue="added",
            block=0,
            start=41,
            end=54,
        ),
    ]
    article = Article(body=[Block(text=text)], quotes=quotes, extraction=Extraction(method=ExtractionMethod.TEXT))
    lines = [line for line in to_markdown(article).splitlines() if line.startswith("- **")]
    assert lines == [
        "- **Zhang Li** (said), reported: the forum would open in May",
        "- **Zhang Li** (added): “We are ready,”",
    ]


def test_seed_quotes_marked_by_kind(seed_text: str) -> None:
    article = cqnews.parse_text(seed_text)
    lines = [line for line in to_markdown(article).splitlines() if line.startswith("- **")]
    assert len(lines) == 11
    for line, quote in zip(lines, article.quotes, strict=True):
        assert ("“" in line.split(": ", 1)[1][:1]) == (quote.kind is QuoteKind.DIRECT), line


def test_summary_equal_to_headline_printed_once() -> None:
    article = Article(
        headline="Floods hit Chongqing",
        summary="Floods hit Chongqing.",
        extraction=Extraction(method=ExtractionMethod.GENERIC),
    )
    assert to_markdown(article).count("Floods hit Chongqing") == 1
    article = Article(
        headline="Floods hit Chongqing",
        summary="Rivers rose overnight in three districts.",
        extraction=Extraction(method=ExtractionMethod.GENERIC),
    )
    assert "**Rivers rose overnight in three districts.**" in to_markdown(article)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# not a heading", "\\# not a heading"),
        ("1. not a list", "1\\. not a list"),
        ("<b>bold</b>", "&lt;b>bold&lt;/b>"),
        ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        ("AT&T and &amp;", "AT&T and &amp;amp;"),
        ("snake_case *stars*", "snake\\_case \\*stars\\*"),
        ("重庆 “两江” 新区", "重庆 “两江” 新区"),
    ],
)
def test_markdown_text_escapes(text: str, expected: str) -> None:
    assert markdown_text(text) == expected
