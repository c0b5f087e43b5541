"""Bylines of many languages and layouts: made-up lines and pages.

Bylines of many languages and layouts (made-up lines and pages).

Bylines of any language and layout (issue 12, round 3): made-up pages and byline lines.
"""

from __future__ import annotations

import json

import lxml.html
import pytest
from lxml import html

import cqnews
from cqnews.enrich.credits import clean_author_names, credit_authors, parse_credit_line
from cqnews.extract.bylines import find_author_metadata, find_bylines
from cqnews.models import Block, BlockKind, CreditRole


def _names(line: str) -> list[str | None]:
    return [c.name for c in parse_credit_line(line)]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Par Jeanne Roe Publié le 3 mars 2025 à 10h12", ["Jeanne Roe"]),
        ("Jeanne Roe Mis à jour le 3 mars", ["Jeanne Roe"]),
        ("Von Anna Roe Aktualisiert am 03.03.2025", ["Anna Roe"]),
        ("Von Anna Roe und Jan Doe Veröffentlicht am 3. März", ["Anna Roe", "Jan Doe"]),
        ("Por Juana Roe Actualizado: 03/03/2025", ["Juana Roe"]),
        ("Di Marco Neri Aggiornato il 3 marzo", ["Marco Neri"]),
        ("Av Kari Lund Oppdatert 3. mars", ["Kari Lund"]),
        ("Door Piet Roe Bijgewerkt 3 maart", ["Piet Roe"]),
    ],
)
def test_published_and_updated_stamps_end_the_names(line: str, names: list[str]) -> None:
    assert _names(line) == names


def _page(body: str, head: str = "") -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def _ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_json_ld_person_written_by_name_parts() -> None:
    data = {"@type": "NewsArticle", "headline": "H", "author": [
        {"@type": "Person", "givenName": "Anna", "familyName": "Roe"},
        {"@type": "Person", "name": "Jan Doe"},
    ]}
    assert find_author_metadata(_page("<p>x</p>", _ld(data))) == ["Anna Roe", "Jan Doe"]


def test_json_ld_person_with_a_given_name_only_is_not_read() -> None:
    data = {"@type": "NewsArticle", "headline": "H", "author": {"@type": "Person", "givenName": "Anna"}}
    assert find_author_metadata(_page("<p>x</p>", _ld(data))) == []


def test_microdata_author_named_by_a_meta_name() -> None:
    body = ('<article><div itemprop="author" itemscope itemtype="https://schema.org/Person">'
            '<meta itemprop="name" content="Anna Roe"></div><p>Text.</p></article>')
    assert find_bylines(_page(body)) == ["Anna Roe"]


def test_microdata_author_meta_with_content() -> None:
    body = '<article><meta itemprop="author" content="Jan Doe"><p>Text.</p></article>'
    assert find_bylines(_page(body)) == ["Jan Doe"]


def test_microdata_author_url_is_no_name() -> None:
    body = '<article><meta itemprop="author" content="https://example.org/jan"><p>Text.</p></article>'
    assert find_bylines(_page(body)) == []


LEDE = "Der Rat hat am Montag beschlossen, die Straße zu sanieren und die Arbeiten im Sommer zu beginnen. " * 4


def _article(top: str) -> str:
    return (
        "<html><head><title>Der Rat beschließt die Sanierung</title></head><body><article>"
        f"<h1>Der Rat beschließt die Sanierung</h1>{top}<p>{LEDE}</p><p>{LEDE}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("top", "authors"),
    [
        ('<div class="meta"><span>Von Anna Roe</span> <time>03.03.2025</time></div>', ["Anna Roe"]),
        ('<div class="kopf"><span>Por Juana Roe y Ana Doe</span></div>', ["Juana Roe", "Ana Doe"]),
        ('<div class="info"><span>Autor: Jan Doe</span></div>', ["Jan Doe"]),
        ('<div class="info"><span>Von <a href="/p/anna">Anna Roe</a></span></div>', ["Anna Roe"]),
    ],
)
def test_a_line_that_reads_as_a_byline_names_the_authors(top: str, authors: list[str]) -> None:
    assert cqnews.parse(_article(top)).authors == authors


