"""The excerpt's C-level pre-filter (class attributes holding "excerpt") answers as the walk over every p/div/h2/
section it replaced (made-up markups)."""

from __future__ import annotations

import pytest
from lxml import html

from cqnews.extract import standfirst

_MARKUPS = [
    '<div class="article-excerpt">The council voted to keep the ferry running all winter, members said.</div>',
    '<p class="post__excerpt lead">The council voted to keep the ferry running all winter.</p>',
    '<p class="excerpt">One teaser of twenty-odd letters.</p><p class="excerpt">Another teaser, also long.</p>',
    '<p class="excerpts">Not the class: the word is inside another token of the class.</p>',
    '<span class="excerpt">A span is no excerpt element, whatever its class says.</span>',
    '<section class="Excerpt">The class in capitals is another token.</section>',
    '<h2 class="x excerpt">A heading marked as the excerpt, long enough to count.</h2>',
    '<div class="excerpt"><p class="excerpt">Nested: two marked elements, a teaser list by the rule.</p></div>',
    '<p class="excerpt">The council voted to keep the old ferry running through the...</p>',
    "<p>No class at all on this paragraph of the page.</p>",
]


def _walked(root: html.HtmlElement) -> str | None:
    text = standfirst._one_marked(root, standfirst._EXCERPT_NAMES)
    return None if text is None or text.endswith(standfirst.CUT_SHORT_ENDS) else text


@pytest.mark.parametrize("markup", _MARKUPS)
def test_the_prefilter_answers_as_the_walk(markup: str) -> None:
    root = html.fromstring(f"<html><body><article><h1>Ferry</h1>{markup}</article></body></html>")
    assert standfirst.find_excerpt(root) == _walked(root)


def test_every_excerpt_class_holds_the_prefilter_word() -> None:
    assert all(standfirst._EXCERPT_WORD in name for name in standfirst.EXCERPT_CLASSES)
