"""Captions and credits in separate elements of one caption: made-up pages."""

from __future__ import annotations

import cqnews

_TEXT = "".join(
    f"<p>Der Stadtrat hat am Dienstag über den neuen Haushalt beraten und Beschlüsse gefasst, Teil {i}. "
    "Die Opposition kritisierte die Pläne der Verwaltung scharf.</p>"
    for i in range(6)
)
_IMG = "<img src='https://example.de/img/rathaus.jpg' width='1200' height='800' alt='Rathaus'>"


def _images(caption: str) -> list[tuple[str | None, list[tuple[str | None, str | None]]]]:
    html = (
        "<html lang='de'><head><title>Stadtrat berät Haushalt</title></head><body><main><article>"
        f"<h1>Stadtrat berät Haushalt</h1>{_TEXT[:200]}<figure>{_IMG}<figcaption>{caption}</figcaption></figure>"
        f"{_TEXT}</article></main></body></html>"
    )
    article = cqnews.parse(html, url="https://example.de/politik/stadtrat-haushalt-123.html")
    return [(i.caption, [(c.name, c.organization) for c in i.credits]) for i in article.images]


def test_a_credit_chain_in_the_last_element_of_a_caption_is_its_credit() -> None:
    glued = "<span>Das Rathaus am Dienstag</span><span>Anna Roe/dpa</span>"
    assert _images(glued) == [("Das Rathaus am Dienstag", [("Anna Roe", "dpa")])]
    spaced = "<span>Il municipio martedì</span> <span>Marco Rossi / ANSA</span>"
    assert _images(spaced) == [("Il municipio martedì", [("Marco Rossi", "ANSA")])]
    # a last element that is caption text ("Bild 2/5" counts pictures) stays in the caption
    counted = "<span>Das Rathaus am Dienstag</span> <span>Bild 2/5</span>"
    assert _images(counted) == [("Das Rathaus am Dienstag Bild 2/5", [])]
