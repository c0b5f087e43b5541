"""A bracket closing a caption holds what a caption may close with bare: a person's name "for" the outlet the picture
was taken for ("(Anna Roe for The Ledger)", as "… dawn. Anna Roe for The Ledger"). After a name and "for", an office
or an assembly is a campaign's sign, no outlet ("(Anna Roe for Mayor)"), bare or bracketed. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Dock workers load containers at the harbour on Tuesday morning."


@pytest.mark.parametrize(
    ("credit", "name", "outlet"),
    [
        ("(Tom Reyes for The Ledger)", "Tom Reyes", "The Ledger"),
        ("(Maria Ortiz for Reuters)", "Maria Ortiz", "Reuters"),
        ("[Tom Reyes for The Valley Courier]", "Tom Reyes", "The Valley Courier"),
    ],
)
def test_name_for_outlet_in_brackets(credit: str, name: str, outlet: str) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(name, outlet, credit)])


@pytest.mark.parametrize(
    "written",
    [
        "Supporters wave signs outside the town hall (Anna Roe for Mayor)",
        "Supporters wave signs outside the town hall. Anna Roe for Mayor",
        "Volunteers hand out leaflets. Tom Reyes for Governor",
    ],
)
def test_a_campaign_sign_stays_caption_text(written: str) -> None:
    assert caption_and_credits(written) == (written, [])
