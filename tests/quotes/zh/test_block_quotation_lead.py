"""A Chinese block quotation without quote marks after a paragraph ending in a cue and a colon (店主王明说： then a
``<blockquote>``) is the direct quote of the subject of that cue, as in English pages; one after a paragraph whose
colon follows no cue (如下：) is left alone, and so is a block quotation that holds quote marks of its own.

Every sentence is made up; quotes and speakers are read off the paragraphs.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, BlockKind, QuoteKind


def _direct(*blocks: Block) -> list[tuple[int, str, str | None]]:
    quotes = find_quotes(list(blocks), "zh")
    return [(q.block, q.text, q.speaker.name if q.speaker else None) for q in quotes if q.kind is QuoteKind.DIRECT]


_SAID = "开书店本来就是微利的行业，房租一涨，我们只能搬走。"
_MORE = "说实话，我对房东并无怨言。"


def test_lead_with_cue_names_the_speaker() -> None:
    lead = Block(text="租约到期后，租金涨了十几倍。店主邢志远说：")
    quoted = Block(text=_SAID, kind=BlockKind.BLOCKQUOTE)
    assert _direct(lead, quoted) == [(1, _SAID, "邢志远")]


def test_quotation_of_two_blocks() -> None:
    lead = Block(text="租约到期后，店主邢志远在信中写道：")
    first, second = Block(text=_SAID, kind=BlockKind.BLOCKQUOTE), Block(text=_MORE, kind=BlockKind.BLOCKQUOTE)
    assert _direct(lead, first, second) == [(1, _SAID, "邢志远"), (2, _MORE, "邢志远")]


def test_lead_without_cue() -> None:
    lead = Block(text="书店关门前贴出的告示内容如下：")
    assert _direct(lead, Block(text=_SAID, kind=BlockKind.BLOCKQUOTE)) == []
