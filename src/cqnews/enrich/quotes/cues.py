"""Reporting words (cues) of a block, per script: "said", "according to", 表示, 据…报道.

Each finder returns the cues standing outside quotes that pass the script's checks (a noun is no cue:
"her claims", 说法), sorted by position.
"""

from __future__ import annotations

import re

from ...lexicon import quote_patterns as P
from ...lexicon import quotes_zh as QZ
from ...lexicon import reporting_zh as RZ
from ...lexicon.bodies_zh import OUTLET_CUES, OUTLET_HEADS
from ...lexicon.cue_words_zh import CITING_VERBS, MEETINGS_HOLDING_SAY, VOICE_SAY, WORDS_OF
from ...lexicon.en import CLAUSE_BREAKS, COUNT_WORDS, FINITE_WORDS, PREPOSITIONS
from ...lexicon.punctuation import AFTER_WRITTEN_CUE_MARKS, ENGLISH_QUOTE_MARKS, POSSESSIVE, WORD_EDGE_MARKS
from ...lexicon.punctuation_zh import (
    ZH_CLAUSE_MARKS,
    ZH_CLAUSE_OR_QUOTE_MARKS,
    ZH_CLAUSE_STOPS,
    ZH_COLONS,
    ZH_COMMA_FORMS,
    ZH_COMMAS,
    ZH_MAIN_CLOSING_MARKS,
    ZH_PHRASE_OR_QUOTE_MARKS,
    ZH_SENTENCE_OR_TEXT_ENDS,
)
from ...lexicon.reporting_en import (
    COUNT_VERB_FOLLOWERS,
    NOT_CUE_BEFORE,
    NOUN_FIRST_CUES,
    PLURAL_QUANTIFIERS,
    PUT_IT_RE,
    STATING_ADVERBS,
    STATING_HEADS,
    SUBJECT_ARTICLES,
)
from ...text import last_of
from .. import segmenter
from .spans import Span
from .text import Cues, Inside


def en_cues(text: str, spans: list[Span]) -> Cues:
    """English cues: reporting verbs that pass :func:`en_cue_ok`, and "according to"."""
    inside = Inside(spans, len(text))
    found: list[tuple[int, int, str]] = []
    for m in P.EN_CUE_RE.finditer(text):
        if inside(m.start()):
            continue
        word = m.group().lower()
        if en_cue_ok(text, m.start(), m.end(), word):
            found.append((m.start(), _cue_end(text, m.end(), word), word))
    if "ccording" in text or "CCORDING" in text:  # a substring test spares most blocks the regex
        found += [(m.start(), m.end(), "according to") for m in P.ACCORDING_RE.finditer(text) if not inside(m.start())]
    if len(text) <= _TITLE_CHARS:  # a headline's cue: the (rarer) cue word before the title-case count
        titled = [(m.start(), m.end(), m.group().lower()) for m in P.EN_TITLE_CUE_RE.finditer(text) if m.start() > 0]
        found += titled if titled and _title_case(text) else []
    if not found:
        return Cues([], [], [])  # (most blocks)
    found.sort()
    return Cues([f[0] for f in found], [f[1] for f in found], [f[2] for f in found])


_TITLE_CHARS = 200
_TITLE_SHARE = 0.8


def _title_case(text: str) -> bool:
    """Is the block a headline in title case ("Lee Says Tax Plan Will Fail")? Four words of four letters
    or more, nearly all of them capitalised; short words ("is", "to", "of") may be either."""
    long_words = [w for w in text.split() if len(w.strip(WORD_EDGE_MARKS)) > 3]
    capitalised = sum(w.lstrip(ENGLISH_QUOTE_MARKS)[:1].isupper() for w in long_words)
    return len(long_words) >= 4 and capitalised >= _TITLE_SHARE * len(long_words)


def _cue_end(text: str, end: int, word: str) -> int:
    """Where a cue ends: past the whole idiom after "put" ("put it", "put it bluntly", "put it this way"),
    whose words are neither a subject nor a clause after it."""
    if word not in ("put", "puts"):
        return end
    m = PUT_IT_RE.match(text, end)
    return m.end() if m is not None else end + 3


