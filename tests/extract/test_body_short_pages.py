"""Whole made-up pages that the generic path got wrong by construction."""

from __future__ import annotations

import cqnews

_JAPANESE_PAGE = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">
<title>市立図書館が新館を開設 | 架空新聞</title></head>
<body><header><nav><a href="/">トップ</a> <a href="/news">ニュース</a></nav></header>
<main><article>
<h1>市立図書館が新館を開設</h1>
<p class="byline">山田花子記者　2026年5月1日</p>
<figure><img src="/img/lib.jpg" alt=""><figcaption>開館式でテープカットする関係者（5月1日、架空市）</figcaption></figure>
<p>架空市の市立図書館は1日、駅前に新しい館を開いた。蔵書は約二十万冊で、旧館の倍になる。</p>
<p>新館には子ども向けの読み聞かせ室や、学生が使える自習室が設けられた。開館初日には朝から多くの市民が訪れた。</p>
<p>館長の佐藤一郎さんは「誰もが気軽に立ち寄れる場所にしたい」と話した。</p>
<p>開館時間は午前9時から午後8時までで、毎週月曜日が休館となる。</p>
</article></main>
<footer><p>© 架空新聞社</p></footer></body></html>"""


def test_short_japanese_page_body_is_its_paragraphs() -> None:
    article = cqnews.parse(_JAPANESE_PAGE.encode(), url="https://shimbun.example.jp/news/1")
    assert [block.text for block in article.body] == [
        "架空市の市立図書館は1日、駅前に新しい館を開いた。蔵書は約二十万冊で、旧館の倍になる。",
        "新館には子ども向けの読み聞かせ室や、学生が使える自習室が設けられた。開館初日には朝から多くの市民が訪れた。",
        "館長の佐藤一郎さんは「誰もが気軽に立ち寄れる場所にしたい」と話した。",
        "開館時間は午前9時から午後8時までで、毎週月曜日が休館となる。",
    ]
    assert [image.caption for image in article.images] == ["開館式でテープカットする関係者（5月1日、架空市）"]


_LEAD_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour town opens new library</title></head>
<body><nav><a href="/">Home</a></nav>
<article><h1>Harbour town opens new library</h1>
<p class="{lead_class}">The building doubles the town's collection and stays open until eight.</p>
<p>The new library in the harbour town of Eastwick opened on Monday with about 200,000 books on its shelves,
twice as many as the old one held.</p>
<p>It has a reading room for children and a quiet floor for students, and many residents came on the first
morning to see it.</p>
<p>"We want everyone to feel they can drop in," said the head librarian, Ann Wood, who has run the service for
ten years.</p>
</article>{aside}</body></html>"""
_LEAD = "The building doubles the town's collection and stays open until eight."


def test_summary_from_marked_standfirst_without_meta_description() -> None:
    for lead_class in ("lead", "article-lead", "standfirst", "chapo", "deck", "sapo", "strapline"):
        page = _LEAD_PAGE.format(lead_class=lead_class, aside="")
        article = cqnews.parse(page.encode(), url="https://harbour.example/news/library")
        assert article.summary == _LEAD
        # as with a meta description, the standfirst stays the body's first block
        assert article.body[0].text == _LEAD


def test_teaser_list_is_not_a_summary() -> None:
    aside = (
        '<aside><p class="teaser">Ferry timetable changes for the summer season announced.</p>'
        '<p class="teaser">Council votes on the new harbour wall after a long debate.</p></aside>'
    )
    page = _LEAD_PAGE.format(lead_class="first", aside=aside)
    article = cqnews.parse(page.encode(), url="https://harbour.example/news/library")
    assert article.summary is None


