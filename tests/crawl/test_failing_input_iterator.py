"""An input iterator that raises midway (a generator reading a crawl whose disk goes away) ends ``parse_many`` with
its exception, after the results of every page it gave before: with workers, the pages being parsed when it raised
were lost (jobs=0 gave them all), and the workers must still be stopped."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator

import pytest

import cqnews

_PAGE = (
    "<html><head><title>Ferry fares {k}</title></head><body><article><h1>Ferry fares {k}</h1>"
    "<p>The ferry company said on Monday that fares across the bay would rise by a tenth in the spring.</p>"
    "</article></body></html>"
)


_LONG = "<p>The harbour board met on Tuesday to weigh the cost of the new pier against the old one's repair.</p>" * 1500


def _pages(count: int) -> Iterator[str]:
    """``count`` pages, the last long enough to be still in its worker when the iterator raises, then the raise."""
    for k in range(count):
        page = _PAGE.format(k=k)
        yield page.replace("</article>", _LONG + "</article>") if k == count - 1 else page
    raise OSError("the crawl's disk went away")


@pytest.mark.parametrize("jobs", [0, 2])
def test_pages_before_the_failure_are_given(jobs: int) -> None:
    headlines = []
    with pytest.raises(OSError, match="disk went away"):
        for result in cqnews.parse_many(_pages(5), jobs=jobs):
            assert result.article is not None
            headlines.append(result.article.headline)
    assert headlines == [f"Ferry fares {k}" for k in range(5)]
    assert multiprocessing.active_children() == []


def test_unordered_gives_them_too() -> None:
    headlines: list[str] = []
    with pytest.raises(OSError, match="disk went away"):
        for result in cqnews.parse_many(_pages(3), jobs=2, ordered=False):
            assert result.article is not None and result.article.headline is not None
            headlines.append(result.article.headline)
    assert sorted(headlines) == [f"Ferry fares {k}" for k in range(3)]
