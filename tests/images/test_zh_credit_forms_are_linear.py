"""A Chinese credit form is tried on a body of any length in linear time: a long run of spaces is no hang."""

from __future__ import annotations

import time

import pytest

from cqnews.credit_text.photo_zh import is_zh_credit
from tests.cpu_bar import cpu_bar


@pytest.mark.parametrize("body", ["张三" + " " * 4000 + "x", "张三" + "\u3000" * 4000 + "说", " " * 4000])
def test_long_spaces_before_no_shot_word_are_read_at_once(body: str) -> None:
    started = time.process_time()
    assert not is_zh_credit(body)  # no 摄 closes it: no credit
    assert time.process_time() - started < cpu_bar(0.5)  # ("\s*[/／]?\s*" tried every split of the run: cubic, minutes)


def test_shot_credit_after_spaces_is_still_read() -> None:
    assert is_zh_credit("张三" + " " * 4000 + "摄")
    assert is_zh_credit("张三 / 摄")
