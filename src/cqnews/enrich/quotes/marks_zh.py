"""Chinese written with half-width marks (他说,我们会赢!) or rarer quote marks, read as with the common ones.

Some portals write ，：；？！ half-width throughout; a few quote with 〝…〞 or ＂…＂ (read as “…” and "…", always).
The Chinese rules read the full-width marks, so an article that never writes a mark full-width is read with each
of its half-width marks beside Chinese (a Han character or a full-width mark on either side, spaces skipped) put
full-width: one character for one, so every offset found stays an offset of the block as written. An article that
writes the full-width mark keeps its half-width ones as written (a comma inside Latin text, 1,000, 10:30).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...lexicon.quotes_zh import HALFWIDTH_MARKS, RARE_QUOTE_MARKS

_QUOTE_MARKS = str.maketrans(RARE_QUOTE_MARKS)

_CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’"


def fullwidth_marks(texts: Sequence[str]) -> list[str]:
    """The ``texts`` of one article with each half-width mark whose full-width mark the article never writes
    put full-width beside Chinese (each text its length), and the rarer quote marks read as the common ones."""
    read = [t.translate(_QUOTE_MARKS) for t in texts]
    table = {h: f for h, f in HALFWIDTH_MARKS.items() if not any(f in t for t in read) and any(h in t for t in read)}
    if not table:
        return read
    marks = re.escape("".join(table))
    pattern = re.compile(rf"(?<=[{_CJK}])\s*[{marks}]|[{marks}](?=\s*[{_CJK}])")
    return [pattern.sub(lambda m: m.group()[:-1] + table[m.group()[-1]], t) for t in read]
