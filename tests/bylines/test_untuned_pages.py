"""Bylines on made-up pages of publishers and layouts nobody tuned for: which source names the authors.

Bylines on made-up pages of publishers nobody tuned for (issue 12): which source names the authors.

Bylines on made-up pages of other layouts and languages.
"""

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


def test_the_place_after_the_names_of_a_by_line_is_no_author() -> None:
    from cqnews.enrich.credits import parse_credit_line

    def authors(line: str) -> list[str | None]:
        return [credit.name for credit in parse_credit_line(line)]

    assert authors("Por Juan Pérez — Buenos Aires") == ["Juan Pérez"]
    assert authors("Von Anna Roe und Tom Lee – Bad Homburg") == ["Anna Roe", "Tom Lee"]
    assert authors("By Jane Doe | New York") == ["Jane Doe"]
    assert authors("Por Ana Gómez, São Paulo") == ["Ana Gómez"]
    # another labelled part, a writer's agency and a list of names stay
    assert authors("Von Anna Roe | Fotos: Tom Lee") == ["Anna Roe", "Tom Lee"]
    assert [(c.name, c.organization) for c in parse_credit_line("Por Juan Pérez - EFE")] == [("Juan Pérez", "EFE")]
    assert authors("By Jane Doe, John Roe") == ["Jane Doe", "John Roe"]


def test_a_spanish_page_whose_byline_ends_with_the_city_names_only_the_writer() -> None:
    text = "El ayuntamiento presentó el lunes un plan para renovar la estación central de la ciudad. "
    page = (
        '<html lang="es"><head><meta charset="utf-8"><title>Un plan</title></head><body><article>'
        f'<h1>Un plan para la estación</h1><div class="byline">Por Juan Pérez y Ana Gómez — Buenos Aires</div>'
        f"<p>{text * 4}</p><p>{text * 3}</p></article></body></html>"
    )
    assert cqnews.parse(page).authors == ["Juan Pérez", "Ana Gómez"]


def test_an_inline_chinese_byline_wins_over_metadata_naming_the_paper() -> None:
    text = "今年以来，全市经济运行总体平稳，各项主要指标持续向好，市场预期不断改善。"
    page = (
        "<html lang='zh'><head><meta charset='utf-8'><title>经济运行平稳</title>"
        "<meta name='author' content='北京商报'></head><body><article><h1>全市经济运行总体平稳</h1>"
        f"<p>北京商报讯（记者 岳品瑜 董晗萱）5月13日，记者从有关部门获悉，{text}</p>"
        f"<p>{text * 5}</p><p>{text * 4}</p></article></body></html>"
    )
    assert cqnews.parse(page).authors == ["岳品瑜", "董晗萱"]
    assert not looks_like_person("北京商报")
    assert not looks_like_person("华龙网")
    assert looks_like_person("岳品瑜")


def test_where_a_writer_filed_from_is_cut_from_the_name_in_other_languages() -> None:
    from cqnews.enrich.credits import parse_credit_line

    def authors(line: str) -> list[str | None]:
        return [credit.name for credit in parse_credit_line(line)]

    assert authors("Von Anna Roe aus Washington") == ["Anna Roe"]
    assert authors("Por Juan Pérez desde Bogotá") == ["Juan Pérez"]
    assert authors("Par Jean Dupont (Kiev, envoyé spécial)") == ["Jean Dupont"]
    assert authors("Ana Gómez, Juan Pérez (Enviado especial)") == ["Ana Gómez", "Juan Pérez"]
    assert authors("Von Anna Roe, Berlin, und Tom Lee, Paris") == ["Anna Roe", "Tom Lee"]
    # a name particle and the Dutch "and" are no place words
    assert authors("Por Juan de Dios Pérez") == ["Juan de Dios Pérez"]
    assert authors("Door Anna Roe en Tom Lee") == ["Anna Roe", "Tom Lee"]


