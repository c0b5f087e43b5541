"""Reliability, third round: each failure found by the third hunt, tested through the stage that had it.

Work that grew faster than the input is measured by what it builds (characters copied, items made) where the
stage exposes it, else by CPU time against ``cpu_bar``. Every input here is written for this file.
"""

from __future__ import annotations

import time

from cqnews.extract.metadata import clean_headline
from tests.cpu_bar import cpu_bar

# -- titles: site-segment stripping linear in the number of segments ------------------------------------


def test_leading_site_segments_are_stripped_in_linear_time() -> None:
    # Every leading "Word" reads as a section name and goes; the last segment ("Word |") stays. Each segment
    # used to be removed with list.pop(0), which moves all the others: 400,000 of them took minutes.
    title = "Word | " * 400_000
    start = time.process_time()
    assert clean_headline(title) == "Word |"
    assert time.process_time() - start < cpu_bar(1.5)


def test_section_segments_are_still_stripped_at_both_ends() -> None:
    assert clean_headline("Sports | Council approves the new bridge | The Valley Herald", "The Valley Herald") == (
        "Council approves the new bridge"
    )
