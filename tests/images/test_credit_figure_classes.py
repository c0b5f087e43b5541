"""Credits inside figure captions, marked by class names of many languages (made-up pages)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import IMG
from tests.figure_helpers import figure_images as _images


@pytest.mark.parametrize("cls", ["bildquelle", "urheber", "bildnachweis", "bildrechte", "image-rights", "foto-fuente"])
def test_credit_class_words_of_other_languages(cls: str) -> None:
    figure = f'<figure>{IMG}<figcaption>Der Rat tagt im Rathaus. <span class="{cls}">Anna Roe</span></figcaption></figure>'
    assert _images(figure) == [("Der Rat tagt im Rathaus.", ["Anna Roe"])]


def test_caption_part_without_a_credit_class_stays_caption() -> None:
    figure = f'<figure>{IMG}<figcaption>Der Rat tagt im Rathaus. <span class="ort">Anna Roe</span></figcaption></figure>'
    assert _images(figure) == [("Der Rat tagt im Rathaus. Anna Roe", [])]


@pytest.mark.parametrize(
    "figure",
    [
        f'<figure><div class="image">{IMG}<span class="copyright">© Anna Roe</span></div>'
        "<figcaption>Der Rat tagt im Rathaus.</figcaption></figure>",
        f'<figure><picture>{IMG}</picture><small class="image-credit">Anna Roe/dpa</small>'
        "<figcaption>Der Rat tagt im Rathaus.</figcaption></figure>",
    ],
)
def test_credit_shown_over_the_picture_keeps_the_caption_after_it(figure: str) -> None:
    images = _images(figure)
    assert len(images) == 1
    assert images[0][0] == "Der Rat tagt im Rathaus."
    assert images[0][1] and "Anna Roe" in images[0][1][0]


@pytest.mark.parametrize("credit", ["Bild: Anna Roe", "Quelle: Anna Roe", "Fuente: EFE", "Foto: Anna Roe/dpa"])
def test_second_caption_element_holding_only_a_labelled_credit(credit: str) -> None:
    figure = f"<figure>{IMG}<figcaption>Der Rat tagt im Rathaus.</figcaption><figcaption>{credit}</figcaption></figure>"
    assert _images(figure) == [("Der Rat tagt im Rathaus.", [credit])]


@pytest.mark.parametrize(
    ("inner", "credit"),
    [
        ("<span>© Anna Roe</span><p>Der Rat tagt im Rathaus.</p>", "© Anna Roe"),
        ("<small>Foto: Anna Roe/dpa</small> Der Rat tagt im Rathaus.", "Foto: Anna Roe/dpa"),
    ],
)
def test_credit_written_first_in_the_caption_element(inner: str, credit: str) -> None:
    assert _images(f"<figure>{IMG}<figcaption>{inner}</figcaption></figure>") == [("Der Rat tagt im Rathaus.", [credit])]


def test_label_alone_before_the_name_stays_one_credit() -> None:
    figure = f"<figure>{IMG}<figcaption><strong>Foto:</strong> Anna Roe</figcaption></figure>"
    assert _images(figure) == [(None, ["Foto: Anna Roe"])]