def zh_cues(text: str, spans: list[Span]) -> Cues:
    """Chinese cues: reporting verbs that pass :func:`zh_cue_ok`. Traditional characters are read as
    simplified ones (陳先生表示, 他說); the cue word comes back as the page writes it."""
    inside = Inside(spans, len(text))
    plain = segmenter.to_simplified(text)  # (same length: every offset is the page's own)
    found: list[tuple[int, int, str]] = []
    m = QZ.ZH_CUE_RE.search(plain)
    while m is not None:
        if not inside(m.start()) and zh_cue_ok(plain, m.start(), m.end()):
            start, end = _said_verb_start(plain, m.start(), m.end()), _voice_say_end(plain, m.start(), m.end())
            found.append((start, end, text[start:end]))
            m = QZ.ZH_CUE_RE.search(plain, m.end())
        else:  # (民警告诉: 警告 is no cue there, and the cue 告诉 starts inside it)
            m = QZ.ZH_CUE_RE.search(plain, m.start() + 1)
    return Cues([f[0] for f in found], [f[1] for f in found], [f[2] for f in found])


def _said_verb_start(plain: str, start: int, end: int) -> int:
    """Where a cue of a one-character verb and 道 or 着说 (笑道, 叹道, 答道, 笑着说) starts when that verb is the end of
    a longer word (冷|笑道 is 冷笑 and 道, 回|答道 is 回答 and 道, 苦|笑着说): the cue is the whole word with 道 or
    着说; its subject stands before it."""
    if start > 0 and plain[start - 1 : end] in QZ.ZH_CLAIM_VERBS:
        return start - 1  # (宣称, 辩称: the verb of saying is the whole word, not its 称)
    if start == 0 or plain[start] not in QZ.ZH_CUE_VERB_TAILS or not plain.endswith(("道", "着说"), start, end):
        return start
    return start - 1 if segmenter.is_word(plain[start - 1 : start + 1]) else start


def _voice_say_end(plain: str, start: int, end: int) -> int:
    """Where a cue of a verb of two characters or more ends when 道 ("said") follows it, then a mark (介绍道。,
    解释道：, 回忆道，): the cue is the verb and 道, as 说道 and 补充道 are; 道 before a word (介绍道路情况) stays."""
    said = end - start >= 2 and plain[end : end + 1] == VOICE_SAY and not plain.endswith(VOICE_SAY, start, end)
    return end + 1 if said and plain[end + 1 : end + 2] in _AFTER_VOICE_SAY else end


# What may follow a cue's 道: a mark, a quote opening, the block's end.
_AFTER_VOICE_SAY = frozenset("，,：:。；;“「‘『 ") | {""}


_NOUN_LEADS = frozenset("the a an his her their its our my your from of these those such with this that".split())
_PASSIVE_LEADS = frozenset("is are was were be been being".split())
_AFTER_WRITTEN_CUE = frozenset(AFTER_WRITTEN_CUE_MARKS) | {""}


def en_cue_ok(text: str, start: int, end: int, word: str) -> bool:
    """Reject nouns ("her claims", "from reports"), passives ("is said to") and particle-less cues."""
    if word in ("put", "puts"):
        return PUT_IT_RE.match(text, end) is not None  # "as Ridge put it:", not "put it on the table"
    missing_particle = word in P.EN_CUE_PARTICLES and not text.startswith(" " + P.EN_CUE_PARTICLES[word], end)
    if missing_particle or _blocked_by_next(text, end, word):
        return False
    before = text[max(0, start - 12) : start].split()
    prev = before[-1].lower() if before else ""
    if word in P.EN_THAT_NOUNS and (prev in P.EN_OWNER_WORDS or prev.endswith(POSSESSIVE)):
        return text.startswith(" that ", end)  # "his claim that", "Lee's fear that"
    if word in P.EN_THAT_CUES and (word not in P.EN_CUES or prev in _NOUN_LEADS):
        return _that_cue_ok(text, end, word, prev)
    if prev in _NOUN_LEADS and word not in ("said", "told") or _counted_modifier(text, end, word, prev):
        return False  # "her claims", "from reports"; "271 pledged delegates"
    verb = _verb_of_noun_form(text, start, end, word, before[-1] if before else "")
    if verb is not None:
        return verb
    return _verb_cue_ok(text, end, word, prev)


