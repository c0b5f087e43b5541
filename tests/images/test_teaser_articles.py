"""Teaser cards written as <article> elements (a picture and a linked headline to another story): made-up pages."""

from __future__ import annotations

import lxml.html

from cqnews.extract.images import find_images

BASE = "https://news.example.com/politics/story.html"

_CARDS = """<section><h2>More on this</h2>
  <article class="c1"><div><picture><img src="/cards/budget.jpg" alt="The finance ministry"></picture>
    <div><span>with video</span></div></div>
    <h3><span>Budget</span><a href="/politics/budget-talks.html">Talks on the budget go on</a></h3>
    <div>by Anna Roe</div></article>
  <article class="c1"><div><picture><img src="/cards/harbour.jpg" alt="Ships in the harbour"></picture></div>
    <h3><a href="/economy/harbour.html">The harbour grows</a></h3></article>
</section>"""


def _page(cards: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(
        f"""<html><body><main><article><h1>The vote</h1>
        <figure><img src="/story/vote.jpg"><figcaption>Members of parliament vote on Tuesday.</figcaption></figure>
        <p>The parliament voted on the law on Tuesday after a long debate in the chamber.</p>
        </article>{cards}</main></body></html>"""
    )


# a small <article> whose heading is not a link is content (a profile box in the story), not a card
_BOX = """<article class="box"><figure><img src="/story/mayor.jpg">
  <figcaption>The mayor in her office.</figcaption></figure><h3>The mayor</h3></article>"""


def test_pictures_of_teaser_articles_are_not_the_storys() -> None:
    drafts = find_images(_page(_BOX + _CARDS), BASE)
    assert [(d.src, d.caption) for d in drafts] == [
        ("https://news.example.com/story/vote.jpg", "Members of parliament vote on Tuesday."),
        ("https://news.example.com/story/mayor.jpg", "The mayor in her office."),
    ]
