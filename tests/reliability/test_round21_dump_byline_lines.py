"""A text dump with two byline lines one under the other under its headline ("By Anna Roe" then "By Tom Reed")
kept the first writer only, and the second line went to neither the body nor a warning: the authors of a byline line
counted only when no earlier line named one (for the bylines of related stories further down a page). A dump's byline
lines above its body are all the article's: each line's writers count now; a byline below the body still does not
(Session 63)."""

from __future__ import annotations

import cqnews

_BODY = [
    "The valley council voted on Tuesday to close the old river crossing for six months while the deck is rebuilt.",
    "Drivers will use the north bridge, which adds about ten minutes to the trip into town, the council said.",
]


def test_two_byline_lines_under_the_headline() -> None:
    text = "\n\n".join(["River crossing to close for repairs", "By Anna Roe\nBy Tom Reed", *_BODY])
    assert cqnews.parse_text(text).authors == ["Anna Roe", "Tom Reed"]


def test_a_writer_and_a_desk_line() -> None:
    text = "\n\n".join(["River crossing to close for repairs", "By Anna Roe, Valley Courier\nBy Tom Reed", *_BODY])
    assert cqnews.parse_text(text).authors == ["Anna Roe", "Tom Reed"]


def test_a_related_story_byline_below_the_body_still_left_out() -> None:
    related = "Bridge tolls to rise in spring\nBy Kari Lund"
    text = "\n\n".join(["River crossing to close for repairs", "By Anna Roe", *_BODY, related])
    assert cqnews.parse_text(text).authors == ["Anna Roe"]
