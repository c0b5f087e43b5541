"""Reliability, third round: each failure found by the third hunt, tested through the stage that had it.

Work that grew faster than the input is measured by what it builds (characters copied, items made) where the
stage exposes it, else by CPU time against ``cpu_bar``. Every input here is written for this file.
"""

from __future__ import annotations

import time

import cqnews
from cqnews.extract.metadata import _site_free_starts, clean_headline
from tests.cpu_bar import cpu_bar

_PROSE = "The new river bridge opened to traffic on Monday after four years of work by the city. " * 3


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


def test_trailing_site_segments_copy_the_title_a_bounded_number_of_times() -> None:
    # Each start of the title before a run of site names is a copy of the title: one per segment made
    # 80 KB of " 华龙网" take 2.4 GB and seconds (quadratic); a few trailing segments name a site.
    title = "重庆多地启动防汛响应" + " 华龙网" * 2_000
    starts = _site_free_starts(title, None)
    assert starts and starts[0] == "重庆多地启动防汛响应" + " 华龙网" * 1_999
    assert sum(len(start) for start in starts) <= 10 * len(title)


def test_a_title_of_thousands_of_site_names_parses_quickly() -> None:
    title = "重庆多地启动防汛响应" + " 华龙网" * 20_000
    page = f"<html><head><title>{title}</title></head><body><h1>Bridge opens</h1><p>{_PROSE}</p></body></html>"
    start = time.process_time()
    article = cqnews.parse(page)
    assert time.process_time() - start < cpu_bar(1.0)
    assert article.body
