"""A page's JSON-LD may describe other stories too (related articles written as NewsArticle objects of their
own): their authors are not the article's. Made-up pages."""

from __future__ import annotations

import json

import cqnews

_BODY = (
    "<p>The provincial assembly approved the water bill on Tuesday after three days of debate.</p>"
    "<p>Farmers' unions said the new tariffs would hurt small growers in the dry districts.</p>"
)


def _page(objects: list[dict[str, object]]) -> str:
    return (
        f'<html lang="en"><head><title>Water bill passes</title><script type="application/ld+json">{json.dumps(objects)}'
        f"</script></head><body><h1>Water bill passes</h1>{_BODY}</body></html>"
    )


def test_the_author_of_a_related_story_object_is_not_the_article_s() -> None:
    objects = [
        {"@type": "NewsArticle", "headline": "Water bill passes", "author": {"@type": "Person", "name": "Imran Qureshi"}},
        {"@type": "NewsArticle", "headline": "Heatwave to last until Friday", "author": {"@type": "Person", "name": "Sana Malik"}},
    ]
    assert cqnews.parse(_page(objects)).authors == ["Imran Qureshi"]


def test_two_objects_of_the_same_story_give_both_their_authors() -> None:
    objects = [
        {"@type": "NewsArticle", "headline": "Water bill passes", "author": {"@type": "Person", "name": "Imran Qureshi"}},
        {"@type": "ReportageNewsArticle", "headline": "Water bill passes in assembly", "author": "Sana Malik"},
    ]
    assert cqnews.parse(_page(objects)).authors == ["Imran Qureshi", "Sana Malik"]
