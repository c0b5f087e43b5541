"""A name whose initials are glued ("S.V. Raju", "A.K. Singh") is one name from its first initial, also in the
middle of a sentence, so that a later "Raju argued" is "S.V. Raju", not "V. Raju". Made-up sentences only."""

from __future__ import annotations

import time

from cqnews.enrich.speakers.tokens import NAME_RUN_RE
from tests.cpu_bar import cpu_bar
from tests.quote_helpers import speakers_in_en


def test_glued_initials_named_in_the_middle_of_a_sentence() -> None:
    assert speakers_in_en(
        "The tax office, represented by counsel M.R. Pillai, opposed the appeal.",
        '"The firm hid its income for six years," Pillai argued.',
    ) == ["M.R. Pillai"]


def test_the_runs_of_glued_initials() -> None:
    text = "by S.V. Raju and A.K. Singh, then U.S. envoy Tom Lee"
    assert [m.group() for m in NAME_RUN_RE.finditer(text)] == ["S.V. Raju", "A.K. Singh", "Tom Lee"]


def test_a_long_row_of_initials_is_read_once() -> None:
    started = time.process_time()  # (CPU time against a bar scaled to this machine: wall time fails a busy one)
    assert not list(NAME_RUN_RE.finditer("A." * 100_000))
    assert time.process_time() - started < cpu_bar(2.0)
