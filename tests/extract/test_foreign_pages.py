"""Whole made-up article pages in languages other than English and Chinese, parsed as a new user would."""

from __future__ import annotations

import cqnews
from cqnews.enrich.dates import read_date
from cqnews.models import DatePrecision


def test_japanese_time_with_kanji_hour_and_minute_is_read_to_the_minute() -> None:
    found = read_date("2024年3月20日 10時30分")
    assert found is not None
    assert (found.value.hour, found.value.minute) == (10, 30)
    assert found.precision is DatePrecision.MINUTE


def _page(lang: str, h1: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{h1}</title></head><body>'
        f'<nav><a href="/">Home</a></nav><article><h1>{h1}</h1>{body}</article>'
        "<footer>© 2024</footer></body></html>"
    )


def test_a_korean_article_of_short_sentences_is_running_text() -> None:
    paragraphs = [
        "서울시가 올해 공공자전거 2만대를 추가로 도입한다고 21일 밝혔다. 전체 자전거는 6만대로 늘어난다.",
        "시는 자전거 대여소도 500곳 더 설치할 계획이다. 특히 지하철역 주변에 대여소를 배치한다.",
        "시 관계자는 시민들이 더 편리하게 이용할 수 있도록 하겠다고 말했다. 요금은 동결된다.",
    ]
    article = cqnews.parse(_page("ko", "서울시, 공공자전거 2만대 추가 도입", paragraphs))
    assert [block.text for block in article.body] == paragraphs
    assert not any("running text" in warning for warning in article.extraction.warnings)


def test_the_place_a_writer_filed_from_after_a_comma_is_no_author() -> None:
    page = (
        '<html lang="pt"><head><meta charset="utf-8"><title>Rio sobe em Estrela</title></head><body>'
        "<article><h1>Rio sobe em Estrela</h1>"
        '<p class="byline">Por Ana Souza e Paulo Mendes, de Porto Alegre</p>'
        "<p>O rio Taquari ultrapassou vinte e cinco metros em Estrela nesta terça-feira, segundo a Defesa Civil.</p>"
        "<p>Escolas foram fechadas e abrigos foram abertos em ginásios de esportes da região atingida.</p>"
        "</article></body></html>"
    )
    article = cqnews.parse(page)
    assert article.authors == ["Ana Souza", "Paulo Mendes"]
    assert [credit.name for credit in article.credits] == ["Ana Souza", "Paulo Mendes"]


def test_a_site_name_with_small_words_is_cut_from_the_title() -> None:
    page = (
        '<html lang="es"><head><meta charset="utf-8">'
        "<title>La sequía obliga a restringir el riego | Diario del Sureste</title></head><body>"
        '<article><span class="kicker">Medio ambiente</span><h1>La sequía obliga a restringir el riego</h1>'
        "<p>La Confederación Hidrográfica anunció este domingo nuevas restricciones al riego agrícola por la sequía.</p>"
        "<p>Los regantes recibirán un cuarenta por ciento menos de agua que el año pasado hasta el mes de octubre.</p>"
        "</article></body></html>"
    )
    article = cqnews.parse(page)
    assert article.headline == "La sequía obliga a restringir el riego"
    assert "La sequía obliga a restringir el riego" not in [block.text for block in article.body]


_NL_PARAGRAPHS = [
    "De gemeente wil de komende vijf jaar ruim zesduizend extra plekken voor fietsen bouwen rond het station.",
    "De bestaande stallingen zijn in de spits vaak vol, en reizigers zetten hun fiets daardoor op de stoep.",
]


def test_a_bare_date_line_under_the_headline_is_the_date_not_body_text() -> None:
    for date_line in ("20 februari 2024, 07:00", "Dinsdag 20 februari 2024, 07:00 uur"):
        page = (
            '<html lang="nl"><head><meta charset="utf-8"><title>Meer fietsenstallingen</title></head><body>'
            '<article><h1>Meer fietsenstallingen</h1><div class="byline">Door Jan de Vries</div>'
            f'<div class="time">{date_line}</div>'
            + "".join(f"<p>{text}</p>" for text in _NL_PARAGRAPHS)
            + "</article></body></html>"
        )
        article = cqnews.parse(page)
        assert [block.text for block in article.body] == _NL_PARAGRAPHS
        assert article.published is not None
        assert (article.published.date().isoformat(), article.published.hour) == ("2024-02-20", 7)


