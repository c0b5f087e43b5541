"""Chinese attributions that are not speech: 李明希望…, 外交部反对…, 该计划似乎… (see :mod:`.attributions`).

A held cue (:data:`cqnews.lexicon.attribution_zh.HELD_CUES`) needs a subject before it in its sentence,
read by the quote search's :func:`~cqnews.enrich.speakers.phrases_zh.zh_subject_before`; its content is
the rest of the sentence. A seeming cue has no source; its content is its sentence. A cue word inside a
noun (该计划, 支持者, 的支持) is none. Traditional characters are read as simplified ones.
"""

from __future__ import annotations

from ...lexicon import attribution_zh as Z
from ...models import AttributionKind
from .. import segmenter
from ..speakers.phrases import Who
from ..speakers.phrases_zh import zh_subject_before
from .spans import Span
from .text import Inside

# One attribution before its source is resolved: kind, content start and end, holder, cue, cue offset.
Held = tuple[AttributionKind, int, int, Who | None, str, int]

_MIN_CONTENT = 2


def block_attributions_zh(text: str, spans: list[Span]) -> list[Held]:
    """The attributions of one Chinese block, in text order (quotes are taken out by the caller)."""
    inside = Inside(spans, len(text))
    plain = segmenter.to_simplified(text)  # (same length: every offset is the page's own)
    found: list[Held] = []
    for m in Z.CUE_RE.finditer(plain):
        c, c_end = m.start(), m.end()
        if inside(c) or plain[c - 1 : c] in Z.NOUN_BEFORE or plain[c_end : c_end + 1] in Z.NOUN_AFTER:
            continue
        s, e = _sentence(plain, c)
        end = _content_end(plain, c_end, e)
        if end - c_end < _MIN_CONTENT:
            continue
        word, cue = m.group(), text[c:c_end]
        if word in Z.SEEMING_CUES:
            found.append((AttributionKind.PERCEPTION, s, end, None, cue, c))
            continue
        who = zh_subject_before(text, s, c)
        if who is not None:
            found.append((AttributionKind(Z.HELD_CUES[word]), c_end, end, who, cue, c))
    return found


def _sentence(plain: str, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos`` (bounded: 200 characters either side)."""
    s = pos
    while s > max(0, pos - 200) and plain[s - 1] not in Z.CLAUSE_END:
        s -= 1
    e = pos
    while e < min(len(plain), pos + 200) and plain[e] not in Z.CLAUSE_END:
        e += 1
    return s, e


def _content_end(plain: str, start: int, end: int) -> int:
    """The content's end: the sentence's, or where a comma opens the next clause (，并呼吁…), before
    trailing punctuation."""
    joins = [k for join in Z.CLAUSE_JOINS if (k := plain.find(join, start, end)) >= 0]
    end = min(joins, default=end)
    while end > start and plain[end - 1] in "，,、 ":
        end -= 1
    return end
