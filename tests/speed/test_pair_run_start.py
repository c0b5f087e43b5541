"""Two people named together ("Ann Lee and Tom Kim") are found by a pattern tried at every capital of a block.
Inside one long run of word characters joined by hyphens or apostrophes ("A-A-A-…") every capital after a
hyphen is at a word boundary, and each read the run to its end again before failing: time grew with the square
of the run. A pair now starts at most a few dozen characters inside such a run."""

from __future__ import annotations

import time

import pytest

from cqnews.enrich.speakers.index_groups import _PAIR_RE
from tests.cpu_bar import cpu_bar

_RUN = 20_000


@pytest.mark.parametrize("unit", ["A-", "A'", "B’"])
def test_hyphenated_capital_run_is_linear(unit: str) -> None:
    text = "Mia and Joe left early. " + unit * (_RUN // 2) + "."
    started = time.process_time()
    pairs = [m.group() for m in _PAIR_RE.finditer(text)]
    assert time.process_time() - started < cpu_bar(0.3)
    assert pairs == ["Mia and Joe"]


def test_pairs_still_found() -> None:
    """Pairs of full names, hyphenated first names and a capital just after an apostrophe still match."""
    text = "Later Rosa Diaz and Gina Linetti spoke; Jean-Marc Roux and Paul Diaz agreed; d'Artagnan and Athos left"
    pairs = [m.groups() for m in _PAIR_RE.finditer(text)]
    assert pairs == [
        ("Later Rosa Diaz", "Gina Linetti"),
        ("Jean-Marc Roux", "Paul Diaz"),
        ("Artagnan", "Athos"),
    ]


def test_a_name_longer_than_the_bound_is_read_from_its_start() -> None:
    """The bound refuses starts deep inside a run, not names that run past it: a hyphenated surname of 43
    characters is one run that opens where the name does."""
    text = "The lease was signed by Marie-Claire Fontaine-Beaumont-Delacroix-Vasseur-Lemaire and Tom Kim."
    pairs = [m.groups() for m in _PAIR_RE.finditer(text)]
    assert pairs == [("Marie-Claire Fontaine-Beaumont-Delacroix-Vasseur-Lemaire", "Tom Kim")]
