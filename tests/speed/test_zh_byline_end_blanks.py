"""The end of a Chinese byline ("记者 张三 北京报道", "新华社记者 张三 摄") is cut by a pattern anchored at the line's
end. It once read an optional slash between two optional blank runs, searched from every position: a long blank run
with no such end after it was split between the runs every possible way, from every blank, before failing (4,000
blanks took about a minute). Each blank run is now taken whole from its first blank. Made-up lines."""

from __future__ import annotations

import time

from cqnews.enrich.credits.bylines_zh import _REPORTED_FROM, _SHOT
from tests.cpu_bar import cpu_bar


def test_blank_run_without_an_end_is_linear() -> None:
    text = "记者 张三" + " " * 20_000 + "x"
    started = time.process_time()
    assert _REPORTED_FROM.search(text) is None
    assert _SHOT.search("摄" + text) is None
    assert time.process_time() - started < cpu_bar(0.2)


def test_the_ends_are_still_cut() -> None:
    assert _REPORTED_FROM.sub("", "记者 张三  北京报道 ") == "记者 张三"
    assert _REPORTED_FROM.sub("", "記者王小明 ／ 台北報導）") == "記者王小明"
    assert _REPORTED_FROM.sub("", "新华社记者 张三 / 摄") == "新华社记者 张三"
    assert _SHOT.search("新华社记者 张三 摄影 ）") is not None
