"""An ``<h1>`` classed as the site's name or logo (``<h1 class="site-title">``, ``<div class="logo"><h1>``)
without a link to the home page is a logo all the same: the story's ``<h2 class="entry-title">`` is the
headline, not the site's name. Made-up pages."""

from __future__ import annotations

import pytest

import cqnews

_BODY = (
    "<p>The city council voted on Monday to approve a new pedestrian bridge across the river, ending a"
    " debate that lasted three years.</p><p>The bridge will cost about twelve million pounds.</p>"
)


@pytest.mark.parametrize(
    "logo", ["<div class='logo'><h1>Valley Courier</h1></div>", "<h1 class='site-title big'>Valley Courier</h1>"]
)
def test_a_logo_heading_without_a_link_is_no_headline(logo: str) -> None:
    html = (
        f"<html lang='en'><head><title>Valley Courier</title></head><body><header>{logo}</header><article>"
        f"<h2 class='entry-title'>Council approves bridge</h2>{_BODY}</article></body></html>"
    )
    article = cqnews.parse(html)
    assert article.headline == "Council approves bridge"
    assert article.body[0].text.startswith("The city council voted")
