"""A picture set in a small table whose caption is the table's own ``<caption>`` (``<table><caption>Dock workers …
</caption><tr><td><img></td></tr></table>``, as older portals and hand-written pages mark a framed photo): the
``<caption>`` is the picture's caption. Before, written ahead of the picture, it was never offered to it; the body kept
it and it became a second picture with no source. A data table with more rows, or a caption that holds a picture, is
left as before. Made-up pages."""

from __future__ import annotations

from tests.figure_helpers import images_around

_SRC = "https://www.lakeside-tribune.example/photos/2026/pier-works-900.jpg"
_IMG = f'<img src="{_SRC}" width="900" height="600" alt="">'
_SENTENCE = "The county board agreed on Tuesday to close the old fishing pier for six months of repairs this winter."


def _images(figure: str) -> list[tuple[str | None, str | None, list[str]]]:
    return images_around(
        figure, sentence=_SENTENCE, title="Fishing pier to close", url="https://www.lakeside-tribune.example/local/pier"
    )


def test_the_tables_caption_is_the_pictures() -> None:
    figure = (
        '<table class="photo" align="right"><caption>Crews replace rotten planks on the pier on Monday. (Dale Ortega/'
        f"Lakeside Tribune)</caption><tr><td>{_IMG}</td></tr></table>"
    )
    assert _images(figure) == [
        (_SRC, "Crews replace rotten planks on the pier on Monday.", ["(Dale Ortega/Lakeside Tribune)"])
    ]


def test_a_caption_with_no_credit_is_no_picture_of_its_own() -> None:
    figure = f"<table><tbody><tr><td>{_IMG}</td></tr></tbody><caption>The pier at dusk last spring.</caption></table>"
    assert _images(figure) == [(_SRC, "The pier at dusk last spring.", [])]


def test_a_bigger_table_gives_no_caption() -> None:
    rows = "".join(f"<tr><td>Week {n}: planks {n * 40}</td></tr>" for n in range(1, 5))
    figure = f"<table><caption>Repair schedule</caption><tr><td>{_IMG}</td></tr>{rows}</table>"
    assert all(caption != "Repair schedule" for _, caption, _ in _images(figure))
