"""A JSON-LD author that is the site itself (seventeenth reliability round, its leftovers).

JSON-LD wins over the page's author ``<meta>`` tags when it names anyone; some sites name themselves as the article's
``Person`` author in their JSON-LD (their CMS's account) while the tags name the writer. The site's name (``og:site_name``
or the JSON-LD publisher) as the only author now gives way to the tags' other names.
"""

from __future__ import annotations

import json

import cqnews

_TEXT = (
    "The river ferry will run all winter for the first time in ten years, the town council decided on Monday after "
    "the boatmen's union offered to share the cost of the heating."
)


def _page(author: str, tag: str | None) -> str:
    story = {
        "@type": "NewsArticle",
        "headline": "Ferry runs all winter",
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": "Riverside Post"},
    }
    meta = f"<meta name='author' content='{tag}'>" if tag else ""
    return (
        f"<html><head><meta property='og:site_name' content='Riverside Post'>{meta}"
        f"<script type='application/ld+json'>{json.dumps(story)}</script></head>"
        f"<body><article><h1>Ferry runs all winter</h1><p>{_TEXT}</p></article></body></html>"
    )


def test_the_tags_writer_replaces_the_site() -> None:
    article = cqnews.parse(_page("Riverside Post ", "Lena Marsh"), url="https://riverside.example/ferry")
    assert article.authors == ["Lena Marsh"]


def test_a_person_in_the_json_ld_stays() -> None:
    article = cqnews.parse(_page("Tom Weir", "Lena Marsh"), url="https://riverside.example/ferry")
    assert article.authors == ["Tom Weir"]


def test_the_site_stays_without_another_name() -> None:
    article = cqnews.parse(_page("Riverside Post", None), url="https://riverside.example/ferry")
    assert article.authors == ["Riverside Post"]
