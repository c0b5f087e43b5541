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
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Block, Quote, QuoteKind, Speaker
from . import quote_patterns as P
from .quote_spans import Sentences, Span, find_spans
from .speakers import SpeakerBook, Who, en_subject_after, en_subject_before, participle_subject, zh_subject_before

__all__ = ["find_quotes", "detect_script"]

_WORD_RE = re.compile(r"\w+")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_LATIN_RE = re.compile(r"[A-Za-z]")
# How far (characters) a cue may sit from the quote it attributes.
_NEAR = 120
_ZH_NEAR = 40


@dataclass(slots=True)
class _Found:
    """A quote before speaker resolution."""

    kind: QuoteKind
    start: int
    end: int
    who: Who | None
    cue: str | None
    span: Span | None = None


def detect_script(texts: Sequence[str], language: str | None) -> str:
    """'zh' or 'en' (any latin-script language is read with the English tables)."""
    if language in ("zh", "en"):
        return language
    sample = "".join(t[:2000] for t in texts[:40])
    return "zh" if len(_CJK_RE.findall(sample)) > len(_LATIN_RE.findall(sample)) / 2 else "en"


def find_quotes(blocks: Sequence[Block], language: str | None) -> list[Quote]:
    """All quotes of the body, in reading order, each located exactly in its block."""
    texts = [b.text for b in blocks]
    cjk = detect_script(texts, language) == "zh"
    book = SpeakerBook()
    bases = _bases(texts)
    for text, base in zip(texts, bases, strict=True):
        book.register_text(text, base)
    quotes: list[Quote] = []
    previous: _Context = _Context()
    for index, text in enumerate(texts):
        found = _find_in_block(text, cjk)
        previous = _resolve(found, index, text, bases[index], book, previous, quotes)
    return quotes


def _bases(texts: Sequence[str]) -> list[int]:
    bases, total = [], 0
    for text in texts:
        bases.append(total)
        total += len(text) + 2
    return bases


# ---------------------------------------------------------------- finding


def _find_in_block(text: str, cjk: bool) -> list[_Found]:
    spans = find_spans(text)
    sentences = Sentences(text, spans, cjk)
    cues = _cue_positions(text, spans, cjk)
    found = [f for sp in spans if (f := _direct(text, sp, sentences, cues, cjk)) is not None]
    found += _dedupe(_indirect_zh(text, spans, cues) if cjk else _indirect_en(text, spans, sentences, cues))
    found.sort(key=lambda f: (f.start, f.kind != QuoteKind.INDIRECT))
    return found


def _dedupe(found: list[_Found]) -> list[_Found]:
    """Two cues reporting the same clause ("Govender said the investigation revealed that …"): keep the first."""
    kept: list[_Found] = []
    for f in found:
        if kept and f.start < kept[-1].end and min(f.end, kept[-1].end) - f.start > 0.5 * (f.end - f.start):
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


def _cue_positions(text: str, spans: list[Span], cjk: bool) -> _Cues:
    inside = _Inside(spans, len(text))
    cues = _Cues([], [], [])
    pattern = P.ZH_CUE_RE if cjk else P.EN_CUE_RE
    for m in pattern.finditer(text):
        if inside(m.start()):
            continue
        word = m.group() if cjk else m.group().lower()
        if not cjk and word in P.EN_CUE_PARTICLES and not text.startswith(" " + P.EN_CUE_PARTICLES[word], m.end()):
            continue
        cues.starts.append(m.start())
        cues.ends.append(m.end())
        cues.words.append(word)
    if not cjk:
        for m in P.ACCORDING_RE.finditer(text):
            if not inside(m.start()):
                k = bisect.bisect_left(cues.starts, m.start())
                cues.starts.insert(k, m.start())
                cues.ends.insert(k, m.end())
                cues.words.insert(k, "according to")
    return cues


class _Inside:
    """Membership test "is this offset inside a quote?" for increasing or random offsets."""

    def __init__(self, spans: list[Span], n: int) -> None:
        self.opens = [s.open for s in spans]
        self.closes = [n if s.close is None else s.close for s in spans]

    def __call__(self, pos: int) -> bool:
        k = bisect.bisect_right(self.opens, pos) - 1
        return k >= 0 and pos < self.closes[k]


