"""A date written in the page text ("发布时间：2021年05月17日", "Published: 2024-03-05") is searched for in every short
text of the page's top. Its pattern once read the blanks before the date with two optional blank runs around an
optional colon, so a text of blanks and a digit with no date was split between the two runs every possible way
from every position: 200 characters cost 15 ms, and a page of such texts seconds. Its next form still opened with
optional blanks and an optional label, quadratic in a run of blanks: the page below took 0.5 s; the date alone, 5 ms."""

from __future__ import annotations

import time

import lxml.html

from cqnews.extract.shown_dates import shown_published
from tests.cpu_bar import cpu_bar


def _page(cells: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><head><title>T</title></head><body><div>{cells}</div></body></html>")


def test_blank_texts_without_date_are_cheap() -> None:
    root = _page("".join("<span>" + "\u3000" * 190 + "7</span>" for _ in range(300)))
    started = time.process_time()
    dates = shown_published(root)
    assert time.process_time() - started < cpu_bar(0.05)
    assert dates == []


def test_labelled_dates_still_read() -> None:
    root = _page("<p>Home</p><p>发布时间 ：  2021年05月17日 10:20 来源：本报</p>")
    assert shown_published(root) == ["2021年05月17日 10:20"]
    assert shown_published(_page("<p>Posted:2024.1.2</p>")) == ["2024.1.2"]
    assert shown_published(_page("<p>Date  ：  2023-11-30</p>")) == ["2023-11-30"]
