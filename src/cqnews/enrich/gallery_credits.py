"""A gallery's caption made only of a credit ("Photos: Tom Reyes" under a WordPress gallery block or a Ghost gallery
card): it names who took the pictures of the gallery, all of them, not only the last picture it follows. Each picture
of the gallery without a credit of its own gets it (docs/captions.md, next to the gallery caption rule). A gallery
caption with caption text in it stays the last picture's, as before: which picture the text names the page does not
say."""

from __future__ import annotations

from collections.abc import Sequence

from lxml.html import HtmlElement

from ..draft import ImageDraft
from ..models import Credit, Image
from ..text import normalize_space
from ..urls import file_name
from .credits import split_photo_credit

__all__ = ["share_gallery_credits"]


def share_gallery_credits(drafts: Sequence[ImageDraft], images: list[Image], placed: Sequence[int]) -> None:
    """Give each image of a gallery whose own caption is a credit alone the gallery's credits, when it has none.

    ``placed[i]`` is the index in ``images`` of the image that ``drafts[i]`` became (merged copies share one). A
    gallery is a ``<figure>`` with a ``<figcaption>`` child around two pictures or more, files of other names (each
    may sit in a figure of its own, with a caption of its own: WordPress' nested gallery blocks)."""
    galleries: dict[int, tuple[HtmlElement, list[int]]] = {}  # (the figure's figcaption, the images under it)
    for draft, index in zip(drafts, placed, strict=True):
        for figcaption in _figure_captions(draft.element):
            galleries.setdefault(id(figcaption), (figcaption, []))[1].append(index)
    for figcaption, members in galleries.values():
        if len({file_name(images[index].src or "") for index in members}) < 2:
            continue  # one picture, or one picture in two sizes (".../w600/a.jpg", ".../w100/a.jpg"): no gallery
        caption, credits = split_photo_credit(normalize_space(figcaption.text_content()))
        if caption is None and credits:
            _give(images, members, credits)


def _give(images: list[Image], members: list[int], credits: list[Credit]) -> None:
    for index in dict.fromkeys(members):
        if not images[index].credits:
            images[index] = images[index].model_copy(update={"credits": list(credits)})


def _figure_captions(element: HtmlElement | None) -> list[HtmlElement]:
    """The ``<figcaption>`` children of the ``<figure>`` elements above the picture."""
    if element is None:
        return []
    captions = (_own_caption(figure) for figure in element.iterancestors("figure"))
    return [caption for caption in captions if caption is not None]


def _own_caption(figure: HtmlElement) -> HtmlElement | None:
    return next((child for child in figure if child.tag == "figcaption"), None)