def _direct(text: str, sp: Span, sentences: Sentences, cues: _Cues, cjk: bool) -> _Found | None:
    if not _has_words(text, sp) or _is_title(text, sp, cjk):
        return None
    s, e = sentences.around(sp.open)
    who, cue = (_zh_attribution if cjk else _en_attribution)(text, sp, s, e, cues)
    found = _Found(QuoteKind.DIRECT, sp.start, sp.end, who, cue, sp)
    if who is None and cue is None and not _speech_like(text, sp, s, cjk):
        return None  # a scare quote or a term nobody is reported as saying
    return found


def _has_words(text: str, sp: Span) -> bool:
    return _WORD_RE.search(text, sp.start, sp.end) is not None


def _is_title(text: str, sp: Span, cjk: bool) -> bool:
    """Names of works and terms: title-cased or introduced by "called", 所谓 ..."""
    before = text[max(0, sp.open - 12) : sp.open]
    if cjk:
        return before.endswith(P.ZH_TITLE_LEADS)
    lead = before.rstrip().rsplit(" ", 1)[-1].lower()
    if lead in P.EN_TITLE_LEADS:
        return True
    inner = text[sp.start : sp.end]
    words = inner.split()
    if not 1 < len(words) <= 10 or inner[-1:] in ".,!?;:":
        return False
    major = [w for w in words if len(w) > 3]
    return bool(major) and all(w[:1].isupper() for w in major) and words[0][:1].isupper()


def _speech_like(text: str, sp: Span, s: int, cjk: bool) -> bool:
    """Long enough and sentence-shaped to be speech even without a named speaker, and not embedded
    mid-sentence (a slogan or a term)."""
    lead = text[s : sp.open].rstrip()
    if lead and not lead.endswith((":", "：")):
        return False
    inner = text[sp.start : sp.end]
    whole = text[: sp.open].strip() == "" and (sp.close is None or text[sp.close + 1 :].strip() in ("", ".", "。"))
    if cjk:
        return len(inner) >= 8 and (whole or inner[-1:] in "。！？…" or "，" in inner)
    words = len(inner.split())
    return words >= 6 and (whole or inner[-1:] in ".!?,")


def _en_attribution(text: str, sp: Span, s: int, e: int, cues: _Cues) -> tuple[Who | None, str | None]:
    if sp.close is not None:
        after = _en_after(text, sp.close + 1, e, cues)
        if after[1] is not None:
            return after
    return _en_before(text, sp.open, s, cues)


def _en_after(text: str, lo: int, e: int, cues: _Cues) -> tuple[Who | None, str | None]:
    """ "…,” said X" / "…,” X, role, said" / "…,” he told reporters"."""
    for k in cues.between(lo, min(e, lo + _NEAR)):
        gap = text[lo : cues.starts[k]]
        if any(mark in gap for mark in P.OPENERS):
            break
        word = cues.words[k]
        if word == "according to":
            return _np_after_according(text, cues.ends[k], e), word
        if gap.strip(" ,.—–") == "":
            return en_subject_after(text, cues.ends[k], e), word
        who = en_subject_before(text, lo, cues.starts[k])
        if who is not None:
            return who, word
        break
    return None, None


def _en_before(text: str, o: int, s: int, cues: _Cues) -> tuple[Who | None, str | None]:
    """ "X said: “…”", "according to X, “…”", and fragments: "X said the plan was “bold”"."""
    ks = cues.between(s, o)
    for k in reversed(ks):
        word = cues.words[k]
        if _negated(text, cues.starts[k]):
            return None, None
        if word == "according to":
            return _np_after_according(text, cues.ends[k], o), word
        if P.EN_CUES.get(word, False):
            return participle_subject(text, s, cues.starts[k]), word
        who = en_subject_before(text, s, cues.starts[k])
        if who is None and text[cues.starts[k] - 2 : cues.starts[k]] == ", ":
            who = en_subject_after(text, cues.ends[k], o)
        if who is not None:
            return who, word
    return None, None


def _np_after_according(text: str, lo: int, hi: int) -> Who | None:
    return en_subject_after(text, lo, hi)


def _negated(text: str, cue_start: int) -> bool:
    words = text[max(0, cue_start - 24) : cue_start].lower().replace("’", "'").split()[-3:]
    return any(w in P.EN_NEGATIONS or w.endswith("n't") for w in words)


