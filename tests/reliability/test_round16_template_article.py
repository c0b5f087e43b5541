"""A page whose article sits in a ``<template>`` says so (sixteenth reliability round).

Round 9 removed every ``<template>`` (browsers never show its content; scripts copy it out), so a page whose app
keeps the whole article in one came out with no body and only the generic "no body" warnings, as an ``<iframe
srcdoc>`` did before round 14. A template holding most of the page's text is now named; a small card template beside
the article is not.
"""

from __future__ import annotations

import cqnews

_STORY = (
    "<h1>Pier plan approved</h1>"
    "<p>\u201cWe will mend the old pier before the winter storms,\u201d said Ruth Okafor, the harbour master.</p>"
    "<p>The council met on Tuesday to discuss the old pier, which has been closed to walkers for years.</p>"
)


def _warned(article: cqnews.Article) -> bool:
    return any("inside a <template>" in warning for warning in article.extraction.warnings)


def test_article_in_template_warns() -> None:
    page = f"<html><head><title>Pier</title></head><body><div id=app></div><template id=story>{_STORY}</template></body></html>"
    article = cqnews.parse(page)
    assert article.body == []
    assert _warned(article)


def test_small_card_template_beside_article_is_quiet() -> None:
    card = "<template id=card><div><p>{{comment}} posted by {{user}}</p></div></template>"
    page = f"<html><head><title>Pier</title></head><body><article>{_STORY}{card}</article></body></html>"
    article = cqnews.parse(page)
    assert article.body
    assert not _warned(article)


def test_shadow_root_is_read_without_warning() -> None:
    page = f"<html><body><div><template shadowrootmode=open>{_STORY}</template></div></body></html>"
    article = cqnews.parse(page)
    assert article.body
    assert not _warned(article)
