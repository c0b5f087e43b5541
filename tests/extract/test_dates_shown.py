"""Dates a page shows as text rather than declares: months written as words in many languages, dates
written day first with dots, and the elements and labels that show them.

Every value is made up; each expected date is read off the string.
"""

from __future__ import annotations

from datetime import datetime

import pytest

import cqnews
from cqnews.enrich.dates import read_date
from cqnews.models import DatePrecision


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("Veröffentlicht am 5. März 2024, 10:20 Uhr", datetime(2024, 3, 5, 10, 20), DatePrecision.MINUTE),
        ("Publié le 5 mars 2024 à 10h20", datetime(2024, 3, 5, 10, 20), DatePrecision.MINUTE),
        ("Publicado el 5 de marzo de 2024", datetime(2024, 3, 5), DatePrecision.DAY),
        ("Pubblicato il 12 settembre 2023 alle 08:05", datetime(2023, 9, 12, 8, 5), DatePrecision.MINUTE),
        ("Gepubliceerd op 1 augustus 2022", datetime(2022, 8, 1), DatePrecision.DAY),
        ("Opublikowano 12 września 2024", datetime(2024, 9, 12), DatePrecision.DAY),
        ("5 марта 2024 г., 14:30", datetime(2024, 3, 5, 14, 30), DatePrecision.MINUTE),
        ("3 Ağustos 2021", datetime(2021, 8, 3), DatePrecision.DAY),
        ("Diterbitkan 17 Agustus 2020", datetime(2020, 8, 17), DatePrecision.DAY),
        ("Stand: 05.03.2024 10:20", datetime(2024, 3, 5, 10, 20), DatePrecision.MINUTE),
        ("5th March 2024 at 3:05 pm", datetime(2024, 3, 5, 15, 5), DatePrecision.MINUTE),
        ("Mar. 5, 2024", datetime(2024, 3, 5), DatePrecision.DAY),
    ],
)
def test_a_written_or_dotted_date_in_many_languages(text: str, expected: datetime, precision: DatePrecision) -> None:
    found = read_date(text)
    assert found is not None
    assert (found.value, found.precision) == (expected, precision)


@pytest.mark.parametrize("text", ["5 people 2024", "Jan 2024", "1.2.3.2024", "Room 12 floor 2024"])
def test_no_date_where_no_day_month_and_year_stand_together(text: str) -> None:
    assert read_date(text) is None


_PROSE = (
    "<p>The government approved new rules for small businesses on Tuesday, which will apply from June onwards,"
    " officials said in a statement to the press.</p>"
)


def _page(shown: str, header: str = "") -> str:
    return f"<html><body>{header}<article><h1>New rules</h1>{shown}{_PROSE}</article></body></html>"


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("<span class='post-date'>5 March 2024</span>", datetime(2024, 3, 5)),
        ("<p>Veröffentlicht am 5. März 2024, 10:20 Uhr</p>", datetime(2024, 3, 5, 10, 20)),
        ("<time>5 de marzo de 2024</time>", datetime(2024, 3, 5)),
        ("<div class='article-meta__date'>05.03.2024 10:20</div>", datetime(2024, 3, 5, 10, 20)),
    ],
)
def test_a_date_the_page_shows_is_the_published_date(shown: str, expected: datetime) -> None:
    assert cqnews.parse(_page(shown)).published == expected


def test_a_date_in_the_article_wins_over_todays_date_in_the_site_header() -> None:
    page = _page("<p>Publié le 5 mars 2024 à 10h20</p>", header="<div class='top-date'>Tuesday, 3 December 2026</div>")
    assert cqnews.parse(page).published == datetime(2024, 3, 5, 10, 20)


def test_a_declared_date_wins_over_a_shown_one() -> None:
    head = '<head><meta property="article:published_time" content="2024-03-04T08:00:00"></head>'
    page = _page("<span class='post-date'>5 March 2024</span>").replace("<html>", "<html>" + head)
    assert cqnews.parse(page).published == datetime(2024, 3, 4, 8, 0)


@pytest.mark.parametrize(
    "line", ["Veröffentlicht am 5. März 2024, 10:20 Uhr", "Publié le 5 mars 2024 à 10h20", "Published March 5, 2024"]
)
def test_a_labelled_date_line_is_no_body_text(line: str) -> None:
    article = cqnews.parse(_page(f"<p>{line}</p>"))
    assert [b.text for b in article.body if "2024" in b.text] == []
    assert article.published is not None and article.published.date() == datetime(2024, 3, 5).date()


