"""Chinese reported speech: the clause after a cue (王凯表示，…), up to the next speaker or quote.

The candidates are built here; whether a cue reports a clause and where it starts is read in
:mod:`.cue_lead_zh`, where the clause ends in :mod:`.clause_end_zh`."""

from __future__ import annotations

import bisect
import re

from ...lexicon import quote_patterns as P
from ...lexicon import reporting_zh as RZ
from ...lexicon.cue_words_zh import CUE_ADVERBS
from ...lexicon.people_nouns_zh import WRITER_WORDS
from ...lexicon.punctuation_zh import ZH_COMMAS, ZH_SENTENCE_ENDS
from ...lexicon.quotes_zh import ZH_QUESTION_ENDS
from ...models import QuoteKind
from ...text import HAN_RE, last_of
from .. import segmenter
from ..segmenter import to_simplified
from ..speakers.phrases import Who
from ..speakers.phrases_zh import zh_subject_before
from .clause_end_zh import zh_chained, zh_clause_end, zh_short_term, zh_zero
from .cue_lead_zh import (
    zh_answered_before,
    zh_clause_start,
    zh_frame_yields,
    zh_framed_by_next,
    zh_reports_no_clause,
)
from .spans import Span
from .speech_zh import zh_term_heading_clause
from .text import MAX_CLAUSE, BlockView, Cues, Found, mostly_quoted

# How long a description read as a cue's subject may be: a place, an office and a role come before the
# name (五大连池市公安局政工室负责人, 来自巴西的…专业博士生泰勒斯); longer, it is a clause read wrong. 24 is the
# smallest limit with the best tune figure (tune is the same for any limit from 24 up).
_ZH_DESC_MAX = 24


def indirect_zh(b: BlockView) -> list[Found]:
    """The reported clauses of a Chinese block, each with its speaker as written, in text order (none in an
    interview's answer: see :func:`_zh_answer`)."""
    return [] if _zh_answer(b.text, b.cues) else _zh_clauses(b)


def _zh_clauses(b: BlockView) -> list[Found]:
    text, spans, cues = b.text, b.spans, b.cues
    found: list[Found] = []
    starts = [sp.start for sp in spans]
    subjects: dict[int, Who | None] = {}

    def subject(k: int) -> Who | None:  # each cue's subject is read once, however often it is asked for
        if k not in subjects:
            answered = zh_answered_before(text, cues.starts[k])  # (该负责人回复记者称: the subject ends at 回复)
            subjects[k] = zh_subject_before(text, 0, cues.starts[k] if answered is None else answered)
            subjects.pop(k - 4, None)
        return subjects[k]

    inside_until = -1  # the end of the clause last reported: a cue inside it is reported speech itself
    for k in range(len(cues.starts)):
        c, c_end, word = cues.starts[k], cues.ends[k], cues.words[k]
        if c < inside_until or zh_reports_no_clause(text, c, word):
            continue
        if k + 1 < len(cues.starts) and zh_framed_by_next(text, c_end, cues.starts[k + 1], cues.words[k + 1]):
            continue  # 回应表示, 在回应质询时表示: the second cue reports the clause
        start = zh_clause_start(text, c_end, word)
        if _no_clause_at(text, spans, starts, start):
            found.extend(_zh_report_before(text, spans, starts, c_end, word, subject(k), found))
            continue
        who = _zh_chained_speaker(text, c, subject(k), found)
        if who is None or who.kind == "desc" and len(who.mention) > _ZH_DESC_MAX:
            continue
        if zh_frame_yields(text, start, cues, k, subject):
            continue
        end = zh_clause_end(text, start, cues, k, subject)
        f = Found(QuoteKind.INDIRECT, start, end, who, word)
        if _zh_long_enough(text, start, end, who) and not _zh_leads_to_quote(
            text, start, end
        ) and not _zh_mostly_quoted(text, f, spans, starts) and _zh_predicates(text, start, end):
            found.append(f)
            inside_until = end
    return found


