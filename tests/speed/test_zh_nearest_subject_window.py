"""A Chinese block with no Chinese comma or stop, many quotes after commas (session 56).

For each quote a comma joins to the sentence, the subject of the nearest clause is looked for, and each clause before
it was segmented whole: in a block with no ``，`` the clause is the block, so each quote segmented everything before
it, quadratic (``'"Ann,' * 1000`` in a Chinese block: 64 s outside a parse; inside one the time budget cut the quote
search after 8 KB). Only a clause's first word is read, so only its head is segmented.
"""

from __future__ import annotations

import time

from cqnews.enrich.quotes import find_quotes
from cqnews.enrich.quotes.opener_zh import zh_sentence_subject
from cqnews.enrich.quotes.spans import find_spans
from cqnews.models import Block
from tests.cpu_bar import cpu_bar


def test_quotes_after_ascii_commas_in_a_chinese_block_are_linear() -> None:
    text = "他很是不解，" + '"Ann,' * 1000
    started = time.process_time()
    quotes = find_quotes([Block(text=text)], "zh")
    assert time.process_time() - started < cpu_bar(3.0)
    assert len(quotes) == 500


def test_the_nearest_subject_is_still_found() -> None:
    for text, subject in [
        ("她急了，把门踹开，发现屋里没有人，“他们早就走了”。", "她"),
        ("王明皱着眉头，慢慢地走到窗前，“这件事我不同意”。", "王明"),
    ]:
        who = zh_sentence_subject(text, 0, find_spans(text)[-1], nearest=True)
        assert who is not None and who.mention == subject
