"""Round 18 (Session 60): a figure caption of a picture label then a sentence ("Photo: The new terminal seen from
the water at dusk.") gave no caption and a photographer credit whose organisation was the caption's text. A label
followed by a sentence closed by a lower-case word is a caption (lexicon.credit_lines.PICTURE_CAPTION, read so in
text dumps already); "Photo: Lena Marsh/Coastline Press" stays a credit. Made-up captions."""

from __future__ import annotations

import cqnews
from cqnews.credit_text.photo import split_photo_credit

LEDE = "The harbour board opened the new ferry terminal on Saturday, two years after the works began on the quay."


def test_a_label_before_a_caption_sentence_is_no_credit() -> None:
    assert split_photo_credit("Photo: The new terminal seen from the water at dusk.") == (
        "The new terminal seen from the water at dusk.",
        [],
    )


def test_a_label_before_a_name_and_outlet_is_still_a_credit() -> None:
    caption, credits = split_photo_credit("Photo: Lena Marsh/Coastline Press")
    assert caption is None
    assert [(c.name, c.organization) for c in credits] == [("Lena Marsh", "Coastline Press")]


def test_a_figure_with_a_labelled_caption() -> None:
    page = (
        "<html><head><title>Terminal</title></head><body><article><h1>Terminal opens</h1>"
        f"<p>{LEDE}</p><figure><img src='https://news.example/terminal.jpg'>"
        "<figcaption>Photo: The new terminal seen from the water at dusk.</figcaption></figure>"
        "<p>“It was worth the wait,” said Mira Holt, who runs the café by the old pier.</p></article></body></html>"
    )
    article = cqnews.parse(page)
    image = next(i for i in article.images if i.src.endswith("terminal.jpg"))
    assert image.caption == "The new terminal seen from the water at dusk."
    assert all(c.organization != "The new terminal seen from the water at dusk" for c in image.credits)


def test_a_labelled_line_that_credits_the_picture_stays_a_credit() -> None:
    # The giver's or the origin's word, or the photographer's name, makes the sentence a credit line (as in dumps).
    assert split_photo_credit("Photo: supplied by the county council.")[0] is None
    assert split_photo_credit("Image: screenshot from the council video.")[0] is None
    caption, credits = split_photo_credit("Photo: Nils Ekberg, staff photographer.")
    assert caption is None
    assert [c.name for c in credits] == ["Nils Ekberg"]
