"""Helpers for plugin authors: check a parsed page against a hand-verified expected JSON.

The expected JSON is written by reading the page, never by saving cqnews's output. It holds only
the fields you checked; each key is one kind of check:

==================  ==========================================================================
key                 check
==================  ==========================================================================
headline, summary   equal
site, method,       equal (``method`` and ``layout`` are those of ``article.extraction``)
layout,
published_precision
published, updated  the ISO string of the value starts with it ("2024-05-10T06:58")
authors, tags       equal lists
body                the full list of block texts
body_first          the body starts with these block texts
body_last           the body ends with these block texts
body_contains       each snippet occurs in the body text
body_excludes       no snippet occurs in the body text (boilerplate that must stay out)
block_count         number of blocks
images, credits,    lists of objects; each expected object must equal the article's object at
quotes              the same index on the keys it gives (``{"caption": …}``, ``{"name": …}``);
                    a quote's ``speaker`` is compared by name
==================  ==========================================================================

>>> import cqnews
>>> from cqnews.testing import assert_matches_expected, load_expected, read_page
>>> case = load_expected("tests/sites/people_finance.expected.json")
>>> article = cqnews.parse(read_page("tests/sites/" + case["page"]), url=case["url"])
>>> assert_matches_expected(article, case["expected"])

A mismatch raises :class:`AssertionError` whose message is a unified diff of the checked fields.
"""

from __future__ import annotations

import difflib
import gzip
import json
from pathlib import Path
from typing import Any

from .models import Article

__all__ = ["actual_view", "assert_matches_expected", "check", "load_expected", "read_page"]


def load_expected(path: str | Path) -> dict[str, Any]:
    """Read an expected JSON file."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def read_page(path: str | Path) -> bytes:
    """The bytes of a saved page, gunzipped when the name ends in ``.gz``."""
    data = Path(path).read_bytes()
    return gzip.decompress(data) if str(path).endswith(".gz") else data


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _object(item: Any, keys: list[str]) -> dict[str, Any]:
    data = item.model_dump(mode="json")
    if "speaker" in keys and isinstance(data.get("speaker"), dict):
        data["speaker"] = data["speaker"].get("name")
    return {key: data.get(key) for key in keys}


def actual_view(article: Article, expected: dict[str, Any]) -> dict[str, Any]:
    """The article reduced to what ``expected`` checks, in the same shape (equal when everything passes)."""
    body = [block.text for block in article.body]
    text = "\n".join(body)
    simple = {
        "headline": lambda: article.headline,
        "summary": lambda: article.summary,
        "site": lambda: article.site,
        "method": lambda: article.extraction.method.value,
        "layout": lambda: article.extraction.layout,
        "authors": lambda: article.authors,
        "tags": lambda: article.tags,
        "body": lambda: body,
        "block_count": lambda: len(body),
        "published_precision": lambda: article.published_precision.value if article.published_precision else None,
    }
    view: dict[str, Any] = {}
    for key, want in expected.items():
        if key in simple:
            view[key] = simple[key]()
        elif key in {"published", "updated"}:
            iso = _iso(getattr(article, key))
            view[key] = want if iso is not None and iso.startswith(str(want)) else iso
        elif key == "body_first":
            view[key] = body[: len(want)]
        elif key == "body_last":
            view[key] = body[-len(want):] if want else []
        elif key == "body_contains":
            view[key] = [snippet if snippet in text else f"<missing> {snippet}" for snippet in want]
        elif key == "body_excludes":
            view[key] = [snippet if snippet not in text else f"<present> {snippet}" for snippet in want]
        elif key in {"images", "credits", "quotes"}:
            items = getattr(article, key)
            view[key] = [
                _object(items[index], list(wanted)) if index < len(items) else None for index, wanted in enumerate(want)
            ]
        else:
            raise KeyError(f"unknown expected key {key!r}: see cqnews.testing for the keys")
    return view


def check(article: Article, expected: dict[str, Any]) -> str | None:
    """A unified diff (expected → actual) of the checked fields, or None when all match."""
    actual = actual_view(article, expected)
    if actual == expected:
        return None
    want = json.dumps(expected, ensure_ascii=False, indent=2, sort_keys=True).splitlines()
    got = json.dumps(actual, ensure_ascii=False, indent=2, sort_keys=True).splitlines()
    return "\n".join(difflib.unified_diff(want, got, "expected", "actual", lineterm=""))


def assert_matches_expected(article: Article, expected: dict[str, Any]) -> None:
    """Raise AssertionError with a unified diff when ``article`` differs from ``expected``."""
    diff = check(article, expected)
    if diff is not None:
        raise AssertionError("the article differs from the expected JSON:\n" + diff)
