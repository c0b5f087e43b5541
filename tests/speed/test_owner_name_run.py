"""An owner written with 's ("Professor Hale's view that …") is read by a pattern searched over every English block.
Inside one long run of capitals joined by hyphens or full stops ("A-A-A-…") every capital is at a word boundary,
and each read the run to its end again before failing: time grew with the square of the run. An owner's name
now starts at most 40 characters inside such a run."""

from __future__ import annotations

import time

import pytest

from cqnews.lexicon.attribution_en import OWNED_RE
from tests.cpu_bar import cpu_bar


@pytest.mark.parametrize("unit", ["A-", "B."])
def test_joined_capital_run_is_linear(unit: str) -> None:
    text = "The vote was close. " + unit * 10_000 + " and more"
    started = time.process_time()
    assert list(OWNED_RE.finditer(text)) == []
    assert time.process_time() - started < cpu_bar(0.3)


def test_owners_still_read() -> None:
    first = OWNED_RE.search("It was Dr. Nora Vance's view that the bridge would hold")
    assert first is not None
    assert first.group(2) == "Dr. Nora Vance"
    second = OWNED_RE.search("He cited Jean-Paul's argument that rates must fall")
    assert second is not None
    assert second.group(2) == "Jean-Paul"


def test_an_owner_longer_than_the_bound_is_read_whole() -> None:
    owner = OWNED_RE.search("It was Marie-Claire Fontaine-Beaumont-Delacroix-Vasseur-Lemaire's view that the lease was fair")
    assert owner is not None
    assert owner.group(2) == "Marie-Claire Fontaine-Beaumont-Delacroix-Vasseur-Lemaire"