@pytest.mark.parametrize(
    "top",
    [
        '<div class="meta"><span>Von Montag bis Freitag geschlossen</span></div>',
        '<div class="meta"><span>Von Der Leyen reist nach Rom</span></div>',
        '<aside><p>Von Anna Roe</p></aside>',
        '<div class="related-articles"><p>Von Anna Roe</p></div>',
    ],
)
def test_lines_that_do_not_name_the_writer_give_no_author(top: str) -> None:
    assert cqnews.parse(_article(top)).authors == []


def test_a_declared_byline_wins_over_a_worded_line() -> None:
    top = '<p>Von Eva Lind</p><div class="byline">Jan Doe</div>'
    assert find_bylines(_page(top)) == ["Jan Doe"]


def _roles(line: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.role.value, c.name, c.organization) for c in parse_credit_line(line)]


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("Tekst: Kari Lund Foto: Ola Berg", [("author", "Kari Lund", None), ("photographer", "Ola Berg", None)]),
        ("Text: Anna Roe Bild: Jan Doe", [("author", "Anna Roe", None), ("photographer", "Jan Doe", None)]),
        ("Von Anna Roe Foto: dpa", [("author", "Anna Roe", None), ("photographer", None, "dpa")]),
        ("Text und Fotos: Anna Roe", [("author", "Anna Roe", None), ("photographer", "Anna Roe", None)]),
    ],
)
def test_each_label_of_a_line_credits_its_own_names(line: str, credits: list[tuple[str, str | None, str | None]]) -> None:
    assert _roles(line) == credits


def test_json_ld_creator_names_the_writer_when_no_author_is_given() -> None:
    data = {"@type": "NewsArticle", "headline": "H", "creator": [{"@type": "Person", "name": "Anna Roe"}]}
    assert find_author_metadata(_page("<p>x</p>", _ld(data))) == ["Anna Roe"]


def test_json_ld_author_wins_over_creator() -> None:
    data = {"@type": "NewsArticle", "headline": "H", "author": "Jan Doe", "creator": "Anna Roe"}
    assert find_author_metadata(_page("<p>x</p>", _ld(data))) == ["Jan Doe"]


@pytest.mark.parametrize(
    ("value", "authors"),
    [(["dpa/AFP"], ["dpa", "AFP"]), (["AFP, Reuters"], ["AFP", "Reuters"]), (["Anna Roe/dpa"], ["Anna Roe"])],
)
def test_each_agency_of_an_agency_byline_is_an_author(value: list[str], authors: list[str]) -> None:
    assert clean_author_names(value) == authors


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("Anna Roe (Text), Jan Doe (Fotos)", [("author", "Anna Roe", None), ("photographer", "Jan Doe", None)]),
        ("Von Anna Roe (Text) und Jan Doe (Foto)", [("author", "Anna Roe", None), ("photographer", "Jan Doe", None)]),
        ("Anna Roe (ar)", [("author", "Anna Roe", None)]),
    ],
)
def test_bracketed_notes_after_names(line: str, credits: list[tuple[str, str | None, str | None]]) -> None:
    assert _roles(line) == credits


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
def _ld_scripts(*objects: str) -> str:
    return "".join(f'<script type="application/ld+json">{obj}</script>' for obj in objects)


def test_webpage_author_alone_still_counts() -> None:
    head = _ld_scripts('{"@type": "WebPage", "author": {"@type": "Person", "name": "Jane Doe"}}')
    assert find_author_metadata(_root("", head)) == ["Jane Doe"]


def test_json_ld_agency_organisation_stays() -> None:
    head = _ld_scripts('{"@type": "NewsArticle", "author": [{"@type": "Organization", "name": "dpa"}]}')
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
