"""The excerpt a blog or magazine template shows under the headline is the summary, before a meta description
that holds other text (made-up pages)."""

from __future__ import annotations

import cqnews

_URL = "https://harbourlife.example/2026/ferry-winter"
_DESCRIPTION = "Ferry winter timetable, fares and season tickets: everything you need to know for the island crossing."
_EXCERPT = '"We will keep the boat running all winter," the council leader told residents on Tuesday.'
_BODY = "".join(
    f"<p>{text}</p>"
    for text in (
        "The county council voted on Tuesday to keep the old ferry running through the winter months.",
        "Members said the crossing carried more than four hundred people a day in the busiest weeks.",
        "The harbour master told the meeting that the boat had passed its safety survey in October.",
    )
)


def _page(excerpt: str) -> str:
    return (
        f'<html><head><title>Ferry to keep running</title><meta name="description" content="{_DESCRIPTION}">'
        f"</head><body><article><h1>Ferry to keep running</h1>{excerpt}"
        f'<div class="post__content">{_BODY}</div></article></body></html>'
    )


def test_the_excerpt_shown_under_the_headline_is_the_summary() -> None:
    article = cqnews.parse(_page(f'<p class="post__excerpt">{_EXCERPT}</p>'), url=_URL)
    assert article.summary == _EXCERPT
    assert any(quote.text == "We will keep the boat running all winter," for quote in article.quotes)


def test_without_an_excerpt_the_description_stays_the_summary() -> None:
    article = cqnews.parse(_page(""), url=_URL)
    assert article.summary == _DESCRIPTION
    # Two marked elements are a list of teasers, not the page's excerpt.
    teasers = f'<p class="excerpt">{_EXCERPT}</p><p class="excerpt">{_DESCRIPTION}</p>'
    assert cqnews.parse(_page(teasers), url=_URL).summary == _DESCRIPTION


def test_an_excerpt_cut_at_a_length_is_no_summary() -> None:
    # A template that cuts its excerpt and ends it in an ellipsis shows a teaser: the description's whole sentence stays.
    cut = '<p class="excerpt">The county council voted on Tuesday to keep the old ferry running through the...</p>'
    assert cqnews.parse(_page(cut), url=_URL).summary == _DESCRIPTION
    cut_zh = '<div class="excerpt">县议会周二投票决定，冬季继续运营这条老渡轮航线，岛上居民对此……</div>'
    assert cqnews.parse(_page(cut_zh), url=_URL).summary == _DESCRIPTION
