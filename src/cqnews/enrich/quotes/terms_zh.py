"""Chinese terms the writer quotes again and again (「殺街」 three times in one report, “零口供” twice): a short phrase
in quote marks that the article quotes in more than one place is the writer's word for a thing, not words someone
said there, so none of its places is a direct quote. A sentence said twice (“你70岁了吗？”) holds its own mark and
stays a quote each time."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ...lexicon.quotes_zh import ZH_QUOTED_SHORT_RE
from ...models import Quote, QuoteKind
from .clause_end_zh import zh_short_term

__all__ = ["zh_drop_repeated_terms"]


def zh_drop_repeated_terms(quotes: list[Quote], texts: Sequence[str]) -> None:
    """Leave out of ``quotes`` each direct quote of a short phrase with no mark inside that ``texts`` (the
    article's blocks as read) put in quote marks more than once."""
    quoted = Counter(m.group(m.lastindex or 0) for text in texts for m in ZH_QUOTED_SHORT_RE.finditer(text))
    repeated = {t for t, n in quoted.items() if n > 1 and zh_short_term(t)}
    if repeated:
        quotes[:] = [q for q in quotes if q.kind is not QuoteKind.DIRECT or q.text not in repeated]
