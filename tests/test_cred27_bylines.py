"""Bylines on made-up pages of publishers nobody tuned for (issue 12): which source names the authors."""

from __future__ import annotations

import cqnews
from cqnews.enrich.credits import looks_like_person

_TEXT = "Die Stadt hat am Montag neue Pläne für den Umbau des Bahnhofs vorgestellt, die viele Anwohner überraschten. "


def _page(head: str, byline: str) -> str:
    body = f"<p>{_TEXT * 4}</p><p>{_TEXT * 3}</p>"
    return (
        f'<html lang="de"><head><meta charset="utf-8"><title>Neue Pläne</title>{head}</head><body>'
        f'<article><h1>Neue Pläne für den Bahnhof</h1><div class="byline">{byline}</div>{body}</article></body></html>'
    )


def test_a_visible_writer_wins_over_metadata_that_names_only_the_paper() -> None:
    paper = '<meta name="author" content="Rheinblatt Online">'
    assert cqnews.parse(_page(paper, "Von Anna Roe und Tom Lee")).authors == ["Anna Roe", "Tom Lee"]
    # metadata naming a person stays, and so does the paper's name when the line names no person
    assert cqnews.parse(_page('<meta name="author" content="Kari Lund">', "Von Anna Roe")).authors == ["Kari Lund"]
    assert cqnews.parse(_page(paper, "SID Nachrichtenagentur")).authors == ["Rheinblatt Online"]


def test_a_news_agency_in_other_languages_is_no_person() -> None:
    assert not looks_like_person("SID Nachrichtenagentur")
    assert not looks_like_person("Agencia Andina")
