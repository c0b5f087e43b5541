"""A gallery slide's title over its description (``<div><img><div class="slide-title">Old bridge</div><div
class="meta">Workers inspect …</div></div>``): a short label in lower case, then a sentence. The sentence is the
caption and the title is no photo credit; a credit written first ("The Yomiuri Shimbun", "Foto: dpa", a
person's name) is still read as the credit. Made-up texts."""

from __future__ import annotations

from cqnews.draft import ImageDraft
from cqnews.enrich.captions import build_images
from tests.figure_helpers import IMG, figure_images

_SENTENCE = "Die Ratsmitglieder stimmen am Montag über die Sanierung der Straße ab."
_SRC = "https://x.example/a.jpg"


def _built(caption: str, credit: str) -> tuple[str | None, list[str]]:
    (image,) = build_images([ImageDraft(src=_SRC, caption=caption, credit=credit)])
    return image.caption, [c.raw or "" for c in image.credits]


def test_lower_case_title_over_a_sentence_is_no_credit() -> None:
    assert _built("Alte Brücke im Nebel", _SENTENCE) == (_SENTENCE, [])
    assert _built("Old bridge", "Workers inspect the old bridge supports on Monday.") == (
        "Workers inspect the old bridge supports on Monday.",
        [],
    )


def test_credit_written_first_is_still_the_credit() -> None:
    assert _built("Foto: dpa", _SENTENCE) == (_SENTENCE, ["Foto: dpa"])
    assert _built("Anna Roe", _SENTENCE) == (_SENTENCE, ["Anna Roe"])


def test_slide_title_and_description_beside_the_picture() -> None:
    figure = (
        f'<div class="slide">{IMG}<div class="slide-title">Alte Brücke im Nebel</div>'
        f'<div class="meta"><p>{_SENTENCE}</p></div></div>'
    )
    assert figure_images(figure) == [(_SENTENCE, [])]
