"""Article.publisher: the outlet's name as the page declares it, never guessed."""

from __future__ import annotations

import json

import cqnews
from cqnews.batch import Result, Source
from cqnews.table import article_row

_TEXT = (
    "The city council voted 5-2 on Tuesday to close the Elm Street library, ending a months-long fight over "
    "the branch's future and the budget that pays for it."
)


def _page(head: str) -> str:
    return (
        f"<html><head><title>Council closes library | Example</title>{head}</head><body><article>"
        f"<h1>Council closes library</h1><p>{_TEXT}</p><p>{_TEXT}</p></article></body></html>"
    )


def test_publisher_from_og_site_name() -> None:
    article = cqnews.parse(_page('<meta property="og:site_name" content="The Valley Courier">'))
    assert article.publisher == "The Valley Courier"
    assert article.site is None  # no site plugin read the page


def test_publisher_from_json_ld() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council closes library",
          "publisher": {"@type": "Organization", "name": "Elmwood Gazette"}}
    article = cqnews.parse(_page(f'<script type="application/ld+json">{json.dumps(ld)}</script>'))
    assert article.publisher == "Elmwood Gazette"


def test_no_declared_publisher_is_none() -> None:
    # "Example" after the bar of the <title> is not declared as the outlet's name: nothing is guessed.
    assert cqnews.parse(_page("")).publisher is None
    assert cqnews.parse(_page('<meta property="og:site_name" content="  ">')).publisher is None


def test_publisher_column_of_a_row() -> None:
    article = cqnews.parse(_page('<meta property="og:site_name" content="The Valley Courier">'))
    row = article_row(Result(source=Source(file="a.html"), article=article))
    assert row["publisher"] == "The Valley Courier"


def test_publisher_in_the_markdown_render() -> None:
    from cqnews.render import article_markdown

    article = cqnews.parse(_page('<meta property="og:site_name" content="The Valley Courier">'))
    assert "*Publisher:* The Valley Courier" in article_markdown(article)
