"""The word "Credit" with no colon, written in its own element before the credit ("<span>Credit</span><span>Maria Ortiz
for The Ledger</span>", read as "… morning. Credit Maria Ortiz for The Ledger"), opens the credit as a photo word does
("Photo Marie Roe pour Libération", "PHOTO AFP"): the caption ends before it. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Workers unload containers at the eastern terminal on Tuesday morning."


@pytest.mark.parametrize(
    ("credit", "credits"),
    [
        ("Credit Maria Ortiz for The Ledger", [("Maria Ortiz", "The Ledger")]),
        ("Credit AFP", [(None, "AFP")]),
    ],
)
def test_credit_word_opens_the_credit(credit: str, credits: list[tuple[str | None, str | None]]) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(*c, credit) for c in credits])


def test_credit_word_in_a_sentence_stays() -> None:
    written = "Workers unload containers. Credit card sales rose in May."
    assert caption_and_credits(written) == (written, [])