@pytest.mark.parametrize(
    "text", ["Updated 2024 figures show growth of 5 percent in the region.", "Dates for the 2024 season were announced."]
)
def test_a_sentence_opening_with_a_label_word_stays(text: str) -> None:
    article = cqnews.parse(_page(f"<p>{text}</p>"))
    assert text in [b.text for b in article.body]


def test_a_labelled_date_line_below_the_text_is_no_body_text_either() -> None:
    page = _page("").replace("</article>", "<p>Published 18 November 2019</p></article>")
    article = cqnews.parse(page)
    assert "Published 18 November 2019" not in [b.text for b in article.body]
    assert article.published == datetime(2019, 11, 18)


def test_a_labelled_date_in_a_list_of_facts_is_no_body_text() -> None:
    page = _page("<ul><li>Published 18 November 2019</li></ul>")
    assert "Published 18 November 2019" not in [b.text for b in cqnews.parse(page).body]


def test_a_date_at_the_end_of_the_byline() -> None:
    # A German local paper declares no date: the only one it shows ends the byline element. It was
    # not read (a byline's class names no date), so the Article had no published date.
    html = (
        "<html lang='de'><head><title>Radweg</title></head><body><nav><a href='/'>Start</a></nav><article>"
        "<h1>Stadtrat beschließt neuen Radweg</h1>"
        "<div class='byline'>Von <a href='/autor/as'>Anna Schmidt</a> · 18.11.2026, 21:14 Uhr</div>"
        "<p>Mit 23 zu 14 Stimmen stimmte der Stadtrat für den Ausbau der Hauptstraße mit einem Radweg.</p>"
        "<p>Die Verwaltung soll nun die Planungen bis zum Frühjahr abschließen, teilte die Stadt mit.</p>"
        "</article></body></html>"
    )
    article = cqnews.parse(html, url="https://lokal.example.de/lokales/radweg")
    assert (article.published, article.published_precision) == (datetime(2026, 11, 18, 21, 14), DatePrecision.MINUTE)


@pytest.mark.parametrize(
    ("line", "updated"),
    [
        ("Publié le 18/11/2026 à 07h30 - Mis à jour le 19/11/2026 à 10h15", datetime(2026, 11, 19, 10, 15)),
        ("<span>Опубликовано: 18 ноября 2026, 14:20</span> <span>Обновлено:</span> <span>19 ноября 2026, 09:05</span>",
         datetime(2026, 11, 19, 9, 5)),
        ("<span>입력 2026.11.18 14:20</span><span>수정 2026.11.19 19:20</span>", datetime(2026, 11, 19, 19, 20)),
    ],
)
def test_an_update_shown_after_a_label(line: str, updated: datetime) -> None:
    # The page declares no modification time; the update it shows after a label was not read.
    html = (
        "<html><head><title>Budget</title></head><body><article><h1>La mairie lance un budget participatif</h1>"
        f"<p class='meta'>{line}</p><p>La ville consacrera 500 000 euros par an à des projets proposés par les "
        "habitants, a annoncé le maire lundi soir.</p></article></body></html>"
    )
    article = cqnews.parse(html, url="https://courrier.example.fr/actu/budget")
    assert article.updated == updated


def test_an_update_given_as_a_day_alone_before_the_publishing_time_is_none() -> None:
    # A modification date without a time on the publishing day reads as midnight, before the publishing
    # time: it was reported as the update, earlier than the publication.
    html = (
        "<html><head><title>T</title><meta property='article:published_time' content='2026-11-18T17:20:00'>"
        "<meta property='article:modified_time' content='2026-11-18'></head>"
        "<body><article><h1>Budget approved</h1><p>The council approved the budget on Monday night after a long "
        "debate about road repairs.</p></article></body></html>"
    )
    article = cqnews.parse(html, url="https://town.example/news/budget")
    assert article.published == datetime(2026, 11, 18, 17, 20)
    assert article.updated is None


def test_a_date_in_arabic_indic_digits() -> None:
    # Arabic pages write dates in Arabic-Indic digits: the date was not read, and the page had none.
    found = read_date("الأربعاء ١٩ نوفمبر ٢٠٢٦ - ١٠:٣٠")
    assert found is not None
    assert (found.value, found.precision) == (datetime(2026, 11, 19, 10, 30), DatePrecision.MINUTE)
