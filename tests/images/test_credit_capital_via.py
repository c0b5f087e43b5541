"""A credit written all in capitals names its distributor after "VIA" as a mixed-case credit does after "via"."""

from __future__ import annotations

import pytest

from cqnews.credit_text.photo import split_photo_credit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Firefighters hose down a burning barn. | LENA BRANDT/AFP VIA GETTY IMAGES",
            [("Lena Brandt", "AFP"), (None, "Getty Images")],
        ),
        (
            "Firefighters hose down a burning barn. (Photo by LENA BRANDT / AFP VIA GETTY IMAGES)",
            [("Lena Brandt", "AFP"), (None, "Getty Images")],
        ),
        (
            "Firefighters hose down a burning barn. | Lena Brandt/AFP via Getty Images",
            [("Lena Brandt", "AFP"), (None, "Getty Images")],
        ),
    ],
)
def test_capital_via_names_the_distributor(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    caption, credits = split_photo_credit(text)
    assert caption == "Firefighters hose down a burning barn."
    assert [(c.name, c.organization) for c in credits] == expected