_CREDIT_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>
<body><article><h1>{title}</h1>
<p>{p1}</p>
<p>{p2}</p>
<p>{p3}</p>
<p>{credit}</p>
</article></body></html>"""

_GERMAN = {
    "lang": "de",
    "title": "Stadt eröffnet neue Bibliothek am Hafen",
    "p1": "Die Stadt Neuhafen hat am Montag ihre neue Bibliothek am Hafen eröffnet. Sie bietet doppelt so viele "
    "Bücher wie das alte Haus.",
    "p2": "Im Erdgeschoss gibt es einen Leseraum für Kinder, im ersten Stock einen ruhigen Saal für Studierende "
    "und Schüler.",
    "p3": "Schon am ersten Morgen kamen viele Menschen, um sich die Räume anzusehen und Ausweise zu bestellen.",
}
_SPANISH = {
    "lang": "es",
    "title": "La ciudad abre una nueva biblioteca junto al puerto",
    "p1": "La ciudad de Puertonuevo abrió el lunes su nueva biblioteca junto al puerto, con el doble de libros "
    "que la antigua.",
    "p2": "En la planta baja hay una sala de lectura para niños y en el primer piso una sala tranquila para "
    "estudiantes.",
    "p3": "Desde la primera mañana llegaron muchos vecinos para conocer las salas y pedir su carné de lector.",
}
_FRENCH = {
    "lang": "fr",
    "title": "La ville ouvre une nouvelle bibliothèque sur le port",
    "p1": "La ville de Port-Neuf a ouvert lundi sa nouvelle bibliothèque sur le port, avec deux fois plus de "
    "livres que l'ancienne.",
    "p2": "Au rez-de-chaussée, une salle de lecture accueille les enfants, et le premier étage offre une salle "
    "calme aux étudiants.",
    "p3": "Dès le premier matin, de nombreux habitants sont venus visiter les salles et demander leur carte.",
}
_ENGLISH = {
    "lang": "en",
    "title": "Harbour town opens new library",
    "p1": "The harbour town of Eastwick opened its new library on Monday, with twice as many books as the old "
    "building held.",
    "p2": "A reading room for children fills the ground floor, and the first floor gives students a quiet hall "
    "to work in.",
    "p3": "Many residents came on the first morning to look around the rooms and sign up for library cards.",
}


def _credits_of(page: dict[str, str], credit: str) -> tuple[list[str], list[tuple[str, str | None, str | None]]]:
    article = cqnews.parse(_CREDIT_PAGE.format(credit=credit, **page).encode(), url="https://news.example/a/1")
    return (
        [block.text for block in article.body],
        [(c.role.value, c.name, c.organization) for c in article.credits],
    )


def test_agency_material_lines_leave_the_body_as_source_credits() -> None:
    cases = [
        (_GERMAN, "Mit Material von dpa", [("source", None, "dpa")]),
        (_SPANISH, "Con información de EFE y Reuters", [("source", None, "EFE"), ("source", None, "Reuters")]),
        (_FRENCH, "Avec AFP", [("source", None, "AFP")]),
    ]
    for page, line, credits in cases:
        body, found = _credits_of(page, line)
        assert body == [page["p1"], page["p2"], page["p3"]]
        assert found == credits


def test_additional_reporting_lines_leave_the_body_as_contributors() -> None:
    body, found = _credits_of(_ENGLISH, "Additional reporting by Jane Roe")
    assert body == [_ENGLISH["p1"], _ENGLISH["p2"], _ENGLISH["p3"]]
    assert found == [("contributor", "Jane Roe", None)]
    body, found = _credits_of(_ENGLISH, "With reporting by Jane Roe and John Doe in Paris")
    assert body == [_ENGLISH["p1"], _ENGLISH["p2"], _ENGLISH["p3"]]
    assert found == [("contributor", "Jane Roe", None), ("contributor", "John Doe", None)]


def test_sentence_opening_with_avec_stays_in_the_body() -> None:
    line = "Avec ce projet, la ville veut attirer des familles dans le quartier du port."
    body, found = _credits_of(_FRENCH, line)
    assert body[-1] == line
    assert found == []
