"""Chinese reported speech, the clause's extent: where a reported clause ends (the sentence's end, the next
speaker, a direct quote, the writer's own clause) and when it goes on over the sentences after it."""

from __future__ import annotations

import re
from collections.abc import Callable

from ...lexicon import quotes_zh as QZ
from ...lexicon import reporting_zh as RZ
from ...lexicon.bodies_zh import DOC_NOUNS
from ...lexicon.cue_words_zh import CUE_ADVERBS, WISH_VERBS
from ...lexicon.function_words_zh import BUT_CONJUNCTIONS, ENUMERATION_LEADS, OBLIGATION_WORDS, REASON_CONJUNCTIONS
from ...lexicon.people_nouns_zh import HE_SHE, TOLD_PRONOUNS, WRITER_WORDS
from ...lexicon.punctuation_zh import (
    ZH_CLAUSE_MARK_OR_QUOTE_OPENING,
    ZH_CLAUSE_OR_QUOTE_MARKS,
    ZH_COLON_FORMS,
    ZH_PHRASE_MARKS_MIXED,
    ZH_QUOTED_TERM_RE,
    ZH_SENTENCE_ENDS,
    ZH_SENTENCE_STOPS_OR_ELLIPSIS,
)
from ...lexicon.time_words_zh import TIME_WORD_CHARS
from ...lexicon.titles_zh import TITLE_HEADS
from ...lexicon.zh_script import ASCII_DIGITS, FULLWIDTH_DIGITS
from ...text import HAN_RE, first_of
from .. import segmenter
from ..segmenter import to_simplified
from ..speakers.phrases import Who
from .cue_lead_zh import zh_negated
from .direct_zh import zh_clause_opener
from .text import MAX_CLAUSE, Cues

_ZH_SENTENCE_END_RE = re.compile(f"[{ZH_SENTENCE_ENDS}]")


def zh_short_term(inner: str) -> bool:
    """Are the quoted words ``inner`` a short term, no clause (no mark of a pause or an end in them)?"""
    return len(inner) <= QZ.ZH_TERM_MAX and not any(map(inner.__contains__, ZH_PHRASE_MARKS_MIXED))


def zh_clause_end(text: str, start: int, cues: Cues, k: int, subject: Callable[[int], Who | None]) -> int:
    """Up to the end of the sentence, or to the clause that introduces the next speaker, or a new
    direct quote (a reported clause is one sentence: the writer goes on in the next)."""
    end = min(len(text), start + MAX_CLAUSE + 1)
    stop = _ZH_SENTENCE_END_RE.search(text, start, end)
    if stop is not None:
        named = _zh_name_of(subject(k))
        if _zh_report_goes_on(text, start, stop.end(), cues, k) and not (named and named in text[stop.end() :]):
            return _zh_before_quote(text, start, len(text.rstrip()))
        end = _zh_reason_goes_on(text, start, stop.end(), cues, text[start - 1 : start] in ZH_COLON_FORMS, named)
    for j in range(k + 1, min(k + 4, len(cues.starts))):
        nxt = cues.starts[j]
        if nxt >= end:
            break  # (a cue of the next sentence)
        who = subject(j)
        if _zh_second_report(text, start, nxt, who):
            end = text.rfind("，", start, nxt)  # …，认为…: a second cue of the same speaker opens a clause of its own
            break
        if _zh_goes_on_past(text, start, cues, j, who):
            continue  # 并认为…, 人们普遍认为…, 不能告诉…, 也无代表表示过…, 告诉她…: the same speaker's clause goes on
        cut = max(text.rfind(mark, start, nxt) for mark in "，。；")  # (…狭隘；更有网友质疑: not …狭隘；更)
        if who is not None and who.start <= start and cut < start and not _zh_own_speaker_opens(
            text, start, nxt, cues.ends[j], who
        ):  # (居民很担心，陈先生说，…: 陈先生 speaks what follows, the first cue reports nothing: cut below)
            continue  # 姚颂表示，习近平主席的贺信表明，…: the next cue's subject opens this clause, so it is inside it
        if cut > start:
            end = cut + (1 if text[cut] == "。" else 0)
        elif who is not None:  # the next speaker follows without punctuation (or opens this clause)
            end = max(start, who.start)
        break
    return _zh_before_quote(text, start, _zh_before_writer(text, start, end))


