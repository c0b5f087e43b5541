"""A photo word and the word for "the author's" closing a caption ("… в субботу. Фото автора", "Фото: автора", the
Ukrainian "Фото автора", the Polish "Foto autora") is a credit: the article's author took the picture, no name
written, so the credit names no one (before, it stayed caption text, or "автора" was read as an organisation).
Other words after it ("Фото автора статьи о рынке") stay caption text. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_RU = "Торговцы раскладывают товар на старом рынке в субботу утром."
_UK = "Працівники встановлюють новий трап на поромному причалі в неділю."
_PL = "Handlarze rozkładają towar na starym targu w sobotę rano."


@pytest.mark.parametrize(
    ("caption", "credit"),
    [(_RU, "Фото автора"), (_RU, "Фото: автора"), (_UK, "Фото автора"), (_PL, "Foto autora")],
)
def test_author_photo_closing_the_caption(caption: str, credit: str) -> None:
    assert caption_and_credits(f"{caption} {credit}") == (caption, [(None, None, credit)])


def test_more_words_after_it_stay_caption_text() -> None:
    written = f"{_RU} Фото автора статьи о рынке"
    assert caption_and_credits(written) == (written, [])
