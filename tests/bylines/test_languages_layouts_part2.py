"""Bylines of any language and layout (issue 12, round 3): made-up pages and byline lines."""

from __future__ import annotations

import pytest
from lxml import html

from cqnews.enrich.credits import credit_authors, parse_credit_line
from cqnews.extract.bylines import find_author_metadata, find_bylines
from cqnews.models import Block, BlockKind, CreditRole

_BODY = "<p>" + "The council met on Tuesday to discuss the new bridge over the river. " * 4 + "</p>"


def _root(inner: str, head: str = "") -> html.HtmlElement:
    return html.fromstring(f"<html><head>{head}</head><body><article>{inner}{_BODY}</article></body></html>")


def _authors(line: str) -> list[str]:
    return credit_authors(parse_credit_line(line))


def _para(text: str) -> Block:
    return Block(kind=BlockKind.PARAGRAPH, text=text)


# ---------------------------------------------------------------------------------------------
# Visible byline elements
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("cls", ["autor", "article-autor", "auteur", "verfasser", "skribent"])
def test_byline_class_words_of_other_languages(cls: str) -> None:
    root = _root(f'<div class="{cls}">Von Anna Roe</div>')
    assert find_bylines(root) == ["Von Anna Roe"]


def test_class_word_inside_another_word_is_not_a_byline() -> None:
    root = _root('<div class="autorefresh">Live ticker</div>')
    assert find_bylines(root) == []


def test_inline_byline_keeps_its_plain_text() -> None:
    root = _root('<p class="byline">By <a rel="author" href="/author/jane-doe">Jane Doe</a> and John Roe</p>')
    assert find_bylines(root) == ["By Jane Doe and John Roe"]


# ---------------------------------------------------------------------------------------------
# Metadata
# ---------------------------------------------------------------------------------------------
def _ld(*objects: str) -> str:
    return "".join(f'<script type="application/ld+json">{obj}</script>' for obj in objects)


def test_webpage_author_alone_still_counts() -> None:
    head = _ld('{"@type": "WebPage", "author": {"@type": "Person", "name": "Jane Doe"}}')
    assert find_author_metadata(_root("", head)) == ["Jane Doe"]


def test_json_ld_agency_organisation_stays() -> None:
    head = _ld('{"@type": "NewsArticle", "author": [{"@type": "Organization", "name": "dpa"}]}')
    assert find_author_metadata(_root("", head)) == ["dpa"]


# ---------------------------------------------------------------------------------------------
# Byline lines in many languages
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Geschrieben von Anna Roe", ["Anna Roe"]),
        ("Écrit par Jean Dupont", ["Jean Dupont"]),
        ("Escrito por Juan Pérez y María López", ["Juan Pérez", "María López"]),
        ("Scritto da Marco Rossi", ["Marco Rossi"]),
        ("Testo di Marco Rossi e Giulia Bianchi", ["Marco Rossi", "Giulia Bianchi"]),
        ("Un article de Jean Dupont", ["Jean Dupont"]),
        ("Une analyse de Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
        ("Skrevet av Kari Nordmann og Ola Nordmann", ["Kari Nordmann", "Ola Nordmann"]),
        ("Geschreven door Jan Jansen en Piet de Vries", ["Jan Jansen", "Piet de Vries"]),
        ("Kirjoittaja: Matti Virtanen", ["Matti Virtanen"]),
        ("Szerző: Nagy Péter", ["Nagy Péter"]),
        ("Yazan: Ahmet Yılmaz", ["Ahmet Yılmaz"]),
        ("Verfasserin: Anna Roe", ["Anna Roe"]),
        ("Författare: Sven Svensson", ["Sven Svensson"]),
    ],
)
def test_written_by_and_labels_of_other_languages(line: str, names: list[str]) -> None:
    assert _authors(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Por EFE", ["EFE"]),
        ("Von dpa", ["dpa"]),
        ("Par afp", ["AFP"]),
        ("Por Redacción", []),  # a desk, not a person called "Por Redacción"
        ("Di Maio", []),  # a surname, not "by Maio"
    ],
)
def test_by_word_before_one_word(line: str, names: list[str]) -> None:
    assert _authors(line) == names


@pytest.mark.parametrize("line", ["Text und Fotos: Anna Roe", "Texto y fotos: Anna Roe", "Tekst og foto: Anna Roe"])
def test_text_and_photos_label(line: str) -> None:
    credits = parse_credit_line(line)
    assert [(c.role, c.name) for c in credits] == [
        (CreditRole.AUTHOR, "Anna Roe"),
        (CreditRole.PHOTOGRAPHER, "Anna Roe"),
    ]


def test_photo_label_alone_is_not_a_byline() -> None:
    assert _authors("Foto: Ben Stein") == []
    assert _authors("Text: Anna Roe, Foto: Ben Stein") == ["Anna Roe"]