def _verb_cue_ok(text: str, end: int, word: str, prev: str) -> bool:
    """The last checks of a cue read as a verb: a written cue after its document, "added" before an amount, a
    passive ("before being asked", "is said to")."""
    if word in P.EN_WRITTEN_CUES:  # "the statement read: “…”", not "she read the letter"
        return prev.strip(",") in P.EN_WRITTEN_HEADS and text[end : end + 1] in _AFTER_WRITTEN_CUE
    if word == "added" and P.EN_AMOUNT_AFTER_RE.match(text, end):
        return False  # "The stock added more than 2%", "employers added 200,000 jobs": an amount, not words
    if prev == "being":
        return False  # "before being asked": the subject is asked, it does not report
    return not (prev in _PASSIVE_LEADS and text.startswith(" to", end))


def _that_cue_ok(text: str, end: int, word: str, prev: str) -> bool:
    """A cue that reports only with "that": "made it clear that", "assured farmers that …", "informed the House
    that …" (a listener may come first after the verbs of ``EN_LISTENER_THAT_CUES``)."""
    if word in P.EN_LISTENER_THAT_CUES and prev not in _NOUN_LEADS:
        return _listener_then_that(text, end)
    return word not in P.EN_THAT_NOUNS and text.startswith(" that ", end)


# Words of a listener between a cue and its "that" ("informed the Lok Sabha that", "assured the families of the
# victims that"): a short noun phrase, no clause.
_LISTENER_THAT_WORDS = 6
_LISTENER_THAT_RE = re.compile(r" that |\w[\w'’.-]*| ")


def _listener_then_that(text: str, end: int) -> bool:
    """Does "that" follow the cue ending at ``end``, right after it or after a listener of a few words with no
    punctuation and no finite verb ("assured residents that …", "informed the Lok Sabha that …")? Not "reminded
    of the war", "informed decisions"."""
    if text.startswith(" that ", end):
        return True
    pos, words = end, 0
    while words <= _LISTENER_THAT_WORDS:
        m = _LISTENER_THAT_RE.match(text, pos)
        if m is None:
            return False
        if m.group() == " that ":
            return words > 0
        if m.group() != " ":
            words += 1
            low = m.group().lower()
            if low in FINITE_WORDS or (words == 1 and low in PREPOSITIONS):
                return False  # a clause of its own ("informed decisions were made"), or "reminded of the war"
        pos = m.end()
    return False


def _verb_of_noun_form(text: str, start: int, end: int, word: str, prev: str) -> bool | None:
    """For a cue form that is as often a noun ("show", "states", "answers"): is it a verb here? None for others."""
    if word == "show":
        return plural_subject_before(text, start) and not text.startswith(" of", end)
    if word in NOUN_FIRST_CUES:
        return _states_ok(text, start, end, prev)
    return None


def noun_form_is_verb(text: str, start: int, end: int) -> bool:
    """Is the cue form at ``start``–``end`` that is mostly a noun ("comments") a verb here (see :func:`_states_ok`)?"""
    before = text[max(0, start - 12) : start].split()
    return _states_ok(text, start, end, before[-1] if before else "")


def _states_ok(text: str, start: int, end: int, prev: str) -> bool:
    """Is a cue form that is mostly a plural noun ("states", "answers") a verb here: after a pronoun, a noun of a
    text or an adverb ("it states", "the law clearly states"), a name ("Smith states") or a noun its determiner
    opens ("the firm states"), or before a colon? Not after a comma, a count or an adjective that no determiner
    opens ("Ohio, states that vote …", "in six states", "smaller, poorer states", "questions and answers")."""
    low = prev.lower()
    if low in STATING_HEADS or low in STATING_ADVERBS or low.endswith("ly") or text.startswith(":", end):
        return True
    if not prev[-1:].isalpha() or low in COUNT_WORDS or low in PLURAL_QUANTIFIERS:
        return False
    if prev[:1].isupper():
        return True
    two = text[max(0, start - 30) : start].split()[-2:-1]
    return bool(two) and two[0].lower() in SUBJECT_ARTICLES  # not "his slashing comments"


