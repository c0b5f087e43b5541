"""An English newspaper's word that lexicon.en.ORG_WORDS leaves out ("Ledger", "Examiner", "Dispatch", "Sentinel"
…) makes the part of a credit chain that holds it the taker's paper, not a second person, as "Courier" and
"Gazette" already did: "Dana Whitfield/Harbour Ledger" is one photographer and the paper. Two people stay two
people. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Crews lift a new gangway onto the ferry dock on Sunday afternoon."


@pytest.mark.parametrize(
    ("credit", "paper"),
    [
        ("(Dana Whitfield/Harbour Ledger)", "Harbour Ledger"),
        ("Dana Whitfield | Valley Examiner", "Valley Examiner"),
        ("Dana Whitfield/The Island Sentinel", "The Island Sentinel"),
    ],
)
def test_paper_after_the_photographer(credit: str, paper: str) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [("Dana Whitfield", paper, credit)])


def test_two_photographers_stay_two() -> None:
    credit = "(Nora Lindqvist/Tom Reyes)"
    assert caption_and_credits(f"{_CAPTION} {credit}") == (
        _CAPTION,
        [("Nora Lindqvist", None, credit), ("Tom Reyes", None, credit)],
    )