def _zh_own_speaker_opens(text: str, start: int, nxt: int, nxt_end: int, who: Who | None) -> bool:
    """Does someone (a person, a body, a description of a person) open the clause at ``start`` as the subject of the
    next cue, at [nxt, nxt_end), right before it (an adverb between at most) and before a comma or a colon
    (居民还是很担心，陈先生说，…; …，一名校方负责人说，…): they speak the clause after their own cue, not inside the
    report of the cue before (a document opening it, 姚颂表示，习近平主席的贺信表明，…, is reported; 她称，汤某与母亲
    通电话时说，… tells of a scene)?"""
    if who is None or who.start != start or not who.mention or not _zh_someone(who):
        return False
    titled = who.role is not None and text.startswith(who.role + who.mention, start)  # (市教委副主任邓沁表示，…)
    between = to_simplified(text[start + len(who.mention) + (len(who.role or "") if titled else 0) : nxt])
    if len(between) > 1 or between and between not in CUE_ADVERBS:
        return False
    return text[nxt_end : nxt_end + 1] in _ZH_OPENING_MARKS


_ZH_OPENING_MARKS = frozenset("，,：:")


def _zh_someone(who: Who) -> bool:
    """Is ``who`` a person, a body, 他 or 她 (王女士十分担心，她说，…), or a description of someone (一名居民,
    该校负责人), not of a document (贺信)?"""
    if who.kind in ("person", "org") or who.kind == "pronoun" and to_simplified(who.mention) in HE_SHE:
        return True
    return who.kind == "desc" and to_simplified(who.mention).endswith(_ZH_PERSON_OR_TITLE_HEADS)


_ZH_PERSON_OR_TITLE_HEADS: tuple[str, ...] = (*QZ.ZH_PERSON_HEADS, *TITLE_HEADS)


def _zh_no_new_speaker(text: str, start: int, nxt: int, who: Who | None, word: str) -> bool:
    """Does the later cue ``word`` at ``nxt`` leave the report opening at ``start`` going on: its subject left out or
    no one, the cue denied, or a feeling or a proposal that reports no words (…，多名员工提出加薪, …，很多家长觉得…)?"""
    if who is None or who.kind == "pronoun" and not who.mention or _zh_no_one(who):
        return True
    return _zh_denied(text, start, nxt) or to_simplified(word) in RZ.FEELING_CUES


def _zh_goes_on_past(text: str, start: int, cues: Cues, j: int, who: Who | None) -> bool:
    """Does the report opening at ``start`` go on past the later cue ``j`` of subject ``who``: no new speaker, a scene
    told in it, or a cue closing its sentence on nothing (并认为…, 告诉她…, …，具体情况将及时向社会公布。)?"""
    nxt, nxt_end = cues.starts[j], cues.ends[j]
    if _zh_no_new_speaker(text, start, nxt, who, cues.words[j]) or _zh_told_within(text, start, nxt, nxt_end):
        return True
    return _zh_closes_on_nothing(text, nxt, nxt_end, who)


def _zh_closes_on_nothing(text: str, nxt: int, nxt_end: int, who: Who | None) -> bool:
    """Does the later cue at [nxt, nxt_end) close its sentence after words that are no speaker right before it
    (…正在调查中，具体情况|将及时向社会|公布。: a predicate between the subject and the cue)? It reports nothing and
    names no new speaker, so the report before it goes on; a person, or a body right before the cue (…，王明说。,
    …，警方表示。), speaks the clause before their cue."""
    after = text[nxt_end : nxt_end + 2].lstrip("了")
    if after and after[0] not in ZH_SENTENCE_ENDS:
        return False
    if who is None:
        return True
    gap = nxt - who.start - len(who.mention)
    return who.kind not in ("person", "pronoun") and not 0 <= gap <= _ZH_REPORTER_GAP


# How many characters may stand between a body or a description and a cue closing its sentence (对记者, 也).
_ZH_REPORTER_GAP = 3


def _zh_told_within(text: str, start: int, nxt: int, nxt_end: int) -> bool:
    """Is 他/她 or 自己 the one told at the later cue at ``nxt`` (…，告诉她…, …，在电话中对自己说…): a scene told in the
    report opening at ``start`` (someone speaks to a person of the account), not the writer's next speaker."""
    if to_simplified(text[nxt:nxt_end]) in RZ.LISTENER_CUES and text.startswith(TOLD_PRONOUNS, nxt_end):
        return True  # (…，告诉她…: 她 is the one told; after 表示 or 说 it opens the clause reported)
    lo = max(start, text.rfind("，", start, nxt) + 1)
    return _ZH_TOLD_RE.search(to_simplified(text[lo:nxt])) is not None


# A preposition of the one spoken to and 他/她 or 自己, then at most a few words up to the cue (对她说, 跟他讲).
_ZH_TOLD_RE = re.compile(
    "(?:" + "|".join(RZ.NEGATED_LISTENER_LEADS) + ")(?:" + "|".join(TOLD_PRONOUNS) + ")"
    + "[^" + ZH_CLAUSE_OR_QUOTE_MARKS + ",;:]{0,6}$"
)


