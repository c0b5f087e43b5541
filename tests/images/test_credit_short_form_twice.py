"""An outlet credited twice for one picture, once in full and once in a short form whose words open the full name
("(Photo: Getty Images)" in the caption and "<small>Getty</small>" after it; "Photo: Harbour News Agency / Harbour
News"), is one credit: the short form is dropped (made-up figures)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import IMG, LEDE, article_around

_SENTENCE = "Ferries wait in the harbour as the storm passes on Friday."


def _organisations(caption_html: str) -> list[tuple[str | None, str | None]]:
    figure = f"<figure>{IMG}<figcaption>{caption_html}</figcaption></figure>"
    article = article_around(
        figure, lede=LEDE, title="Storm in the harbour", url="https://www.example.com/news/storm-1.html"
    )
    return [(c.name, c.organization) for image in article.images for c in image.credits]


@pytest.mark.parametrize(
    ("caption_html", "organisation"),
    [
        (f"{_SENTENCE} (Photo: Getty Images) <small>Getty</small>", "Getty Images"),
        (f"{_SENTENCE} Photo: Harbour News Agency / Harbour News", "Harbour News Agency"),
        (f"{_SENTENCE} Photo: Coastline Media / Coastline Media Group", "Coastline Media Group"),
    ],
)
def test_the_short_form_is_dropped(caption_html: str, organisation: str) -> None:
    assert _organisations(caption_html) == [(None, organisation)]


def test_two_outlets_sharing_no_whole_word_stay() -> None:
    assert _organisations(f"{_SENTENCE} Photo: Harbour / Harbourside Images") == [
        (None, "Harbour"),
        (None, "Harbourside Images"),
    ]