def test_a_sentence_that_names_a_date_stays_in_the_body() -> None:
    lead = "Op 20 februari 2024 stemde de raad in met het plan."
    page = (
        '<html lang="nl"><head><meta charset="utf-8"><title>Meer fietsenstallingen</title></head><body>'
        f"<article><h1>Meer fietsenstallingen</h1><p>{lead}</p>"
        + "".join(f"<p>{text}</p>" for text in _NL_PARAGRAPHS)
        + "</article></body></html>"
    )
    assert [block.text for block in cqnews.parse(page).body] == [lead, *_NL_PARAGRAPHS]


def test_a_chinese_sentence_that_names_a_date_is_no_date_line() -> None:
    from cqnews.enrich.dates import is_date_line

    assert not is_date_line("据本台消息，2024年5月16日，市中级人民法院公开开庭审理了一起合同纠纷案件。")
    assert is_date_line("2024年3月20日 10時30分")
    assert is_date_line("Senin, 4 Maret 2024 08:30 WIB")


def test_agency_datelines_with_the_day_before_the_month() -> None:
    from cqnews.enrich.dateline import find_dateline

    assert find_dateline("Murcia, 12 may (EFE).- La Confederación anunció nuevas restricciones.") == "Murcia"
    assert find_dateline("PARIS, 5 mars (Reuters) - Le gouvernement a annoncé un plan.") == "Paris"
    assert find_dateline("Murcia, 12 casas - quedaron sin agua.") is None


def test_the_dateline_opens_the_paragraph_under_the_standfirst() -> None:
    page = (
        '<html lang="fr"><head><meta charset="utf-8"><title>Grève à la SNCF</title></head><body>'
        "<article><h1>Grève à la SNCF</h1>"
        '<p class="chapo">Un TER sur trois seulement circulera dans la région, selon les prévisions.</p>'
        "<p>LYON — La circulation des trains est fortement perturbée ce jeudi dans toute la région, à l'appel"
        " de plusieurs syndicats de cheminots.</p>"
        "<p>Les lignes vers Grenoble et Saint-Étienne sont les plus touchées par le mouvement de grève.</p>"
        "</article></body></html>"
    )
    assert cqnews.parse(page).dateline == "Lyon"


_PL_PARAGRAPHS = [
    "Po trzech latach budowy nowy most na Wiśle został w piątek otwarty dla samochodów i pieszych.",
    "Koszt inwestycji wyniósł 250 milionów złotych, a większość pieniędzy pochodziła z funduszy unijnych.",
]


def _labelled_page(line: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>Nowy most</title></head><body><article><h1>Nowy most</h1>'
        f"<p>{line}</p>" + "".join(f"<p>{text}</p>" for text in _PL_PARAGRAPHS) + "</article></body></html>"
    )


def test_a_labelled_byline_line_in_the_body_is_a_credit_not_body_text() -> None:
    for line, name in (("Autor: Tomasz Nowak", "Tomasz Nowak"), ("Текст: Ирина Смирнова", "Ирина Смирнова")):
        article = cqnews.parse(_labelled_page(line))
        assert [block.text for block in article.body] == _PL_PARAGRAPHS
        assert article.authors == [name]


def test_the_indonesian_writer_label_names_the_author() -> None:
    article = cqnews.parse(_labelled_page("Penulis: Dewi Lestari | Editor: Budi Santoso"))
    assert [block.text for block in article.body] == _PL_PARAGRAPHS
    assert article.authors == ["Dewi Lestari"]
    assert [(credit.role.value, credit.name) for credit in article.credits] == [
        ("author", "Dewi Lestari"),
        ("editor", "Budi Santoso"),
    ]


