"""An outlet's name alone after the caption's sentence, on its own line or in fine print ("… on Tuesday.<br>Lakeside
Media Group", "… on Tuesday. <small>Valley Times</small>"), is the picture's credit, as a person's name there is
(made-up figures)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import figure_images

_IMG = '<img src="https://www.example.de/img/ufer-1200.jpg" width="1200" height="800">'
_SENTENCE = "Volunteers plant willows along the riverbank on Tuesday."


@pytest.mark.parametrize(
    ("figure", "credit"),
    [
        (f"<figure>{_IMG}<figcaption>{_SENTENCE}<br>Lakeside Media Group</figcaption></figure>", "Lakeside Media Group"),
        (f"<figure>{_IMG}<figcaption>{_SENTENCE} <small>Valley Times</small></figcaption></figure>", "Valley Times"),
        (f"<figure>{_IMG}<figcaption>{_SENTENCE}<br>Tom Reed</figcaption></figure>", "Tom Reed"),
    ],
)
def test_the_line_is_the_credit(figure: str, credit: str) -> None:
    assert figure_images(figure) == [(_SENTENCE, [credit])]


@pytest.mark.parametrize(
    "line", ["Main Street", "the council said", "Lakeside Council met for three hours on the plan last week"]
)
def test_other_lines_stay_caption_text(line: str) -> None:
    figure = f"<figure>{_IMG}<figcaption>{_SENTENCE}<br>{line}</figcaption></figure>"
    assert figure_images(figure) == [(f"{_SENTENCE} {line}", [])]
