"""An article's closing paragraphs that link most of their words to its sources are article text, not a list of
other stories (made-up page, in the shape of a county paper's explainer ending with its documents)."""

from __future__ import annotations

import cqnews
from tests.ferry_page import PARAGRAPHS, URL, article_then

_CLOSING = [
    "The council has published "
    '<a href="/docs/survey.pdf">the harbour master\'s safety survey of the ferry and its two landing stages</a> and '
    '<a href="/docs/budget.pdf">the draft budget for the winter crossings</a>.',
    "Passengers can read "
    '<a href="/docs/timetable.pdf">the winter timetable for the north quay, the island crossings and the late '
    "boats</a> online.",
]
_HEADLINES = [
    "Storm brings down trees along the coast road overnight",
    "School bus timetable changes from next Monday, the council confirms",
]


def _texts(html: str) -> list[str]:
    return [block.text for block in cqnews.parse(html, url=URL).body]


def test_closing_paragraphs_mostly_linked_that_end_a_sentence_stay() -> None:
    closing = "".join(f"<p>{text}</p>" for text in _CLOSING)
    body = _texts(article_then(closing))
    assert body[: len(PARAGRAPHS)] == PARAGRAPHS
    assert len(body) == len(PARAGRAPHS) + 2
    assert body[-2].startswith("The council has published the harbour master's safety survey")
    assert body[-1].endswith("the late boats online.")


def test_a_run_of_linked_headlines_after_them_still_goes() -> None:
    closing = "".join(f"<p>{text}</p>" for text in _CLOSING)
    teasers = "".join(
        f'<p><a href="/story/{n}">{text}</a> <span>2 hours ago</span></p>' for n, text in enumerate(_HEADLINES)
    )
    body = _texts(article_then(closing + teasers))
    assert len(body) == len(PARAGRAPHS) + 2
    assert not any("Storm brings down" in text for text in body)


def test_teasers_opening_with_their_linked_headline_still_go_when_they_end_a_sentence() -> None:
    teasers = [
        "Budget gap wider than feared as the council weighs cuts to libraries, parks and the late crossings",
        "School board weighs closing two elementary schools in the northern district from next September",
    ]
    tail = "".join(f'<p><a href="/story/{n}">{text}</a> Read the story.</p>' for n, text in enumerate(teasers))
    body = _texts(article_then(tail))
    assert body == PARAGRAPHS