def _zh_second_report(text: str, start: int, nxt: int, who: Who | None) -> bool:
    """Does the cue at ``nxt``, its subject left out after a comma (…，并认为…), report a second clause of the
    speaker of the report opening at ``start``? Not for a verb of guessing (…，估计…, …，预计…), nor when a clause
    of that report opens with a person of its own (当日，她和丈夫只是去看孩子，说…): the cue is that person's, inside
    the report."""
    if to_simplified(text[nxt : nxt + _ZH_GUESS_SIZE]).startswith(RZ.GUESS_CUES):
        return False  # (…已经消失，估计是因为…: the speaker's guess goes on with the clause it explains)
    chained = zh_zero(who) and zh_chained(text, nxt, start) and not zh_negated(text, nxt)
    return chained and not _zh_own_subject(text, start, nxt)


# How much of a cue is read for a verb of guessing.
_ZH_GUESS_SIZE = max(map(len, RZ.GUESS_CUES))


def _zh_own_subject(text: str, start: int, nxt: int) -> bool:
    """Does a clause of [start, nxt) open with a person (a name, 他/她, a title and a name)?"""
    lo = start
    while lo < nxt:
        comma = first_of(text, "，,；", lo, nxt)
        hi = comma if comma >= 0 else nxt
        if hi > lo and zh_clause_opener(text, lo, hi) is not None:
            return True
        lo = hi + 1
    return False


def _zh_reason_goes_on(text: str, start: int, end: int, cues: Cues, colon: bool, named: str = "") -> int:
    """The end of a reported clause taken on over the sentences after it that go on with its reasoning (…。因为…。
    所以…。): a sentence opening with a connective of cause or consequence or with the next point of an enumeration
    (…。二是…。), or following a question the speaker asks
    (是谁…？答案很清楚。), or any sentence when a colon opens the clause (表示：A。B。), with no cue or quote of its
    own, is the same speaker's."""
    while (colon or _zh_goes_on_at(text, end) or text[end - 1 : end] in QZ.ZH_QUESTION_ENDS) and end < len(text):
        stop = _ZH_SENTENCE_END_RE.search(text, end, min(len(text), end + MAX_CLAUSE))
        if stop is None or stop.end() - start > MAX_CLAUSE or _zh_speech_quoted(text[end : stop.end()]):
            break
        if _zh_writer_opens(text[end : stop.end()]) or _zh_named_opens(text[end : stop.end()]):
            break  # (记者了解到，…: the writer's own sentence; 李华则…: someone else's)
        if named and named in text[end : stop.end()]:
            break  # (…。而王明把…: the writer speaks of the speaker)
        if any(to_simplified(cues.words[j]) not in RZ.FEELING_CUES for j in cues.between(end, stop.end())):
            break  # (如果觉得委屈，…: a feeling in the speaker's words is no new report)
        end = stop.end()
    return end


def _zh_speech_quoted(sentence: str) -> bool:
    """Does the sentence quote words said, not only short terms (制止这种「去中国化」的行为 goes on with the report)?"""
    return any(not zh_short_term(m.group(1)) for m in ZH_QUOTED_TERM_RE.finditer(sentence)) or (
        _ZH_UNCLOSED_RE.search(sentence) is not None
    )


# A quoted span in a sentence (its words), and an opening mark left unclosed in it.
_ZH_UNCLOSED_RE = re.compile("[“「‘『][^”」’』]*$")


_ZH_GOING_ON: tuple[str, ...] = (*REASON_CONJUNCTIONS, *ENUMERATION_LEADS, *OBLIGATION_WORDS, *WISH_VERBS)


def _zh_goes_on_at(text: str, at: int) -> bool:
    """Does the sentence at ``at`` open with a connective, the next point of an enumeration, or a directive (要…,
    not 要是 "if"; 必须…, 应当…), or a wish with no subject of its own (希望…): the words of the speaker before it go
    on?"""
    plain = to_simplified(text[at : at + 4])  # (否則, 必須, 建議, 要麼: the words are simplified)
    directive = plain[:1] == "要" and plain[1:2] not in _NOT_DIRECTIVE
    return directive or plain.startswith(_ZH_GOING_ON)


# What makes 要 at a sentence's head no directive (要是 "if", 要么 "either").
_NOT_DIRECTIVE = frozenset("是么")


