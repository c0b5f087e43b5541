"""Direct and indirect quotes with their speakers, found in an article's body blocks.

>>> from cqnews.models import Block
>>> [q.speaker.name for q in find_quotes([Block(text="“It works,” Smith said.")], "en")]
['Smith']

One mechanism for every script, in four steps; the rules that read a script differently are chosen
once per article (:mod:`.rules`):

1. **candidates**: per block, the top-level quoted spans and sentences (:mod:`.spans`) and the
   reporting words outside quotes (:mod:`.cues`);
2. **spans**: the direct quotes (:mod:`.direct`) and reported clauses (:mod:`.indirect`,
   :mod:`.indirect_zh`, :mod:`.cue_lead_zh`, :mod:`.clause_end_zh`) with their speakers as written;
3. **attribution**: each mention resolved to the fullest name in reading order, bare quotes
   continuing the last speaker (:mod:`.resolve`, :mod:`cqnews.enrich.speakers`);
4. **coreference**: article-level passes, speakers named only later or in the paragraph after
   (:mod:`.coref`).

Word tables live in :mod:`cqnews.lexicon.quote_patterns` (English), :mod:`cqnews.lexicon.quotes_zh`
(Chinese) and :mod:`cqnews.lexicon`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ...deadline import NO_DEADLINE, Deadline
from ...lexicon.teasers import EN_EDITORS_NOTE_LABELS, EN_READ_NEXT_LABELS, EN_STORY_ITSELF, READ_ALSO_LABELS
from ...models import Block, BlockKind, Quote, QuoteKind
from ..speakers import SpeakerBook
from ..speakers.given_names import given_names_of
from ..speakers.phrases import TokenReader
from ..speakers.tokens import shallow_copy
from .blockquotes import drop_unclaimed, lead_block_quotes
from .continuation import link_continuations
from .coref import FORWARD_BLOCKS, backfill_runs, credit_back, name_forward
from .direct import Clauses, find_direct
from .invisible import Unseen, unseen_removed
from .marks_zh import fullwidth_marks
from .repeats import drop_repeated_blocks
from .resolve import Context, resolve_block, zh_no_one
from .rules import ScriptRules, detect_script, rules_for
from .sentences import Sentences
from .spans import Span, find_spans
from .split_blocks import finish_split_quotes
from .text import BlockView, Found, Inside, dedupe

__all__ = ["Finds", "Reading", "detect_script", "find_quotes", "read_quotes"]


def find_quotes(blocks: Sequence[Block], language: str | None, deadline: Deadline = NO_DEADLINE) -> list[Quote]:
    """All quotes of the body, in reading order, each located exactly in its block.

    Once ``deadline`` has expired, blocks not yet searched are left without quotes. The default is no
    deadline (results that never depend on the machine's speed, for scoring); the cost is linear in the
    text but unbounded, so for text from the web pass ``cqnews.deadline.Deadline(seconds)`` and a bounded
    body, as :func:`cqnews.parse` does (docs/reliability.md). Nothing is kept between calls: every piece
    of per-article state lives in this call.
    """
    return read_quotes(blocks, language, deadline).quotes


@dataclass(slots=True)
class Reading:
    """The quotes of a body and what reading them built, for a later pass over the same body
    (:func:`cqnews.enrich.quotes.attributions.find_attributions`): the blocks' texts and quoted spans,
    the script's rules and the speaker book with every name registered."""

    quotes: list[Quote]
    texts: list[str]  # as read (Chinese half-width marks put full-width: same offsets)
    shown: list[str]  # as written, for the texts of what is found
    bases: list[int]
    spans: list[list[Span]]
    rules: ScriptRules
    book: SpeakerBook
    registered: bool
    indexed: int  # blocks whose mentions are in the book's index (the first ones)
    complete: bool = True  # False when the search for candidates ran out of time (blocks or cues left unread)
    unseen: list[Unseen | None] | None = None  # per block, where ``texts`` stand in ``shown`` (see .invisible)
    finds: Finds | None = None  # what each block's search found, when asked to keep it (see :class:`Finds`)


@dataclass(slots=True)
class Finds:
    """What the search found in each block of a reading, for another reading of the same blocks with the same
    rules (the body read again after the summary: :mod:`.summary`): a block's spans and candidates depend on its
    text, the text before it and the rules alone, so they are taken from here instead of searched again. Kept as
    copies made before the reading resolved them (resolution sets a candidate's speaker and cue), and handed
    out as copies."""

    rules: ScriptRules
    blocks: dict[tuple[str, str], tuple[list[Span], list[Found]]] = field(default_factory=dict)

    def keep(self, text: str, before: str, spans: list[Span], found: list[Found]) -> None:
        self.blocks[(text, before)] = (list(spans), _copies(found))

    def get(self, text: str, before: str) -> tuple[list[Span], list[Found]] | None:
        kept = self.blocks.get((text, before))
        return None if kept is None else (list(kept[0]), _copies(kept[1]))


def _copies(found: list[Found]) -> list[Found]:
    """Copies of the candidates and of their speakers as written (later passes set both's fields): shallow copies,
    as ``copy.copy`` makes them (:func:`~cqnews.enrich.speakers.tokens.shallow_copy`: on every block of a body read
    with a summary)."""
    fresh = [shallow_copy(f) for f in found]
    for f in fresh:
        if f.who is not None:
            f.who = shallow_copy(f.who)
    return fresh


# The colon-lead pass reads names the English way; other Latin-script languages would get sentence openers
# ("Şarj" of a Turkish "Şarj altyapısının … vurgulayan Uraloğlu, şunları kaydetti:").
_COLON_LEAD_SCRIPTS = frozenset(("en", "zh"))


def read_quotes(
    blocks: Sequence[Block],
    language: str | None,
    deadline: Deadline = NO_DEADLINE,
    *,
    keep: bool = False,
    finds: Finds | None = None,
) -> Reading:
    """:func:`find_quotes`, keeping what the reading built (see :class:`Reading`); with ``keep``, also what the
    search found per block (``Reading.finds``), and with ``finds``, what an earlier reading's search found (its
    blocks are not searched again: the output is the same)."""
    written = [b.text for b in blocks]
    blocks, unseen = unseen_removed(blocks)  # (soft hyphens, zero-width and bidi characters: see .invisible)
    shown = [b.text for b in blocks]
    rules = rules_for(shown, language)
    with given_names_of(rules.given_genders):  # (the language's given names first: "Jan" is a man in German)
        reading = _read(blocks, shown, rules, deadline, Search(rules, keep, finds))
    if any(unseen):
        _as_written(reading, written, unseen)
    return reading


def _as_written(reading: Reading, written: list[str], unseen: list[Unseen | None]) -> None:
    """Each quote's offsets and words as the block writes them, format characters and all."""
    for q in reading.quotes:
        where = unseen[q.block]
        if where is not None:
            q.start, q.end = where.start(q.start), where.end(q.end, q.start)
            q.text = written[q.block][q.start : q.end]
    reading.shown = written[: len(reading.shown)]
    reading.unseen = unseen[: len(reading.shown)]


@dataclass(slots=True, init=False)
class Search:
    """How a reading searches its blocks: with ``known`` (an earlier reading's :class:`Finds` under the same
    rules), a block found there is not searched again; ``kept`` collects this reading's finds when asked."""

    known: Finds | None
    kept: Finds | None

    def __init__(self, rules: ScriptRules, keep: bool, finds: Finds | None) -> None:
        self.known = finds if finds is not None and finds.rules is rules else None
        self.kept = Finds(rules) if keep else None

    def block(self, text: str, before: str, rules: ScriptRules, deadline: Deadline) -> tuple[list[Span], list[Found]]:
        """The spans and candidates of one block (``before``: the block before it, "" for the first)."""
        known = self.known.get(text, before) if self.known is not None else None
        if known is not None:
            return known
        block_spans = find_spans(text)
        found = _find_in_block(text, block_spans, rules, before, deadline)
        if self.kept is not None:
            self.kept.keep(text, before, block_spans, found)
        return block_spans, found


def _read(blocks: Sequence[Block], shown: list[str], rules: ScriptRules, deadline: Deadline, how: Search) -> Reading:
    texts = fullwidth_marks(shown) if rules.name == "zh" else shown
    book = rules.new_book()
    bases = _bases(texts)
    spans: list[list[Span]] = []
    found: list[list[Found]] = []
    # Finding takes at most half the time left: the rest turns what was found into quotes.
    search = deadline.share(0.5)
    searched = _search_blocks(texts, bases, rules, book, spans, found, search, how)
    complete = not search.expired()
    texts, blocks, bases = texts[:searched], blocks[:searched], bases[:searched]
    indexed = _index_mentions(texts, bases, spans, found, book, deadline) if rules.index_mentions else 0
    for block, block_found in zip(blocks, found, strict=True):
        if block.kind is BlockKind.HEADING:  # a sub-heading quotes to summarise: “Ends recession debate”
            block_found[:] = [f for f in block_found if f.kind is QuoteKind.INDIRECT]
    if rules.reads_paragraph_before:  # every named speaker, so that 他/她 and bare quotes can find them by name
        for f in (f for block in found for f in block):
            if f.who is not None and f.who.kind == "person" and not zh_no_one(f, book):  # (主要: no one)
                book.know_zh(f.who.mention)
    quotes = _resolve_blocks(texts, bases, found, rules, book, deadline)
    rules.labels(quotes, book, bases)  # “CLINTON: I feel …”: a transcript's label names the speaker (English)
    added = lead_block_quotes(blocks, quotes)  # ("Smith wrote:" then a <blockquote> without quote marks)
    backfill_runs(quotes, texts, colon_leads=rules.name in _COLON_LEAD_SCRIPTS)
    drop_unclaimed(quotes, added)
    drop_repeated_blocks(quotes, texts)  # (the article, or part of it, given twice)
    if rules.index_mentions:
        name_forward(quotes, book, bases, texts)
    else:
        credit_back(quotes, texts)
    finish_split_quotes(quotes, texts)  # (“A，[a <p> or <br>] B。”: the rest of a quote cut in two blocks)
    link_continuations(quotes, texts)
    rules.finish(quotes, texts)
    if rules.name == "zh":  # (the texts as written: the marks read full-width stand half-width there)
        for q in quotes:
            q.text = shown[q.block][q.start : q.end]
    _no_empty_speakers(quotes)
    finds = how.kept if complete else None  # (a search cut short may have left a block's cues unread)
    return Reading(quotes, texts, shown, bases, spans, rules, book, any(found), indexed, complete, finds=finds)


def _no_empty_speakers(quotes: list[Quote]) -> None:
    """A speaker with neither name nor role ("they said" with nobody to stand for) is no speaker: None, as the
    model says, so that ``Article.speakers`` holds no empty group beside the unattributed quotes."""
    for q in quotes:
        if q.speaker is not None and not q.speaker.name and not q.speaker.role:
            q.speaker = None


def _search_blocks(
    texts: list[str],
    bases: list[int],
    rules: ScriptRules,
    book: SpeakerBook,
    spans: list[list[Span]],
    found: list[list[Found]],
    deadline: Deadline,
    how: Search,
) -> int:
    """Find quote candidates block by block (into ``spans`` and ``found``) until ``deadline``, then,
    when there is any, register the names of the blocks searched (into ``book``); the number of
    blocks searched. Finding reads no name, so an article without a quote skips the names altogether."""
    for k, text in enumerate(texts):
        if deadline.expired():
            break
        block_spans, block_found = how.block(text, texts[k - 1] if k else "", rules, deadline)
        spans.append(block_spans)
        found.append(block_found)
    if any(found):
        for text, base, block_spans in zip(texts, bases, spans, strict=False):  # (one span list per block searched)
            rules.register(book, text, base, block_spans)
    return len(found)


def _index_mentions(
    texts: list[str],
    bases: list[int],
    spans: list[list[Span]],
    found: list[list[Found]],
    book: SpeakerBook,
    deadline: Deadline,
) -> int:
    """Where people are named outside quotes, for pronouns and for speakers named later. Mentions
    serve quotes before them and, looking forward, the FORWARD_BLOCKS after the last one: blocks
    beyond (often half an article of background) need no index. The number of blocks indexed."""
    reach = max((index for index, block_found in enumerate(found) if block_found), default=-1) + FORWARD_BLOCKS + 2
    return index_blocks(texts, bases, spans, book, (0, reach), deadline)


def index_blocks(
    texts: list[str],
    bases: list[int],
    spans: list[list[Span]],
    book: SpeakerBook,
    blocks: tuple[int, int],
    deadline: Deadline,
) -> int:
    """Index the mentions of blocks ``blocks[0]`` to ``blocks[1]`` (exclusive); where it stopped."""
    lo, hi = blocks[0], min(blocks[1], len(texts))
    for index in range(lo, hi):
        if deadline.expired():
            return index
        text, base, block_spans = texts[index], bases[index], spans[index]
        inside = Inside(block_spans, len(text))  # (one per block, for mentions and pairs)
        book.index_mentions(text, base, inside)
        book.index_pairs(text, base, inside)
    return max(lo, hi)


def _resolve_blocks(
    texts: list[str],
    bases: list[int],
    found: list[list[Found]],
    rules: ScriptRules,
    book: SpeakerBook,
    deadline: Deadline,
) -> list[Quote]:
    """The quotes of every block with their speakers, block after block (a block's last speaker
    carries into the next)."""
    quotes: list[Quote] = []
    previous = Context()
    for index, text in enumerate(texts):
        if deadline.expired():
            break
        before = texts[index - 1] if index else ""
        block_found = found[index]
        if rules.name == "zh":  # (是证实…, 主要证实…: a word of the predicate read as the speaker reports nothing)
            block_found = [f for f in block_found if not zh_no_one(f, book)]
        previous = resolve_block(block_found, index, text, bases[index], book, previous, quotes, before)
    return quotes


def _bases(texts: Sequence[str]) -> list[int]:
    """Where each block starts in the article (blocks joined by two characters)."""
    bases, total = [], 0
    for text in texts:
        bases.append(total)
        total += len(text) + 2
    return bases


def _direct_quotes(
    b: BlockView, spans: list[Span], rules: ScriptRules, clauses: Clauses, deadline: Deadline
) -> list[Found]:
    """The quotes of ``spans`` (quote marks) until ``deadline``: one block of tens of thousands of marks
    ("“…”" repeated) must not outrun the time budget."""
    found: list[Found] = []
    for sp in spans:
        if deadline.expired():
            break
        f = find_direct(b, sp, rules, clauses)
        if f is not None:
            found.append(f)
    return found


# A block opening with a label that points to another story ("READ ALSO: …", "Lesen Sie auch: …"), its colon
# after it: what follows is that story's headline (Session 63).
_TEASER_RE = re.compile(r"[(\[]?\s?(?:" + "|".join(READ_ALSO_LABELS + EN_READ_NEXT_LABELS) + r")\s?[:：|]", re.I)


def _find_in_block(
    text: str, spans: list[Span], rules: ScriptRules, before: str = "", deadline: Deadline = NO_DEADLINE
) -> list[Found]:
    """The direct and reported quotes of one block, with their speakers as written, in text order (the
    English reported clauses up to ``deadline``: one long sentence of cues costs more than its length)."""
    if _TEASER_RE.match(text) is not None:
        return []  # "READ NEXT: Governor says …": the headline of another story, no quote of this one
    line = rules.transcript(text, before, spans)
    if line is not None:  # (【同期声】市民 陈先生：…: the line after the label is the quote)
        return [line]
    cues = rules.cues(text, spans)
    if not spans and not cues.starts and not rules.reports_without_cue(text):
        return []  # no quote mark, no reporting word, no "allegations that": most blocks stop here
    sentences = Sentences(text, spans, rules.cjk)
    b = BlockView(text, spans, sentences, cues, TokenReader(text), before=before, deadline=deadline)
    indirect = dedupe(rules.indirect(b))
    clauses = Clauses(indirect)
    found = _direct_quotes(b, spans, rules, clauses, deadline)
    found += indirect
    found.sort(key=lambda f: (f.start, f.kind != QuoteKind.INDIRECT))
    note = _NOTE_RE.match(text)
    return found if note is None else _past_note(text, found, note.end())


def _past_note(text: str, found: list[Found], end: int) -> list[Found]:
    """The quotes of a block opening with the paper's note ending at ``end``: none that opens by naming the story
    itself, and none holding the label ("Update: The road has reopened, police said": "The road has reopened")."""
    kept = []
    for f in found:
        if _STORY_ITSELF_RE.match(text, max(f.start, end)) is not None:
            continue
        if f.start < end < f.end:
            f.start = end + len(text[end:f.end]) - len(text[end:f.end].lstrip())
        kept.append(f)
    return kept


# A block opening with the paper's note on its own story ("EDITOR'S NOTE: …", "Correction: …"); a quote there that
# opens by naming the story itself ("This story has been updated …") is the paper's, not a cue's (Session 63).
_NOTE_RE = re.compile(r"[(\[]?\s?(?:" + "|".join(EN_EDITORS_NOTE_LABELS) + r")\s?[:：|]", re.I)
_STORY_ITSELF_RE = re.compile(r"\s?" + EN_STORY_ITSELF, re.I)
