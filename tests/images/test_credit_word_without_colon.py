"""The word "Credit" with no colon, written in its own element before the credit ("<span>Credit</span><span>Maria Ortiz
for The Ledger</span>", read as "… morning. Credit Maria Ortiz for The Ledger"), opens the credit as a photo word does
("Photo Marie Roe pour Libération", "PHOTO AFP"): the caption ends before it. Made-up captions."""

from __future__ import annotations

import pytest

from cqnews.draft import ImageDraft
from cqnews.enrich.captions import build_images

_CAPTION = "Workers unload containers at the eastern terminal on Tuesday morning."


def _built(written: str) -> tuple[str | None, list[tuple[str | None, str | None, str]]]:
    (image,) = build_images([ImageDraft(src="https://x.example/a.jpg", caption=written)])
    return image.caption, [(c.name, c.organization, c.raw) for c in image.credits]


@pytest.mark.parametrize(
    ("credit", "credits"),
    [
        ("Credit Maria Ortiz for The Ledger", [("Maria Ortiz", "The Ledger")]),
        ("Credit AFP", [(None, "AFP")]),
    ],
)
def test_credit_word_opens_the_credit(credit: str, credits: list[tuple[str | None, str | None]]) -> None:
    assert _built(f"{_CAPTION} {credit}") == (_CAPTION, [(*c, credit) for c in credits])


def test_credit_word_in_a_sentence_stays() -> None:
    written = "Workers unload containers. Credit card sales rose in May."
    assert _built(written) == (written, [])
