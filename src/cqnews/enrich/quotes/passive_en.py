"""English passive reports of unnamed sources: "the scenes are said to be based on a real killer"."""

from __future__ import annotations

from ...lexicon.reporting_en import PASSIVE_SAID_RE
from ...models import QuoteKind
from .report_stops_en import report_stop
from .text import MAX_CLAUSE, BlockView, Found, Inside, trim_clause


def passive_said(b: BlockView) -> list[Found]:
    """The infinitives reported by "is / are / was / were said to" (with "also", "widely", "often", "now" or
    "reportedly" between: :data:`~cqnews.lexicon.reporting_en.PASSIVE_SAID_RE`) outside quotes, each with no
    speaker (the sources are not named)."""
    text = b.text
    out: list[Found] = []
    if " said to " not in text:  # every match ends in " said " before "to ": a substring test spares most blocks
        return out
    inside: Inside | None = None
    for m in PASSIVE_SAID_RE.finditer(text):
        inside = inside or Inside(b.spans, len(text))
        if inside(m.start()):
            continue
        _, e = b.sentences.around(m.start())
        start, end = trim_clause(text, m.end(), report_stop(b, m.end(), e))
        if 12 <= end - start <= MAX_CLAUSE:
            out.append(Found(QuoteKind.INDIRECT, start, end, None, "said"))
    return out