def _blocked_by_next(text: str, end: int, word: str) -> bool:
    """Does the word after the cue make it half of a compound noun or of a phrasal verb of no speech ("a liberal
    think tank", "pledged delegates", "added up to")?"""
    if word not in NOT_CUE_BEFORE:
        return False
    m = _NEXT_TOKEN_RE.match(text, end)
    return m is not None and m.group(1).lower() in NOT_CUE_BEFORE[word]


_NEXT_TOKEN_RE = re.compile(r" (\w+)")


# A count in figures, whole (no comma after it: "Lee, 74, argued" is an age) and no year ("in 2015 accused").
_NUMERAL_RE = re.compile(r"(?!(?:19|20)\d\d$)\d(?:[\d,.]*\d)?")
_NEXT_WORD_RE = re.compile(r" ([a-z]+)\b")
_NOT_NOUN_HEADS = CLAUSE_BREAKS | PREPOSITIONS | _NOUN_LEADS | COUNT_VERB_FOLLOWERS


def _counted_modifier(text: str, end: int, word: str, prev: str) -> bool:
    """Is a past form between a count in figures and a noun a modifier of that noun ("271 pledged delegates",
    "the 40 reported cases"), not a verb of saying?"""
    if not word.endswith("ed") or _NUMERAL_RE.fullmatch(prev) is None:
        return False
    m = _NEXT_WORD_RE.match(text, end)
    return m is not None and m.group(1) not in _NOT_NOUN_HEADS


def plural_subject_before(text: str, start: int) -> bool:
    """Is the word before ``start`` (past adverbs: "Polls now show") a plural noun or a data word?
    "show" reports only then, not in "a TV show", "the relative show of strength"."""
    for w in reversed(text[max(0, start - 30) : start].split()[-3:]):
        low = w.lower()
        if low not in P.EN_SKIPPABLE:
            return low in P.EN_DOC_HEADS or low.endswith("s") and low[:1].isalpha()
    return False


def _past_listener(text: str, start: int, end: int) -> int:
    """Where the one asked ends (问李华：“…” -> the colon; 追问李华，“…” -> the comma before the quote), or ``end``
    when no listener stands there (问题, 访问 are other words)."""
    stop = min(len(text), end + RZ.LISTENER_SIZE + 1)
    colon = next((i for i in range(end + 1, stop) if text[i] in ZH_COLONS or _comma_before_quote(text, i)), -1)
    if colon < 0 or any(ch in ZH_PHRASE_OR_QUOTE_MARKS for ch in text[end:colon]):
        return end
    if segmenter.is_word(text[start : end + 1]) or segmenter.is_word(text[start - 1 : end]):
        return end
    return colon


def _comma_before_quote(text: str, i: int) -> bool:
    """Is ``text[i]`` a comma right before a quote mark (追问李华，“…”)?"""
    return text[i] in ZH_COMMAS and text[i + 1 : i + 2] in P.OPENERS


def _by_outlet(text: str, clause: int, start: int, word: str) -> bool:
    """路透社报道，… : a news outlet right before 报道 reports without 据 (美国有线电视新闻网（CNN）报道，…: its
    short name in brackets between)."""
    end = start + len(word)
    head_end = start
    if text[start - 1 : start] in ("）", ")"):
        lo = max(clause, start - 2 - _SHORT_NAME)
        opening = max(text.rfind("（", lo, start), text.rfind("(", lo, start))
        head_end = opening if opening >= 0 else start
    return (
        word in OUTLET_CUES
        and text[end : end + 1] in ("，", "：", ":", ",")
        and (text.endswith(OUTLET_HEADS, clause, head_end) or _outlet_citing(text, clause, start))
    )


def _outlet_citing(text: str, clause: int, start: int) -> bool:
    """Does the clause before 报道 open with an outlet citing a source's words, 的话 closing them (路透社援引|三名知情
    人士的话|报道，…): the outlet reports the source's words, which speakers.trim_zh gives to the one cited?"""
    plain = segmenter.to_simplified(text[clause:start])
    at = max(plain.find(verb) for verb in CITING_VERBS)
    return at > 0 and plain.endswith(OUTLET_HEADS, 0, at) and plain.endswith(WORDS_OF)


