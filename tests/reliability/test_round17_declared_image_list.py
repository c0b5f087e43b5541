"""A JSON-LD ``image`` list read in part (seventeenth reliability round, its leftovers).

The captions' helpers read a JSON-LD ``image`` list up to its first 20 pictures; a gallery article declaring more
lost the captions and credits of the rest without a word. It is still read in part, now with a warning, as an author
list over its cap has one.
"""

from __future__ import annotations

import cqnews
from tests.ld_page import ld_page

_WARNING = (
    "the JSON-LD lists {count} pictures of the article: the first 20 were read "
    "(the captions and credits declared for the others were not)"
)


def _page(count: int) -> str:
    pictures = [
        {"@type": "ImageObject", "url": f"https://news.example/img/quay-{n}.jpg", "caption": f"The quay, view {n}."}
        for n in range(count)
    ]
    story = {"@type": "NewsArticle", "headline": "The old quay in pictures", "image": pictures}
    return ld_page(
        story,
        "The old quay was rebuilt over the summer, and the harbour office published pictures of each stage of the "
        "work on Monday, from the first pile driven to the new railings.",
        h1="The old quay in pictures",
    )


def test_twenty_pictures_have_no_warning() -> None:
    article = cqnews.parse(_page(20), url="https://news.example/quay")
    assert not any("pictures of the article" in warning for warning in article.extraction.warnings)


def test_a_longer_list_is_named() -> None:
    article = cqnews.parse(_page(45), url="https://news.example/quay")
    assert _WARNING.format(count=45) in article.extraction.warnings
