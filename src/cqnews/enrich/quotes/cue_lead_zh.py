"""Chinese reported speech, the cue's side: does a cue report a clause (not 未透露, 表示感谢, 说完这句话, a
clause of time), and where does the clause it reports start (回应称，…; 告诉记者，…)?"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...lexicon import quotes_zh as QZ
from ...lexicon import reporting_zh as RZ
from ...lexicon.cue_words_zh import QUESTION_NOUNS, SAY_AFTER_CUE
from ...lexicon.function_words_zh import COORDINATORS, LOCALISERS
from ...lexicon.people_nouns_zh import WRITER_WORDS
from ...lexicon.punctuation_zh import (
    ZH_CLAUSE_BREAKS,
    ZH_CLAUSE_MARKS,
    ZH_CLAUSE_OR_QUOTE_MARKS,
    ZH_COLONS,
    ZH_COMMAS,
    ZH_FULLWIDTH_OPENING_MARKS,
)
from ...lexicon.time_words_zh import HOUR_WORDS, WHEN_ENDS
from ...text import first_of, last_of
from .. import segmenter
from ..segmenter import to_simplified
from ..speakers.phrases import Who
from .addressed_zh import addressed_end
from .cues_zh import zh_topic_frame
from .text import Cues


def zh_reports_no_clause(text: str, c: int, word: str) -> bool:
    """Does the cue ``word`` at ``c`` report no clause after it: negated (未透露), pointing back at words
    already given (如是说, 这样说), taking an object (说完这句话, 回忆起当年), in a clause of time or showing an
    attitude (提到这件事时, 表示感谢), its 着 before a quote (喊着“…”), or a feeling or a proposal rather than words
    (他觉得…, 提出)?"""
    # The tests that need the segmenter come last: most cues are settled before them.
    if zh_negated(text, c) or to_simplified(word) in RZ.FEELING_CUES:
        return True
    if to_simplified(text[max(0, c - 2) : c]) in RZ.BACK_REFERENCES:
        return True
    if QZ.ZH_CLEFT_RE.match(to_simplified(text[c : c + _CLEFT_SIZE])) is not None:
        return True  # “…”说这话的是村民王明: a cleft naming who said the quote before, no clause reported
    before, after = to_simplified(text[max(0, c - 2) : c]), to_simplified(text[c + len(word) : c + len(word) + 3])
    if before.endswith(("一边", "边")) and after.startswith(("，一边", "，边")):  # (一邊說，一邊 in traditional too)
        return True  # 王明一边说，一边握紧了拳头: the manner of an act, nothing reported
    if _zh_takes_object(to_simplified(text[c : c + len(word) + 2]), word):
        return True
    c_end = c + len(word)
    if text[c_end : c_end + 1] in _ZHE and _quote_after_zhe(text, c_end + 1):
        return True  # (Session 61: 孩子们喊着“老师好”跑进了教室: the cue reports the quote, no clause after it)
    m = _ZH_PUNCT_RE.search(text, c_end, c_end + _ZH_FRAME_SIZE)  # what follows the cue, to the next mark
    after = to_simplified(text[c_end : m.start() if m is not None else c_end + _ZH_FRAME_SIZE])
    if m is not None and text[m.start()] in ZH_COMMAS and zh_topic_frame(word, after):
        return True
    return (m is not None and _zh_time_clause(after)) or _zh_attitude(after)


def _quote_after_zhe(text: str, at: int) -> bool:
    """Does a quote open at ``at``, right after a cue's 着, past a colon or a comma (喊着“老师好”跑进教室)?"""
    at += text[at : at + 1] in "：:，,"
    return text[at : at + 1] in _ZHE_QUOTE_OPENERS


_ZHE_QUOTE_OPENERS = frozenset("“「‘『\"")
# The particle of going on, simplified and traditional (喊着, 喊著).
_ZHE = frozenset("着著")


# How much of the text at a cue is read for a cleft (说这番话的，正是).
_CLEFT_SIZE = 12


def _zh_attitude(after: str) -> bool:
    """Is ``after`` (what follows the cue up to the next mark) an attitude shown, not words reported (表示感谢,
    表示强烈不满和坚决反对, 表示衷心的祝贺): attitude words, with words of degree, 的 and 和 only?"""
    if not any(word in after for word in RZ.ATTITUDE_WORDS):
        return False  # (no attitude word in the text: no word of it can end in one; the segmenter is not needed)
    toks = segmenter.tag(after)
    felt = [t for t in toks if t.word[-2:] in RZ.ATTITUDE_WORDS]  # (强烈不满/i: one word)
    rest = (t for t in toks if t.word[-2:] not in RZ.ATTITUDE_WORDS)
    return bool(felt) and all(t.tag in _ZH_DEGREE_TAGS or t.word in COORDINATORS or t.word == "的" for t in rest)