# How long the short name in brackets after an outlet's name may be (（CNN）, （美联社）).
_SHORT_NAME = 12


def _manner_of_cue(text: str, end: int) -> bool:
    """Does 地 and a cue follow the cue word ending at ``end`` (感慨|地|说, 感叹地表示): the word is how the words are
    said, the cue the verb after 地?"""
    return text[end : end + 1] == QZ.ZH_MANNER_SUFFIX and QZ.ZH_CUE_RE.match(text, end + 1) is not None


def _goes_on_saying(text: str, start: int, end: int) -> bool:
    """“…”，他反复说着。: a cue with 着 that ends the sentence of a quote before it reports that quote; 他喊着：“…”,
    嘴里念叨着“…”: one with 着 right before a quote reports the quote (说着 before anything else is saying while
    doing, 他一边说着，一边…, and 说了 takes an object)."""
    if text[end : end + 1] == "着":
        k = end + 1 + (text[end + 1 : end + 2] in _QUOTE_LEADS)
        if text[k : k + 1] and text[k] in P.OPENERS:
            return True
    if text[end : end + 2] not in _GOING_ON_ENDS:
        return False
    clause = last_of(text, ZH_CLAUSE_STOPS, max(0, start - _GOING_ON_LOOK), start) + 1
    return any(mark in text[clause:start] for mark in ZH_MAIN_CLOSING_MARKS)


# The marks that may stand between 着 and the quote it introduces.
_QUOTE_LEADS = ("：", ":", "，", ",")
# 着 and the end of a sentence after a cue; how far before the cue the quote it reports may close.
_GOING_ON_ENDS = frozenset(("着。", "着！", "着；"))
_GOING_ON_LOOK = 20


def _discourse_marker(text: str, start: int, end: int) -> bool:
    """老实说，… 简单地说，… 说实话，…: 说 making a phrase of manner that opens its clause before a comma (honestly,
    simply put) reports nothing; 王明坦白说，… (a subject before it) still reports."""
    clause = last_of(text, _MARKER_CLAUSE_MARKS, max(0, start - _MARKER_SIZE - 1), start) + 1
    lead = text[clause:start]
    if text[end : end + 1] in ZH_COMMA_FORMS and lead.removesuffix("地") in RZ.SAY_MANNERS:
        return True
    return not lead and text[end : end + 3] in _SAY_TRUTH


# How long the phrase of manner before 说 may be (退一步); 说实话，说真的，: "to tell the truth".
_MARKER_SIZE = 4
# Where the clause of a phrase of manner starts: a clause or quote mark, the enumeration or half-width comma.
_MARKER_CLAUSE_MARKS = ZH_CLAUSE_OR_QUOTE_MARKS + "、,"
_SAY_TRUTH = frozenset(("实话，", "真的，", "实在，", "句实话"))


def _in_word_before(text: str, start: int, word: str, prev: str) -> bool:
    """Is the cue ``word`` part of a word with the character ``prev`` before it: one of the table (材料, 名称), unless
    a word keeping 说 a report comes before (只是说), or a dictionary word for a cue that is never one inside a word
    (但衣料厂…: 衣料 "cloth", no 料 "expects"), or a meeting's name holding 说 (在法说会上表示: 法说会)?"""
    if text[start - 1 : start + len(word) + 1] in MEETINGS_HOLDING_SAY:
        return True
    if prev in QZ.ZH_CUE_NOT_BEFORE.get(word, "") and not text.endswith(RZ.SAY_KEPT_AFTER, 0, start):
        return True
    return word in QZ.ZH_CUES_NOT_IN_WORDS and segmenter.is_word(segmenter.to_simplified(prev + word))


