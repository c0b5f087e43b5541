"""Headline text as the page shows it: a line break inside the ``<h1>`` separates two words
("Council approves<br>new bridge" is not "approvesnew"), and a ``<title>`` escaped twice ("&amp;amp;")
reads as the character it stands for, as JSON-LD and meta titles already did. Made-up pages."""

from __future__ import annotations

import cqnews

_BODY = (
    "<p>The city council voted on Monday to approve a new pedestrian bridge across the river, ending a"
    " debate that lasted three years.</p><p>The bridge will cost about twelve million pounds.</p>"
)


def test_a_line_break_in_the_heading_separates_words() -> None:
    html = f"<html lang='en'><body><article><h1>Council approves<br>new bridge</h1>{_BODY}</article></body></html>"
    assert cqnews.parse(html).headline == "Council approves new bridge"


def test_a_title_escaped_twice_is_read_once_more() -> None:
    title = "<title>Roads &amp;amp; bridges: council approves plan</title>"
    html = f"<html lang='en'><head>{title}</head><body>{_BODY}</body></html>"
    assert cqnews.parse(html).headline == "Roads & bridges: council approves plan"
