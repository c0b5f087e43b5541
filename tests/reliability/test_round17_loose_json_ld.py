"""JSON-LD scripts that are no JSON (seventeenth reliability round).

A JSON-LD script that is no JSON (trailing commas, single quotes, JavaScript comments, raw line breaks in its
strings, a CDATA wrapper) is skipped, as search engines skip it; the page lost its date and authors without a word.
The script is still skipped, now with a warning counting such scripts.
"""

from __future__ import annotations

from datetime import UTC, datetime

import cqnews

_STORY = (
    '{"@type": "NewsArticle", "datePublished": "2022-11-03T07:45:00Z", '
    '"author": {"@type": "Person", "name": "Tomas Rieger"}, "articleBody": "The tram line%s opens in May."}'
)
_WARNING = "1 JSON-LD script(s) of the page are no valid JSON (or nest too deep to read): not read"


def _page(script: str) -> str:
    return (
        f'<html><head><title>Tram line opens</title><script type="application/ld+json">{script}</script></head>'
        "<body><article><h1>Tram line opens</h1><p>The new tram line from the station to the university opens in "
        "May, two years late, the city's transport company said on Thursday.</p></article></body></html>"
    )


def _read(script: str) -> cqnews.Article:
    article = cqnews.parse(_page(script))
    assert _WARNING not in article.extraction.warnings
    return article


def test_unwrapped_scripts_are_read_as_before() -> None:
    article = _read(_STORY % " to the university")
    assert article.published == datetime(2022, 11, 3, 7, 45, tzinfo=UTC)
    assert article.authors == ["Tomas Rieger"]


def test_invalid_json_is_named() -> None:
    story = _STORY % ""
    for script in (story[:-1] + ",}", story.replace('"', "'"), "/* seo */ " + story, _STORY % "\n to", f"//<![CDATA[\n{story}\n//]]>"):
        article = cqnews.parse(_page(script))
        assert article.published is None
        assert _WARNING in article.extraction.warnings


def test_an_empty_script_is_no_warning() -> None:
    assert _WARNING not in cqnews.parse(_page("  \n ")).extraction.warnings
