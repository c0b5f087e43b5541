"""A short ``<cite>`` standing in the picture's ``<figure>`` beside its figcaption, after it or before it ("<figure>
<img><figcaption>…</figcaption><cite>Anna Roe</cite></figure>"): HTML's mark of a source, read as the picture's
credit with no label; the caption stays the figcaption's text. A long ``<cite>`` (the title of a work) is no credit.
Made-up pages."""

from __future__ import annotations

from tests.figure_helpers import figure_images

_IMG = '<img src="https://www.example.de/img/fischer-1200.jpg" width="1200" height="800">'
_CAPTION = "Fischer ziehen am Sonntag ihre Netze an den Strand des alten Hafens."


def test_cite_after_the_figcaption_is_the_credit() -> None:
    figure = f"<figure>{_IMG}<figcaption>{_CAPTION}</figcaption><cite>Jana Keller</cite></figure>"
    assert figure_images(figure) == [(_CAPTION, ["Jana Keller"])]


def test_cite_before_the_figcaption_is_the_credit() -> None:
    figure = f"<figure>{_IMG}<cite>Jana Keller / Hafenbote</cite><figcaption>{_CAPTION}</figcaption></figure>"
    assert figure_images(figure) == [(_CAPTION, ["Jana Keller / Hafenbote"])]


def test_long_cite_is_no_credit() -> None:
    work = "Die Fischer vom alten Hafen und ihre Boote im Wandel der Zeit von achtzehnhundert bis heute, ein Bildband"
    figure = f"<figure>{_IMG}<figcaption>{_CAPTION}</figcaption><cite>{work}</cite></figure>"
    assert figure_images(figure) == [(_CAPTION, [])]
