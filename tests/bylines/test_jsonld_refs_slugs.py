"""Bylines from made-up pages and lines: JSON-LD references, genre labels, slugs, glued name links, merging."""

from __future__ import annotations

import json

import lxml.html
import pytest

from cqnews.enrich.credits import parse_credit_line
from cqnews.enrich.credits.authors import clean_author_names
from cqnews.extract.bylines import find_author_metadata


def _page(body: str, head: str = "") -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def _ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_json_ld_author_given_by_id_is_read_from_the_graph() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": "H", "author": [{"@id": "#p1"}, {"@id": "#p2"}]},
        {"@type": "Person", "@id": "#p1", "name": "Marta Quill"},
        {"@type": "Person", "@id": "#p2", "name": "Oskar Brandt"},
    ]}
    assert find_author_metadata(_page("<p>x</p>", _ld(graph))) == ["Marta Quill", "Oskar Brandt"]


def test_json_ld_reference_to_nothing_gives_no_name() -> None:
    graph = {"@graph": [{"@type": "NewsArticle", "author": {"@id": "#nobody"}}]}
    assert find_author_metadata(_page("<p>x</p>", _ld(graph))) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Kommentar von Jan Feldmann", ["Jan Feldmann"]),
        ("Ein Kommentar von Lena Vogt und Tim Baer", ["Lena Vogt", "Tim Baer"]),
        ("Analysis by Jane Harrow", ["Jane Harrow"]),
        ("Une analyse par Jeanne Morel et Luc Petit", ["Jeanne Morel", "Luc Petit"]),
        ("Opinión por Ana Gómez", ["Ana Gómez"]),
        ("Anna von Rother", ["Anna von Rother"]),  # a name particle, not a genre word
        ("Hans von Bergen Maier", ["Hans von Bergen Maier"]),
    ],
)
def test_genre_label_before_by_word(line: str, names: list[str]) -> None:
    assert [c.name for c in parse_credit_line(line)] == names


def test_brand_with_one_letter_part_is_not_a_name_slug() -> None:
    assert clean_author_names(["x-press"]) == ["x-press"]
    assert clean_author_names(["mara-lind"]) == ["Mara Lind"]