def test_a_by_word_and_our_before_the_writers_job_leave_the_name() -> None:
    from cqnews.enrich.credits import parse_credit_line

    assert [c.name for c in parse_credit_line("Von unserem Korrespondenten Tom Lee")] == ["Tom Lee"]
    assert [c.name for c in parse_credit_line("Por nuestro corresponsal Juan Pérez")] == ["Juan Pérez"]
    assert [c.name for c in parse_credit_line("Par notre correspondant Jean Dupont")] == ["Jean Dupont"]


def test_a_compound_job_title_after_the_name_is_no_part_of_it() -> None:
    from cqnews.enrich.credits import parse_credit_line

    assert [c.name for c in parse_credit_line("Von Anna Roe Leitende Wirtschaftsredakteurin")] == ["Anna Roe"]
    assert [c.name for c in parse_credit_line("Kari Lund Kari Lund Kommentator")] == ["Kari Lund"]


def test_a_byline_in_capitals_splits_at_its_capital_and() -> None:
    from cqnews.enrich.credits import parse_credit_line

    assert [c.name for c in parse_credit_line("POR JUAN PÉREZ Y ANA GÓMEZ")] == ["Juan Pérez", "Ana Gómez"]
    assert [c.name for c in parse_credit_line("BY JANE DOE AND JOHN ROE")] == ["Jane Doe", "John Roe"]
    assert [c.name for c in parse_credit_line("BY JOHN E SMITH")] == ["John E Smith"]  # an initial, not "and"


def test_an_academic_title_before_the_writer_is_no_part_of_the_name() -> None:
    from cqnews.enrich.credits import parse_credit_line

    line = "Von Prof. Dr. Anna Roe und Dr. med. Tom Lee"
    assert [c.name for c in parse_credit_line(line)] == ["Anna Roe", "Tom Lee"]


_BODY = "".join(
    f"<p>Der Stadtrat hat am Dienstag über den neuen Haushalt beraten und Beschlüsse gefasst, Teil {i}. "
    "Die Opposition kritisierte die Pläne der Verwaltung scharf.</p>"
    for i in range(6)
)


def _header_page(head: str, byline: str) -> str:
    return (
        f"<html lang='de'><head><title>Stadtrat berät Haushalt</title>{head}</head><body><main><article>"
        f"<header><h1>Stadtrat berät Haushalt</h1>{byline}</header>{_BODY}</article></main></body></html>"
    )


def _authors(html: str) -> list[str]:
    return cqnews.parse(html, url="https://example.de/politik/stadtrat-haushalt-123.html").authors


def test_a_by_word_or_label_in_an_element_of_its_own_opens_the_byline_of_the_names_after_it() -> None:
    von = "<div class='meta'><span>Von</span> <a href='/a/anna'>Anna Schmidt</a> und <a href='/a/jan'>Jan Weber</a></div>"
    assert _authors(_header_page("", von)) == ["Anna Schmidt", "Jan Weber"]
    label = "<div class='meta'><span class='label'>Autor:</span> <span>Anna Schmidt</span></div>"
    assert _authors(_header_page("", label)) == ["Anna Schmidt"]
    # a by-word before no name is no byline ("Von 10 bis 12 Uhr")
    hours = "<div class='meta'><span>Von</span> 10 bis 12 Uhr geöffnet</div>"
    assert _authors(_header_page("", hours)) == []


def test_an_address_in_the_article_that_holds_only_names_is_its_byline() -> None:
    assert _authors(_header_page("", "<address>Anna Schmidt</address>")) == ["Anna Schmidt"]
    linked = "<address><a href='/autoren/jan-de-vries'>Jan de Vries</a> und Anna Roe</address>"
    assert _authors(_header_page("", linked)) == ["Jan de Vries", "Anna Roe"]
    # an address that is a postal address names no writer
    assert _authors(_header_page("", "<address>Redaktion Stadtblatt, Hauptstraße 1, 10115 Berlin</address>")) == []
