"""``role="presentation"`` marks a decorative image, but Medium writes it on every picture of a story, inside a
``<figure>`` with its ``<figcaption>``: a captioned figure's picture is content. Made-up pages."""

from __future__ import annotations

from tests.figure_helpers import figure_images

_PICTURE = (
    '<picture><source srcset="https://www.example.de/img/rat-1200.webp 1200w" type="image/webp">'
    '<img alt="" role="presentation" width="1200" height="800" src="https://www.example.de/img/rat-1200.jpg">'
    "</picture>"
)


def test_presentation_picture_in_a_captioned_figure_is_kept() -> None:
    figure = (
        f'<figure class="paragraph-image"><div>{_PICTURE}</div>'
        "<figcaption>Die Ratsmitglieder stimmen am Montag ab. Photo by Anna Roe on Unsplash</figcaption></figure>"
    )
    assert figure_images(figure) == [("Die Ratsmitglieder stimmen am Montag ab.", ["Photo by Anna Roe on Unsplash"])]


def test_presentation_picture_without_a_caption_stays_out() -> None:
    assert figure_images(f'<div class="divider">{_PICTURE}</div>') == []
