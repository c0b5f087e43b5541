"""Attributions that are not speech: beliefs, intentions, stances, how things seem, what data shows,
what talk was about (:class:`cqnews.models.Attribution`).

>>> from cqnews.models import Block
>>> from cqnews.enrich.quotes import read_quotes
>>> reading = read_quotes([Block(text="Lee wants a recount.")], "en")
>>> [(a.kind.value, a.source.name, a.text) for a in find_attributions(reading)]
[('intention', 'Lee', 'a recount')]

A second pass over the body a quote search has read (:func:`~cqnews.enrich.quotes.read_quotes`): the
same sentences and quoted spans, the same subject reader (:func:`~cqnews.enrich.speakers.phrases.en_subject_before`)
and the same speaker book, so "she" and "the senator" resolve as a quote's speaker would. The cue
words are in :mod:`cqnews.lexicon.attribution_en`. Rules, per cue outside quote marks:

- a held cue ("believes", "wants", "endorsed", "shows", "referring to") needs a subject before it,
  past auxiliaries and adverbs ("has long supported") and past a verb that takes the cue ("used to praise",
  "tried to defend", "instead decried"); a relative "who" stands for the noun before it,
  and a participle after a comma ("…, she said, referring to X") for the sentence's subject. Its
  content is the rest of the sentence, up to a dash or semicolon, or to the comma before a reporting
  clause ("…, aides said");
- "call" is a stance only as a label: an object and what it is called ("called him divisive", "…, calling
  it a waste", "called the ruling “arbitrary”"), the label ending at a comma or at "and" before a verb;
- "asked" before a question word or "about" gives what the question was about, to the next comma; the
  asker is the subject before it, nobody in "Asked about X, …", "when asked", "was asked";
- a poll or survey after "In" opening the sentence and before its comma finds the clause after the comma;
  a poll with an article and a name ("in a CNN poll") finds the clause before "in";
- a seeming cue ("seems", "appears", "reportedly") or a passive view ("is expected to") has no
  source; its content is its clause;
- a holder read as a description that is the rest of a clause ("Ann Lee will come on the program to
  discuss …", "Mrs. Lee devotes her speech to praising …") is the name or pronoun opening that clause
  (:mod:`~cqnews.enrich.speakers.clause_desc_en`);
- a named or pronoun holder is remembered as a quote's speaker is, so that a later "she" can be them;
- a cue form inside a compound word ("so-called", "Labour-backed") is no cue;
- a cue form after a determiner, an owner or a preposition is a noun ("the plans", "the support",
  "voters' worries", "against plans") and no cue, but a noun of
  stance, view or intention with its owner is one ("Lee's support for the tram", "her decision to go",
  "its finding that …", "the landlord's promise of …"), and "in his view", "in Lee's opinion" hold the
  clause around them;
- an attribution whose content is mostly a quote already found is left out: quotes and attributions
  never count the same clause twice.

English text is read by :mod:`.attributions_en`, Chinese text by :mod:`.attributions_zh` (李明希望…, 外交部反对…,
该计划似乎…).
"""

from __future__ import annotations

import bisect

from ...deadline import NO_DEADLINE, Deadline
from ...models import Attribution, Quote, Speaker
from ..speakers import SpeakerBook
from ..speakers.antecedents_zh import zh_subject_named_before
from ..speakers.given_names import given_names_of
from ..speakers.phrases import Who
from . import Reading, index_blocks
from .attributions_en import Unresolved, block_attributions_en, may_hold
from .attributions_zh import block_attributions_zh


def find_attributions(reading: Reading, deadline: Deadline = NO_DEADLINE) -> list[Attribution]:
    """The attributions of the blocks ``reading`` read, in reading order, none repeating one of its quotes."""
    with given_names_of(reading.rules.given_genders):  # (as the quotes were read: see :func:`.read_quotes`)
        return _attributions(reading, deadline)


def _attributions(reading: Reading, deadline: Deadline) -> list[Attribution]:
    found = _found(reading, deadline)
    if not found:
        return []
    book = _book(reading, found[-1][0] + 1, deadline)
    if reading.rules.cjk:  # every named holder, so that 他/她 can find them by name (as for quotes)
        for _, holder in found:
            if holder.who is not None and holder.who.kind == "person":
                book.know_zh(holder.who.mention)
    out: list[Attribution] = []
    said = list(book.said)  # the quotes' speakers, restored after the holders noted below
    for index, f in found:
        text, who = reading.shown[index], f.who
        source = _source(book, reading, index, f)
        if not reading.rules.cjk and source is not None and who is not None and who.kind in ("person", "pronoun"):
            _note_holder(book, source, who, reading.bases[index] + f.cue_at)
        mention = who.mention if who is not None else None
        start, end = _as_written(reading, index, f.start, f.end)
        out.append(
            Attribution(
                text=text[start:end], kind=f.kind, source=source, mention=mention, cue=f.cue, block=index,
                start=start, end=end,
            )
        )
    book.said = said
    return out


