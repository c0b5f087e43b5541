"""The generic path's guard against trees trafilatura handles in worse than linear time, and its shortcut.

An element with more than 1,000 children sends the page to the linear fallback. The XPath scan that
looks for one is left out for an article region of fewer than 1,000 elements, which cannot hold one.
"""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement

from cqnews.document import parse_tree
from cqnews.extract import generic
from cqnews.options import DEFAULT_OPTIONS

_PARAGRAPHS = "".join(
    f"<p>The council met on day {n} and approved the plan for the new library after a long debate.</p>"
    for n in range(8)
)


def _page(extra: str = "") -> str:
    return (
        "<html><body><nav><a href='/'>Home</a></nav>"
        f"<div class='story'><div class='text'>{_PARAGRAPHS}{extra}</div></div>"
        "<footer><p>Contact</p></footer></body></html>"
    )


def test_a_small_region_is_not_scanned_for_wide_elements(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(tree: object) -> bool:
        raise AssertionError("the wide-element scan ran on a region of a few elements")

    monkeypatch.setattr(generic, "_too_wide", refuse)
    result = generic.extract_body(parse_tree(_page(), DEFAULT_OPTIONS), None)
    assert sum(block.text.startswith("The council met on day") for block in result.blocks) == 8
    assert not result.warnings


def test_a_region_with_an_element_of_too_many_children_goes_to_the_linear_fallback() -> None:
    items = "".join(f"<li>Item {n}</li>" for n in range(generic._TRAFILATURA_MAX_CHILDREN + 1))
    result = generic.extract_body(parse_tree(_page(f"<ul>{items}</ul>"), DEFAULT_OPTIONS), None)
    assert any("more than 1000 children" in warning for warning in result.warnings)
    assert sum(block.text.startswith("The council met on day") for block in result.blocks) == 8


class _Document:
    """What trafilatura's ``bare_extraction`` gives, as far as the recall check reads it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.body = None


def _runs_on(page: str, texts: list[str], monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """The trafilatura runs ``extract_body`` makes (whole page or region, fast) when they return ``texts`` in turn."""
    runs: list[tuple[str, bool]] = []
    answers = iter(texts)

    def fake(tree: HtmlElement, url: str | None, fast: bool) -> _Document:
        runs.append(("page" if tree.find(".//footer") is not None else "region", fast))
        return _Document(next(answers))

    monkeypatch.setattr(generic, "bare_extraction", fake)
    generic.extract_body(parse_tree(page, DEFAULT_OPTIONS), None)
    return runs


_FOUND = " ".join(f"The council met on day {n} and approved the plan for the new library after a long debate." for n in range(8))


def test_the_region_run_alone_when_it_finds_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _runs_on(_page(), [_FOUND], monkeypatch) == [("region", True)]


def test_a_region_run_that_missed_text_is_followed_by_the_full_mode_on_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _runs_on(_page(), ["Home", _FOUND], monkeypatch) == [("region", True), ("page", False)]


def test_without_a_region_the_fast_page_run_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    # Paragraphs right under <body>: no element short of the page holds them, so there is no region.
    loose = f"<html><body>{_PARAGRAPHS}<footer><p>Contact</p></footer></body></html>"
    assert _runs_on(loose, [_FOUND], monkeypatch) == [("page", True)]
    assert _runs_on(loose, ["Home", _FOUND], monkeypatch)[-2:] == [("page", True), ("page", False)]
