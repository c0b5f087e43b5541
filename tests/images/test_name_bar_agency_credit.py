"""A taker's name written after the caption's last sentence and before a bar and an agency ("… on Tuesday.
Anna Roe | Getty Images") belongs to the credit: before, the agency alone was the credit and the name stayed in the
caption."""

from __future__ import annotations

import cqnews
from tests.figure_helpers import article_around

_TEXT = (
    "The harbour authority said on Monday that the new terminal would open in the autumn after three years of "
    "work on the eastern quay."
)


def _image(caption: str) -> cqnews.Image:
    figure = f"<figure><img src='/img/terminal-1600.jpg'><figcaption>{caption}</figcaption></figure>"
    article = article_around(
        figure, lede=f"<p>{_TEXT}</p>", title="New terminal to open in autumn",
        url="https://news.example.org/2026/05/12/terminal.html",
    )
    [image] = article.images
    return image


def test_name_before_the_bar_belongs_to_the_credit() -> None:
    image = _image("Workers unload containers at the eastern terminal on Tuesday. Greta Lindqvist | Getty Images")
    assert image.caption == "Workers unload containers at the eastern terminal on Tuesday."
    assert [(c.raw, c.name, c.organization) for c in image.credits] == [
        ("Greta Lindqvist | Getty Images", "Greta Lindqvist", "Getty Images")
    ]


def test_a_sentence_before_the_bar_stays_caption() -> None:
    image = _image("Workers unload containers at the eastern terminal on Tuesday. The night shift | Getty Images")
    assert image.caption == "Workers unload containers at the eastern terminal on Tuesday. The night shift"
    assert [c.raw for c in image.credits] == ["Getty Images"]