def _zh_before_writer(text: str, start: int, end: int) -> int:
    """Where the clause [start, end) ends before a clause of the writer's own after a comma (…新产品，
    记者注意到，这一目标…): the reported clause stops at that comma."""
    m = _ZH_WRITER_CLAUSE_RE.search(to_simplified(text[start:end]))
    return start + m.start() if m is not None else end


# (the writer and what they do, a phrase of place between them: 记者在现场看到; or the writer's own source: 据了解; or
# the time of the writing: …，截至发稿，该平台未作回应)
_ZH_WRITER_CLAUSE_RE = re.compile(
    "[，,](?:(?:" + "|".join(sorted(WRITER_WORDS, key=len, reverse=True)) + ")"
    + "[^" + ZH_CLAUSE_OR_QUOTE_MARKS + "]{0,6}?(?:"
    + "|".join(sorted(RZ.WRITER_VERBS, key=len, reverse=True)) + ")"
    + "|据(?:" + "|".join(RZ.WRITER_SOURCES) + ")[，,]"
    + "|" + "|".join(RZ.PRESS_TIME_LEADS) + ")"
)


def zh_zero(who: Who | None) -> bool:
    """Is a cue's subject left out (，并认为…)?"""
    return who is None or who.kind == "pronoun" and not who.mention


def zh_chained(text: str, c: int, lo: int) -> bool:
    """Does the cue at ``c`` follow a comma after ``lo``, past at most one adverb (，认为…, ，并质疑…): a second
    verb of saying of the speaker before it?"""
    k = c - 1 if to_simplified(text[c - 1 : c]) in CUE_ADVERBS else c
    lead = next((w for w in BUT_CONJUNCTIONS if to_simplified(text[k - len(w) : k]) == w), "")
    k -= len(lead) if text[k - len(lead) - 1 : k - len(lead)] == "，" else 0
    return k - 1 >= lo and text[k - 1 : k] == "，"


def _zh_name_of(who: Who | None) -> str:
    """The speaker's name as written, to find it again after their report (…。而陈勇把…: the writer speaks of them,
    the report has ended); "" for a speaker left out or a single character."""
    return who.mention if who is not None and len(who.mention) >= 2 else ""


def _zh_report_goes_on(text: str, start: int, end: int, cues: Cues, k: int) -> bool:
    """Does the report opening its paragraph go on to the paragraph's end (阿克拉姆表示，A。B。C。):
    the cue stands in the paragraph's first clause, and no cue, quote of words said or 他/她 follows in the
    sentences after it (a cue inside the first sentence is part of the words reported: 美国近期又表示…), nor a
    figure written in digits (…。山东省的医保结余为128亿元…。: data and dates the writer gives, no view argued), nor a
    sentence opening with a word of the writer's (显然，…, 不过，…) or with a time (去年夏天，…: the writer
    recounts)? The whole paragraph then gives that speaker's
    view."""
    if any(ch in text[: cues.starts[k]] for ch in ZH_CLAUSE_MARK_OR_QUOTE_OPENING) or len(text) - start > _ZH_GOES_ON:
        return False
    if to_simplified(text.lstrip()[:2]).startswith(QZ.ZH_FRAME_SOURCES):
        return False  # (据以色列媒体报道，A。B。: the writer relays a source sentence by sentence, the report is A)
    if _zh_time_opens(text[start : start + _ZH_OPENER_SIZE]):
        return False  # (付建称，2018 年 1 月 30 日下午，…。: an account of events, the writer's next sentence after it)
    rest = text[end:]
    if not rest.strip() or any(s >= end for s in cues.starts[k + 1 :]) or _zh_speech_quoted(rest):
        return False
    if any(p in rest for p in HE_SHE):  # (我, 我们: the speaker's own voice goes on)
        return False
    if any(ch in _FIGURE_DIGITS for ch in rest):
        return False  # (…。从2021年9月被刑拘至今，已被羁押超过500天。: figures, the writer's account or data)
    sentences = _ZH_SENTENCE_END_RE.split(rest)
    return not any(_zh_writer_sentence(s) for s in sentences)


def _zh_writer_sentence(sentence: str) -> bool:
    """Does the sentence open with the writer's own voice: a short word of theirs before a comma (显然，…), a clause
    of the writer's (记者了解到，…), a person's name (李华则…) or a time (去年夏天，…)?"""
    if 0 < sentence.find("，") <= _ZH_WRITER_LEAD or _zh_time_opens(sentence[:_ZH_OPENER_SIZE]):
        return True
    return _zh_writer_opens(sentence) or _zh_named_opens(sentence)


