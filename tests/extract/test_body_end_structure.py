"""The body stops where the article stops, read off the page's structure (made-up pages): a run of
link-only blocks after the article, and a part of the page of another kind after the article's element."""

from __future__ import annotations

import cqnews
from tests.ferry_page import PARAGRAPHS, URL, article_then, paragraphs

_HEADLINES = [
    'Mayor says "we will not close the library" at a packed town hall meeting',
    "Storm brings down trees along the coast road overnight",
    "School bus timetable changes from next Monday, the council confirms",
]
_ITEMS = [
    "Fares stay at two pounds for adults and one pound for children.",
    "The first crossing leaves the north quay at a quarter to seven.",
    "Bicycles travel free on every crossing except the last one.",
    "Season tickets go on sale at the harbour office next month.",
    "Dogs on a lead are welcome on the open deck of the boat.",
    "The last crossing back from the island leaves at eleven at night.",
    "Cars must book a place on the lower deck a day before they travel.",
    "The cafe on board opens on the morning and evening crossings only.",
]
_OTHER_STORY = [
    "In other news, the town's oldest bakery closed its doors after ninety years on the high street.",
    '"We are sad to go but proud of what we did," the owner told customers on her last morning.',
]


def test_a_run_of_link_only_paragraphs_after_the_article_is_not_body() -> None:
    links = "".join(f'<p><a href="/story/{n}">{text}</a></p>' for n, text in enumerate(_HEADLINES))
    article = cqnews.parse(article_then(links), url=URL)
    assert [block.text for block in article.body] == PARAGRAPHS
    assert not any("library" in quote.text for quote in article.quotes)


def test_link_only_paragraphs_written_with_deep_indentation_are_not_body() -> None:
    # Templates indent their markup: a paragraph's text can open with hundreds of spaces before its first word.
    indent = "\n" + " " * 300
    links = "".join(f'<p>{indent}<a href="/story/{n}">{indent}{text}</a></p>' for n, text in enumerate(_HEADLINES))
    article = cqnews.parse(article_then(links), url=URL)
    assert [block.text for block in article.body] == PARAGRAPHS


def _two_part_page(other_class: str) -> str:
    """The article in ``div.story-text`` (paragraphs, a heading and a list), then a short other story in a
    ``div`` of class ``other_class`` beside it."""
    items = "".join(f"<li>{item}</li>" for item in _ITEMS)
    story = f"{paragraphs(PARAGRAPHS[:2])}<h2>What changes</h2><ul>{items}</ul>{paragraphs(PARAGRAPHS[2:])}"
    return (
        "<html><head><title>Ferry to keep running</title></head><body><main><h1>Ferry to keep running</h1>"
        f'<div class="story-text">{story}</div>'
        f'<div class="{other_class}"><h3>Bakery closes</h3>{paragraphs(_OTHER_STORY)}</div></main></body></html>'
    )


def test_blocks_in_another_kind_of_branch_after_the_article_are_not_body() -> None:
    article = cqnews.parse(_two_part_page("panel"), url=URL)
    assert article.body[-1].text == PARAGRAPHS[-1]
    assert "bakery" not in article.text.lower() and "Bakery closes" not in article.text
    assert not any("proud" in quote.text for quote in article.quotes)
    # The same blocks in a branch like the article's (its second part, after an advertisement) stay.
    continued = cqnews.parse(_two_part_page("story-text"), url=URL)
    assert [block.text for block in continued.body[-2:]] == _OTHER_STORY


_CARD = (
    '<article class="card"><h3><a href="/story/9">Bakery closes after ninety years</a></h3>'
    f"<p>{_OTHER_STORY[1]}</p></article>"
)
_ENTRIES = [
    ["Ferry crews met the council at nine to go through the winter timetable line by line.",
     "The union asked for a second crew on the late crossings from December onwards."],
    ["The harbour office opened a queue for season tickets an hour earlier than planned.",
     "By noon the office had sold more season tickets than in the whole of last winter."],
    ["Councillors agreed to look at the fares again when the budget is set in February.",
     "The meeting closed with a vote of thanks to the crews who kept the boat running."],
]


def _page(story: str) -> str:
    return (
        "<html><head><title>Ferry to keep running</title></head><body><article><h1>Ferry to keep running</h1>"
        f"{story}</article></body></html>"
    )


def test_an_article_nested_in_the_story_is_not_body() -> None:
    # A teaser card of another story (its own <article>) between the story's paragraphs.
    article = cqnews.parse(_page(f"{paragraphs(PARAGRAPHS[:2])}{_CARD}{paragraphs(PARAGRAPHS[2:])}"), url=URL)
    assert [block.text for block in article.body] == PARAGRAPHS
    assert not any("proud" in quote.text for quote in article.quotes)
    # The entries of a live blog, each its own <article>, outweigh the introduction around them: they stay.
    entries = "".join(f"<article>{paragraphs(entry)}</article>" for entry in _ENTRIES)
    live = cqnews.parse(_page(f"{paragraphs(PARAGRAPHS[:1])}{entries}"), url=URL)
    assert [block.text for block in live.body] == PARAGRAPHS[:1] + [text for entry in _ENTRIES for text in entry]


def test_a_paragraph_that_is_only_a_link_is_not_body() -> None:
    # A related story's headline set between the article's paragraphs, the whole paragraph one link.
    related = f'<p><a href="/story/9">{_HEADLINES[0]}</a></p>'
    article = cqnews.parse(_page(f"{paragraphs(PARAGRAPHS[:2])}{related}{paragraphs(PARAGRAPHS[2:])}"), url=URL)
    assert [block.text for block in article.body] == PARAGRAPHS
    assert not any("library" in quote.text for quote in article.quotes)
    # A paragraph of the article's own with a link in its sentence stays.
    linked = '<p>The council published <a href="/report">the survey report</a> on its website on Monday.</p>'
    kept = cqnews.parse(_page(f"{paragraphs(PARAGRAPHS[:2])}{linked}{paragraphs(PARAGRAPHS[2:])}"), url=URL)
    assert len(kept.body) == len(PARAGRAPHS) + 1


_CARD_HEADLINES = ["Mayor keeps the library open", "Storm closes the coast road", "New school bus times"]
_CARD_LINES = [
    '"It was the only fair way," the chair of the parents\' group said.',
    "Crews worked through the night to clear the road",
    "Buses will leave ten minutes earlier next week",
]