def test_a_date_line_with_published_and_updated_labels_is_a_date_line() -> None:
    from cqnews.enrich.dates import is_date_line

    assert is_date_line("Pubblicato il 14 novembre 2023 alle 08:20 · Aggiornato il 14 novembre 2023 alle 11:05")
    assert not is_date_line("Pubblicato il 14 novembre 2023, il rapporto del governo ha acceso un lungo dibattito")


def test_arabic_month_names_are_read() -> None:
    found = read_date("الثلاثاء 12 مارس 2024")
    assert found is not None and found.value.date().isoformat() == "2024-03-12"
    found = read_date("5 أغسطس 2023 10:30")
    assert found is not None and (found.value.date().isoformat(), found.value.hour) == ("2023-08-05", 10)


def test_a_korean_byline_names_the_reporter() -> None:
    from cqnews.enrich.credits import credits_from_bylines

    assert [(c.role.value, c.name) for c in credits_from_bylines(["김민수 기자"])] == [("author", "김민수")]
    assert [c.name for c in credits_from_bylines(["김민수 기자 minsu@example.com"])] == ["김민수"]
    assert credits_from_bylines(["사회부 기자"]) == []  # a desk


def test_a_kicker_above_the_headline_is_not_body_text() -> None:
    paragraphs = [
        "Die Lokführergewerkschaft hat ihre Mitglieder erneut zum Streik aufgerufen, der Ausstand dauert einen Tag.",
        "Die Bahn hat einen Notfahrplan angekündigt, im Fernverkehr soll etwa jeder fünfte Zug fahren.",
    ]
    page = (
        '<html lang="de"><head><meta charset="utf-8"><title>Bahnstreik am Dienstag</title></head><body>'
        '<article><p class="kicker">Verkehr</p><h1>Bahnstreik am Dienstag</h1>'
        + "".join(f"<p>{text}</p>" for text in paragraphs)
        + "</article></body></html>"
    )
    article = cqnews.parse(page)
    assert article.headline == "Bahnstreik am Dienstag"
    assert [block.text for block in article.body] == paragraphs


def test_the_kind_of_picture_in_a_caption_bracket_is_no_credit() -> None:
    from cqnews.enrich.credits import split_photo_credit

    caption, credits = split_photo_credit("El embalse seco, al quince por ciento de su capacidad (Archivo)")
    assert caption == "El embalse seco, al quince por ciento de su capacidad (Archivo)"
    assert credits == []


def test_a_slashed_date_is_read_when_only_one_order_is_a_date() -> None:
    found = read_date("30/04/2024 18h45")
    assert found is not None and (found.value.isoformat(), found.precision) == ("2024-04-30T18:45:00", DatePrecision.MINUTE)
    found = read_date("4/30/2024")
    assert found is not None and found.value.date().isoformat() == "2024-04-30"
    assert read_date("05/04/2024") is None  # 5 April or 4 May


def test_portuguese_writes_the_time_after_as() -> None:
    found = read_date("30 de abril de 2024 às 18h45")
    assert found is not None and (found.value.hour, found.value.minute) == (18, 45)



def test_a_japanese_date_shown_with_kanji_hour_is_read_to_the_minute() -> None:
    paragraphs = [
        "市の中心部に新しい図書館が二十日に開館し、初日は午前中だけで約千人の市民が訪れた。蔵書は約五十万冊になる。",
        "館内にはカフェや子ども向けの読書スペースも設けられた。市は年間百万人の来館を見込んでいるという。",
    ]
    page = (
        '<html lang="ja"><head><meta charset="utf-8"><title>新しい図書館が開館</title></head><body>'
        "<article><h1>新しい図書館が開館</h1><div>公開 2024年3月20日 10時30分</div>"
        + "".join(f"<p>{text}</p>" for text in paragraphs)
        + "</article></body></html>"
    )
    article = cqnews.parse(page)
    assert article.published is not None and (article.published.hour, article.published.minute) == (10, 30)