# Tags of the words of degree an attitude may carry (强烈/a, 坚决/ad, 衷心/d).
_ZH_DEGREE_TAGS = frozenset("a ad d".split())


def _zh_time_clause(clause: str) -> bool:
    """Does the cue stand in a clause of time (王明提到这件事时，…; 谈到未来之际，…): is ``clause``, what follows
    it up to the next mark, a noun phrase, its object, then 时 (a reported clause has a verb of its own:
    她称自己是那天晚饭时，才知道…)? Not 时 ending a count of hours (陈先生说|他已经等了三个多小时).
    """
    end = next((w for w in WHEN_ENDS if clause.endswith(w)), None)
    if end is None or clause.endswith(HOUR_WORDS):
        return False
    return not any(t.tag.startswith(("v", "p")) for t in segmenter.tag(clause[: -len(end)]))


def zh_when_clause(text: str, c_end: int, word: str, opening: int) -> bool:
    """Does the cue ``word`` ending at ``c_end`` stand in a clause of time closed before the quote opening at
    ``opening`` (他说这些话时“眼眶都红了”, 说到这里时，他“…”, 王明提到这件事时，“…”): what follows it (past the 到
    of 说到), up to the next mark, a noun phrase and 时, 时候 or 之际 as a word of its own (not 当时, 那时候: the time
    of the words said, 他称当时“很害怕”)? The quote then tells how the speaker looked."""
    end = c_end + (to_simplified(word + text[c_end : c_end + 1]) in RZ.TOPIC_CUES)
    m = _ZH_PUNCT_RE.search(text, end, opening + 1)
    if m is None or m.start() <= end:
        return False
    toks = segmenter.tag(to_simplified(text[end : m.start()]))  # (当时, 平时: one word, the time of the words)
    head = toks[:-1]  # (a noun phrase: 这些话, 产品; a lone 那 or 那个 is 那时候, the time of the words)
    if not head or toks[-1].word not in WHEN_ENDS or any(t.tag.startswith(("v", "p")) for t in head):
        return False
    return any(t.tag.startswith("n") for t in head)


def _zh_takes_object(plain: str, word: str) -> bool:
    """Does the cue take a complement, so that what follows is its object and no clause of its own: one of
    ``RZ.OBJECT_COMPLEMENTS`` after it, or a character that makes one dictionary word with it (说完,
    回忆起)? ``plain`` starts at the cue. Longer cues (强调指出) and speech verbs ending in 道 or 说 still
    report. (Two characters making a word with the cue, 称之为, moved the tune half only: left out.)"""
    after = plain[len(word) : len(word) + 2]
    if (after[:1] in RZ.OBJECT_COMPLEMENTS or after in RZ.OBJECT_COMPLEMENTS) and after not in RZ.NOT_COMPLEMENTS:
        return True
    longer = plain[: len(word) + 1]
    if len(longer) <= len(word) or longer[-1] in RZ.SPEECH_SUFFIXES:
        return False
    return segmenter.is_word(longer) and not longer.endswith(QZ.ZH_CUES)


def _opens_clause(text: str, at: int, word: str) -> bool:
    """Does the cue ``word`` after a first cue's comma report a clause of its own (作出回应，称…), rather than
    being the speaker's view inside the first report (写道，相信…) or a frame of topic (回应，说到这个问题，…)?"""
    return bool(word) and to_simplified(word) not in RZ.VIEW_CUES and not zh_reports_no_clause(text, at, word)


def zh_framed_by_next(text: str, c_end: int, nxt: int, nxt_word: str = "") -> bool:
    """Does the next cue ``nxt_word``, at ``nxt``, report the clause instead of the cue ending at ``c_end``: right
    after it or its comma (回应表示, 作出回应，称…), after a clause of time the first cue is in (回应议员质询时表示),
    or after the question the first cue answers (回应本报查询表示)?"""
    between = to_simplified(text[c_end:nxt])
    if nxt == c_end or between in ZH_COMMAS and _opens_clause(text, nxt, nxt_word):
        return True  # (回应表示, 作出回应，表示…: the second cue opens the clause; not 回应，说到这个问题，…)
    if zh_answered_before(text, nxt) is not None and _opens_clause(text, nxt, nxt_word):
        return True  # (回应澎湃新闻称，…: the one answered, then the verb that reports)
    return nxt - c_end <= _ZH_FRAME_SIZE and between.endswith(_ZH_FRAME_ENDS) and not _ZH_PUNCT_RE.search(between)


