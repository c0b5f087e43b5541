"""Whole made-up pages that the generic path got wrong by construction (pages26)."""

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
    for lead_class in ("lead", "article-lead", "standfirst", "chapo"):
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