def _zh_attribution(text: str, sp: Span, s: int, e: int, cues: _Cues) -> tuple[Who | None, str | None]:
    if sp.close is not None:
        lo = sp.close + 1
        for k in cues.between(lo, min(len(text), lo + _ZH_NEAR)):
            gap = text[lo : cues.starts[k]]
            if any(ch in gap for ch in "。！？“「"):
                break
            who = zh_subject_before(text, lo, cues.starts[k])
            if who is not None:
                return who, cues.words[k]
            break
    for k in reversed(cues.between(s, sp.open)):
        if text[cues.starts[k] - 1 : cues.starts[k]] in P.ZH_NEGATIONS:
            return None, None
        who = zh_subject_before(text, s, cues.starts[k])
        if who is not None:
            return who, cues.words[k]
    return None, None


# ---------------------------------------------------------------- indirect speech


def _indirect_en(text: str, spans: list[Span], sentences: Sentences, cues: _Cues) -> list[_Found]:
    found: list[_Found] = []
    inside = _Inside(spans, len(text))
    for k in range(len(cues.starts)):
        c, c_end, word = cues.starts[k], cues.ends[k], cues.words[k]
        if _negated(text, c):
            continue
        s, e = sentences.around(c)
        f = _one_indirect_en(text, spans, inside, s, e, c, c_end, word)
        if f is not None and not _mostly_quoted(f, spans):
            found.append(f)
    return found


def _one_indirect_en(
    text: str, spans: list[Span], inside: _Inside, s: int, e: int, c: int, c_end: int, word: str
) -> _Found | None:
    if word == "according to":
        return _according(text, s, e, c, c_end)
    if P.EN_CUES[word]:  # participle: the sentence subject speaks
        clause = _clause_after(text, c_end, e, word)
        who = participle_subject(text, s, c)
        return _Found(QuoteKind.INDIRECT, *clause, who, word) if clause and who else None
    who = en_subject_before(text, s, c)
    if who is not None:
        clause = _clause_after(text, c_end, e, word)
        if clause:
            return _Found(QuoteKind.INDIRECT, *clause, who, word)
        return _clause_before(text, s, who.start, who, word)
    if text[c - 2 : c] == ", " or text[c - 3 : c] == ", ":  # ", said Li Bin, general manager …"
        who = en_subject_after(text, c_end, e)
        if who is not None and _inverted_ok(who, text, e) and text[c - 3 : c - 2] not in "”\"’":
            return _clause_before(text, s, c, who, word)
    return None


def _inverted_ok(who: Who, text: str, e: int) -> bool:
    """An inverted subject ("…, said the officials.") is a name, a pronoun or a short phrase."""
    return who.kind != "desc" or len(who.mention.split()) <= 4


def _according(text: str, s: int, e: int, c: int, c_end: int) -> _Found | None:
    who = en_subject_after(text, c_end, e)
    if who is None:
        return None
    if text[s:c].strip() == "":
        comma = text.find(",", c_end, e)
        if comma < 0:
            return None
        start, end = _trim_clause(text, comma + 1, e)
        return _Found(QuoteKind.INDIRECT, start, end, who, "according to") if end > start else None
    return _clause_before(text, s, c, who, "according to")


_THAT_SKIP = 12


def _clause_after(text: str, lo: int, e: int, word: str) -> tuple[int, int] | None:
    """The reported clause after a cue, past "that" and any listener or adverbial."""
    words = list(_WORD_RE.finditer(text, lo, min(e, lo + 200)))
    if not words:
        return None
    start = None
    for i, m in enumerate(words[:_THAT_SKIP]):
        if m.group().lower() == "that" and "“" not in text[lo : m.start()] and '"' not in text[lo : m.start()]:
            start = m.end()
            break
    if start is None:
        first = words[0]
        gap = text[lo : first.start()]
        if gap.strip() or first.group().lower() in _NOT_CLAUSE_START or word in P.EN_WEAK_CUES:
            return None
        if word in P.EN_LISTENER_CUES:
            return None
        start = first.start()
    begin, end = _trim_clause(text, start, e)
    if end - begin < 12 or text[begin] in P.OPENERS:
        return None
    return begin, end


_NOT_CLAUSE_START = frozenset(
    "in on at to for with during after before about of by from as last this earlier later yesterday today".split()
)


