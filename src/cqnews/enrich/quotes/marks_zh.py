"""Chinese written with half-width marks (他说,我们会赢!), read as with the full-width ones.

Some portals write ，：；？！ half-width throughout. The Chinese rules read the full-width marks, so an article
that never writes a mark full-width is read with each of its half-width marks beside Chinese (a Han character
or a full-width mark on either side, spaces skipped) put full-width: one character for one, so every offset
found stays an offset of the block as written. An article that writes the full-width mark keeps its half-width
ones as written (a comma inside Latin text, 1,000, 10:30).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...lexicon.quotes_zh import HALFWIDTH_MARKS

_CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’"


def fullwidth_marks(texts: Sequence[str]) -> list[str]:
    """The ``texts`` of one article with each half-width mark whose full-width mark the article never writes
    put full-width beside Chinese (each text its length)."""
    table = {h: f for h, f in HALFWIDTH_MARKS.items() if not any(f in t for t in texts) and any(h in t for t in texts)}
    if not table:
        return list(texts)
    marks = re.escape("".join(table))
    pattern = re.compile(rf"(?<=[{_CJK}])\s*[{marks}]|[{marks}](?=\s*[{_CJK}])")
    return [pattern.sub(lambda m: m.group()[:-1] + table[m.group()[-1]], t) for t in texts]
