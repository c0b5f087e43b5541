"""A ``<title>`` that is the page's ``<h1>`` plus a short label gives the ``<h1>`` as headline.

Print versions and app views title the browser tab "Council approves bridge - Printer friendly - Valley
Courier": the site's name goes by the title rules, but "Printer friendly" is no site name and stayed
in the headline although the page shows its heading without it. Made-up pages.
"""

from __future__ import annotations

import pytest

import cqnews

_BODY = (
    "<p>The city council voted on Monday to approve a new pedestrian bridge across the river, ending a"
    " debate that lasted three years.</p><p>The bridge will cost about twelve million pounds and is expected"
    " to open in 2028, according to plans shown at the meeting.</p>"
)


@pytest.mark.parametrize(
    "title",
    [
        "Council approves new bridge - Printer friendly - Valley Courier",
        "Council approves new bridge | print version",
        "Council approves new bridge – as it happened",
    ],
)
def test_a_short_label_after_the_heading_is_no_part_of_the_headline(title: str) -> None:
    html = (
        f"<html lang='en'><head><title>{title}</title></head><body><div class='print-header'>Valley Courier</div>"
        f"<h1>Council approves new bridge</h1>{_BODY}</body></html>"
    )
    assert cqnews.parse(html).headline == "Council approves new bridge"

