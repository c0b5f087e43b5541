"""A declared update time before the publishing time (a draft's save time written as dateModified) is no
update: ``updated`` is left out with a warning; an update at or after the publishing time stays.
Made-up values."""

from __future__ import annotations

import json

import pytest

import cqnews

_BODY = (
    "<p>The city council voted on Monday to approve a new pedestrian bridge across the river, ending a"
    " debate that lasted three years.</p><p>The bridge will cost about twelve million pounds.</p>"
)


@pytest.mark.parametrize("modified", ["2026-03-02T08:00:00Z", "2026-03-03T09:59:00Z"])
def test_an_update_before_the_publishing_time_is_left_out(modified: str) -> None:
    ld = json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council approves bridge",
         "datePublished": "2026-03-03T10:00:00Z", "dateModified": modified}
    )
    head = f"<title>x</title><script type='application/ld+json'>{ld}</script>"
    html = f"<html lang='en'><head>{head}</head><body>{_BODY}</body></html>"
    article = cqnews.parse(html)
    assert article.updated is None
    assert any(warning.startswith("updated:") for warning in article.extraction.warnings)