def _quote_follows(text: str, start: int, end: int, word: str) -> bool:
    """Does a quote mark open right after the cue ``word`` at ``start`` (past a comma or a colon, and past the one asked
    for a question: 问李明：“…”)? A frame of eyes or account (眼中, 描述中) reports only in a clause 在 opens
    (在王明眼中，“…”)."""
    if word in QZ.ZH_FRAMED_QUOTE_CUES:
        clause = last_of(text, ZH_CLAUSE_MARKS, max(0, start - 80), start) + 1
        if not text.startswith(QZ.ZH_FRAMED_CUES["看来"], clause):
            return False
    k = _past_listener(text, start, end) if word in RZ.ASKING_CUES else end
    while k < len(text) and k - end < 3 and text[k] in "，,：: ":
        k += 1
    return text[k : k + 1] in P.OPENERS


def _ends_clause_after_quote(text: str, start: int, end: int) -> bool:
    """Does the cue close the sentence whose one clause opens right after a closing quote mark (“…”小刘喊道。)?
    The words it asks or shouts are that quote's, as with the cue before it."""
    mark = last_of(text, ZH_CLAUSE_MARKS + ZH_MAIN_CLOSING_MARKS, max(0, start - 30), start)
    return mark >= 0 and text[mark] in ZH_MAIN_CLOSING_MARKS and text[end : end + 1] in ZH_SENTENCE_OR_TEXT_ENDS


def _idiom_alone(text: str, start: int, end: int) -> bool:
    """Is the cue at [start, end) made an idiom by its tail (感慨万千, 感叹不已) that reports no quote right after it
    nor the quote whose sentence it closes (…的变化让她感慨万千。: a feeling, no report)?"""
    tail = next((t for t in QZ.ZH_CUE_IDIOM_TAILS if text.startswith(t, end)), "")
    return bool(tail) and not zh_reports_quote(text, start, end + len(tail))


def zh_reports_quote(text: str, start: int, end: int) -> bool:
    """Does the cue at [start, end) report a quote: one opening right after it (他安慰道：“…”), or the quote whose
    sentence it closes (“…”民警安慰道。)?"""
    word = text[start:end]
    return _quote_follows(text, start, end, word) or _ends_clause_after_quote(text, start, end)


def zh_cue_ok(text: str, start: int, end: int) -> bool:
    """Reject 说 in 说法/所说, 称 in 名称/称为, 介绍了, and 报道/看来 without 据/在 before them."""
    word = text[start:end]
    nxt, prev = text[end : end + 1], text[start - 1 : start]
    if nxt and (nxt in QZ.ZH_CUE_NOT_AFTER.get(word, "") or nxt in QZ.ZH_CUE_NOT_NEXT):
        return _goes_on_saying(text, start, end)
    if prev and _in_word_before(text, start, word, prev) or _manner_of_cue(text, end) or _idiom_alone(text, start, end):
        return False
    if word == "说" and _discourse_marker(text, start, end):
        return False
    if word in QZ.ZH_QUOTE_ONLY_CUES and prev != "所" or word in QZ.ZH_FRAMED_QUOTE_CUES:
        return _quote_follows(text, start, end, word) or _ends_clause_after_quote(text, start, end)
    return _framed_cue_ok(text, start, word, prev)


def _framed_cue_ok(text: str, start: int, word: str, prev: str) -> bool:
    """A cue that reports only in its frame, read in its clause: 记者从省气象台|了解到 (a source after 从), 正如X|所说,
    国际能源署的报告|显示 (a publication), 据…|报道 and 在…|看来; any other cue needs no frame."""
    docs, leads = QZ.ZH_CUES_AFTER_DOC.get(word), QZ.ZH_FRAMED_CUES.get(word)
    source = QZ.ZH_SOURCED_CUES.get(word)
    if prev != "所" and docs is None and not leads and source is None:
        return True
    clause = last_of(text, ZH_CLAUSE_MARKS, max(0, start - 80), start) + 1
    if source is not None:
        return any(lead in text[clause:start] for lead in source)  # 记者从省气象台|了解到: the source's words
    if prev == "所":
        return text.startswith(QZ.ZH_AS_LEADS, clause)
    if docs is not None:
        return text.endswith(docs, clause, start)
    if leads:
        return text.startswith(leads, clause) or _by_outlet(text, clause, start, word)
    return True
