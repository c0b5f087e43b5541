"""Direct and indirect quotes with their speakers, found in an article's body blocks.

>>> from cqnews.models import Block
>>> [q.speaker.name for q in find_quotes([Block(text="“It works,” Smith said.")], "en")]
['Smith']

Pipeline: per block, locate top-level quoted spans and sentences (:mod:`.quote_spans`), read the
cue and speaker around each span and each reporting verb (tables in :mod:`.quote_patterns`), then
resolve mentions to the fullest name in reading order (:mod:`.speakers`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..deadline import NO_DEADLINE, Deadline
from ..lexicon import zh as ZH
from ..models import Block, BlockKind, Quote, QuoteKind, Speaker
from ..text import HAN_RE
from . import quote_patterns as P
from .quote_spans import Sentences, Span, find_spans
from .speaker_phrases import (
    PREPOSITIONS,
    Who,
    colon_subject,
    en_subject_after,
    en_subject_before,
    forget_tokens,
    participle_subject,
)
from .speaker_phrases_zh import zh_person_after_quote, zh_subject_before, zh_subject_named_before
from .speakers import SpeakerBook

__all__ = ["detect_script", "find_quotes"]

_WORD_RE = re.compile(r"\w+")
_LATIN_RE = re.compile(r"[A-Za-z]")
# How far (characters) a cue may sit from the quote it attributes.
_NEAR = 120
_ZH_NEAR = 40
# A Chinese reported clause this long (characters) ends with its sentence.
_ZH_SENTENCE = 10
# Bounds that keep the work per quote constant: cues looked back at, longest reported clause.
_MAX_LOOKBACK = 6
_FRAME_WORDS = 6  # words outside the quotes a clause may have and still be only a quote
_MAX_CLAUSE = 2500


@dataclass(slots=True)
class _Found:
    """A quote before speaker resolution."""

    kind: QuoteKind
    start: int
    end: int
    who: Who | None
    cue: str | None
    span: Span | None = None
    bare: bool = False  # unattributed and too short to stand alone: kept only if it continues a speaker


def detect_script(texts: Sequence[str], language: str | None) -> str:
    """'zh' or 'en' (any latin-script language is read with the English tables)."""
    if language in ("zh", "en"):
        return language
    sample = "".join(t[:2000] for t in texts[:40])
    return "zh" if len(HAN_RE.findall(sample)) > len(_LATIN_RE.findall(sample)) / 2 else "en"


def find_quotes(blocks: Sequence[Block], language: str | None, deadline: Deadline = NO_DEADLINE) -> list[Quote]:
    """All quotes of the body, in reading order, each located exactly in its block.

    Once ``deadline`` has expired, blocks not yet searched are left without quotes.
    """
    texts = [b.text for b in blocks]
    cjk = detect_script(texts, language) == "zh"
    book = SpeakerBook()
    bases = _bases(texts)
    spans: list[list[Span]] = []
    found: list[list[_Found]] = []
    # Finding takes at most half the time left: the rest turns what was found into quotes.
    searched = _search_blocks(texts, bases, cjk, book, spans, found, deadline.share(0.5))
    texts, blocks, bases = texts[:searched], blocks[:searched], bases[:searched]
    if not cjk:
        # Mentions serve quotes before them and, looking forward, the _FORWARD_BLOCKS after the
        # last one: blocks beyond (often half an article of background) need no index.
        reach = max((index for index, block_found in enumerate(found) if block_found), default=-1) + _FORWARD_BLOCKS + 2
        for text, base, block_spans in zip(texts[:reach], bases[:reach], spans[:reach], strict=True):
            if deadline.expired():
                break
            book.index_mentions(text, base, _Inside(block_spans, len(text)))
            book.index_pairs(text, base, _Inside(block_spans, len(text)))
    for block, block_found in zip(blocks, found, strict=True):
        if block.kind is BlockKind.HEADING:  # a sub-heading quotes to summarise: “Ends recession debate”
            block_found[:] = [f for f in block_found if f.kind is QuoteKind.INDIRECT]
    if cjk:  # every named Chinese speaker, so that 他/她 and bare quotes can find them by name
        for f in (f for block in found for f in block):
            if f.who is not None and f.who.kind == "person":
                book.know_zh(f.who.mention)
    quotes: list[Quote] = []
    previous: _Context = _Context()
    for index, text in enumerate(texts):
        if deadline.expired():
            break
        before = texts[index - 1] if index and cjk else ""
        previous = _resolve(found[index], index, text, bases[index], book, previous, quotes, before)
    _backfill_runs(quotes, texts)
    forget_tokens()  # the look-behind tokens and the clause stops keep blocks alive otherwise
    _stop_points.cache_clear()
    if not cjk:
        _name_forward(quotes, book, bases)
    else:
        _credit_back(quotes, texts)
    return quotes


def _search_blocks(
    texts: list[str],
    bases: list[int],
    cjk: bool,
    book: SpeakerBook,
    spans: list[list[Span]],
    found: list[list[_Found]],
    deadline: Deadline,
) -> int:
    """Register names and find quote candidates block by block (into ``book``, ``spans`` and
    ``found``) until ``deadline``; the number of blocks searched."""
    for text, base in zip(texts, bases, strict=True):
        if deadline.expired():
            break
        if cjk:
            book.register_zh_text(text, base)
        else:
            book.register_text(text, base)
        spans.append(block_spans := find_spans(text))
        found.append(_find_in_block(text, block_spans, cjk))
    return len(found)


def _credit_back(quotes: list[Quote], texts: Sequence[str]) -> None:
    """Bare quote paragraphs credited by the paragraph after them (“…” / “…” /
    故宫博物院在微博上写下了这样一段话。): the subject of that sentence speaks them."""
    for index, text in enumerate(texts):
        m = P.ZH_BACKREF_RE.search(text)
        if m is None or index == 0:
            continue
        who = zh_subject_before(text, 0, m.start())
        if who is None or who.kind not in ("person", "org") or not who.mention:
            continue
        speaker = Speaker(name=who.mention, role=who.role)
        for i in range(len(quotes) - 1, -1, -1):
            q = quotes[i]
            if q.block >= index:
                continue
            bare = q.kind is QuoteKind.DIRECT and q.speaker is None and len(texts[q.block].strip()) <= q.end - q.start + 4
            if q.block < index - _BACKREF_BLOCKS or not bare:
                break
            quotes[i] = q.model_copy(update={"speaker": speaker, "mention": who.mention, "cue": m.group(1)})


# How many bare quote paragraphs before it a back-reference (这样一段话) may credit.
_BACKREF_BLOCKS = 4


# How many blocks after an unnamed description its speaker may be named ("an expert has claimed" …
# two paragraphs on: "Royal commentator Lee Cohen was discussing …").
_FORWARD_BLOCKS = 2


def _name_forward(quotes: list[Quote], book: SpeakerBook, bases: list[int]) -> None:
    """A speaker introduced by a description or a pronoun and named only afterwards ("…, an expert
    has claimed." … "Royal commentator Lee Cohen was …"; a summary's "she said" before "Donna Kelce
    has praised …") is the first person named as a subject after it who was never named before, in
    the next paragraphs. Anonymous kinds ("a spokesperson", "a source") stay unnamed."""
    last_block = len(bases) - 1
    for i, q in enumerate(quotes):  # (a description is named afterwards within a few paragraphs)
        gender = _forward_gender(q)
        if gender is None:
            continue
        pos = bases[q.block] + q.end
        stop = q.block + _FORWARD_BLOCKS + 1  # up to the end of the last paragraph looked at
        hi = bases[stop] if stop <= last_block else bases[last_block] + (1 << 40)
        name = _same_kind_after(quotes, i, stop) if gender == "" else None
        name = name or book.named_first_after(pos, hi, gender or None)
        if name is not None:
            quotes[i] = q.model_copy(update={"speaker": Speaker(name=name, role=book.roles.get(name) or (q.speaker.role if q.speaker else None))})


def _same_kind_after(quotes: list[Quote], i: int, stop: int) -> str | None:
    """"a recent poll has shown" … "A poll of 1,500 voters conducted by Redfield and Wilton found":
    the next quote whose mention has the same head noun, when it has a named speaker."""
    head = (quotes[i].mention or "").lower().split()[-1]
    for q in quotes[i + 1 : i + 12]:
        if q.block >= stop:
            break
        if q.mention and head in q.mention.lower().split()[:4] and q.speaker is not None and q.speaker.name:
            return q.speaker.name
    return None


def _forward_gender(q: Quote) -> str | None:
    """"" for an unnamed indefinite description that may be named later, "m"/"f" for a pronoun left
    without antecedent, None when the quote's speaker is settled."""
    if q.speaker is not None and q.speaker.name is not None or not q.mention:
        return None
    low = q.mention.lower()
    if low in ("he", "she"):
        return "m" if low == "he" else "f"
    words = low.split()
    if len(words) < 2 or words[0] not in ("a", "an") or len(words) > 6:
        return None
    head = next((w for w in words[1:] if w in P.EN_ANONYMOUS_NOUNS), None)
    return None if head is not None or not words[-1].isalpha() else ""


def _in_code(text: str, sp: Span) -> bool:
    """A string literal of a script left in the body: a["datawrapper-height"], "px")."""
    end = sp.end if sp.close is None else sp.close + 1
    around = text[max(0, sp.open - 20) : sp.open] + text[end : end + 20]
    marks = _CODE_CHARS_RE.findall(around)
    return len(marks) >= 3 and any(m in "{};=" for m in marks)


_CODE_CHARS_RE = re.compile(r"[{}()\[\];=+]")


def _backfill_runs(quotes: list[Quote], texts: Sequence[str]) -> None:
    """A quote running over several paragraphs and attributed only at its end (“A … / “B,” she said)
    gives that speaker to its earlier, still open, paragraphs."""
    ends = [len(text.rstrip()) for text in texts]
    for i in range(len(quotes) - 2, -1, -1):
        q, nxt = quotes[i], quotes[i + 1]
        runs_on = q.end >= ends[q.block] and nxt.block == q.block + 1 and nxt.start <= 2
        if q.speaker is None and q.kind is QuoteKind.DIRECT and nxt.kind is QuoteKind.DIRECT and runs_on:
            quotes[i] = q.model_copy(update={"speaker": nxt.speaker, "cue": nxt.cue})


def _bases(texts: Sequence[str]) -> list[int]:
    bases, total = [], 0
    for text in texts:
        bases.append(total)
        total += len(text) + 2
    return bases


# ---------------------------------------------------------------- finding


def _find_in_block(text: str, spans: list[Span], cjk: bool) -> list[_Found]:
    cues = _cue_positions(text, spans, cjk)
    if not spans and not cues.starts and (cjk or " that" not in text):
        return []  # no quote mark, no reporting word, no "allegations that": most blocks stop here
    sentences = Sentences(text, spans, cjk)
    indirect = _dedupe(_indirect_zh(text, spans, cues) if cjk else _indirect_en(text, spans, sentences, cues))
    clauses = _Clauses(indirect)
    found = [f for sp in spans if (f := _direct(text, sp, sentences, cues, cjk, clauses)) is not None]
    found += indirect
    found.sort(key=lambda f: (f.start, f.kind != QuoteKind.INDIRECT))
    return found


def _dedupe(found: list[_Found]) -> list[_Found]:
    """Two cues reporting the same clause ("Govender said the investigation revealed that …"): keep the first."""
    kept: list[_Found] = []
    for f in found:
        if _overlaps_kept(f.start, f.end, kept[-1] if kept else None):
            continue
        kept.append(f)
    return kept


@dataclass(slots=True)
class _Cues:
    """Reporting words of a block that stand outside quotes, sorted by position."""

    starts: list[int]
    ends: list[int]
    words: list[str]

    def between(self, lo: int, hi: int) -> range:
        return range(bisect.bisect_left(self.starts, lo), bisect.bisect_left(self.starts, hi))

    def last(self, lo: int, hi: int) -> range:
        """The few cues nearest before ``hi``, nearest first."""
        return self.between(lo, hi)[::-1][:_MAX_LOOKBACK]


def _cue_positions(text: str, spans: list[Span], cjk: bool) -> _Cues:
    inside = _Inside(spans, len(text))
    found: list[tuple[int, int, str]] = []
    for m in (P.ZH_CUE_RE if cjk else P.EN_CUE_RE).finditer(text):
        if inside(m.start()):
            continue
        word = m.group() if cjk else m.group().lower()
        if _zh_cue_ok(text, m.start(), m.end()) if cjk else _en_cue_ok(text, m.start(), m.end(), word):
            found.append((m.start(), m.end(), word))
    if not cjk:
        if "ccording" in text or "CCORDING" in text:  # a substring test spares most blocks the regex
            found += [(m.start(), m.end(), "according to") for m in P.ACCORDING_RE.finditer(text) if not inside(m.start())]
        found.sort()
    return _Cues([f[0] for f in found], [f[1] for f in found], [f[2] for f in found])


_NOUN_LEADS = frozenset("the a an his her their its our my your from of these those such with this that".split())
_PASSIVE_LEADS = frozenset("is are was were be been being".split())


def _en_cue_ok(text: str, start: int, end: int, word: str) -> bool:
    """Reject nouns ("her claims", "from reports"), passives ("is said to") and particle-less cues."""
    if word in P.EN_CUE_PARTICLES and not text.startswith(" " + P.EN_CUE_PARTICLES[word], end):
        return False
    before = text[max(0, start - 12) : start].split()
    prev = before[-1].lower() if before else ""
    if prev in _NOUN_LEADS and word not in ("said", "told"):
        return False
    if word == "show":
        return _plural_subject_before(text, start) and not text.startswith(" of", end)
    if prev == "being":
        return False  # "before being asked": the subject is asked, it does not report
    return not (prev in _PASSIVE_LEADS and text.startswith(" to", end))


def _plural_subject_before(text: str, start: int) -> bool:
    """Is the word before ``start`` (past adverbs: "Polls now show") a plural noun or a data word?
    "show" reports only then, not in "a TV show", "the relative show of strength"."""
    for w in reversed(text[max(0, start - 30) : start].split()[-3:]):
        low = w.lower()
        if low not in P.EN_SKIPPABLE:
            return low in P.EN_DOC_HEADS or low.endswith("s") and low[:1].isalpha()
    return False


def _zh_cue_ok(text: str, start: int, end: int) -> bool:
    """Reject 说 in 说法/所说, 称 in 名称/称为, 介绍了, and 报道/看来 without 据/在 before them."""
    word = text[start:end]
    nxt, prev = text[end : end + 1], text[start - 1 : start]
    if nxt and (nxt in P.ZH_CUE_NOT_AFTER.get(word, "") or nxt in P.ZH_CUE_NOT_NEXT):
        return False
    if prev and prev in P.ZH_CUE_NOT_BEFORE.get(word, "") and not text.endswith(ZH.SAY_KEPT_AFTER, 0, start):
        return False
    if word in P.ZH_QUOTE_ONLY_CUES and prev != "所":
        k = end
        while k < len(text) and k - end < 3 and text[k] in "，,：: ":
            k += 1
        return text[k : k + 1] in P.OPENERS
    docs, leads = P.ZH_CUES_AFTER_DOC.get(word), P.ZH_FRAMED_CUES.get(word)
    if prev != "所" and docs is None and not leads:
        return True
    clause = max(text.rfind(ch, max(0, start - 80), start) for ch in "，。！？；：") + 1
    if prev == "所":
        return text.startswith(P.ZH_AS_LEADS, clause)
    if docs is not None:
        return text.endswith(docs, clause, start)
    if leads:
        return text.startswith(leads, clause)
    return True


class _Inside:
    """Membership test "is this offset inside a quote?" for increasing or random offsets."""

    def __init__(self, spans: list[Span], n: int) -> None:
        self.opens = [s.open for s in spans]
        self.closes = [n if s.close is None else s.close for s in spans]

    def __call__(self, pos: int) -> bool:
        k = bisect.bisect_right(self.opens, pos) - 1
        return k >= 0 and pos < self.closes[k]


def _direct(
    text: str, sp: Span, sentences: Sentences, cues: _Cues, cjk: bool, clauses: _Clauses | None = None
) -> _Found | None:
    if not _has_words(text, sp) or _is_title(text, sp, cjk) or _in_code(text, sp):
        return None
    if cjk and sp.close is not None and P.ZH_EXAMPLE_AFTER_RE.match(text, sp.close + 1):
        return None  # 回答“…”这样的问题: an example question
    s, e = sentences.around(sp.open)
    owned = None if cjk else _owned_call(text, sp, s)
    if owned is not None:  # "the city government’s calling to “…”": the owner's words, even inside reported speech
        return _Found(QuoteKind.DIRECT, sp.start, sp.end, owned[0], owned[1], sp)
    who, cue = (_zh_attribution if cjk else _en_attribution)(text, sp, s, e, cues)
    if who is None and cjk:
        unnamed = P.ZH_UNNAMED_RE.search(text, max(s, sp.open - _ZH_NEAR), sp.open)
        if unnamed is not None:  # 就有村民问询进度，“…”: an unnamed source, not the last speaker
            who = Who(unnamed.group(1), "desc", role=unnamed.group(1), start=unnamed.start(1))
    outer = clauses.around(sp) if clauses is not None and not cjk else None
    if (
        who is not None and who.kind != "person" and outer is not None and outer.who is not None
        and _char_before(text, s, sp.open) not in ("", ":")
    ):
        who, cue = outer.who, outer.cue  # "He said the government pledged … a ‘clear path’": the fragment is his
    found = _Found(QuoteKind.DIRECT, sp.start, sp.end, who, cue, sp)
    if who is None and cue is None and not _speech_like(text, sp, s, cjk):
        if _char_before(text, s, sp.open) not in ("", ":", "："):
            if not cjk:  # a fragment counts when a speaker is reported next to it
                found.who, found.cue = _en_nearby(text, sp, sentences, cues)
                if found.who is not None and found.who.kind != "person" and outer is not None and outer.who is not None:
                    found.who, found.cue = outer.who, outer.cue  # the speaker of the reported speech around it
            return found if found.who is not None else None  # else a scare quote or a term
        if _is_term(text[sp.start : sp.end], cjk):
            return None  # “数字”赋能农业: a term heading its sentence
        found.bare = True
    return found


def _owned_call(text: str, sp: Span, s: int) -> tuple[Who, str] | None:
    """The owner of a noun of speech right before the quote ("the city government’s calling to “…”",
    "Smith’s plea for “…”") and that noun."""
    m = P.EN_OWNED_CALL_RE.search(text, max(s, sp.open - 40), sp.open)
    if m is None:
        return None
    who = en_subject_before(text, s, m.start())
    if who is None:
        return None
    if who.kind == "desc":  # "in response to the city government": the noun phrase after the last preposition
        words = who.mention.split(" ")
        k = max((i + 1 for i, w in enumerate(words) if w.lower() in PREPOSITIONS), default=0)
        if k >= len(words):
            return None
        mention = " ".join(words[k:])
        who = Who(mention, "org", start=m.start() - len(mention))
    return who, text[m.start() : m.end()].split(" ")[1]


class _Clauses:
    """The reported clauses of a block by start, to find the one a quoted fragment stands in."""

    def __init__(self, found: Sequence[_Found]) -> None:
        self.found = sorted(found, key=lambda f: f.start)
        self.starts = [f.start for f in self.found]

    def around(self, sp: Span) -> _Found | None:
        k = bisect.bisect_right(self.starts, sp.open)
        for f in self.found[max(0, k - _MAX_LOOKBACK) : k]:
            if f.start < sp.open and sp.end <= f.end:
                return f
        return None


def _is_term(inner: str, cjk: bool) -> bool:
    if cjk:
        return len(inner) <= 8 and not any(ch in inner for ch in "，。！？；、")
    return len(inner.split()) < 3 and inner[-1:] not in ".!?,"


_NEARBY = 300


def _en_nearby(text: str, sp: Span, sentences: Sentences, cues: _Cues) -> tuple[Who | None, str | None]:
    """The speaker reported by the nearest cue after, else before, a quoted fragment."""
    end = sp.end if sp.close is None else sp.close + 1
    after = cues.between(end, min(len(text), end + _NEARBY))[:3]
    before = cues.last(max(0, sp.open - _NEARBY), sp.open)[:3]
    for k in [*after, *before]:
        who = _subject_of_cue(text, k, sentences, cues)
        if who is not None:
            return who, cues.words[k]
    return None, None


def _subject_of_cue(text: str, k: int, sentences: Sentences, cues: _Cues) -> Who | None:
    c, c_end, word = cues.starts[k], cues.ends[k], cues.words[k]
    if _negated(text, c):
        return None
    s, e = sentences.around(c)
    if word == "according to":
        return en_subject_after(text, c_end, e)
    if P.EN_CUES[word]:
        return participle_subject(text, s, c)
    who = en_subject_before(text, s, c)
    if who is None and _char_before(text, s, c) == "," and word not in P.EN_OBJECT_CUES:
        who = en_subject_after(text, c_end, e)
    return who


def _has_words(text: str, sp: Span) -> bool:
    return _WORD_RE.search(text, sp.start, sp.end) is not None


def _is_title(text: str, sp: Span, cjk: bool) -> bool:
    """Names of works and terms: title-cased or introduced by "called", 所谓 ..."""
    before = text[max(0, sp.open - 12) : sp.open]
    if cjk:  # 所谓“…”, and 它可以回答“…”这样的问题: a question given as an example
        return before.endswith(P.ZH_TITLE_LEADS) or sp.close is not None and text.startswith(ZH.EXAMPLE_TAILS, sp.close + 1)
    lead = before.rstrip().rsplit(" ", 1)[-1].lower()
    if lead in P.EN_TITLE_LEADS:
        return True
    inner = text[sp.start : sp.end]
    words = inner.split()
    if len(words) == 1 and _lone_name(inner, before):
        return True  # the video game “Valheim.”, a meme from “Valheim.”
    if not 1 < len(words) <= 10 or inner[-1:] in ".,!?;:":
        return False
    major = [w for w in words if len(w) > 3]
    return bool(major) and all(w[:1].isupper() for w in major) and words[0][:1].isupper()


def _lone_name(inner: str, before: str) -> bool:
    """A single capitalised word after a lower-case noun or preposition ("the video game “Valheim.”")
    names something; after a cue, a colon or a comma it may be a one-word answer (“Absolutely.”)."""
    word = inner.rstrip(".,!?")
    lead = before.rstrip().rsplit(" ", 1)[-1]
    return (
        word[:1].isupper() and word[1:].islower() and word.isalpha()
        and lead.isalpha() and lead.islower() and lead not in P.EN_CUES
    )


def _speech_like(text: str, sp: Span, s: int, cjk: bool) -> bool:
    """Long enough and sentence-shaped to be speech even without a named speaker, and not embedded
    mid-sentence (a slogan or a term)."""
    inner = text[sp.start : sp.end]
    if cjk and len(inner) >= 15 and "，" in inner:
        return True  # a long quoted passage mid-sentence (…的看法，“……”) is still speech
    if _char_before(text, s, sp.open) not in ("", ":", "："):
        return False
    whole = _blank(text, 0, sp.open) and (sp.close is None or _ends_block(text, sp.close + 1))
    if cjk:
        return len(inner) >= 8 and (whole or inner[-1:] in "。！？…" or "，" in inner)
    words = len(inner.split())
    return words >= 6 and (whole or inner[-1:] in ".!?,")


_NONSPACE_RE = re.compile(r"\S")


def _blank(text: str, lo: int, hi: int) -> bool:
    """Is ``text[lo:hi]`` only whitespace? (stops at the first other character)"""
    return _NONSPACE_RE.search(text, lo, hi) is None


def _char_before(text: str, lo: int, pos: int) -> str:
    """The last non-space character of ``text[lo:pos]``, or "" (reads back over spaces only)."""
    while pos > lo and text[pos - 1].isspace():
        pos -= 1
    return text[pos - 1] if pos > lo else ""


def _ends_block(text: str, pos: int) -> bool:
    """Is what follows ``pos`` empty or a lone full stop?"""
    m = _NONSPACE_RE.search(text, pos)
    return m is None or text[m.start()] in ".。" and _blank(text, m.start() + 1, len(text))


def _en_attribution(text: str, sp: Span, s: int, e: int, cues: _Cues) -> tuple[Who | None, str | None]:
    if sp.close is not None:
        after = _en_after(text, sp.close + 1, e, cues)
        if after[1] is not None and after[0] is not None and after[0].kind in ("org", "desc"):
            before = _en_before(text, sp.open, s, cues)
            k = cues.last(s, sp.open)[:1]
            adjacent = bool(k) and text[cues.ends[k[0]] : sp.open].strip(" ,:") == ""
            if adjacent and before[0] is not None and before[0].kind in ("person", "pronoun"):
                return before  # "he said, “…,” the prosecutor’s office said": the words are his
        if after[1] is not None:
            return after
    before = _en_before(text, sp.open, s, cues)
    if before[1] is None and _char_before(text, s, sp.open) == ":":
        who = colon_subject(text, s, text.rfind(":", s, sp.open))  # "But neighbour Zibulka picks up the story: “…”"
        if who is not None:
            return who, None
    return before


def _en_after(text: str, lo: int, e: int, cues: _Cues) -> tuple[Who | None, str | None]:
    """ "…,” said X" / "…,” X, role, said" / "…,” he told reporters" / "…,” Connolly began"."""
    m = P.EN_AFTER_QUOTE_RE.match(text, lo, min(e, lo + _NEAR))
    if m is not None:  # a verb that reports only right after a quote
        who = en_subject_before(text, lo, m.start(1))
        if who is not None and who.kind in ("person", "pronoun"):
            return who, m.group(1)
    for k in cues.between(lo, min(e, lo + _NEAR)):
        gap = text[lo : cues.starts[k]]
        if any(mark in gap for mark in P.OPENERS):
            break
        word = cues.words[k]
        if word == "according to":
            return en_subject_after(text, cues.ends[k], e), word
        if gap.strip(" ,.—–") == "":
            return en_subject_after(text, cues.ends[k], e), word
        who = en_subject_before(text, lo, cues.starts[k])
        if who is not None:
            return who, word
        break
    return None, None


def _en_before(text: str, o: int, s: int, cues: _Cues) -> tuple[Who | None, str | None]:
    """ "X said: “…”", "according to X, “…”", and fragments: "X said the plan was “bold”"."""
    for k in cues.last(s, o):
        word = cues.words[k]
        if _negated(text, cues.starts[k]):
            return None, None
        if word == "according to":
            return en_subject_after(text, cues.ends[k], o), word
        if P.EN_CUES.get(word, False):
            return participle_subject(text, s, cues.starts[k]), word
        who = en_subject_before(text, s, cues.starts[k])
        if who is None and text[cues.starts[k] - 2 : cues.starts[k]] == ", " and word not in P.EN_OBJECT_CUES:
            who = en_subject_after(text, cues.ends[k], o)
        if who is not None:
            return who, word
    return None, None


def _negated(text: str, cue_start: int) -> bool:
    words = text[max(0, cue_start - 24) : cue_start].lower().replace("’", "'").split()[-3:]
    return any(w in P.EN_NEGATIONS or w.endswith("n't") for w in words)


def _zh_attribution(text: str, sp: Span, s: int, e: int, cues: _Cues) -> tuple[Who | None, str | None]:
    inner = text[sp.start : sp.end]
    if len(inner) <= 8 and not any(ch in inner for ch in "，。！？；、,.!?"):
        return _zh_adjacent(text, sp, cues)  # a term in quote marks, unless a cue touches it
    if text.endswith(P.ZH_TITLE_SUFFIXES, max(s, sp.open - 4), sp.open):  # 落实习近平总书记“…”: the words of the person named
        who = zh_subject_before(text, s, sp.open)
        if who is not None and who.kind == "person":
            return who, None
    touching = _zh_touching(text, sp, s, cues)
    if touching[0] is not None:
        return touching
    after = _zh_after(text, sp, cues)
    if after[0] is not None:
        return after
    for k in cues.last(s, sp.open):
        if text[cues.starts[k] - 1 : cues.starts[k]] in P.ZH_NEGATIONS:
            return None, None
        who = zh_subject_before(text, s, cues.starts[k])
        if who is not None:
            return who, cues.words[k]
    if sp.close is not None and _blank(text, 0, sp.open):
        return zh_person_after_quote(text, sp.close + 1), None  # “…”居民杨一飞谈起…
    return None, None


def _zh_touching(text: str, sp: Span, s: int, cues: _Cues) -> tuple[Who | None, str | None]:
    """张近东提出“…”, 张华告诉记者：“…”: a cue touching the quote (past its listener) wins."""
    for k in cues.between(max(s, sp.open - 2 - ZH.LISTENER_SIZE), sp.open):
        gap = text[cues.ends[k] : sp.open]
        touches = gap.strip("：:，, ") == "" and sp.open - cues.ends[k] <= 2
        listener = cues.words[k] in ZH.LISTENER_CUES and gap.endswith(("：", ":", "，")) and "。" not in gap
        if (touches or listener) and text[cues.starts[k] - 1 : cues.starts[k]] not in P.ZH_NEGATIONS:
            who = zh_subject_before(text, s, cues.starts[k])
            if who is not None:
                return who, cues.words[k]
    return None, None


def _zh_after(text: str, sp: Span, cues: _Cues) -> tuple[Who | None, str | None]:
    """ “…”王凯说 : the first cue after the quote, in its sentence, unless it opens a quote of its own
    (“…。”他的同事刘明补充说：“…”)."""
    if sp.close is None:
        return None, None
    lo = sp.close + 1
    for k in cues.between(lo, min(len(text), lo + _ZH_NEAR)):
        gap = text[lo : cues.starts[k]]
        if any(ch in gap for ch in "。！？“「") or text.startswith(_ZH_QUOTE_INTROS, cues.ends[k]):
            break
        who = zh_subject_before(text, lo, cues.starts[k])
        if who is not None:
            return who, cues.words[k]
        break
    return None, None


# What follows a cue that introduces a quote of its own.
_ZH_QUOTE_INTROS: tuple[str, ...] = ("：“", ":“", "：「", "：『", ":\"")


def _zh_adjacent(text: str, sp: Span, cues: _Cues) -> tuple[Who | None, str | None]:
    """A short quote counts only when its cue stands right before it (表示：“…”)."""
    for k in cues.between(max(0, sp.open - 2), sp.open):
        if text[cues.ends[k] : sp.open].strip("：:，, ") == "":
            return zh_subject_before(text, 0, cues.starts[k]), cues.words[k]
    return None, None


# ---------------------------------------------------------------- indirect speech


def _indirect_en(text: str, spans: list[Span], sentences: Sentences, cues: _Cues) -> list[_Found]:
    found: list[_Found] = []
    starts = [sp.start for sp in spans]
    previous: _Found | None = None
    # Exact only where no noun report can be added later and no cue is coordinated ("… and said"):
    # a clause returned without its speaker could otherwise become the "previous" one of a later cue.
    noun_reports = _noun_reports(text)
    kept = _KeptClause(not noun_reports and not any(_coordinated(text, c) for c in cues.starts))
    for k in range(len(cues.starts)):
        c, c_end, word = cues.starts[k], cues.ends[k], cues.words[k]
        if _negated(text, c):
            continue
        s, e = sentences.around(c)
        if previous is not None and previous.start >= s and _coordinated(text, c):
            f = _coordinated_clause(text, previous, c, c_end, e, word)  # "X emphasised A, and urged B"
        elif P.EN_CUES.get(word) is False and _coordinated(text, c):  # "Mpofu adopted … and said none …"
            clause, who = _clause_after(text, c_end, e, word), participle_subject(text, s, c)
            f = _Found(QuoteKind.INDIRECT, *clause, who, word) if clause and who else None
        else:
            f = _one_indirect_en(text, s, e, c, c_end, word, kept.last())
        if f is not None and f.end - f.start <= _MAX_CLAUSE and not _mostly_quoted(f, spans, starts, text):
            found.append(f)
            previous = f
            kept.add(f)
    inside = _Inside(spans, len(text))
    for m in noun_reports:  # "… after allegations that he had hired …": nobody named
        if inside(m.start()) or any(f.start <= m.start() < f.end for f in found[-_MAX_LOOKBACK:]):
            continue
        s, e = sentences.around(m.start())
        clause = _clause_after(text, m.end(1), e, "said")
        if clause:
            noun = m.group(1)
            f = _Found(QuoteKind.INDIRECT, *clause, Who(noun, "desc", role=noun, start=m.start()), None)
            if f.end - f.start <= _MAX_CLAUSE and not _mostly_quoted(f, spans, starts, text):
                found.append(f)
    found.sort(key=lambda f: f.start)
    return found


class _KeptClause:
    """The clause _dedupe will keep last, followed while clauses are found in text order, so that a
    clause it is sure to drop need not have its speaker read (a paragraph of thousands of cues
    reporting one overlapping clause after another). ``exact`` is off for a block with a noun report
    or a coordinated cue, and turns off as soon as clauses are found out of text order."""

    __slots__ = ("exact", "kept", "start")

    def __init__(self, exact: bool) -> None:
        self.exact, self.start = exact, -1
        self.kept: _Found | None = None

    def last(self) -> _Found | None:
        return self.kept if self.exact else None

    def add(self, f: _Found) -> None:
        if f.start < self.start:
            self.exact = False
        self.start = f.start
        if not _overlaps_kept(f.start, f.end, self.kept):
            self.kept = f


def _overlaps_kept(start: int, end: int, kept: _Found | None) -> bool:
    """_dedupe's test: does a clause mostly repeat the one kept before it?"""
    return kept is not None and start < kept.end and min(end, kept.end) - start > 0.5 * (end - start)


# Nouns that report what someone (unnamed) says: "allegations that …", "complaints that …".
_NOUN_REPORT_RE = re.compile(r"\b(allegations|accusations|complaints|suggestions|assertions|rumou?rs) that\b")


def _noun_reports(text: str) -> list[re.Match[str]]:
    """ "allegations that …" and the like (a substring test spares most blocks the regex)."""
    return list(_NOUN_REPORT_RE.finditer(text)) if " that" in text else []
_COORDINATORS = ("and", "but", "then")


def _coordinated(text: str, c: int) -> bool:
    """Is the cue at ``c`` the second verb of a coordination ("…, and urged")?"""
    before = text[max(0, c - 10) : c].split()
    return bool(before) and before[-1].lower() in _COORDINATORS


def _coordinated_clause(text: str, previous: _Found, c: int, c_end: int, e: int, word: str) -> _Found | None:
    """Cut the first clause before the coordination and give the second verb the same speaker."""
    if previous.start < c < previous.end:
        k = c
        while k > previous.start and text[k - 1] == " ":
            k -= 1
        while k > previous.start and text[k - 1].isalpha():
            k -= 1  # back over the coordinator itself
        previous.end = _trim_clause(text, previous.start, k)[1]
    clause = _clause_after(text, c_end, e, word)
    if clause is None and word in P.EN_WEAK_CUES:
        clause = _trim_clause(text, c_end, e)
    return _Found(QuoteKind.INDIRECT, *clause, previous.who, word) if clause and clause[1] > clause[0] else None


def _one_indirect_en(
    text: str, s: int, e: int, c: int, c_end: int, word: str, kept: _Found | None = None
) -> _Found | None:
    """Reported speech around one cue: "X said (that) …", "…, X said.", "according to X, …".
    ``kept``: the clause _dedupe will keep last, if known; a clause after the cue that it would drop
    comes back without its speaker read."""
    if word == "according to":
        return _according(text, s, e, c, c_end)
    if P.EN_CUES[word]:  # participle: the sentence subject speaks
        clause = _clause_after(text, c_end, e, word)
        who = participle_subject(text, s, c)
        return _Found(QuoteKind.INDIRECT, *clause, who, word) if clause and who else None
    if _closes_quote_attribution(text, s, e, c, c_end):
        return None  # "“…,” he said.": the quote is the report, and no clause stands before or after
    clause = _clause_after(text, c_end, e, word)
    inverted = (text[c - 2 : c] == ", " or text[c - 3 : c] == ", ") and word not in P.EN_OBJECT_CUES
    if clause is None and word not in _SHOW_CUES and not inverted and not _may_close_sentence(text, c_end, e):
        return None  # no clause after the cue and none can end before it: the subject need not be read
    if clause is not None and clause[1] - clause[0] > _MAX_CLAUSE and not inverted:
        return None  # a clause too long to be one report (the caller drops it): no need to read the subject
    if clause is not None and not inverted and _overlaps_kept(*clause, kept):
        return _Found(QuoteKind.INDIRECT, *clause, None, word)  # dropped by _dedupe whoever speaks
    who = en_subject_before(text, s, c)
    if who is not None:
        if clause is None and word in _SHOW_CUES and who.mention.rsplit(" ", 1)[-1].lower() in P.EN_DOC_HEADS:
            clause = _clause_after(text, c_end, e, "said")  # "the budget documents show Sars collected R95bn"
        if clause:
            return _Found(QuoteKind.INDIRECT, *clause, who, word)
        if not _may_close_sentence(text, c_end, e):
            return None  # the cue does not close the sentence: no "…, X said."
        return _clause_before(text, s, who.start, who, word)
    if word in P.EN_WEAK_CUES and _THAT_RE.match(text, c_end):  # "A review of 26 studies found that …"
        subject = text[s:c].strip(" ,") if c - s <= 200 else ""
        if clause and subject:
            return _Found(QuoteKind.INDIRECT, *clause, Who(subject, "desc", role=subject, start=s), word)
    if inverted:  # ", said Li Bin, general manager …"
        who = en_subject_after(text, c_end, e)
        if who is not None and _inverted_ok(who) and text[c - 3 : c - 2] not in "”\"’'":
            return _clause_before(text, s, c, who, word)
    return None


def _may_close_sentence(text: str, c_end: int, e: int) -> bool:
    """Can a clause end before the cue ("…, X said." or the parenthetical "…, he said, swiping …",
    but not "…, he added, “…”")? Not when many words follow the cue."""
    parenthetical = _char_after(text, c_end) in (",", ";") and _char_after(
        text, text.find(",", c_end, c_end + 40) + 1
    ) not in P.OPENERS
    return parenthetical or len(text[c_end : min(e, c_end + 200)].split()) <= _TAIL_WORDS


def _closes_quote_attribution(text: str, s: int, e: int, c: int, c_end: int) -> bool:
    """Is the cue the end of "“…,” he said." (a quote closed after its own comma or full stop a few
    words before the cue, no comma between, nothing but a full stop after)? Then no indirect clause can be read there: the subject follows
    the closing mark, not a comma, and the sentence ends at the cue."""
    if e - c_end > 4 or text[c_end:e].strip(" .!?") or c - s < 2:
        return False  # (bounded: a long sentence after the cue is no end)
    lo = max(s, c - 40)
    k = max(text.rfind("”", lo, c), text.rfind('"', lo, c), text.rfind("'", lo, c))
    k -= text[k - 1 : k + 1] == "''"  # the first mark of an ASCII ''
    # The quote ends its own sentence or clause inside the mark (“…,” / “….”), unlike a name in quote
    # marks before the subject ("…, the “Big Bank” chief said").
    return k > 0 and text[k - 1] in ",.!?" and "," not in text[k + 1 : c] and "“" not in text[k + 1 : c]


_SHOW_CUES = frozenset("show shows showed shown found finds".split())


def _inverted_ok(who: Who) -> bool:
    """An inverted subject ("…, said the officials.") is a name, a pronoun or a short phrase."""
    return who.kind != "desc" or len(who.mention.split()) <= 4


def _according(text: str, s: int, e: int, c: int, c_end: int) -> _Found | None:
    who = en_subject_after(text, c_end, e)
    if who is None:
        return None
    if _blank(text, s, c):
        comma = text.find(",", c_end, min(e, c_end + 200))
        if comma < 0 and who.kind in ("person", "org"):
            comma = _after_name(text, c_end, e) - 1  # "According to Tessa the best time …"
        if comma < c_end:
            return None
        if who.role is not None:
            comma = _past_appositive(text, comma, e, who)
        start, end = _trim_clause(text, comma + 1, e)
        return _Found(QuoteKind.INDIRECT, start, end, who, "according to") if end > start else None
    found = _clause_before(text, s, c, who, "according to")
    return found if found is None or len(text[found.start : found.end].split()) >= 5 else None


_ROLE_WORDS = 12


def _past_appositive(text: str, comma: int, e: int, who: Who) -> int:
    """The comma that opens the clause after "According to X, <role>, …"; when no second comma
    closes the role, the role read past the first comma was the reported clause itself: dropped."""
    role = who.role or ""
    at = comma + 1 + len(text[comma + 1 : e]) - len(text[comma + 1 : e].lstrip())
    after = at + len(role)
    if text.startswith(role, at) and text[after : after + 2] in (", ", ",") and len(role.split()) <= _ROLE_WORDS:
        return after
    who.role = None
    return comma


_THAT_SKIP = 12
# Each word must be followed by a space, so a run can be split only one way (no backtracking).
_CAPITALISED_RUN_RE = re.compile(r" *(?:the )?(?:[A-Z][\w'’.\-]* )+")


def _after_name(text: str, lo: int, e: int) -> int:
    """Where the capitalised name starting at ``lo`` ends."""
    m = _CAPITALISED_RUN_RE.match(text, lo, min(e, lo + 120))
    return m.end() if m else lo


def _clause_after(text: str, lo: int, e: int, word: str) -> tuple[int, int] | None:
    """The reported clause after a cue, past "that" and any listener or adverbial."""
    words = list(itertools.islice(_WORD_RE.finditer(text, lo, min(e, lo + 200)), _THAT_SKIP + 4))  # all that is read
    if not words:
        return None
    start = None
    for i, m in enumerate(words[:_THAT_SKIP]):
        if m.group() in P.EN_CUES or m.group().lower() in _JOINERS:
            break  # "said she was 15, but later acknowledged that …": that "that" is another verb's
        if m.group().lower() == "that" and "“" not in text[lo : m.start()] and '"' not in text[lo : m.start()]:
            start = m.end()
            break
    if start is None:
        first = words[0]
        gap = text[lo : first.start()]
        infinitive = first.group().lower() == "to" and word in P.EN_INFINITIVE_CUES  # "pledged to issue …"
        if not infinitive and first.group().lower() in _PP_HEADS:
            first = _past_adverbial(words) or first  # "said in an email the cost …"
        if gap.strip() or (first.group().lower() in _NOT_CLAUSE_START and not infinitive) or word in P.EN_WEAK_CUES:
            return None
        if word in P.EN_LISTENER_CUES:
            skip = _listener_words(words)
            if skip == 0 or skip >= len(words) or words[skip].group().lower() in _NOT_CLAUSE_START:
                return None
            first = words[skip]
        start = first.start()
    begin, end = _trim_clause(text, start, _report_stop(text, start, e))
    if end - begin < 12 or text[begin] in P.OPENERS:
        return None
    return begin, end


_JOINERS = frozenset("and but though although while whereas yet".split())
_JOINER_RE = re.compile(r"\b(and|but|though|although|while|whereas|yet)\b|,")
_STOP_LOOKAHEAD = 4
_STOP_REACH = 400


def _report_stop(text: str, start: int, e: int) -> int:
    """Where a reported clause ends before a new report joined to it: "he wants X and pointed to Y",
    "she was 15, but she later acknowledged that …", "…, activists have claimed that …".
    Looks at most _STOP_REACH characters ahead. Every joiner of a block is judged once (cached), so
    a clause costs a bisect however many cues share the block."""
    hi = min(e, start + _STOP_REACH)
    for m in _JOINER_RE.finditer(text, start, hi):
        if m.start() >= start + 2:
            break
        if _stops_at(text, m, start):  # a joiner right at the start: its comma test sees only the clause
            return m.start()
    stops = _stop_points(text)
    k = bisect.bisect_left(stops, start + 2)
    return stops[k] if k < len(stops) and stops[k] < hi and _JOINER_RE.match(text, stops[k], hi) else e


@functools.lru_cache(maxsize=8)
def _stop_points(text: str) -> list[int]:
    """Where each joiner of ``text`` that ends a reported clause starts (see _report_stop)."""
    return [m.start() for m in _JOINER_RE.finditer(text) if _stops_at(text, m, 0)]


def _stops_at(text: str, m: re.Match[str], start: int) -> bool:
    """Does the joiner or comma ``m`` open a new report ("but she later acknowledged", ", activists
    have claimed that"), judged on the few words after it?"""
    ahead = [w.group() for w in _WORD_RE.finditer(text, m.end(), min(len(text), m.end() + 48))][:_STOP_LOOKAHEAD]
    joiner = m.group(1)
    at = m.end()
    if joiner is not None:
        comma = text[max(start, m.start() - 2) : m.start()].strip() in (",", "-", "—", "–", ";")
        if not (comma or joiner.lower() == "and"):
            return False
        for w in ahead:
            at = text.find(w, at)
            if w in P.EN_CUES and w not in P.EN_WEAK_CUES and text[at - 3 : at] != "to ":
                return True  # "but she later acknowledged", not "and petty to say"
            at += len(w)
        return False
    for k, w in enumerate(ahead):  # ", activists have claimed that"
        at = text.find(w, at)
        if w.lower() in _JOINERS:
            return False
        if k and w in P.EN_CUES and text.startswith(" that", at + len(w)):
            return True
        at += len(w)
    return False


_TAIL_WORDS = 6
_THAT_RE = re.compile(r" that\b")


def _char_after(text: str, pos: int) -> str:
    """The first non-space character from ``pos``, or ""."""
    m = _NONSPACE_RE.search(text, pos, pos + 40)
    return text[m.start()] if m else ""
_OBJECT_WORDS = frozenset("him her them me us you reporters journalists lawmakers parliament congress".split())


_PP_HEADS = frozenset("in on at during via over".split())
_PP_DETERMINERS = frozenset("a an the his her their its".split())
_CLAUSE_OPENERS = frozenset("the a an he she they it we i this there his her their its some many most".split())


def _past_adverbial(words: list[re.Match[str]]) -> re.Match[str] | None:
    """The word after a short adverbial ("in an email", "on Monday") if a clause starts there."""
    k = 1
    if k < len(words) and words[k].group().lower() in _PP_DETERMINERS:
        k += 1
    k += 1  # the adverbial's noun
    if k < len(words) and (words[k].group().lower() in _CLAUSE_OPENERS or words[k].group()[:1].isupper()):
        return words[k]
    return None


def _listener_words(words: list[re.Match[str]]) -> int:
    """How many words name the listener after "told": "her", "reporters", "CNN", "the Daily Mail"."""
    first = words[0].group()
    if first.lower() in _OBJECT_WORDS:
        return 1
    k = 1 if first.lower() == "the" else 0
    n = k
    while n < len(words) and n - k < 4 and words[n].group()[:1].isupper():
        n += 1
    return n if n > k else 0


_NOT_CLAUSE_START = frozenset(
    """in on at to for with during after before about of by from as last this earlier later yesterday today
    tonight monday tuesday wednesday thursday friday saturday sunday both""".split()
)


def _clause_before(text: str, s: int, subject_start: int, who: Who, word: str) -> _Found | None:
    """ "The plan will work, Smith said." — the clause runs from the sentence start to the comma."""
    if subject_start - s > _MAX_CLAUSE or _char_before(text, s, subject_start) != ",":
        return None
    comma = subject_start - 1
    while text[comma] != ",":
        comma -= 1
    start, end = _trim_clause(text, s, comma)
    if end - start < 12 or len(text[start:end].split()) < 3:
        return None
    if text[end - 1] in "”\"’" and text[start] in P.OPENERS:
        return None  # "“…,” Smith said": the direct quote is the quote
    return _Found(QuoteKind.INDIRECT, start, end, who, word)


def _trim_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip punctuation around a clause; an over-long clause comes back longer than _MAX_CLAUSE
    (and is dropped by the caller), so the work stays bounded."""
    end = min(end, start + _MAX_CLAUSE + 1)
    limit = min(end, start + 64)
    while start < limit and text[start] in " ,:":
        start += 1
    floor = max(start, end - 64)
    while end > floor and text[end - 1] in " .,;:!?—–":
        end -= 1
    if end < len(text) and text[end : end + 1] in "”\"’" and text[end - 1 : end] != " ":
        end += 1  # keep a closing mark that ends the clause
    return start, end


def _mostly_quoted(f: _Found, spans: list[Span], starts: list[int], text: str | None = None) -> bool:
    """Is the clause mostly a direct quote (then only the direct quote counts)?

    With ``text`` (English), the words outside the quotes must also be a mere frame ("that",
    "therefore"): a predicate of their own (“…” should be supported by all parties) makes the clause
    reported speech as well.
    """
    k = bisect.bisect_right(starts, f.end)
    covered = 0
    pieces: list[tuple[int, int]] = []
    for sp in reversed(spans[max(0, k - _MAX_LOOKBACK) : k]):
        if sp.end <= f.start:
            break
        lo, hi = max(f.start, sp.start), min(f.end, sp.end)
        if hi > lo:
            covered += hi - lo
            pieces.append((lo, hi))
    if covered <= 0.7 * (f.end - f.start):
        return False
    if text is None:
        return True
    outside, pos = 0, f.start
    for lo, hi in sorted(pieces):
        outside += len(_WORD_RE.findall(text, pos, lo)) if lo > pos else 0
        pos = max(pos, hi)
    outside += len(_WORD_RE.findall(text, pos, f.end))
    return outside <= _FRAME_WORDS


def _indirect_zh(text: str, spans: list[Span], cues: _Cues) -> list[_Found]:
    found: list[_Found] = []
    starts = [sp.start for sp in spans]
    subjects: dict[int, Who | None] = {}

    def subject(k: int) -> Who | None:  # each cue's subject is read once, however often it is asked for
        if k not in subjects:
            subjects[k] = zh_subject_before(text, 0, cues.starts[k])
            subjects.pop(k - 4, None)
        return subjects[k]

    inside_until = -1  # the end of the clause last reported: a cue inside it is reported speech itself
    for k in range(len(cues.starts)):
        c, c_end, word = cues.starts[k], cues.ends[k], cues.words[k]
        if _zh_negated(text, c) or c < inside_until or text.endswith(ZH.BACK_REFERENCES, 0, c):
            continue  # (如是说, 这样说: the words came before the cue)
        if k + 1 < len(cues.starts) and cues.starts[k + 1] == c_end:
            continue  # 回应表示: the second cue reports the clause
        start = _zh_clause_start(text, c_end, word)
        if start >= len(text) or text[start] in P.OPENERS or text[start] in "。！？":
            continue  # a colon quote or no clause: the direct quote is the quote
        who = subject(k)
        if who is None or who.kind == "desc" and len(who.mention) > 12:
            continue
        end = _zh_clause_end(text, start, cues, k, subject)
        f = _Found(QuoteKind.INDIRECT, start, end, who, word)
        if 6 <= end - start <= _MAX_CLAUSE and not _mostly_quoted(f, spans, starts):
            found.append(f)
            inside_until = end
    return found


def _zh_clause_start(text: str, c_end: int, word: str) -> int:
    """Where the clause reported by a cue starts: past punctuation, a second verb of saying (回应称)
    and the listener of 告诉 (告诉记者，…)."""
    start = c_end + (text[c_end : c_end + 1] in ZH.SAY_AFTER_CUE)
    if word in ZH.LISTENER_CUES:  # 告诉记者，… ; 告诉记者。 reports nothing
        stop = text.find("。", start, start + ZH.LISTENER_SIZE + 1)
        comma = text.find("，", start, stop if stop >= 0 else start + ZH.LISTENER_SIZE + 1)
        start = comma + 1 if comma > start else stop if stop > start else start
    while start < len(text) and start - c_end < 3 and text[start] in "，：:, 道":
        start += 1
    return start


def _zh_negated(text: str, c: int) -> bool:
    """Is the cue at ``c`` negated (未透露, 没有表示) or unwilling (不愿透露姓名的人士: 透露 reports nothing)?"""
    return text[c - 1 : c] in P.ZH_NEGATIONS or text[c - 2 : c] in P.ZH_NEGATIONS or text.endswith(ZH.UNWILLING, 0, c)


def _zh_clause_end(text: str, start: int, cues: _Cues, k: int, subject: Callable[[int], Who | None]) -> int:
    """Up to the end of the sentence (the block end for a short one), or to the clause that introduces
    the next speaker, or a new direct quote."""
    end = min(len(text), start + _MAX_CLAUSE + 1)
    stop = text.find("。", start, end)
    if stop - start >= _ZH_SENTENCE and text.startswith(P.ZH_NEW_TOPIC, stop + 1):
        end = stop + 1  # 酒精的影响与海拔高度无关。无论…/显然，…: the writer goes on in a new sentence
    for j in range(k + 1, min(k + 4, len(cues.starts))):
        nxt = cues.starts[j]
        who = subject(j)
        if who is not None and who.kind == "pronoun" and not who.mention:
            continue  # 并认为… continues the same speaker's clause
        cut = max(text.rfind("，", start, nxt), text.rfind("。", start, nxt))
        if who is not None and who.start <= start and cut < start:
            continue  # 姚颂表示，习近平主席的贺信表明，…: the next cue's subject opens this clause, so it is inside it
        if cut > start:
            end = cut + (1 if text[cut] == "。" else 0)
        elif who is not None:  # the next speaker follows without punctuation (or opens this clause)
            end = max(start, who.start)
        break
    for mark in ("。“", "，“", "：“", "。「", "，「"):  # a new direct quote ends the reported clause
        q = text.find(mark, start, end)
        if q >= 0:
            end = q + 1 if mark[0] == "。" else q
    while end > start and text[end - 1] in "，；： ":
        end -= 1
    return end


# ---------------------------------------------------------------- resolution


@dataclass(slots=True)
class _Context:
    """What the previous block leaves for the next: its last speaker."""

    speaker: Speaker | None = None
    who: Who | None = None
    cue: str | None = None


def _resolve(
    found: list[_Found],
    index: int,
    text: str,
    base: int,
    book: SpeakerBook,
    prev: _Context,
    out: list[Quote],
    prev_text: str = "",
) -> _Context:
    last = _Context(prev.speaker, prev.who, prev.cue)
    first_in_block = len(out)
    block_last: tuple[Speaker, str | None] | None = None
    seen_any = False
    for f in found:
        speaker = book.resolve(f.who, base + f.start) if f.who is not None else None
        if f.who is not None and f.who.kind == "pronoun" and _zh_text(text):
            named = (
                zh_subject_named_before(book.zh_known, text, f.who.start)
                or book.zh_named_before(text, f.who.start, prev_text)  # 李博灏也有着类似的经历。他表示…
                or zh_subject_named_before(book.zh_known, prev_text, len(prev_text))  # 王青预计…。他同时指出
            )
            speaker = Speaker(name=named, role=book.roles.get(named)) if named else speaker
        if speaker is not None:
            book.note(speaker, f.who, base + f.start)
        elif f.kind == QuoteKind.DIRECT:
            named = _zh_named_before_quote(book, text, f.start, prev_text, prev) if _zh_text(text) else None
            if named is not None:  # 桑先生…十分不解。“很多单位…”
                speaker = Speaker(name=named, role=book.roles.get(named))
            else:
                speaker, f.who, f.cue = _inherit(f, text, prev, block_last, seen_any)
        if speaker is None and f.bare or f.end <= f.start:
            continue
        seen_any = True
        out.append(_quote(f, speaker, index, text))
        if speaker is not None:
            block_last = (speaker, f.cue)
            last = _Context(speaker, f.who, f.cue)
    _backfill(out, first_in_block)
    if not found and text.strip():
        return _Context()  # a paragraph of the writer's own between two quotes: the next bare quote is no continuation
    return last


def _zh_named_before_quote(book: SpeakerBook, text: str, pos: int, prev_text: str, prev: _Context) -> str | None:
    """The person a bare Chinese quote at ``pos`` is by: the latest named as a clause's subject before
    it (王明谈到了李华的研究。“…” is 王明's), else the latest known person named before it; for a quote
    opening its paragraph, a person the paragraph before introduces as its subject after anyone quoted
    there (市民王女士对此深有感触。/ “以前办事要跑好几趟……”)."""
    named = zh_subject_named_before(book.zh_known, text, pos) or book.zh_named_before(text, pos)
    if named is not None or not prev_text or not _blank(text, 0, pos - 1):
        return named
    introduced = zh_subject_named_before(book.zh_known, prev_text, len(prev_text))
    said = prev.speaker.name if prev.speaker is not None else None
    return introduced if introduced != said else None


def _zh_text(text: str) -> bool:
    return HAN_RE.search(text, 0, 200) is not None


def _inherit(
    f: _Found, text: str, prev: _Context, block_last: tuple[Speaker, str | None] | None, seen_any: bool
) -> tuple[Speaker | None, Who | None, str | None]:
    """An unattributed quote continues the speaker of the quote before it in the block, or of the
    previous block when the quote opens its paragraph."""
    if block_last is not None:
        return block_last[0], None, block_last[1]
    starts_block = f.span is not None and (_blank(text, 0, f.span.open) or _zh_text(text))
    if starts_block and prev.speaker is not None and not seen_any:
        return prev.speaker, None, prev.cue
    return None, None, None


def _backfill(out: list[Quote], first: int) -> None:
    """A quote left without speaker takes the speaker of the next quote in its block that ends it."""
    for i in range(len(out) - 1, first - 1, -1):
        q = out[i]
        if q.speaker is None and q.kind == QuoteKind.DIRECT and i + 1 < len(out):
            nxt = out[i + 1]
            if nxt.block == q.block and nxt.kind == QuoteKind.DIRECT and nxt.speaker is not None and nxt.mention:
                out[i] = q.model_copy(update={"speaker": nxt.speaker, "cue": nxt.cue})


def _quote(f: _Found, speaker: Speaker | None, index: int, text: str) -> Quote:
    return Quote(
        text=text[f.start : f.end],
        kind=f.kind,
        speaker=speaker,
        mention=f.who.mention if f.who is not None and f.who.mention else None,
        cue=f.cue,
        block=index,
        start=f.start,
        end=f.end,
    )
