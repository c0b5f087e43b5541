"""A JSON-LD list read only in part says so (sixteenth reliability round).

A JSON-LD list (a ``@graph``, a script's top-level array) is read up to 50 objects (a hostile page lists
thousands); the rest were dropped without a word, so a graph of 60 nodes (breadcrumbs, people, pictures) whose
article object came last lost its headline and dates unseen. The warning names the cap; a graph of 50 has none.
"""

from __future__ import annotations

import cqnews
from tests.ld_page import ld_page


def _page(count: int) -> str:
    nodes: list[dict[str, object]] = [
        {"@type": "ListItem", "position": n, "name": f"Section {n}"} for n in range(1, count)
    ]
    nodes.append({"@type": "NewsArticle", "headline": "Ferry timetable changes", "keywords": ["ferry", "harbour"]})
    graph = {"@context": "https://schema.org", "@graph": nodes}
    return ld_page(
        graph,
        "The ferry company said on Monday that the winter timetable would start a week earlier than planned this year.",
    )


def test_long_graph_warns() -> None:
    article = cqnews.parse(_page(60))
    assert "a JSON-LD list holds 60 items: the first 50 were read (the page's metadata may be in the rest)" in (
        article.extraction.warnings
    )


def test_graph_of_fifty_is_read_quietly() -> None:
    article = cqnews.parse(_page(50))
    assert article.headline == "Ferry timetable changes"
    assert not any("JSON-LD list" in warning for warning in article.extraction.warnings)