def _zh_report_before(
    text: str, spans: list[Span], starts: list[int], c_end: int, word: str, who: Who | None, found: list[Found]
) -> list[Found]:
    """The report a cue ending its sentence gives before it, after a comma and its speaker (这个项目明年就能完工，
    王明说。; 今年的收成比去年好，村民李大爷笑着说。; …，县农业农村局相关负责人表示。): the sentence up to that comma,
    no quote in it; none otherwise."""
    if zh_zero(who) or who is None or c_end >= len(text) or not _zh_reporter(text, who, c_end - len(word)):
        return []  # (…的产品，并无明确的技术信息透露。: a noun phrase before the verb, no one speaking)
    told = next((w for w in WRITER_WORDS if text.startswith(w, c_end)), "")  # (…，一位村民告诉记者。)
    if text[c_end + len(told) : c_end + len(told) + 1] not in _ZH_REPORT_BEFORE_ENDS:
        return []
    comma = who.start - 1
    if comma <= 0 or text[comma] not in ZH_COMMAS or to_simplified(word) in RZ.NO_REPORT_BEFORE:
        return []
    floor = found[-1].end if found else 0  # (the search stops there: no walk back to the text's start per cue)
    s = max(last_of(text, ZH_SENTENCE_ENDS, floor, comma) + 1, floor)
    while s < comma and text[s].isspace():
        s += 1
    k = bisect.bisect_left(starts, comma)  # (the quotes starting before the comma: the last of them may reach in)
    if comma - s < _ZH_CLAUSE_MIN or k > 0 and (spans[k - 1].close or len(text)) >= s or _zh_setting(text, s, comma):
        return []
    return [Found(QuoteKind.INDIRECT, s, comma, who, word)]


def _zh_reporter(text: str, who: Who, c: int) -> bool:
    """May ``who`` close a report with the cue at ``c``: a person or a pronoun, or a body or a description that is the
    whole phrase before the cue, a few characters between at most (警方表示。, 项目负责人对记者说。; not 但并无|明确的
    技术信息(透露): words before the description)?"""
    if who.kind in ("person", "pronoun"):
        return True
    whole = text.startswith(who.mention, who.start)
    return who.kind in ("org", "desc") and whole and 0 <= c - who.start - len(who.mention) <= _ZH_REPORTER_GAP


# How many characters may stand between a body or a description and the cue closing its report (对记者, 也).
_ZH_REPORTER_GAP = 3


def _zh_setting(text: str, start: int, end: int) -> bool:
    """Is [start, end) where the speaker stands, no report: a preposition (or a verb and a preposition) opening
    it and a localiser, place or time word ending it (站在新修的村道上，村民钱多多感慨地说。; 在会上，…)?"""
    toks = segmenter.tag(text[start:end])
    if len(toks) < 2 or toks[-1].tag not in _ZH_SETTING_ENDS:
        return False
    first = toks[0]
    return first.tag == "p" or first.tag == "v" and (toks[1].tag == "p" or first.word.endswith("在"))  # (坐在/v)


# The tags of the last word of a setting: a localiser (上, 里, 前), a place word, a time word.
_ZH_SETTING_ENDS = frozenset(("f", "s", "t"))


# What ends the sentence of a cue that reports the sentence before it (王明说。).
_ZH_REPORT_BEFORE_ENDS = frozenset("。！")


def _zh_long_enough(text: str, start: int, end: int, who: Who) -> bool:
    """Is the clause [start, end) long enough to be a report: six characters or more, or three or more set off by a
    comma after a person's cue and running to the end of the sentence (市长李明表示，他不后悔。: a whole clause)?"""
    if end - start > MAX_CLAUSE:
        return False
    if end - start >= _ZH_CLAUSE_MIN:
        return True
    whole = start > 0 and text[start - 1] in ZH_COMMAS and (end >= len(text) or text[end] in ZH_SENTENCE_ENDS)
    return end - start >= _ZH_SHORT_CLAUSE_MIN and who.kind == "person" and whole


# The shortest clause read as a report, and the shortest a person's cue reports when it makes a whole sentence.
_ZH_CLAUSE_MIN = 6
_ZH_SHORT_CLAUSE_MIN = 3


def _zh_predicates(text: str, start: int, end: int) -> bool:
    """Does a short clause [start, end) say something, more than a noun phrase (北大公开了…警告处分的文件: 处分的文件
    is what was made public, no clause)? Longer clauses are not read."""
    if end - start > _ZH_PREDICATE_READ:
        return True
    toks = segmenter.tag(text[start:end])
    linked = any(t.word in ("的", "、") for t in toks)  # (a modifier or a list: 那时她刚读/n研究生 is a clause)
    return not linked or not all(t.tag in _ZH_NOUN_PHRASE_TAGS for t in toks)


# How long a clause is read for a predicate, and the tags of the words of a noun phrase (nouns, pronouns, numbers,
# measure words, 的, marks): a clause made only of them says nothing (他们干爸、干妈).
_ZH_PREDICATE_READ = 16
_ZH_NOUN_PHRASE_TAGS = frozenset("n nr ns nt nz ng r m mq q uj x f s b".split())


