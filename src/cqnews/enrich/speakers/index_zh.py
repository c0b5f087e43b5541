"""The Chinese names of an article, for :class:`~cqnews.enrich.speakers.index.NameIndex`: the people met so far
(quoted, or named with an honorific or as a dotted transliteration), the blocks' texts, and the look-ups that
read them (a lone surname, a surname with a title, 这位律师, the person named last before a position). Every
look-up reads a bounded stretch of text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .anaphors_zh import named_by_noun
from .names_zh import credited_writer_at
from .phrases_zh import ZH_DOTS_RE
from .surname_zh import known_with_surname, named_in_text, titled_surname

__all__ = ["ChineseNames"]

# How far back a name is looked for (characters), how many known names are kept.
_ZH_REACH = 400
_ZH_KNOWN = 60


@dataclass
class ChineseNames:
    """Chinese person names met so far, latest last, and the texts of the Chinese blocks by position."""

    zh_known: list[str] = field(default_factory=list)
    _zh_texts: list[tuple[int, str]] = field(default_factory=list)

    def know_zh(self, name: str) -> None:
        if name in self.zh_known:
            self.zh_known.remove(name)
        self.zh_known.append(name)
        del self.zh_known[:-_ZH_KNOWN]

    def zh_named_by_surname(self, mention: str, start: int, pos: int) -> str | None:
        """The full name a lone surname (``mention``, at ``start`` of the block holding article position
        ``pos``) stands for when the text gave it outside any quote before: 黃國華 for 黃 in
        教授黃國華昨日出席論壇。黃指出."""
        k = bisect.bisect_right(self._zh_texts, (pos, "\uffff")) - 1
        return named_in_text(self._zh_texts, mention, self._zh_texts[k][0] + start) if k >= 0 else None

    def zh_named_by_title(self, mention: str, start: int, pos: int) -> str | None:
        """The full name a surname with a title (``mention``: 陳教授, 刘局长, 王总) stands for when the article
        gave it before: the latest person of that surname quoted, else named outside quotes
        (香港大學教授陳大文表示… 陳教授續稱 -> 陳大文)."""
        surname = titled_surname(mention)
        if surname is None:
            return None
        return known_with_surname(self.zh_known, surname) or self.zh_named_by_surname(surname, start, pos)

    def zh_named_by_noun(self, mention: str, pos: int) -> str | None:
        """The person a demonstrative and a noun (``mention``: 这位律师) stands for, read in the block before
        article position ``pos`` across its sentences (王明的律师张伟表示…。这位律师还说：“…” -> 张伟); None if none."""
        k = bisect.bisect_right(self._zh_texts, (pos, "\uffff")) - 1
        if k < 0 or mention.isascii():
            return None
        base, text = self._zh_texts[k]
        return named_by_noun(text[max(0, pos - base - _ZH_REACH) : max(0, pos - base)], mention)

    def zh_texts_before(self, pos: int, count: int) -> list[str]:
        """The texts of up to ``count`` Chinese blocks before the block holding article position ``pos``,
        nearest first."""
        k = bisect.bisect_right(self._zh_texts, (pos, "\uffff")) - 1
        return [text for _, text in reversed(self._zh_texts[max(0, k - count) : max(0, k)])]

    def zh_named_before(self, text: str, pos: int, before: str = "") -> str | None:
        """The known Chinese person named last in ``text`` before ``pos`` (bounded look-back), else
        at the end of ``before`` (the previous paragraph: 王先生租住在… / “…”他认为…)."""
        if before:
            head = text[max(0, pos - _ZH_REACH) : pos]
            named = self.zh_named_before(head, len(head))
            if named is not None:
                return named
            tail = before[-_ZH_REACH:]
            named, at = self._zh_last_named(tail, len(tail))
            last = ZH_DOTS_RE.split(named)[-1] if named else ""
            if named is None or tail.startswith("的", at + len(last)):
                return None  # 图注：奥尔德林的圣餐杯: an owner in the paragraph before is no subject
            return named
        return self._zh_last_named(text, pos)[0]

    def _zh_last_named(self, text: str, pos: int) -> tuple[str | None, int]:
        lo = max(0, pos - _ZH_REACH)
        best, at = None, -1
        for name in self.zh_known:
            k = text.rfind(ZH_DOTS_RE.split(name)[-1], lo, pos)
            if k > at and not credited_writer_at(text, k):  # (新华社记者张伟: the writer, no one quoted)
                best, at = name, k
        return best, at
