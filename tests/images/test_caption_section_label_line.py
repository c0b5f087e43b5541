"""A site's label of a list of stories written on the last line of a caption element, after a line break
("… on Tuesday.<br>Latest News", "<br>Top Stories", "<br>Meistgelesen"; lexicon.captions.SECTION_LABEL_WORDS), is page
furniture run into the caption: neither the picture's credit nor caption text. Before, "Latest News" was read as an
organisation's credit and "Top Stories" as a person's. A taker's or an outlet's name on that line stays the credit.
Made-up pages."""

from __future__ import annotations

import pytest

from tests.figure_helpers import article_around, sourced_images

_LEDE = "<p>The council agreed on Monday to rebuild the harbour road and to start the work in the summer months.</p>"
_SRC = "https://news.example.com/img/harbour-road-1200.jpg"
_CAPTION = "Workers repair the harbour road on Tuesday."


def _images(figure: str) -> list[tuple[str | None, str | None, list[str]]]:
    article = article_around(
        figure,
        lede=_LEDE,
        title="Council agrees to rebuild harbour road",
        url="https://news.example.com/2024/road.html",
    )
    return sourced_images(article)


@pytest.mark.parametrize("label", ["Latest News", "Top Stories", "Most Read", "Editor's Picks", "Meistgelesen"])
def test_a_section_label_after_the_break_is_no_credit(label: str) -> None:
    figure = f'<figure><img src="{_SRC}"><figcaption>{_CAPTION}<br>{label}</figcaption></figure>'
    assert _images(figure) == [(_SRC, _CAPTION, [])]


@pytest.mark.parametrize("credit", ["Anna Roe", "Valley News"])
def test_a_name_after_the_break_stays_the_credit(credit: str) -> None:
    figure = f'<figure><img src="{_SRC}"><figcaption>{_CAPTION}<br>{credit}</figcaption></figure>'
    assert _images(figure) == [(_SRC, _CAPTION, [credit])]
