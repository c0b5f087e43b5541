"""The speaker name-run patterns must not rescan a long word from each of its capitals: on 20 KB of "AAAA…"
they did, in time growing with the square of the run (seconds). Each is tried as the index calls it
(``finditer``) on 100 KB; the spans of ordinary runs stay where they were."""

from __future__ import annotations

import re
import time

import pytest

from cqnews.enrich.speakers.index_bodies import _ACRONYM_RE
from cqnews.enrich.speakers.tokens import NAME_RUN_RE
from tests.cpu_bar import cpu_bar

_RUN = 100_000


@pytest.mark.parametrize(
    ("pattern", "text"),
    [(NAME_RUN_RE, "A" * _RUN), (NAME_RUN_RE, "Jo " + "B" * _RUN), (_ACRONYM_RE, "A" * _RUN + " (AB)")],
    ids=["name-run", "name-run-after-word", "acronym"],
)
def test_capital_run_is_linear(pattern: re.Pattern[str], text: str) -> None:
    started = time.process_time()
    spans = [m.span() for m in pattern.finditer(text)]
    assert time.process_time() - started < cpu_bar(0.3)
    assert len(spans) <= 1


def test_name_run_spans_unchanged() -> None:
    """A run still starts at its first capital, inside a word after lower-case letters or a particle's hyphen,
    and at a capital after another one when an initial's full stop follows ("AB. Roe": "B. Roe")."""
    spans = [m.group() for m in NAME_RUN_RE.finditer("Youssef al-Masri met Anna B. Roe; the iPhone Pro; AB. Roe")]
    assert spans == ["Youssef al-Masri", "Anna B. Roe", "Phone Pro", "B. Roe"]


def test_acronym_span_unchanged() -> None:
    found = _ACRONYM_RE.search("as said by Public Services and Procurement Canada (PSPC) on Monday")
    assert found is not None
    assert found.group(1, 2) == ("Public Services and Procurement Canada", "PSPC")


def test_mixed_case_word_is_linear() -> None:
    """One 100 KB word of alternating case ("aBaB…") was read to its end from each of its 50 000 capitals
    (6 s); a run now starts at most a few dozen characters inside a word."""
    text = "aB" * (_RUN // 2) + " said"
    started = time.process_time()
    spans = [m.group() for m in NAME_RUN_RE.finditer(text)]
    assert time.process_time() - started < cpu_bar(0.3)
    assert spans == []


def test_name_run_after_short_prefix_unchanged() -> None:
    """A capital a few letters into a word still opens a run ("eBay Chief": "Bay Chief")."""
    spans = [m.group() for m in NAME_RUN_RE.finditer("the eBay Chief said; the McKinsey Partner")]
    assert spans == ["Bay Chief", "McKinsey Partner"]
