"""Markup in a declared headline or description (JSON-LD "headline": "Council approves <em>new</em>
bridge", "description": "<p>…</p><p>…</p>") is not text: the tags go, block tags part the words.
Made-up values."""

from __future__ import annotations

import json

import pytest

import cqnews

_BODY = (
    "<p>The city council voted on Monday to approve a new pedestrian bridge across the river, ending a"
    " debate that lasted three years.</p><p>The bridge will cost about twelve million pounds.</p>"
)


def _page(declared: dict[str, object]) -> str:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", **declared})
    return (
        f"<html lang='en'><head><title>x</title><script type='application/ld+json'>{ld}</script></head>"
        f"<body><article>{_BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    "headline", ["Council approves <em>new</em> bridge", "<p>Council approves new bridge</p>"]
)
def test_tags_in_a_declared_headline_go(headline: str) -> None:
    assert cqnews.parse(_page({"headline": headline})).headline == "Council approves new bridge"


def test_block_tags_in_a_declared_description_part_its_sentences() -> None:
    article = cqnews.parse(
        _page({"headline": "Council approves bridge", "description": "<p>The council voted.</p><p>It opens in 2028.</p>"})
    )
    assert article.summary == "The council voted. It opens in 2028."


def test_a_link_around_a_declared_author_name_goes() -> None:
    author = {"@type": "Person", "name": "<a href='/authors/jane'>Jane Porter</a>"}
    article = cqnews.parse(_page({"headline": "Council approves bridge", "author": author}))
    assert article.authors == ["Jane Porter"]


def test_a_title_in_angle_brackets_is_no_tag() -> None:
    description = "Visitors came to watch <The Palace: Tale of a King> and <b>loved</b> it."
    article = cqnews.parse(_page({"headline": "Council approves bridge", "description": description}))
    assert article.summary == "Visitors came to watch <The Palace: Tale of a King> and loved it."
