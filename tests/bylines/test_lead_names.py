"""Writers' names set in bold as the paragraph that opens the text, where the metadata names only the site
(made-up pages)."""

from __future__ import annotations

from lxml import html

import cqnews
from cqnews.extract.bylines import find_lead_names

_PROSE = "The council met on Tuesday to agree on a new plan for the old harbour, which residents have long asked for. "


def _page(author: str, lead: str, site: str = "Harbour Times") -> str:
    return (
        f'<html lang="en"><head><meta charset="utf-8"><title>Harbour plan</title>'
        f'<meta property="og:site_name" content="{site}"><meta name="author" content="{author}"></head><body>'
        f"<article><h1>Harbour plan agreed</h1><div class=entry-content>{lead}<p>{_PROSE * 3}</p>"
        f"<p>{_PROSE * 2}</p></div></article></body></html>"
    )


def test_bold_names_opening_the_text_are_the_writers_when_the_metadata_names_the_site() -> None:
    page = _page("Harbour Times", "<p><strong>Anna Roe</strong></p>")
    assert cqnews.parse(page).authors == ["Anna Roe"]
    two = _page("Harbour Times", "<p><em>Residents cheer the plan</em></p><p><strong>Anna Roe/Kari Lund</strong></p>")
    assert cqnews.parse(two).authors == ["Anna Roe", "Kari Lund"]


def test_metadata_naming_a_writer_or_no_bold_line_keeps_its_reading() -> None:
    assert cqnews.parse(_page("Tom Lee", "<p><strong>Anna Roe</strong></p>")).authors == ["Tom Lee"]
    assert cqnews.parse(_page("Harbour Times", "")).authors == ["Harbour Times"]


def test_only_a_bold_line_of_names_before_the_prose_counts() -> None:
    def lead(body: str) -> str | None:
        return find_lead_names(html.fromstring(f"<html><body><div>{body}</div></body></html>"))

    assert lead(f"<p><b>ANNA ROE</b></p><p>{_PROSE}</p>") == "ANNA ROE"
    assert lead(f"<p>{_PROSE}</p><p><b>Anna Roe</b></p><p>{_PROSE}</p>") is None  # inside the text
    assert lead(f"<p><b>Anna Roe</b> said</p><p>{_PROSE}</p>") is None  # not bold alone
    assert lead(f"<p><b>What the council decided</b></p><p>{_PROSE}</p>") is None  # a heading, no names
    assert lead("<p><b>Anna Roe</b></p><p>Short line.</p>") is None  # no prose after it
