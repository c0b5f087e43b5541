"""A page with no ``<h1>`` at all, whose ``<title>`` is a tab label ("Home"), shows its headline in an
element classed as one (``<div class="headline">``, ``<p class="article-title">``): that is the headline,
not "Home", and it is not repeated as the first body block. Made-up pages."""

from __future__ import annotations

import pytest

import cqnews

_BODY = (
    "<p>The city council voted on Monday to approve a new pedestrian bridge across the river, ending a"
    " debate that lasted three years.</p><p>The bridge will cost about twelve million pounds.</p>"
)


@pytest.mark.parametrize(
    "heading",
    [
        "<div class='headline'>Council approves new bridge</div>",
        "<p class='article-title big'>Council approves new bridge</p>",
        "<span class='story_title'>Council approves new bridge</span>",
    ],
)
def test_an_element_classed_as_the_headline_stands_in_for_a_missing_h1(heading: str) -> None:
    html = f"<html lang='en'><head><title>Home</title></head><body><div class='story'>{heading}{_BODY}</div></body></html>"
    article = cqnews.parse(html)
    assert article.headline == "Council approves new bridge"
    assert article.body[0].text.startswith("The city council voted")
