"""One utterance split into pieces: “We will build it,” he said. “It is a promise.”

The pieces stay separate quotes (each is a contiguous span of its block); each later piece gets
:attr:`Quote.continues <cqnews.models.Quote.continues>` pointing at the piece before it, so a reader
can join them back into what was said. Two direct quotes of one block are pieces of one utterance
when they have the same speaker and cue and what stands between them is

* the cue clause of the first, in one sentence at most ("he said.", "Clinton said on Thursday during
  a speech in New York.", 他说，), or
* a few words of the same sentence, with no cue (the fragments of one report: “…” because “…”);

and the second piece has no cue of its own after it (“A,” he said. “B,” she said. are two utterances).
A quote left open at the end of a paragraph goes on with the quote that opens the next paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ...lexicon.punctuation import CLOSING_QUOTE_MARKS_WITH_STRAIGHT_SINGLE, OPENING_QUOTE_MARKS
from ...lexicon.punctuation_zh import SENTENCE_END_MARKS, ZH_FULLWIDTH_CLOSING_MARKS
from ...lexicon.quote_patterns import EN_CUES
from ...models import Quote, QuoteKind
from .sentences import ends_sentence_between
from .text import WORD_RE, Found

__all__ = ["in_cue_clause", "link_continuations"]

_MAX_CUE_GAP_CHARS = 200  # a cue clause with its adjuncts; longer gaps hold narration
_MAX_BARE_GAP_WORDS = 5  # between fragments of one sentence ("because", "and that", "made by some")
_OWN_CUE_REACH = 40  # a cue this close after a piece left open is its own ("B," she said)
_CLOSED = re.compile(
    f"[{SENTENCE_END_MARKS}…][{CLOSING_QUOTE_MARKS_WITH_STRAIGHT_SINGLE}{ZH_FULLWIDTH_CLOSING_MARKS}]?\\s*$"
)


def link_continuations(quotes: list[Quote], texts: list[str]) -> None:
    """Set ``continues`` on every direct quote that goes on with the direct quote before it (a
    reported clause found inside the cue clause between them does not part them)."""
    last_direct: int | None = None
    for index, quote in enumerate(quotes):
        if quote.kind is QuoteKind.INDIRECT:
            continue
        if last_direct is not None and _goes_on(quotes[last_direct], quote, texts):
            quote.continues = last_direct
        last_direct = index


def _goes_on(first: Quote, second: Quote, texts: list[str]) -> bool:
    """Does ``second`` go on with ``first``, in the next paragraph or in the same one?"""
    return _continues_across(first, second, texts) or _continues_within(first, second, texts[second.block])


def _continues_within(first: Quote, second: Quote, text: str) -> bool:
    """Does ``second`` go on with ``first`` in the same paragraph ``text`` (only the cue clause, or a few words of
    the sentence with no cue, between them)?"""
    if first.block != second.block or QuoteKind.INDIRECT in (first.kind, second.kind):
        return False
    if second.cue not in (None, first.cue) or not _same_speaker(first, second):
        return False
    gap = text[first.end : second.start]
    if len(gap) > _MAX_CUE_GAP_CHARS:
        return False
    if not _names_cue(gap, first.cue) and len(WORD_RE.findall(gap)) > _MAX_BARE_GAP_WORDS:
        return False
    return not ends_sentence_between(text, first.end, second.start) and not _own_cue_after(second, text)


def _continues_across(first: Quote, second: Quote, texts: list[str]) -> bool:
    """Does ``second`` open the next paragraph and go on with a quote the paragraph before left open? A quote that
    runs on into the next paragraph has no closing mark at the end of its first paragraph, and the next one opens
    with a quote mark (“A … [end of paragraph] “B …”): one utterance, when the speaker is the same and the second
    piece has no cue of its own (“B,” she said. is a report of its own)."""
    if second.block != first.block + 1 or second.cue not in (None, first.cue) or not _same_speaker(first, second):
        return False
    if _names_cue(texts[second.block], second.cue):
        return False  # the next paragraph names its speaker again: a report of its own
    if texts[first.block][first.end :].strip():
        return False  # the first piece is closed (its mark stands after it) or the paragraph goes on
    opening = texts[second.block][: second.start].strip()
    if not opening:  # the rest of a quote line breaks cut (“A，[break] B。”), no opening mark of its own
        after = texts[second.block][second.end :]
        return not after.strip() or after[0] in ZH_FULLWIDTH_CLOSING_MARKS
    return len(opening) == 1 and opening in OPENING_QUOTE_MARKS


def _own_cue_after(second: Quote, text: str) -> bool:
    """“B,” she said: a piece that leaves its sentence open and has a cue right after it."""
    if second.cue is None or _CLOSED.search(second.text):
        return False
    return _names_cue(text[second.end : second.end + _OWN_CUE_REACH], second.cue)


def _names_cue(text: str, cue: str | None) -> bool:
    """Does ``text`` hold the cue as a word ("says", not the end of "essays"; "said", not "unsaid")? A cue in a
    script written without spaces (表示, 说) is found wherever it stands, as the cue readers find it."""
    if cue is None or cue not in text:
        return False
    if not cue[:1].isascii() and unicodedata.east_asian_width(cue[0]) in "WF":
        return True
    return any(_whole_word_at(text, found, cue) for found in _occurrences(text, cue))


def _occurrences(text: str, cue: str) -> Iterator[int]:
    found = text.find(cue)
    while found >= 0:
        yield found
        found = text.find(cue, found + 1)


def _whole_word_at(text: str, found: int, cue: str) -> bool:
    before = text[found - 1] if found else " "
    after = text[found + len(cue)] if found + len(cue) < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _same_speaker(first: Quote, second: Quote) -> bool:
    if first.speaker is not None or second.speaker is not None:
        return first.speaker == second.speaker
    return first.mention is not None and first.mention == second.mention


def in_cue_clause(f: Found, direct_end: int | None, text: str) -> bool:
    """Is ``f`` a clause reported inside the cue clause of the direct quote before it, in the same sentence
    ("“…,” said Mr. Dorn, who noted that prices had fallen. “…”", "“…,” Reed told the paper, after Ann Lee
    stated that …")? A bare quote after it goes on with the direct quote's speaker, not the clause's."""
    if f.kind != QuoteKind.INDIRECT or direct_end is None or direct_end > f.start or f.cue not in EN_CUES:
        return False  # (English cues only: a German clause after "sagte X" may be someone else's)
    return not ends_sentence_between(text, direct_end, f.start)