def _zh_time_opens(clause: str) -> bool:
    """Does the clause open with a time word or a date (目前…, 当时…, 5月底，…, 1994 年 10 月…): it recounts an event,
    no view the speaker goes on arguing?"""
    toks = [t for t in segmenter.tag(clause) if t.word.strip()]
    if toks and toks[0].tag == "m" and len(toks) > 1:
        return toks[0].word.isdigit() and toks[1].word[:1] in TIME_WORD_CHARS
    if len(toks) > 1 and toks[1].word == "的":
        return False  # (今年的目标是…: the time word qualifies the subject of a view)
    return bool(toks) and toks[0].tag == "t" and any(ch in TIME_WORD_CHARS for ch in toks[0].word)


def _zh_writer_opens(sentence: str) -> bool:
    """Does the sentence open with a clause of the writer's own (记者了解到，…, 据悉，…) or with the writer as its
    subject, whatever they do (记者将持续关注此事。, 笔者随后又来到…: the writer tells what they did, no speaker's
    words; 记者会上… is another word)?"""
    plain = to_simplified(sentence.lstrip())
    if _ZH_WRITER_CLAUSE_RE.match("，" + plain) is not None or plain.startswith(RZ.PRESS_TIME_LEADS):
        return True  # (截至发稿时，…: the time of the writing)
    if not plain.startswith(_ZH_WRITER_WORDS):
        return False
    toks = segmenter.tag(plain[:_ZH_OPENER_SIZE])
    return bool(toks) and toks[0].word in WRITER_WORDS


# The writer's words (记者, 笔者) as a tuple for ``str.startswith``: a sentence opening with none of them is not
# segmented to see whether the writer is its subject (记者会上… opens with 记者 too, and is another word).
_ZH_WRITER_WORDS = tuple(WRITER_WORDS)


# How long a word opening a sentence before a comma may be for the writer's voice: a word of two or three
# characters (显然，…, 不过，…, 另一边，…; 相较之下，… goes on comparing).
_ZH_WRITER_LEAD = 3


# How long a report running to its paragraph's end may be.
_ZH_GOES_ON = 400
# Digits of a figure or a date, ASCII or full width (str.isdigit() would take circled and superscript numbers too).
_FIGURE_DIGITS = frozenset(ASCII_DIGITS + FULLWIDTH_DIGITS)


def _zh_no_one(who: Who) -> bool:
    """Is the subject of a later cue a description that is no one (第一次口头(警告)): the reported
    clause goes on past it."""
    return who.kind == "desc" and not to_simplified(who.mention).endswith(_ZH_SOMEONE_HEADS)


_ZH_SOMEONE_HEADS: tuple[str, ...] = (*QZ.ZH_PERSON_HEADS, *TITLE_HEADS, *DOC_NOUNS)


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
    m = ZH_QUOTED_TERM_RE.match(text, at)
    return m is not None and not _zh_speech_quoted(m.group(0)) and HAN_RE.match(text, m.end()) is not None


def _zh_fragment_within(text: str, start: int, at: int, end: int) -> bool:
    """Does the quote opening at ``at`` close before ``end`` on a fragment no longer than the clause before it, no
    sentence of its own (除了这些人外，“还有二十多人”。): words of the reported clause [start, end), which goes on
    through it (a longer quote is the words, the clause before it only leads to them)."""
    close = text.find("”" if text[at] == "“" else "」", at + 1, end + 1)
    return at + 1 < close <= at + (at - start) and text[close - 1] not in ZH_SENTENCE_STOPS_OR_ELLIPSIS


def _zh_named_opens(sentence: str) -> bool:
    """Does the sentence open with a person's name, past words of time and conjunctions (李华则…, 随后王明…)?"""
    toks = segmenter.tag(sentence[:_ZH_OPENER_SIZE])
    k = 0
    while k < len(toks) and toks[k].tag in ("t", "c", "d"):
        k += 1
    return k < len(toks) and toks[k].tag == "nr"


# How much of a sentence is read for the name opening it.
_ZH_OPENER_SIZE = 10


def _zh_denied(text: str, start: int, nxt: int) -> bool:
    """Is the cue at ``nxt`` negated, or denied in its own clause before it (也无校方代表对他们表示过…, 却未正面回应…):
    no report of a new speaker?"""
    lo = max(start, text.rfind("，", start, nxt) + 1)
    return zh_negated(text, nxt) or _ZH_DENIAL_RE.search(to_simplified(text[lo:nxt])) is not None


# A denial of RZ.CLAUSE_DENIALS that opens none of RZ.NOT_DENIALS.
_ZH_DENIAL_RE = re.compile(
    "|".join(
        d + "(?!" + "|".join(w[len(d) :] for w in RZ.NOT_DENIALS if w.startswith(d)) + ")" for d in RZ.CLAUSE_DENIALS
    )
)