def _as_written(reading: Reading, index: int, start: int, end: int) -> tuple[int, int]:
    """A span of block ``index``'s reading text as the block writes it (format characters left out of the reading:
    see :mod:`.invisible`)."""
    where = reading.unseen[index] if reading.unseen else None
    return (start, end) if where is None else (where.start(start), where.end(end, start))


def _found(reading: Reading, deadline: Deadline) -> list[tuple[int, Unresolved]]:
    """Each block's attributions before their sources are resolved, with the block's index."""
    quoted = _quoted_by_block(reading.quotes, len(reading.texts))
    found: list[tuple[int, Unresolved]] = []
    for index, text in enumerate(reading.texts):
        if deadline.expired():
            break
        if reading.rules.cjk:
            held = [Unresolved(*h) for h in block_attributions_zh(text, reading.spans[index])]
            found += [(index, f) for f in _kept(held, quoted[index])]
        elif may_hold(text):  # most blocks hold no cue
            held = block_attributions_en(text, reading.spans[index])
            found += [(index, f) for f in _kept(held, quoted[index])]
    return found


def _note_holder(book: SpeakerBook, source: Speaker, who: Who, pos: int) -> None:
    """Remember a named holder as a quote's speaker is remembered, in text order, so that a later "she"
    can be them ("Lee believes … She wants …")."""
    n = len(book.said)
    book.note(source, who, pos)
    if len(book.said) > n:
        book.said.insert(bisect.bisect_right([said.pos for said in book.said[:n]], pos), book.said.pop())


def _source(book: SpeakerBook, reading: Reading, index: int, f: Unresolved) -> Speaker | None:
    """The holder resolved as a quote's speaker: a Chinese 他/她 is the person named last before it
    (in its sentence, its block, or at the end of the block before), as :mod:`.resolve` reads it."""
    who, text = f.who, reading.texts[index]
    if who is None:
        return None
    if reading.rules.cjk and who.kind == "pronoun":
        before = reading.texts[index - 1] if index else ""
        named = zh_subject_named_before(book.zh_known, text, who.start) or book.zh_named_before(
            text, who.start, before
        )
        return Speaker(name=named, role=book.roles.get(named)) if named else Speaker()
    return book.resolve_before(who, reading.bases[index] + f.cue_at)


def _book(reading: Reading, reach: int, deadline: Deadline) -> SpeakerBook:
    """The quote search's speaker book, its names indexed up to block ``reach`` (it indexed only the
    blocks near its quotes); a new one when the search found no quote and so registered no name."""
    book, indexed = reading.book, reading.indexed
    if not reading.registered:
        book, indexed = reading.rules.new_book(), 0
        for text, base, spans in zip(reading.texts, reading.bases, reading.spans, strict=True):
            reading.rules.register(book, text, base, spans)
    if reading.rules.index_mentions and reach > indexed:
        index_blocks(reading.texts, reading.bases, reading.spans, book, (indexed, reach), deadline)
    return book


def _quoted_by_block(quotes: list[Quote], n: int) -> list[list[tuple[int, int]]]:
    out: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for q in quotes:
        if q.block < n:
            out[q.block].append((q.start, q.end))
    return out


def _kept(found: list[Unresolved], quoted: list[tuple[int, int]]) -> list[Unresolved]:
    """Drop what lies mostly inside a quote ("Lee fears that …" is a quote already; so is "Lee backs the
    plan, aides said", Lee's stance inside the aides' words: measured on PolNeAR train, keeping such
    nested attributions adds more repeats than finds), and any attribution mostly repeating the one
    kept before it."""
    kept: list[Unresolved] = []
    for f in found:
        size = f.end - f.start
        if size <= 0 or any(min(f.end, qe) - max(f.start, qs) > 0.5 * size for qs, qe in quoted):
            continue
        if kept and min(f.end, kept[-1].end) - max(f.start, kept[-1].start) > 0.5 * size:
            continue
        kept.append(f)
    return kept
