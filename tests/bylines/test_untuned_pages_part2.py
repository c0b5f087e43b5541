"""Bylines on made-up pages of other layouts and languages."""

from __future__ import annotations

import cqnews

_BODY = "".join(
    f"<p>Der Stadtrat hat am Dienstag über den neuen Haushalt beraten und Beschlüsse gefasst, Teil {i}. "
    "Die Opposition kritisierte die Pläne der Verwaltung scharf.</p>"
    for i in range(6)
)


def _page(head: str, byline: str) -> str:
    return (
        f"<html lang='de'><head><title>Stadtrat berät Haushalt</title>{head}</head><body><main><article>"
        f"<header><h1>Stadtrat berät Haushalt</h1>{byline}</header>{_BODY}</article></main></body></html>"
    )


def _authors(html: str) -> list[str]:
    return cqnews.parse(html, url="https://example.de/politik/stadtrat-haushalt-123.html").authors


def test_a_by_word_or_label_in_an_element_of_its_own_opens_the_byline_of_the_names_after_it() -> None:
    von = "<div class='meta'><span>Von</span> <a href='/a/anna'>Anna Schmidt</a> und <a href='/a/jan'>Jan Weber</a></div>"
    assert _authors(_page("", von)) == ["Anna Schmidt", "Jan Weber"]
    label = "<div class='meta'><span class='label'>Autor:</span> <span>Anna Schmidt</span></div>"
    assert _authors(_page("", label)) == ["Anna Schmidt"]
    # a by-word before no name is no byline ("Von 10 bis 12 Uhr")
    hours = "<div class='meta'><span>Von</span> 10 bis 12 Uhr geöffnet</div>"
    assert _authors(_page("", hours)) == []


def test_an_address_in_the_article_that_holds_only_names_is_its_byline() -> None:
    assert _authors(_page("", "<address>Anna Schmidt</address>")) == ["Anna Schmidt"]
    linked = "<address><a href='/autoren/jan-de-vries'>Jan de Vries</a> und Anna Roe</address>"
    assert _authors(_page("", linked)) == ["Jan de Vries", "Anna Roe"]
    # an address that is a postal address names no writer
    assert _authors(_page("", "<address>Redaktion Stadtblatt, Hauptstraße 1, 10115 Berlin</address>")) == []
