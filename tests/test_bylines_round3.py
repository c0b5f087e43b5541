"""Bylines of any language and layout (issue 12, round 3): made-up pages and byline lines."""

from __future__ import annotations

import pytest
from lxml import html

import cqnews
from cqnews.enrich.credits import choose_authors, credit_authors, lead_byline, parse_credit_line
from cqnews.extract.bylines import find_author_metadata, find_bylines
from cqnews.models import Block, BlockKind, Credit, CreditRole

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
def test_author_page_link_without_any_class_is_a_byline() -> None:
    root = _root('<h1>Bridge</h1><p class="meta"><a href="https://example.de/autor/anna-roe/">Anna Roe</a></p>')
    assert find_bylines(root) == ["Anna Roe"]


@pytest.mark.parametrize("folder", ["author", "autor", "auteur", "autore", "forfatter", "journalist"])
def test_author_page_folders_in_many_languages(folder: str) -> None:
    root = _root(f'<div><a href="/{folder}/jane-doe">Jane Doe</a></div>')
    assert find_bylines(root) == ["Jane Doe"]


def test_link_to_a_tag_page_is_not_a_byline() -> None:
    root = _root('<div><a href="/tag/jane-doe">Jane Doe</a> <a href="/authority/report">Report</a></div>')
    assert find_bylines(root) == []


def test_camel_case_author_class() -> None:
    root = _root('<ul class="metaInfoAuthorList"><li class="metaInfoAuthorList-item">Jan Kowalski</li></ul>')
    assert find_bylines(root) == ["Jan Kowalski"]


@pytest.mark.parametrize("cls", ["autor", "article-autor", "auteur", "verfasser", "skribent"])
def test_byline_class_words_of_other_languages(cls: str) -> None:
    root = _root(f'<div class="{cls}">Von Anna Roe</div>')
    assert find_bylines(root) == ["Von Anna Roe"]


def test_class_word_inside_another_word_is_not_a_byline() -> None:
    root = _root('<div class="autorefresh">Live ticker</div>')
    assert find_bylines(root) == []


def test_two_author_boxes_in_one_wrapper_are_two_names() -> None:
    root = _root(
        '<div class="bylines"><div class="byline"><a rel="author">Ingrid Berg</a></div>'
        '<div class="byline"><a rel="author"><span>Ola</span> <span>Nordmann</span></a></div></div>'
    )
    lines = find_bylines(root)
    assert lines == ["Ingrid Berg | Ola Nordmann"]
    assert _authors(lines[0]) == ["Ingrid Berg", "Ola Nordmann"]


def test_inline_byline_keeps_its_plain_text() -> None:
    root = _root('<p class="byline">By <a rel="author" href="/author/jane-doe">Jane Doe</a> and John Roe</p>')
    assert find_bylines(root) == ["By Jane Doe and John Roe"]


def test_cms_admin_account_link_is_not_a_byline() -> None:
    root = _root('<p>by <span class="author vcard"><a href="/author/admin/" rel="author">Valley D</a></span></p>')
    assert find_bylines(root) == []


# ---------------------------------------------------------------------------------------------
# Metadata
# ---------------------------------------------------------------------------------------------
def _ld(*objects: str) -> str:
    return "".join(f'<script type="application/ld+json">{obj}</script>' for obj in objects)


def test_webpage_author_yields_to_the_article_author() -> None:
    head = _ld(
        '{"@type": "WebPage", "author": {"@type": "Person", "name": "Pat Photo"}}',
        '{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Jane Doe"}]}',
    )
    assert find_author_metadata(_root("", head)) == ["Jane Doe"]


def test_webpage_author_alone_still_counts() -> None:
    head = _ld('{"@type": "WebPage", "author": {"@type": "Person", "name": "Jane Doe"}}')
    assert find_author_metadata(_root("", head)) == ["Jane Doe"]


def test_json_ld_admin_account_is_not_an_author() -> None:
    head = _ld('{"@type": "BlogPosting", "author": {"@id": "https://example.co.za/author/admin/", "name": "Site D"}}')
    assert find_author_metadata(_root("", head)) == []


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


@pytest.mark.parametrize(
    "line",
    [
        "Von Anna Roe, Wirtschaftsredakteurin",
        "Anna Roe | Leitender Auslandskorrespondent",
        "Av Anna Roe, nyhetsjournalist",
        "Anna Roe, Sportreporterin",
    ],
)
def test_compound_job_titles_are_not_names(line: str) -> None:
    assert _authors(line) == ["Anna Roe"]


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


# ---------------------------------------------------------------------------------------------
# Choosing the authors
# ---------------------------------------------------------------------------------------------
def _author(name: str) -> Credit:
    return Credit(role=CreditRole.AUTHOR, name=name, raw=name)


def test_visible_byline_that_adds_a_writer_wins_over_metadata() -> None:
    credits = [_author("Ingrid Berg"), _author("Ola Nordmann")]
    assert choose_authors(["Ola Nordmann"], credits) == ["Ingrid Berg", "Ola Nordmann"]


def test_metadata_wins_when_the_visible_byline_names_someone_else() -> None:
    assert choose_authors(["Jane Doe"], [_author("John Roe"), _author("Sam Poe")]) == ["Jane Doe"]


def test_site_account_gives_way_to_a_lead_paragraph_of_names() -> None:
    blocks = [_para("…as the valley floods again"), _para("Jane Doe/John Roe"), _para("The river rose. " * 5)]
    assert choose_authors(["Valley Times"], [], "Valley Times", blocks) == ["Jane Doe", "John Roe"]


def test_site_account_stays_without_a_lead_paragraph() -> None:
    blocks = [_para("The river rose overnight, the mayor said."), _para("More rain is due.")]
    assert choose_authors(["Valley Times"], [], "Valley Times", blocks) == ["Valley Times"]


def test_lead_paragraph_is_not_read_when_a_person_is_known() -> None:
    assert choose_authors(["Sam Poe"], [], "Valley Times", [_para("Jane Doe")]) == ["Sam Poe"]


def test_lead_byline_shapes() -> None:
    assert lead_byline([_para("JANE DOE")]) == ["Jane Doe"]
    assert lead_byline([_para("Jane Doe and John Roe")]) == ["Jane Doe", "John Roe"]
    assert lead_byline([_para("Jane Doe.")]) == []  # a sentence (a caption), not a byline
    assert lead_byline([_para("Jane Doe won the race")]) == []
    assert lead_byline([Block(kind=BlockKind.HEADING, text="Jane Doe")]) == []
    assert lead_byline([_para("a"), _para("b"), _para("c"), _para("Jane Doe")]) == []  # too far down


def test_pipeline_reads_the_bold_lead_byline_under_a_site_account() -> None:
    page = (
        '<html><head><meta property="og:site_name" content="Valley Times">'
        '<meta name="author" content="Valley Times"><title>Floods</title></head><body><article>'
        "<h1>Floods return to the valley</h1><p><strong>Jane Doe</strong></p>"
        + "<p>The river rose again overnight and the main road was closed for hours, officials said.</p>" * 4
        + "</article></body></html>"
    )
    assert cqnews.parse(page).authors == ["Jane Doe"]