def _zh_leads_to_quote(text: str, start: int, end: int) -> bool:
    """Is the clause [start, end) one phrase, no comma in it, that leads with a colon to a direct quote (在她看来，
    沟通不足：“…”): the quote gives the words, the phrase only announces them (a clause of several parts before the
    colon, 见面时，她塞给我一张单子：“…”, tells what happened)?"""
    return text[end : end + 2] in ("：“", "：「", ":“", ":「") and not any(ch in text[start:end] for ch in "，,；")


def _zh_answer(text: str, cues: Cues) -> bool:
    """Is the block an answer in an interview, its speaker's label and a colon before it (戴荣里：我个人感觉，…), no
    question: all of it is that speaker's words, and a report inside them is nested in them, none of its own (the
    interviewer's question, 南方周末：你在声明中提到，…？, reports as the writer does)?"""
    m = _ZH_LABEL_RE.match(text)
    if m is None or (cues.starts and cues.starts[0] < m.end()):
        return False
    body = text[m.end() :].rstrip()
    return "我" in body and not body.endswith(ZH_QUESTION_ENDS)


# A speaker's label opening an interview's paragraph: a short name, then a colon.
_ZH_LABEL_RE = re.compile("[^\\s，。！？：:“”「」,]{2,8}[：:]")


def _zh_mostly_quoted(text: str, f: Found, spans: list[Span], starts: list[int]) -> bool:
    """Is the clause mostly a direct quote, counted in characters of words (marks and punctuation left out:
    呼吁大家“自觉抵制谣言”。 is the quote but for 大家)? Then only the direct quote counts."""
    if mostly_quoted(f, spans, starts):
        return True
    k = bisect.bisect_left(starts, f.start)
    inside = 0
    for sp in spans[k : k + _ZH_QUOTES_IN_CLAUSE]:
        if sp.start >= f.end:
            break
        inside += len(_ZH_WORD_CHAR_RE.findall(text, sp.start, min(sp.end, f.end)))
    return inside > _ZH_QUOTED_SHARE * len(_ZH_WORD_CHAR_RE.findall(text, f.start, f.end))


_ZH_WORD_CHAR_RE = re.compile(r"[^\W_]")
# How many quotes of a clause are counted, and the share of its words they must hold (as mostly_quoted's).
_ZH_QUOTES_IN_CLAUSE = 8
_ZH_QUOTED_SHARE = 0.7


def _no_clause_at(text: str, spans: list[Span], starts: list[int], at: int) -> bool:
    """Does no reported clause start at ``at``: the end of the text or a sentence, or a quote (a colon
    quote: the direct quote is the quote), unless a quoted term heads the clause (指出，“双减”政策…)?"""
    if at >= len(text) or text[at] in ZH_SENTENCE_ENDS:
        return True
    return text[at] in P.OPENERS and not _term_at(text, spans, starts, at)


def _term_at(text: str, spans: list[Span], starts: list[int], at: int) -> bool:
    """Does a quoted term open at ``at`` that modifies the noun after it (，“双减”政策…) or that the clause goes on past
    (认为“双减”很有必要)?"""
    k = bisect.bisect_right(starts, at + 1) - 1
    if k < 0 or spans[k].open != at:
        return False
    return zh_term_heading_clause(text, spans[k]) or _zh_term_goes_on(text, spans[k])


def _zh_term_goes_on(text: str, sp: Span) -> bool:
    """Is the quote a short term the clause goes on past, with no mark after it (认为“双减”很有必要)?"""
    if not zh_short_term(text[sp.start : sp.end]) or sp.close is None or HAN_RE.match(text, sp.close + 1) is None:
        return False
    return not to_simplified(text[sp.close + 1 : sp.close + 5]).startswith(RZ.TERM_TAILS)  # (“责任”二字: a word named)


def _zh_chained_speaker(text: str, c: int, who: Who | None, found: list[Found]) -> Who | None:
    """The subject of the cue at ``c``, or, when it is left out right after the clause last reported
    (A表示，…，并认为…), that clause's speaker: the same speaker reports a second clause."""
    if zh_zero(who) and found and _zh_follows(text, found[-1], c):
        return found[-1].who
    return who


def _zh_follows(text: str, prev: Found, c: int) -> bool:
    """Does the cue at ``c`` stand right after the clause ``prev`` (…，并认为…, …，並認為…): a comma and an adverb
    between?"""
    between = to_simplified(text[prev.end : c])  # (並, 續, 還: the adverbs are simplified)
    return zh_chained(text, c, prev.end) and not between.strip("， ").strip(_ZH_ADVERB_CHARS)


_ZH_ADVERB_CHARS = "".join(CUE_ADVERBS)
