"""Chinese reported speech: the clause after a cue (王凯表示，…), up to the next speaker or quote."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from ...lexicon import quote_patterns as P
from ...lexicon import zh as ZH
from ...models import QuoteKind
from ...text import HAN_RE, first_of, last_of
from .. import segmenter
from ..segmenter import to_simplified
from ..speakers.phrases import Who
from ..speakers.phrases_zh import zh_subject_before
from .cues_zh import zh_topic_frame
from .direct_zh import zh_term_heading_clause
from .spans import Span
from .text import MAX_CLAUSE, BlockView, Cues, Found, mostly_quoted

_ZH_SENTENCE_END_RE = re.compile("[。！？]")
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
            subjects[k] = zh_subject_before(text, 0, cues.starts[k])
            subjects.pop(k - 4, None)
        return subjects[k]

    inside_until = -1  # the end of the clause last reported: a cue inside it is reported speech itself
    for k in range(len(cues.starts)):
        c, c_end, word = cues.starts[k], cues.ends[k], cues.words[k]
        if c < inside_until or _zh_reports_no_clause(text, c, word):
            continue
        if k + 1 < len(cues.starts) and _zh_framed_by_next(text, c_end, cues.starts[k + 1]):
            continue  # 回应表示, 在回应质询时表示: the second cue reports the clause
        start = _zh_clause_start(text, c_end, word)
        if _no_clause_at(text, spans, starts, start):
            continue
        who = _zh_chained_speaker(text, c, subject(k), found)
        if who is None or who.kind == "desc" and len(who.mention) > _ZH_DESC_MAX:
            continue
        if _zh_frame_yields(text, start, cues, k, subject):
            continue
        end = _zh_clause_end(text, start, cues, k, subject)
        f = Found(QuoteKind.INDIRECT, start, end, who, word)
        if 6 <= end - start <= MAX_CLAUSE and not _zh_leads_to_quote(text, start, end) and not _zh_mostly_quoted(
            text, f, spans, starts
        ) and _zh_predicates(text, start, end):
            found.append(f)
            inside_until = end
    return found


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
    return "我" in body and not body.endswith(("？", "?"))


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
    if at >= len(text) or text[at] in "。！？":
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
    if not _zh_short_term(text[sp.start : sp.end]) or sp.close is None or HAN_RE.match(text, sp.close + 1) is None:
        return False
    return not to_simplified(text[sp.close + 1 : sp.close + 5]).startswith(ZH.TERM_TAILS)  # (“责任”二字: a word named)


def _zh_short_term(inner: str) -> bool:
    """Are the quoted words ``inner`` a short term, no clause (no mark of a pause or an end in them)?"""
    return len(inner) <= _ZH_TERM_MAX and not any(map(inner.__contains__, _ZH_CLAUSE_MARKS))


# How long a quoted term heading a clause may be, and the marks a quoted clause holds and a term does not.
_ZH_TERM_MAX = 8
_ZH_CLAUSE_MARKS = "，。！？；、,.!?"


def _zh_reports_no_clause(text: str, c: int, word: str) -> bool:
    """Does the cue ``word`` at ``c`` report no clause after it: negated (未透露), pointing back at words
    already given (如是说, 这样说), taking an object (说完这句话, 回忆起当年), in a clause of time or showing an
    attitude (提到这件事时, 表示感谢), or a feeling or a proposal rather than words (他觉得…, 提出)?"""
    # The tests that need the segmenter come last: most cues are settled before them.
    if _zh_negated(text, c) or to_simplified(word) in ZH.FEELING_CUES:
        return True
    if to_simplified(text[max(0, c - 2) : c]) in ZH.BACK_REFERENCES:
        return True
    if P.ZH_CLEFT_RE.match(to_simplified(text[c : c + _CLEFT_SIZE])) is not None:
        return True  # “…”说这话的是村民王明: a cleft naming who said the quote before, no clause reported
    before, after = to_simplified(text[max(0, c - 2) : c]), to_simplified(text[c + len(word) : c + len(word) + 3])
    if before.endswith(("一边", "边")) and after.startswith(("，一边", "，边")):  # (一邊說，一邊 in traditional too)
        return True  # 王明一边说，一边握紧了拳头: the manner of an act, nothing reported
    if _zh_takes_object(to_simplified(text[c : c + len(word) + 2]), word):
        return True
    c_end = c + len(word)
    m = _ZH_PUNCT_RE.search(text, c_end, c_end + _ZH_FRAME_SIZE)  # what follows the cue, to the next mark
    after = to_simplified(text[c_end : m.start() if m is not None else c_end + _ZH_FRAME_SIZE])
    if m is not None and text[m.start()] in "，," and zh_topic_frame(word, after):
        return True
    return (m is not None and _zh_time_clause(after)) or _zh_attitude(after)


# How much of the text at a cue is read for a cleft (说这番话的，正是).
_CLEFT_SIZE = 12


def _zh_attitude(after: str) -> bool:
    """Is ``after`` (what follows the cue up to the next mark) an attitude shown, not words reported (表示感谢,
    表示强烈不满和坚决反对, 表示衷心的祝贺): attitude words, with words of degree, 的 and 和 only?"""
    if not any(word in after for word in ZH.ATTITUDE_WORDS):
        return False  # (no attitude word in the text: no word of it can end in one; the segmenter is not needed)
    toks = segmenter.tag(after)
    felt = [t for t in toks if t.word[-2:] in ZH.ATTITUDE_WORDS]  # (强烈不满/i: one word)
    rest = (t for t in toks if t.word[-2:] not in ZH.ATTITUDE_WORDS)
    return bool(felt) and all(t.tag in _ZH_DEGREE_TAGS or t.word in ZH.COORDINATORS or t.word == "的" for t in rest)


# Tags of the words of degree an attitude may carry (强烈/a, 坚决/ad, 衷心/d).
_ZH_DEGREE_TAGS = frozenset("a ad d".split())


def _zh_time_clause(clause: str) -> bool:
    """Does the cue stand in a clause of time (王明提到这件事时，…; 谈到未来之际，…): is ``clause``, what follows
    it up to the next mark, a noun phrase, its object, then 时 (a reported clause has a verb of its own:
    她称自己是那天晚饭时，才知道…)?"""
    end = next((w for w in _ZH_WHEN_ENDS if clause.endswith(w)), None)
    return end is not None and not any(t.tag.startswith(("v", "p")) for t in segmenter.tag(clause[: -len(end)]))


# What ends a clause of time (…时, …之际, …的时候).
_ZH_WHEN_ENDS: tuple[str, ...] = ("时", "之际", "时候")


def _zh_takes_object(plain: str, word: str) -> bool:
    """Does the cue take a complement, so that what follows is its object and no clause of its own: one of
    ``ZH.OBJECT_COMPLEMENTS`` after it, or a character that makes one dictionary word with it (说完,
    回忆起)? ``plain`` starts at the cue. Longer cues (强调指出) and speech verbs ending in 道 or 说 still
    report. (Two characters making a word with the cue, 称之为, moved the tune half only: left out.)"""
    after = plain[len(word) : len(word) + 2]
    if (after[:1] in ZH.OBJECT_COMPLEMENTS or after in ZH.OBJECT_COMPLEMENTS) and after not in ZH.NOT_COMPLEMENTS:
        return True
    longer = plain[: len(word) + 1]
    if len(longer) <= len(word) or longer[-1] in ZH.SPEECH_SUFFIXES:
        return False
    return segmenter.is_word(longer) and not longer.endswith(P.ZH_CUES)




def _zh_framed_by_next(text: str, c_end: int, nxt: int) -> bool:
    """Does the next cue, at ``nxt``, report the clause instead of the cue ending at ``c_end``: right
    after it (回应表示), after a clause of time the first cue is in (回应议员质询时表示), or after the
    question the first cue answers (回应本报查询表示)?"""
    if nxt == c_end:
        return True
    between = to_simplified(text[c_end:nxt])
    return nxt - c_end <= _ZH_FRAME_SIZE and between.endswith(_ZH_FRAME_ENDS) and not _ZH_PUNCT_RE.search(between)


# How long the object of a framed cue may be (回应|议员质询时|表示), and the words that close the frame.
_ZH_FRAME_SIZE = 20
_ZH_FRAME_ENDS: tuple[str, ...] = ("时", "之时", "之际", "后", "期间", *ZH.QUESTION_NOUNS)
_ZH_PUNCT_RE = re.compile("[，。！？；：,;:!?“”「」]")


def _zh_clause_start(text: str, c_end: int, word: str) -> int:
    """Where the clause reported by a cue starts: past punctuation, a second verb of saying (回应称)
    and the listener of 告诉 (告诉记者，…)."""
    start = c_end + (to_simplified(text[c_end : c_end + 1]) in ZH.SAY_AFTER_CUE)
    if to_simplified(word) in ZH.LISTENER_CUES:  # 告诉记者，… ; 告诉记者："…" quotes; 告诉记者。 reports nothing
        stop = text.find("。", start, start + ZH.LISTENER_SIZE + 1)
        comma = first_of(text, "，：:", start, stop if stop >= 0 else start + ZH.LISTENER_SIZE + 1)
        start = comma + 1 if comma > start else stop if stop > start else start
    while start < len(text) and start - c_end < 3 and text[start] in "，：:, 道":
        start += 1
    return start


def _zh_frame_yields(text: str, start: int, cues: Cues, k: int, subject: Callable[[int], Who | None]) -> bool:
    """据新华社报道，国务院总理李强表示，…: the publication of a 据 frame reports nothing itself when
    its clause opens with a speaker and a cue of its own (the nearer speaker's words; 据一位代表回忆，
    公司方面在强调… stays the recalling person's)."""
    if k + 1 >= len(cues.starts) or to_simplified(cues.words[k]) not in P.ZH_FRAME_REPORTS:
        return False
    clause = last_of(text, "，。！？；：", 0, cues.starts[k]) + 1
    if not to_simplified(text[clause : clause + 2]).startswith(P.ZH_FRAME_SOURCES):
        return False
    nxt = cues.starts[k + 1]
    who = subject(k + 1)
    opens = who is not None and who.kind != "pronoun" and who.start <= start
    return opens and not any(ch in text[start:nxt] for ch in "，。！？；")


def _zh_negated(text: str, c: int) -> bool:
    """Is the cue at ``c`` negated (未透露, 没有表示) or unwilling (不愿透露姓名的人士: 透露 reports nothing)?"""
    before = to_simplified(text[max(0, c - 3) : c])  # (沒有透露: traditional characters too)
    return before[-1:] in P.ZH_NEGATIONS or before[-2:] in P.ZH_NEGATIONS or before.endswith(ZH.UNWILLING)


def _zh_clause_end(text: str, start: int, cues: Cues, k: int, subject: Callable[[int], Who | None]) -> int:
    """Up to the end of the sentence, or to the clause that introduces the next speaker, or a new
    direct quote (a reported clause is one sentence: the writer goes on in the next)."""
    end = min(len(text), start + MAX_CLAUSE + 1)
    stop = _ZH_SENTENCE_END_RE.search(text, start, end)
    if stop is not None:
        named = _zh_name_of(subject(k))
        if _zh_report_goes_on(text, start, stop.end(), cues, k) and not (named and named in text[stop.end() :]):
            return _zh_before_quote(text, start, len(text.rstrip()))
        end = _zh_reason_goes_on(text, start, stop.end(), cues, text[start - 1 : start] in ("：", ":"), named)
    for j in range(k + 1, min(k + 4, len(cues.starts))):
        nxt = cues.starts[j]
        if nxt >= end:
            break  # (a cue of the next sentence)
        who = subject(j)
        if _zh_zero(who) and _zh_chained(text, nxt, start) and not _zh_negated(text, nxt):
            end = text.rfind("，", start, nxt)  # …，认为…: a second cue of the same speaker opens a clause of its own
            break
        if who is None or who.kind == "pronoun" and not who.mention or _zh_negated(text, nxt) or _zh_no_one(who):
            continue  # 并认为…, 人们普遍认为…, 不能告诉…: the same speaker's clause goes on
        cut = max(text.rfind("，", start, nxt), text.rfind("。", start, nxt))
        if who is not None and who.start <= start and cut < start:
            continue  # 姚颂表示，习近平主席的贺信表明，…: the next cue's subject opens this clause, so it is inside it
        if cut > start:
            end = cut + (1 if text[cut] == "。" else 0)
        elif who is not None:  # the next speaker follows without punctuation (or opens this clause)
            end = max(start, who.start)
        break
    return _zh_before_quote(text, start, _zh_before_writer(text, start, end))


def _zh_reason_goes_on(text: str, start: int, end: int, cues: Cues, colon: bool, named: str = "") -> int:
    """The end of a reported clause taken on over the sentences after it that go on with its reasoning (…。因为…。
    所以…。): a sentence opening with a connective of cause or consequence or with the next point of an enumeration
    (…。二是…。), or following a question the speaker asks
    (是谁…？答案很清楚。), or any sentence when a colon opens the clause (表示：A。B。), with no cue or quote of its
    own, is the same speaker's."""
    while (colon or _zh_goes_on_at(text, end) or text[end - 1 : end] in _ZH_ASKED) and end < len(text):
        stop = _ZH_SENTENCE_END_RE.search(text, end, min(len(text), end + MAX_CLAUSE))
        if stop is None or stop.end() - start > MAX_CLAUSE or _zh_speech_quoted(text[end : stop.end()]):
            break
        if _zh_writer_opens(text[end : stop.end()]) or _zh_named_opens(text[end : stop.end()]):
            break  # (记者了解到，…: the writer's own sentence; 李华则…: someone else's)
        if named and named in text[end : stop.end()]:
            break  # (…。而王明把…: the writer speaks of the speaker)
        if any(to_simplified(cues.words[j]) not in ZH.FEELING_CUES for j in cues.between(end, stop.end())):
            break  # (如果觉得委屈，…: a feeling in the speaker's words is no new report)
        end = stop.end()
    return end


def _zh_speech_quoted(sentence: str) -> bool:
    """Does the sentence quote words said, not only short terms (制止这种「去中国化」的行为 goes on with the report)?"""
    return any(not _zh_short_term(m.group(1)) for m in _ZH_QUOTED_RE.finditer(sentence)) or (
        _ZH_UNCLOSED_RE.search(sentence) is not None
    )


# A quoted span in a sentence (its words), and an opening mark left unclosed in it.
_ZH_QUOTED_RE = re.compile("[“「‘『]([^“”「」‘’『』]*)[”」’』]")
_ZH_UNCLOSED_RE = re.compile("[“「‘『][^”」’』]*$")


# Question marks: a reported clause asking a question goes on with its answer.
_ZH_ASKED = ("？", "?")
# Connectives that open a sentence going on with the reasoning of the one before (因为…, 所以…).
_ZH_REASONS: tuple[str, ...] = ("因为", "所以", "因此", "而且", "否则", "因為", "並且", "并且")
# The points of an enumeration the speaker goes on with (…。一是…。二是…。, 其次，…).
_ZH_ENUMERATIONS: tuple[str, ...] = (
    "一是", "二是", "三是", "四是", "五是", "其一", "其二", "其三", "其次", "再次", "第二", "第三", "第四",
)
# Modal verbs of obligation opening a directive (必须…, 应当…).
_ZH_OBLIGATIONS: tuple[str, ...] = ("必须", "应当", "应该", "务必", "應當", "應該", "務必")
# Verbs of wishing and believing opening a sentence without a subject: the speaker's (…。希望大家…。).
_ZH_WISHES: tuple[str, ...] = ("希望", "相信", "期待", "期望", "建议")
_ZH_GOING_ON: tuple[str, ...] = (*_ZH_REASONS, *_ZH_ENUMERATIONS, *_ZH_OBLIGATIONS, *_ZH_WISHES)


def _zh_goes_on_at(text: str, at: int) -> bool:
    """Does the sentence at ``at`` open with a connective, the next point of an enumeration, or a directive (要…,
    not 要是 "if"; 必须…, 应当…), or a wish with no subject of its own (希望…): the words of the speaker before it go
    on?"""
    directive = text[at : at + 1] == "要" and text[at + 1 : at + 2] not in _NOT_DIRECTIVE
    return directive or text.startswith(_ZH_GOING_ON, at)


# What makes 要 at a sentence's head no directive (要是 "if", 要么 "either").
_NOT_DIRECTIVE = frozenset("是么")


def _zh_before_writer(text: str, start: int, end: int) -> int:
    """Where the clause [start, end) ends before a clause of the writer's own after a comma (…新产品，
    记者注意到，这一目标…): the reported clause stops at that comma."""
    m = _ZH_WRITER_CLAUSE_RE.search(to_simplified(text[start:end]))
    return start + m.start() if m is not None else end


# (the writer and what they do, a phrase of place between them: 记者在现场看到; or the writer's own source: 据了解)
_ZH_WRITER_CLAUSE_RE = re.compile(
    "[，,](?:(?:" + "|".join(sorted(ZH.WRITER_WORDS, key=len, reverse=True)) + ")[^，。！？；：“”「」]{0,6}?(?:"
    + "|".join(sorted(ZH.WRITER_VERBS, key=len, reverse=True)) + ")"
    + "|据(?:" + "|".join(ZH.WRITER_SOURCES) + ")[，,])"
)


def _zh_chained_speaker(text: str, c: int, who: Who | None, found: list[Found]) -> Who | None:
    """The subject of the cue at ``c``, or, when it is left out right after the clause last reported
    (A表示，…，并认为…), that clause's speaker: the same speaker reports a second clause."""
    if _zh_zero(who) and found and _zh_follows(text, found[-1], c):
        return found[-1].who
    return who


def _zh_zero(who: Who | None) -> bool:
    """Is a cue's subject left out (，并认为…)?"""
    return who is None or who.kind == "pronoun" and not who.mention


def _zh_chained(text: str, c: int, lo: int) -> bool:
    """Does the cue at ``c`` follow a comma after ``lo``, past at most one adverb (，认为…, ，并质疑…): a second
    verb of saying of the speaker before it?"""
    k = c - 1 if to_simplified(text[c - 1 : c]) in ZH.CUE_ADVERBS else c
    return k - 1 >= lo and text[k - 1 : k] == "，"


def _zh_follows(text: str, prev: Found, c: int) -> bool:
    """Does the cue at ``c`` stand right after the clause ``prev`` (…，并认为…): a comma and an adverb between?"""
    return _zh_chained(text, c, prev.end) and not text[prev.end : c].strip("， ").strip(_ZH_ADVERB_CHARS)


_ZH_ADVERB_CHARS = "".join(ZH.CUE_ADVERBS)


def _zh_name_of(who: Who | None) -> str:
    """The speaker's name as written, to find it again after their report (…。而陈勇把…: the writer speaks of them,
    the report has ended); "" for a speaker left out or a single character."""
    return who.mention if who is not None and len(who.mention) >= 2 else ""


def _zh_report_goes_on(text: str, start: int, end: int, cues: Cues, k: int) -> bool:
    """Does the report opening its paragraph go on to the paragraph's end (阿克拉姆表示，A。B。C。):
    the cue stands in the paragraph's first clause, and no cue, quote of words said or 他/她 follows in the
    sentences after it, nor a sentence opening with a word of the writer's (显然，…, 不过，…)? The whole paragraph
    then gives that speaker's view."""
    if any(ch in text[: cues.starts[k]] for ch in "，。！？；：“「") or len(text) - start > _ZH_GOES_ON:
        return False
    rest = text[end:]
    if not rest.strip() or k + 1 < len(cues.starts) or _zh_speech_quoted(rest):
        return False
    if any(p in rest for p in ("他", "她")):  # (我, 我们: the speaker's own voice goes on)
        return False
    sentences = _ZH_SENTENCE_END_RE.split(rest)
    return not any(0 < s.find("，") <= _ZH_WRITER_LEAD or _zh_writer_opens(s) or _zh_named_opens(s) for s in sentences)


def _zh_writer_opens(sentence: str) -> bool:
    """Does the sentence open with a clause of the writer's own (记者了解到，…, 据悉，…)?"""
    return _ZH_WRITER_CLAUSE_RE.match("，" + to_simplified(sentence.lstrip())) is not None


# How long a word opening a sentence before a comma may be for the writer's voice: one word of two characters
# (显然，…, 不过，…; 相较之下，… goes on comparing).
_ZH_WRITER_LEAD = 2


# How long a report running to its paragraph's end may be.
_ZH_GOES_ON = 400


def _zh_no_one(who: Who) -> bool:
    """Is the subject of a later cue a description that is no one (第一次口头(警告)): the reported
    clause goes on past it."""
    return who.kind == "desc" and not to_simplified(who.mention).endswith(_ZH_SOMEONE_HEADS)


_ZH_SOMEONE_HEADS: tuple[str, ...] = (*P.ZH_PERSON_HEADS, *ZH.TITLE_HEADS, *ZH.DOC_NOUNS)


def _zh_before_quote(text: str, start: int, end: int) -> int:
    """The end of a reported clause cut before a new direct quote in it, past trailing punctuation."""
    for mark in ("。“", "，“", "：“", "。「", "，「", "：「"):
        q = text.find(mark, start, end)
        if q >= 0 and not (mark[0] == "，" and _zh_fragment_within(text, start, q + 1, end)) and not (
            mark[0] == "。" and _zh_term_opens(text, q + 1)
        ):
            end = q + 1 if mark[0] == "。" else q
    while end > start and text[end - 1] in "，；： ":
        end -= 1
    return end


def _zh_term_opens(text: str, at: int) -> bool:
    """Does a short quoted term open the sentence at ``at`` with the sentence going on after it (“两条腿走路”是…)?"""
    m = _ZH_QUOTED_RE.match(text, at)
    return m is not None and not _zh_speech_quoted(m.group(0)) and HAN_RE.match(text, m.end()) is not None


def _zh_fragment_within(text: str, start: int, at: int, end: int) -> bool:
    """Does the quote opening at ``at`` close before ``end`` on a fragment no longer than the clause before it, no
    sentence of its own (除了这些人外，“还有二十多人”。): words of the reported clause [start, end), which goes on
    through it (a longer quote is the words, the clause before it only leads to them)."""
    close = text.find("”" if text[at] == "“" else "」", at + 1, end + 1)
    return at + 1 < close <= at + (at - start) and text[close - 1] not in "。！？!?…"


def _zh_named_opens(sentence: str) -> bool:
    """Does the sentence open with a person's name, past words of time and conjunctions (李华则…, 随后王明…)?"""
    toks = segmenter.tag(sentence[:_ZH_OPENER_SIZE])
    k = 0
    while k < len(toks) and toks[k].tag in ("t", "c", "d"):
        k += 1
    return k < len(toks) and toks[k].tag == "nr"


# How much of a sentence is read for the name opening it.
_ZH_OPENER_SIZE = 10
