"""A credit chain set in fine print before the caption ("<figcaption><small>Anna Roe/Reuters</small> Vendors …"):
the taker and the agency, not caption text, as the same chain after the caption already was. A <small> that holds
no chain (a count, a name alone) stays caption text. Made-up figures."""

from __future__ import annotations

from tests.figure_helpers import images_around

_SRC = "https://cdn.example.org/media/2026/05/market-hall-1280.jpg"
_SENTENCE = "The city council said on Friday that the market hall would be restored over the next two years."
_CAPTION = "Vendors set up stalls in the old market hall before dawn on Saturday."


def _images(figcaption: str) -> list[tuple[str | None, str | None, list[str]]]:
    figure = f'<figure><img src="{_SRC}" alt=""><figcaption>{figcaption}</figcaption></figure>'
    return images_around(figure, sentence=_SENTENCE, title="Market hall", url="https://news.example.org/2026/05/m.html")


def test_chain_in_small_before_the_caption() -> None:
    assert _images(f"<small>Tavin Okorafor/Reuters</small> {_CAPTION}") == [
        (_SRC, _CAPTION, ["Tavin Okorafor/Reuters"])
    ]


def test_chain_in_cite_before_a_paragraph() -> None:
    assert _images(f"<cite>Dana Whitfield / AFP</cite><p>{_CAPTION}</p>") == [
        (_SRC, _CAPTION, ["Dana Whitfield / AFP"])
    ]


def test_small_without_a_chain_stays() -> None:
    assert _images(f"<small>Updated 3/5</small> {_CAPTION}") == [(_SRC, f"Updated 3/5 {_CAPTION}", [])]
