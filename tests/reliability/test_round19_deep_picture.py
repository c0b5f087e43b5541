"""A ``<picture>`` of 400 ``<source>`` elements (nineteenth reliability round, second part). libxml2 nests each
HTML5 void source inside the one before it, so the chain went past its 256 levels and the whole page was a
TreeTooLargeError. A page that nests too deep is parsed once more with its sources and tracks written closed, with a
warning; a page nesting too deep without them is still the error; a picture of a few sources is left as libxml2
builds it (its candidates unchanged). Made-up pages."""

from __future__ import annotations

import time

import pytest

import cqnews
from cqnews.errors import TreeTooLargeError

PARAGRAPHS = (
    "<p>The harbour board approved the winter mooring plan on Tuesday after a long debate about the cost of "
    "dredging the outer channel, its chair said.</p>"
    "<p>Work on the new pontoons will start in the spring and should end within two years, the harbour master told "
    "reporters at the quay.</p>"
)


def _page(sources: int) -> str:
    chain = "".join(f'<source srcset="/img/quay-{i}.webp" media="(min-width: {i}px)">' for i in range(sources))
    return (
        "<html><head><title>Winter moorings approved</title></head><body><article><h1>Winter moorings approved</h1>"
        + PARAGRAPHS[: PARAGRAPHS.index("</p>") + 4]
        + f'<figure><picture>{chain}<img src="/img/quay.jpg" alt="Boats at the quay"></picture>'
        + "<figcaption>Boats moored at the quay on Tuesday.</figcaption></figure>"
        + PARAGRAPHS[PARAGRAPHS.index("</p>") + 4 :]
        + "</article></body></html>"
    )


def test_a_picture_of_400_sources_parses() -> None:
    article = cqnews.parse(_page(400), url="https://harbour.example/moorings")
    assert article.headline == "Winter moorings approved"
    assert any(block.text.startswith("Work on the new pontoons") for block in article.body)
    assert [image.alt for image in article.images] == ["Boats at the quay"]
    assert any("nested past libxml2's 256 levels" in warning for warning in article.extraction.warnings)


def test_a_picture_of_a_few_sources_has_no_warning() -> None:
    article = cqnews.parse(_page(3), url="https://harbour.example/moorings")
    assert [image.alt for image in article.images] == ["Boats at the quay"]
    assert not any("256 levels" in warning for warning in article.extraction.warnings)


def test_nesting_too_deep_without_sources_is_still_the_error() -> None:
    page = "<html><body>" + "<div>" * 300 + "<source src='/a.mp4'>" + PARAGRAPHS + "</body></html>"
    with pytest.raises(TreeTooLargeError):
        cqnews.parse(page)


def test_a_run_of_unclosed_source_tags_is_read_in_one_pass() -> None:
    def seconds(count: int) -> float:
        page = "<html><body>" + "<div>" * 300 + "<source " * count + "</body></html>"
        start = time.process_time()
        with pytest.raises(TreeTooLargeError):
            cqnews.parse(page)
        return time.process_time() - start

    seconds(2_000)
    assert seconds(80_000) < 10 * max(seconds(20_000), 0.01)  # (four times the input: linear, not sixteen times)
