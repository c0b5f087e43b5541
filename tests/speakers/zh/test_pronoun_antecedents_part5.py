"""Who a Chinese 他/她 stands for when the person was introduced as an example (made-up paragraphs; the
expected speaker is the one a reader names)."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


@pytest.mark.parametrize(
    ("paragraphs", "fragment", "speaker"),
    [
        (
            ("陈勇说，罚款制度很不合理，领导从来不听解释。", "有的工人会兼职来增加收入，例如周云每天下午会去送外卖。“有时困得不行。”他说。"),
            "困得不行",
            "周云",
        ),
        (
            ("陳大文表示，樓價仍會上升。", "不少學者不同意，比如李小明每年都會發表報告。他認為樓價已經見頂。"),
            "已經見頂",
            "李小明",
        ),
        (  # no example: the one just quoted goes on
            ("陈勇说，罚款制度很不合理，领导从来不听解释。", "他还说，很多工人都想辞职了。"),
            "想辞职",
            "陈勇",
        ),
    ],
)
def test_pronoun_after_example(paragraphs: tuple[str, ...], fragment: str, speaker: str) -> None:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "zh")
    hits = [q for q in quotes if fragment in q.text]
    assert len(hits) == 1, [(q.kind.value, q.text) for q in quotes]
    assert hits[0].speaker is not None and hits[0].speaker.name == speaker