def zh_answered_before(text: str, c: int) -> int | None:
    """Where the verb of answering starts when one stands before the cue at ``c`` with the one answered between, no
    mark (该负责人回复记者|称, 回应澎湃新闻|称): the cue's subject ends before that verb; None when there is none."""
    lo = max(0, c - RZ.RESPONSE_LISTENER_SIZE - 2)
    window = to_simplified(text[lo:c])
    at = max(window.rfind(verb) for verb in RZ.RESPONSE_VERBS)
    if at < 0 or len(window) - at <= 2 or _ZH_PUNCT_RE.search(window, at) is not None:
        return None
    answered = window[at + 2 :]  # (在回复中他说: a frame, the subject after it)
    return None if answered[0] in LOCALISERS else lo + at


# How long the object of a framed cue may be (回应|议员质询时|表示), and the words that close the frame.
_ZH_FRAME_SIZE = 20
_ZH_FRAME_ENDS: tuple[str, ...] = ("时", "之时", "之际", "后", "期间", *QUESTION_NOUNS)
_ZH_PUNCT_RE = re.compile(f"[{ZH_CLAUSE_OR_QUOTE_MARKS},;:!?]")


def zh_clause_start(text: str, c_end: int, word: str) -> int:
    """Where the clause reported by a cue starts: past punctuation, a second verb of saying (回应称)
    the listener of 告诉 (告诉记者，…) and the ones addressed by a warning (提醒广大市民，…)."""
    addressed = addressed_end(text, c_end, word)
    if addressed is not None:
        return addressed + 1  # (民警提醒广大市民，…: the ones addressed are no part of what they are told)
    start = c_end + (to_simplified(text[c_end : c_end + 1]) in SAY_AFTER_CUE)
    if to_simplified(word) in RZ.LISTENER_CUES:  # 告诉记者，… ; 告诉记者："…" quotes; 告诉记者。 reports nothing
        past = _past_one_word_listener(text, start)
        if past is not None:  # 告诉她科室不保证有人, 告诉记者这个项目…, 告诉我说…; 告诉记者说，… (past the comma)
            return past + (text[past : past + 1] in _ZH_MARKS_AFTER_SAID)
        stop = text.find("。", start, start + RZ.LISTENER_SIZE + 1)
        comma = first_of(text, "，：:", start, stop if stop >= 0 else start + RZ.LISTENER_SIZE + 1)
        start = comma + 1 if comma > start else stop if stop > start else start
    if text[start : start + 1] == "道" and start == c_end:
        start += 1  # (说|道 where jieba splits 说道; after a mark 道 opens the clause: 说，道路…)
    if text[start : start + 1] == "着" and text[start + 1 : start + 2] in ZH_FULLWIDTH_OPENING_MARKS:
        start += 1  # (嘟囔着“…”: the quote opens the clause, 着 is the cue's)
    while start < len(text) and start - c_end < 3 and text[start] in "，：:, ":
        start += 1
    return start


def _past_one_word_listener(text: str, at: int) -> int | None:
    """Where the clause after the listener of 告诉 starts when the listener is one word, a pronoun or the writer (她,
    他们, 我, 记者), and the clause follows it with no mark (告诉她科室不保证有人, 告诉我说他也倒了); None otherwise."""
    toks = segmenter.tag(to_simplified(text[at : at + _ZH_LISTENER_READ]))
    if len(toks) < 2 or not (toks[0].word in QZ.ZH_PRONOUNS or toks[0].word in WRITER_WORDS):
        return None
    nxt = toks[1].word
    if _ZH_PUNCT_RE.match(nxt) or nxt in ("的", "们"):
        return None  # (告诉记者，…: the comma decides; 告诉他的家人: the listener goes on)
    return at + toks[1].start + (1 if nxt in SAY_AFTER_CUE else 0)


# The marks that may follow 说 after the listener, before the clause (告诉记者说，…).
_ZH_MARKS_AFTER_SAID = frozenset(ZH_COMMAS + ZH_COLONS + " ")
# How much text after 告诉 is read for its listener.
_ZH_LISTENER_READ = 8


