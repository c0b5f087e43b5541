"""Long articles written without ``<p>`` (seventeenth reliability round).

An article written as text runs between ``<br>`` breaks, or as side-by-side ``<div>`` elements of text, has its runs
made paragraphs before extraction (``extract/breaks.py``). An element of more than 2,000 children was left as it
was: trafilatura does not see an element of over 1,000 children, and the linear fallback that reads such pages
takes ``<p>``, headings and list items only, so the whole text of a long one (a results list, a transcript, a
hostile page) was lost without a word. The rewriting costs the same per child at any size; it now has no cap. A page
of more than 30,000 elements whose fallback reading finds one block is read again with its side-by-side ``<div>``
elements as paragraphs, as a smaller page is.
"""

from __future__ import annotations

import time

import cqnews

# (no time budget: the result never depends on the machine's speed; no quote search: these tests are of the body)
_OPTIONS = cqnews.ParseOptions(time_budget=None, max_quote_chars=0)
_LEAD = (
    "<p>The county published the full minutes of the night-long council meeting on Friday, line by line as the "
    "clerk typed them.</p>"
)


def _page(text: str) -> str:
    return (
        "<html><head><title>Council minutes</title></head><body><article><h1>Council minutes</h1>"
        f"{_LEAD}{text}</article></body></html>"
    )


def _lines(count: int) -> list[str]:
    return [f"Item {i}: the council heard a resident speak about the harbour road." for i in range(count)]


def test_a_run_of_three_thousand_lines_is_read() -> None:
    lines = _lines(3000)
    article = cqnews.parse(_page("<div>" + "".join(f"{line}<br>" for line in lines) + "</div>"), options=_OPTIONS)
    assert [block.text for block in article.body][1:] == lines


def test_lines_between_double_breaks_are_read() -> None:
    lines = _lines(1200)  # (2,400 breaks)
    article = cqnews.parse(_page("<div>" + "".join(f"{line}<br><br>" for line in lines) + "</div>"), options=_OPTIONS)
    assert [block.text for block in article.body][1:] == lines


def test_three_thousand_side_by_side_divs_are_read() -> None:
    lines = _lines(3000)
    article = cqnews.parse(_page("".join(f"<div>{line}</div>" for line in lines)), options=_OPTIONS)
    assert [block.text for block in article.body][1:] == lines


def test_divs_of_a_page_over_the_element_limit_are_read() -> None:
    lines = _lines(31_000)
    article = cqnews.parse(_page("".join(f"<div>{line}</div>" for line in lines)), options=_OPTIONS)
    assert len(article.body) == 31_001
    assert article.body[-1].text == lines[-1]


def test_the_cost_stays_linear() -> None:
    seconds = []
    for count in (4_000, 16_000):
        page = _page("<div>" + "".join(f"{line}<br>" for line in _lines(count)) + "</div>")
        start = time.process_time()
        cqnews.parse(page, options=_OPTIONS)
        seconds.append(time.process_time() - start)
    assert seconds[1] < 8 * seconds[0] + 0.5