def _clause_before(text: str, s: int, subject_start: int, who: Who, word: str) -> _Found | None:
    """ "The plan will work, Smith said." — the clause runs from the sentence start to the comma."""
    head = text[s:subject_start].rstrip()
    if not head.endswith(","):
        return None
    start, end = _trim_clause(text, s, s + len(head) - 1)
    if end - start < 12 or text[end - 1] in "”\"’":
        return None
    return _Found(QuoteKind.INDIRECT, start, end, who, word)


def _trim_clause(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,:":
        start += 1
    while end > start and text[end - 1] in " .,;:!?—–":
        end -= 1
    if end < len(text) and text[end : end + 1] in "”\"’" and text[end - 1 : end] != " ":
        end += 1  # keep a closing mark that ends the clause
    return start, end


def _mostly_quoted(f: _Found, spans: list[Span]) -> bool:
    covered = sum(max(0, min(f.end, sp.end) - max(f.start, sp.start)) for sp in spans)
    return covered > 0.7 * (f.end - f.start)


def _indirect_zh(text: str, spans: list[Span], cues: _Cues) -> list[_Found]:
    found: list[_Found] = []
    for k in range(len(cues.starts)):
        c, c_end, word = cues.starts[k], cues.ends[k], cues.words[k]
        if text[c - 1 : c] in P.ZH_NEGATIONS or text[c - 2 : c] in P.ZH_NEGATIONS:
            continue
        who = zh_subject_before(text, 0, c)
        if who is None or who.kind == "desc" and len(who.mention) > 12:
            continue
        start = c_end
        while start < len(text) and text[start] in "，：:, 道":
            start += 1
        if start >= len(text) or text[start] in P.OPENERS:
            continue
        end = _zh_clause_end(text, start, cues, k)
        f = _Found(QuoteKind.INDIRECT, start, end, who, word)
        if end - start >= 6 and not _mostly_quoted(f, spans):
            found.append(f)
    return found


def _zh_clause_end(text: str, start: int, cues: _Cues, k: int) -> int:
    """Up to the block end, or to the clause that introduces the next speaker, or a new direct quote."""
    end = len(text)
    if k + 1 < len(cues.starts):
        nxt = cues.starts[k + 1]
        cut = max(text.rfind("，", start, nxt), text.rfind("。", start, nxt))
        if cut > start:
            end = cut + (1 if text[cut] == "。" else 0)
    q = text.find("。“", start, end)
    if q >= 0:
        end = q + 1
    while end > start and text[end - 1] in "，；： ":
        end -= 1
    return end


# ---------------------------------------------------------------- resolution


@dataclass(slots=True)
class _Context:
    """What the previous block leaves for the next: its last speaker, an open quote, a colon."""

    speaker: Speaker | None = None
    who: Who | None = None
    cue: str | None = None
    open_quote: bool = False


def _resolve(
    found: list[_Found], index: int, text: str, base: int, book: SpeakerBook, prev: _Context, out: list[Quote]
) -> _Context:
    last = _Context(prev.speaker, prev.who, prev.cue)
    first_in_block = len(out)
    block_quotes: list[tuple[_Found, Speaker | None]] = []
    for f in found:
        speaker = book.resolve(f.who, base + f.start) if f.who is not None else None
        if speaker is not None:
            book.note(speaker, f.who)
        elif f.kind == QuoteKind.DIRECT:
            speaker, f.who, f.cue = _inherit(f, text, prev, block_quotes)
        block_quotes.append((f, speaker))
        out.append(_quote(f, speaker, index, text))
        if speaker is not None:
            last = _Context(speaker, f.who, f.cue)
    _backfill(out, first_in_block)
    spans_open = any(f.span is not None and f.span.close is None for f in found)
    return _Context(last.speaker, last.who, last.cue, spans_open)


def _inherit(
    f: _Found, text: str, prev: _Context, block_quotes: list[tuple[_Found, Speaker | None]]
) -> tuple[Speaker | None, Who | None, str | None]:
    """An unattributed quote continues the speaker of the quote before it in the block, or of the
    previous block when the quote opens its paragraph."""
    for g, speaker in reversed(block_quotes):
        if g.kind == QuoteKind.DIRECT and speaker is not None:
            return speaker, None, g.cue
    starts_block = f.span is not None and text[: f.span.open].strip() == ""
    if starts_block and prev.speaker is not None and not block_quotes:
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
        mention=f.who.mention if f.who is not None else None,
        cue=f.cue,
        block=index,
        start=f.start,
        end=f.end,
    )
