"""An outlet's name, a photo word and "by" before the taker's name after the caption's last sentence, with no bracket
("… morning. Valley Times photo by Tom Reyes", "… morning. HT Photo by Raj Verma"), is the credit as it is in a
bracket ("(Express photo by Ravi Kumar)"): the outlet's words belong to the credit, not to the caption. Made-up
captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Dock workers load containers at the harbour on Tuesday morning."


@pytest.mark.parametrize(
    ("credit", "name", "outlet"),
    [
        ("Valley Times photo by Tom Reyes", "Tom Reyes", "Valley Times"),
        ("HT Photo by Raj Verma", "Raj Verma", "HT"),
        ("The Ledger photo by Maria Ortiz", "Maria Ortiz", "The Ledger"),
    ],
)
def test_outlet_photo_by_after_the_last_sentence(credit: str, name: str, outlet: str) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(name, outlet, credit)])


def test_photo_by_a_description_stays_caption_text() -> None:
    written = "Tourists pose on the quay. Group photo by the sea"
    assert caption_and_credits(written) == (written, [])