def zh_frame_yields(text: str, start: int, cues: Cues, k: int, subject: Callable[[int], Who | None]) -> bool:
    """据新华社报道，国务院总理李强表示，…: the publication of a 据 frame reports nothing itself when
    its clause opens with a speaker and a cue of its own (the nearer speaker's words; 据一位代表回忆，
    公司方面在强调… stays the recalling person's); nor does a publication's 报道 with no 据 whose clause's cue reports
    after a comma (联合报报道，台北市长蒋万安今天表示，…: :func:`_relayed`)."""
    if k + 1 >= len(cues.starts) or to_simplified(cues.words[k]) not in QZ.ZH_FRAME_REPORTS:
        return False
    clause = last_of(text, ZH_CLAUSE_MARKS, 0, cues.starts[k]) + 1
    framed = to_simplified(text[clause : clause + 2]).startswith(QZ.ZH_FRAME_SOURCES)
    if not framed and not _relayed(text, cues, k):
        return False
    nxt = cues.starts[k + 1]
    who = subject(k + 1)
    lead = _past_time_clause(text, start, nxt)
    opens = who is not None and who.kind != "pronoun" and who.start <= lead
    return opens and not any(ch in text[lead:nxt] for ch in ZH_CLAUSE_BREAKS)


def _past_time_clause(text: str, start: int, end: int) -> int:
    """Where the report at ``start`` goes on past a clause of time alone before a comma (美联社报道，当地时间周二，总统
    拜登表示，…: the day the speaker spoke, no words of the paper's), before ``end``; ``start`` when there is none."""
    comma = first_of(text, ZH_COMMAS, start, end)
    if comma <= start:
        return start
    words = segmenter.tag(text[start:comma])
    return comma + 1 if all(t.tag in _TIME_TAGS for t in words) else start


# The tags of the words of a clause of time (当地时间/t 4/m 月/m 2/m 日/m).
_TIME_TAGS = frozenset(("t", "m"))


def _relayed(text: str, cues: Cues, k: int) -> bool:
    """Is the cue ``k`` a paper's 报道 (no 据 before it) whose clause's own cue ``k + 1`` reports after a comma or a
    colon (联合报报道，台北市长蒋万安今天表示，…), no verb of the clause's own (报道，当地政府将在下周公布新的措施)?"""
    after = text[cues.ends[k + 1] : cues.ends[k + 1] + 1]
    return to_simplified(cues.words[k]) in QZ.ZH_NEWS_REPORTS and after != "" and after in ZH_COMMAS + ZH_COLONS


def zh_negated(text: str, c: int) -> bool:
    """Is the cue at ``c`` negated (未透露, 没有表示, 没有跟他说: past the one spoken to) or unwilling (不愿透露姓名的
    人士: 透露 reports nothing)?"""
    before = to_simplified(text[max(0, c - 3) : c])  # (沒有透露: traditional characters too)
    if before[-1:] in QZ.ZH_NEGATIONS or before[-2:] in QZ.ZH_NEGATIONS or before.endswith(RZ.UNWILLING):
        return True
    if _ZH_NEGATED_MANNER_RE.search(to_simplified(text[max(0, c - _ZH_NEGATED_READ) : c])) is not None:
        return True  # (并未正面回应, 没有过多解释, 无需解释)
    return _ZH_NEGATED_LISTENER_RE.search(to_simplified(text[max(0, c - _ZH_NEGATED_READ) : c])) is not None


# A negation, a preposition of the one spoken to and that one, right before the cue (没有跟他|说); how much is read.
_ZH_NEGATED_LISTENER_RE = re.compile(
    "(?:" + "|".join(QZ.ZH_NEGATIONS) + ")(?:" + "|".join(RZ.NEGATED_LISTENER_LEADS) + ")"
    + f"[^，。！？；：“”「」,;:]{{1,{RZ.NEGATED_LISTENER_SIZE}}}$"
)
_ZH_NEGATED_READ = 12
# A negation or a word of "no need", then a word of manner or nothing, right before the cue (未正面|回应, 无需|解释).
_ZH_NEGATED_MANNER_RE = re.compile(
    "(?:(?:" + "|".join(QZ.ZH_NEGATIONS) + ")(?:" + "|".join(RZ.NEGATED_MANNERS) + ")|" + "|".join(RZ.NO_NEED) + ")$"
)
