"""Round 9 of hostile input: ``<template>`` content, which no browser shows, read as article text.

lxml parses a ``<template>``'s content as ordinary children, so a page whose scripts keep a comment card or a
related-story card in a template (AMP's ``amp-mustache``, a web component's markup) gave that text as body
paragraphs and its quotes as the article's. Every ``<template>`` is removed with the tree, but a declarative
shadow root's (``shadowrootmode``), whose content a browser does show.
"""

from __future__ import annotations

import cqnews

LEAD = (
    "<p>The river authority opened the new flood gates at Millbrook on Thursday, three years after the "
    "spring floods that closed the town centre for a month.</p>"
    "<p>“The gates will hold back a flood twice the size of the last one,” said engineer Dana Whitfield.</p>"
)
CARD = (
    "<template id='reader-card'><div class='card'><p>“Best town in the county, no doubt about it,” "
    "said reader Tom Parry.</p><p>{{comment_body}} posted by {{user_name}} on {{date}}</p></div></template>"
)
PAGE = (
    "<html><head><title>Flood gates open at Millbrook</title></head><body><article>"
    "<h1>Flood gates open at Millbrook</h1>{lead}{card}"
    "<p>The work cost 14 million pounds and was paid for by the county and the water company.</p>"
    "</article></body></html>"
)


def _parse(card: str) -> cqnews.Article:
    return cqnews.parse(PAGE.format(lead=LEAD, card=card).encode(), url="https://news.example/millbrook-gates")


def test_template_content_is_no_body_text_and_no_quote() -> None:
    article = _parse(CARD)
    text = "\n".join(block.text for block in article.body)
    assert "Best town" not in text and "{{" not in text
    assert "14 million pounds" in text and "flood gates at Millbrook" in text
    assert [q.speaker.name for q in article.quotes] == ["Dana Whitfield"]


def test_text_after_a_template_stays() -> None:
    article = _parse("<p>The gates took two years to build.<template><b>hidden</b></template> They open by hand.</p>")
    texts = [block.text for block in article.body]
    assert "The gates took two years to build. They open by hand." in texts
    assert not any("hidden" in t for t in texts)


def test_a_declarative_shadow_root_is_shown() -> None:
    shadow = (
        "<div><template shadowrootmode='open'><p>The gates are the largest of their kind in the north of "
        "England, the authority said.</p></template></div>"
    )
    article = _parse(shadow)
    assert any("largest of their kind" in block.text for block in article.body)
