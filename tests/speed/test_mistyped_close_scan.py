"""A block of “ marks that no ” closes (session 56).

Each “ opens a quote whose closer is looked for to the block's end; the search for a “ typed for a ” read every “
after the opener again, and for each one copied the rest of the block (``text[k + 1 :].strip()``): cubic, 24 KB of
``&“"`` took 29 s of CPU inside one block, where the time budget cannot stop it (a 2 MB page would have run for
days). Whether a “ closes depends on its neighbours alone, so the block's closing “ are found once.
"""

from __future__ import annotations

import time

import cqnews
from cqnews.enrich.quotes.spans import find_spans
from tests.cpu_bar import cpu_bar


def test_a_block_of_unclosed_curly_marks_is_linear() -> None:
    page = "<html><body><article><h1>Harbour</h1><p>" + "&amp;&#8220;&quot;" * 10_000 + "</p></article></body></html>"
    started = time.process_time()
    article = cqnews.parse(page)
    assert time.process_time() - started < cpu_bar(2.0)
    assert not any("time_budget" in warning for warning in article.extraction.warnings)


def test_mistyped_closers_still_close() -> None:
    text = "“It is unusual,“ said Ann Lee. “A second one“ he added, and “the last.“"
    spans = find_spans(text)
    assert [text[span.start : span.end] for span in spans] == ["It is unusual,", "A second one", "the last."]
    zh = "他说“要不我们走吧“，然后离开了。李主任说：“任务全部完成了。“"
    assert [zh[span.start : span.end] for span in find_spans(zh)] == ["要不我们走吧", "任务全部完成了。"]
