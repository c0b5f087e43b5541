"""A credit line may open with blanks and a bracket before its label ("（ 编辑：王明 ）", "  Source: Reuters").
Its patterns once read them with two blank runs around an optional bracket, so a run of blanks with no label
after it was split between the two runs every possible way before failing: time grew with the square of the
run. They are matched from the start of a line, as the credit-line reader calls them."""

from __future__ import annotations

import re
import time

import pytest

from cqnews.extract.boilerplate import _CREDIT_LINE
from cqnews.lexicon.credit_lines import ZH_REPORTER_QUESTION
from tests.cpu_bar import cpu_bar


@pytest.mark.parametrize("pattern", [_CREDIT_LINE, ZH_REPORTER_QUESTION], ids=["credit-line", "reporter-question"])
@pytest.mark.parametrize("blank", [" ", "\u3000", "\n"])
def test_blank_run_without_label_is_linear(pattern: re.Pattern[str], blank: str) -> None:
    text = blank * 20_000 + "正文"
    started = time.process_time()
    assert pattern.match(text) is None
    assert time.process_time() - started < cpu_bar(0.2)


def test_labels_still_read() -> None:
    assert _CREDIT_LINE.match("  （ 责任编辑：李华 ）") is not None
    assert _CREDIT_LINE.match("[ Editor: Jo Park]") is not None
    assert _CREDIT_LINE.match("Source : Wire service") is not None
    assert _CREDIT_LINE.match("The editor said no") is None
    assert ZH_REPORTER_QUESTION.match(" 【 记者：这项工作下一步怎么推进") is not None
    assert ZH_REPORTER_QUESTION.match("记者：王明 李红") is None
