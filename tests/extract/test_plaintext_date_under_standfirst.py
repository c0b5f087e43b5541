"""A browser copy of a page puts the standfirst between the title and the date line: "Published 7:15 a.m. CT March
4, 2026" then stood in the body as a heading (a dump's line with no sentence end) and the dump had no published date.
A labelled date line among the body's blocks is the published date and no body text, in a dump as on a page
(Session 61). Made-up dumps."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import cqnews

DUMP = """Bridge repairs to close river road for six weeks
The county will shut the river road from Monday while crews replace the bridge deck, officials said.
By Maria Ortiz
Published 7:15 a.m. CT March 4, 2026
The county will close River Road between Mill Street and the county line from Monday, while crews replace the deck \
of the Elm Creek bridge, the public works department said on Tuesday.
Detours will send drivers along Route 12, adding about ten minutes to the trip for most commuters who use it.
"""


def test_a_date_line_under_the_standfirst_is_the_published_date() -> None:
    article = cqnews.parse_text(DUMP)
    assert article.published == datetime(2026, 3, 4, 7, 15, tzinfo=timezone(timedelta(hours=-6)))  # (CT, in March)
    assert not any("Published" in block.text for block in article.body)
    assert article.headline == "Bridge repairs to close river road for six weeks"


def test_a_short_line_ending_in_a_year_stays_a_heading() -> None:
    dump = DUMP.replace("Published 7:15 a.m. CT March 4, 2026", "The plan for 2026")
    article = cqnews.parse_text(dump)
    assert article.published is None
    assert any(block.text == "The plan for 2026" for block in article.body)
