"""A gallery script keeps its captions and credits in data: a ``data-*`` attribute holding JSON or a ``<script
type="application/json">``; the shown ``<img>`` has none of its own. The entry naming the same picture gives its
caption and credit; an entry of another picture, a summary under "description" and a caption already shown on
the page are left as they are. Made-up pages."""

from __future__ import annotations

import json

from tests.figure_helpers import images_around

_FIRST = "https://cdn.example.org/media/2026/05/ferry-dock-1280.jpg"
_SECOND = "https://cdn.example.org/media/2026/05/ferry-crew-1280.jpg"
_SENTENCE = "The harbour board said on Monday that the ferry dock would reopen in June after a year of repairs."
_CAPTION = "Workers lift a new gangway onto the ferry dock on Sunday afternoon."
_SLIDES = [
    {"src": _FIRST, "caption": f"<p>{_CAPTION}</p>", "credit": "Photo: Nora Lindqvist"},
    {"src": _SECOND, "caption": "The crew of the first ferry waits on the quay.", "credit": "Photo: Nora Lindqvist"},
]


def _images(figure: str) -> list[tuple[str | None, str | None, list[str]]]:
    return images_around(
        figure, sentence=_SENTENCE, title="Ferry dock to reopen", url="https://news.example.org/2026/05/dock.html"
    )


def _attribute(data: object) -> str:
    return json.dumps(data).replace('"', "&quot;")


def test_caption_in_a_data_attribute() -> None:
    figure = f'<div class="gallery" data-slides="{_attribute(_SLIDES)}"><img src="{_FIRST}" alt=""></div>'
    assert _images(figure) == [(_FIRST, _CAPTION, ["Photo: Nora Lindqvist"])]


def test_caption_in_a_json_script() -> None:
    script = f'<script type="application/json" class="gallery-data">{json.dumps({"slides": _SLIDES})}</script>'
    figure = f'<div class="gallery"><img src="{_SECOND}" alt=""></div>{script}'
    assert _images(figure) == [(_SECOND, "The crew of the first ferry waits on the quay.", ["Photo: Nora Lindqvist"])]


def test_an_entry_of_another_picture_gives_nothing() -> None:
    figure = f'<figure data-slides="{_attribute(_SLIDES[1:])}"><img src="{_FIRST}" alt=""></figure>'
    assert _images(figure) == [(_FIRST, None, [])]


def test_a_summary_is_no_caption() -> None:
    data = {"headline": "Ferry dock to reopen", "image": _FIRST, "description": "The dock reopens in June."}
    figure = f'<figure data-story="{_attribute(data)}"><img src="{_FIRST}" alt=""></figure>'
    assert _images(figure) == [(_FIRST, None, [])]


def test_the_caption_shown_stays() -> None:
    figure = (
        f'<figure data-slides="{_attribute(_SLIDES)}"><img src="{_FIRST}" alt="">'
        "<figcaption>The new gangway on Sunday.</figcaption></figure>"
    )
    assert _images(figure) == [(_FIRST, "The new gangway on Sunday.", [])]


def test_caption_in_the_data_of_an_ancestor() -> None:
    figure = (
        f'<section class="slideshow" data-gallery="{_attribute({"items": _SLIDES})}"><div class="track">'
        f'<div class="slide"><img src="{_SECOND}" alt=""></div></div></section>'
    )
    assert _images(figure) == [(_SECOND, "The crew of the first ferry waits on the quay.", ["Photo: Nora Lindqvist"])]
