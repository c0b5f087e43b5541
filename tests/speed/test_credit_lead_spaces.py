"""A Chinese credit lead ("本报讯 记者 王伟 李红 报道：") may open with blanks. Its pattern once read them with
two optional blank runs around an optional "本报讯", so a long blank run with no credit after it was split between
the two runs every possible way before failing: time grew with the square of the run. It is matched from one
position, as the speaker reader calls it."""

from __future__ import annotations

import time

from cqnews.lexicon.reporting_zh import CREDIT_LEAD_RE
from tests.cpu_bar import cpu_bar


def test_blank_run_without_credit_is_linear() -> None:
    text = " " * 20_000 + "他说"
    started = time.process_time()
    assert CREDIT_LEAD_RE.match(text) is None
    assert time.process_time() - started < cpu_bar(0.2)


def test_credit_lead_still_read() -> None:
    lead = CREDIT_LEAD_RE.match("  本报讯  记者 王伟 李红 报道：市民张先生说")
    assert lead is not None
    assert lead.group().endswith("报道：")
    assert CREDIT_LEAD_RE.match("记者 王伟 报道 他说") is not None
