"""An article whose template cuts the text into chunks between advertisement rows (made-up pages): each chunk an
element of the same tag and class, cousins in the page. trafilatura reads the first chunk as the whole body; the
chunks after it are read too, with the quotes and speakers they hold."""

from __future__ import annotations

from lxml.html import fromstring

import cqnews
from cqnews.extract.blocks import blocks_from_container
from cqnews.extract.continued import read_continuations

_URL = "https://www.ridgewaycourier.example/news/2026/04/14/second-crack-river-bridge"
_CHUNKS = [
    [
        "Drivers on the valley road face three more weeks of single-lane traffic after engineers found a second "
        "crack in the old river bridge on Tuesday morning.",
        "The county closed one lane in early March, when a routine inspection found the first crack in a support "
        "beam under the eastern span.",
    ],
    [
        "Highways manager Priya Ramanathan said the new crack was smaller than the first one but sat in a place "
        "that carries more weight.",
        "“We will not take chances with a bridge that school buses cross twice a day,” Ramanathan said at a "
        "briefing in the council offices.",
        "She said crews would work through the weekend and that the county expected to reopen both lanes before "
        "the end of the month.",
    ],
    [
        "Bakery owner Tomasz Wierzbicki said takings were down by a third since the lane closed and that some "
        "regulars had stopped coming altogether.",
    ],
]
_TEASER = (
    "Council approves new parking charges for the town centre after a long debate that ran late into the "
    "evening on Monday."
)


def _page(chunk_class: str, after: str = "") -> str:
    """The article in ``div.grid`` rows, each holding one chunk in a ``div`` of class ``chunk_class`` beside an ad
    rail, with an advertisement row between two rows; ``after``: markup after the article."""
    rows = []
    for chunk in _CHUNKS:
        text = "".join(f"<p>{paragraph}</p>" for paragraph in chunk)
        rows.append(f'<div class="grid"><div class="{chunk_class}">{text}</div><div class="rail"><div class="ad">'
                    "</div></div></div>")
    advert = '<div class="row ad-row"><span class="ad-label">Advertisement</span><div class="ad-slot"></div></div>'
    return (
        "<html><head><title>Second crack found in river bridge | The Ridgeway Courier</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header><main><article>"
        "<h1>Second crack found in river bridge</h1><p class='byline'>By Hannah Okafor</p>"
        f"{advert.join(rows)}</article>{after}</main><footer><p>© The Ridgeway Courier</p></footer></body></html>"
    )


def test_every_chunk_of_a_body_cut_by_advertisements_is_body() -> None:
    article = cqnews.parse(_page("grid-item article__body"), url=_URL)
    assert [block.text for block in article.body] == [paragraph for chunk in _CHUNKS for paragraph in chunk]


def test_the_quotes_of_the_later_chunks_keep_their_speakers() -> None:
    article = cqnews.parse(_page("grid-item article__body"), url=_URL)
    speakers = {quote.text: quote.speaker.name if quote.speaker else None for quote in article.quotes}
    assert speakers["We will not take chances with a bridge that school buses cross twice a day,"] == (
        "Priya Ramanathan"
    )
    assert any(name == "Tomasz Wierzbicki" for name in speakers.values())


def test_a_teaser_of_another_class_after_the_article_stays_out() -> None:
    teaser = f'<section class="more-news"><div class="teaser-card"><p>{_TEASER}</p></div></section>'
    article = cqnews.parse(_page("grid-item article__body", after=teaser), url=_URL)
    assert _TEASER not in article.text
    assert article.body[-1].text == _CHUNKS[-1][-1]



def test_an_element_of_the_same_class_after_other_text_is_no_chunk() -> None:
    # The template's class again further down, past a list of other stories: the publisher's note, not the article.
    teasers = "".join(f"<p>{_TEASER} Story {n}.</p>" for n in range(1, 4))
    about = (
        "The Ridgeway Courier has covered the valley towns since 1894 and is owned by a trust that reinvests "
        "every pound of profit in local reporting."
    )
    after = (
        f'<section class="more-news">{teasers}</section><div class="grid"><div class="grid-item article__body">'
        f"<p>{about}</p></div></div>"
    )
    root = fromstring(_page("grid-item article__body", after=after))
    result = blocks_from_container(root.find_class("article__body")[0])
    read_continuations(root, result)
    assert [block.text for block in result.blocks] == [paragraph for chunk in _CHUNKS for paragraph in chunk]
