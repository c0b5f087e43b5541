"""Chinese cues read by the clause they open: 他指，… and 她批評：「…」 report (and 「…」她補充。 the quote
before them), 手指 and 批评了 do not.

:func:`zh_clause_cues` adds to the cues of :func:`.cues.zh_cues` the verbs of
``lexicon.reporting_zh.CLAUSE_CUES`` where punctuation right after them opens what is reported, and where the
segmenter reads them as a word of their own (not the 指 of 手指, 意指, 指数).
"""

from __future__ import annotations

import re

from ...lexicon import quotes_zh as QZ
from ...lexicon import reporting_zh as RZ
from ...lexicon.bodies_zh import DOC_NOUNS
from ...lexicon.cue_words_zh import CUE_ADVERBS
from ...lexicon.function_words_zh import LOCALISERS, TOPIC_PREPOSITIONS
from ...lexicon.people_nouns_zh import SUBJECT_PRONOUNS
from ...lexicon.personal_names_zh import SURNAMES
from ...lexicon.punctuation_zh import (
    ZH_BARE_CUE_CLAUSE_MARKS,
    ZH_CLAUSE_OR_QUOTE_MARKS,
    ZH_COLONS,
    ZH_COMMAS,
    ZH_FULLWIDTH_CLOSING_MARKS,
    ZH_FULLWIDTH_OPENING_MARKS,
    ZH_NOTE_CLOSERS,
)
from ...lexicon.time_words_zh import DAY_POINTERS
from ...text import is_cjk_char, run_start
from .. import segmenter
from .addressed_zh import addressed_end
from .cues import zh_cues
from .said_dao_zh import zh_verb_dao_cues
from .spans import Span
from .text import Cues, Inside

__all__ = ["zh_clause_cues", "zh_topic_frame"]

# What opens the clause or quote after a clause cue; the cues are looked for before these marks only
# (a mark is rarer than a character: the block is scanned for marks, not for words).
_OPENING_RE = re.compile("[，,：:「“『。]")
_CUE_SET = frozenset((*RZ.CLAUSE_CUES, *RZ.MORE_CLAUSE_CUES, *RZ.ASSESSING_CUES))
_SUBJECT_NEEDED = frozenset(RZ.ASSESSING_CUES)
_CUE_SIZES = tuple(sorted({len(w) for w in _CUE_SET}, reverse=True))
# How far before such a cue its clause is read to tell whether the cue is a word of its own.
_CONTEXT = 6


def zh_clause_cues(text: str, spans: list[Span]) -> Cues:
    """The cues of :func:`.cues.zh_cues` and the clause cues of this module, by position."""
    plain = segmenter.to_simplified(text)
    cues = _outside_topic(zh_cues(text, spans), plain)
    extra = [
        (_word_start(plain, e - len(w), e), e)
        for e, w in _cues_before_marks(plain)
        if w not in _SUBJECT_NEEDED or _subject_before(plain, e - len(w), e)
    ]
    extra += [(s, e) for s, e in _bare_cues(plain) if _subject_before(plain, s, e)]
    extra += [(s, e) for s, e in _addressed_cues(plain) if _subject_before(plain, s, e)]
    extra += _named_cues(plain)
    extra += [(m.start(), m.end()) for m in _CANTONESE_SAY_RE.finditer(plain)]
    extra += zh_verb_dao_cues(plain)
    extra = sorted({(s, e) for s, e in extra if s >= 0 and not _topic_object(plain, s, e)})
    if not extra:
        return cues
    inside = Inside(spans, len(text))
    taken = list(zip(cues.starts, cues.ends, strict=True))
    found = list(zip(cues.starts, cues.ends, cues.words, strict=True))
    for start, end in extra:
        if not any(s < end and start < e for s, e in taken) and not inside(start):
            found.append((start, end, text[start:end]))
    found.sort()
    return Cues([f[0] for f in found], [f[1] for f in found], [f[2] for f in found])


def _cues_before_marks(plain: str) -> list[tuple[int, str]]:
    """(end, word) of each clause cue right before an opening mark, after a Chinese character or the closing bracket
    of a note on the subject (市民张先生（化名）反映，…, 陈大文（左）指，…)."""
    found = []
    for m in _OPENING_RE.finditer(plain):
        end = m.start()
        for size in _CUE_SIZES:  # (the longest cue first: 直指 before 指)
            word = plain[end - size : end]
            if word in _CUE_SET and end - size > 0 and (
                is_cjk_char(plain[end - size - 1]) or plain[end - size - 1] in ZH_NOTE_CLOSERS
                or _quote_after_comma(plain, end - size, end)
            ):
                found.append((end, word))
                break
    return found


def _addressed_cues(plain: str) -> list[tuple[int, int]]:
    """(start, end) of each clause cue of warning (提醒) with the ones addressed between it and the mark opening what
    they are told (民警提醒广大市民，…): a word of its own, not inside another (温馨提醒 stays, 提醒事项 is no cue)."""
    found = []
    for word in _ADDRESSED_CLAUSE_CUES:
        at = plain.find(word)
        while at > 0:
            e = at + len(word)
            if addressed_end(plain, e, word) is not None and _word_start(plain, at, e) == at:
                found.append((at, e))
            at = plain.find(word, e)
    return found


# The cues of warning that report only with punctuation after them (提醒), read past the ones addressed.
_ADDRESSED_CLAUSE_CUES = tuple(w for w in RZ.ADDRESSED_CUES if w in _CUE_SET and w not in QZ.ZH_CUES)


# 话 ("says") after a Cantonese pronoun or a person called by surname and a word of address (陈伯话：「…」, 李太话，…),
# before the mark opening what is said (佢话：「…」, 佢哋话，…); elsewhere 话 is a noun (这句话, 电话).
_CANTONESE_SAY_RE = re.compile("(?<=佢|哋|伯|叔|姐|太|婆|嫂|生)话(?=[，,：:「“])")


def _word_start(plain: str, start: int, end: int) -> int:
    """Where the word of the cue ``plain[start:end]`` starts when the segmenter reads it as a word of
    its own (他指) or with an adverb of going on before it (续指, 又指: the cue is the whole word);
    -1 when it is part of another word (手指, 意指), a noun after 的, or nothing is written before it
    in its clause but for a verb of two characters between a comma and a quote (…，担心“…”)."""
    lo = run_start(plain, _CUE_CLAUSE_MARKS, max(0, start - _CONTEXT), start)
    if lo == start and _quote_after_comma(plain, start, end):
        return start  # (…，担心“…”: the subject of the sentence goes on, a quote opens right after the verb)
    if lo == start or plain[start - 1] == "的" or plain.endswith(RZ.NOUN_DETERMINERS, lo, start):
        return -1  # (相伴而来的质疑，, 市长认可这一建议，: a noun)
    back = plain.endswith(RZ.BACK_REFERENCES, 0, start)  # (…这样回答。: the words given before are what it reports)
    closed = _after_closer(plain, start)  # (「…」，她补充。, “…”——多名工人向记者反映。)
    if plain[end : end + 1] == "。" and not closed and not back:
        return -1  # (a sentence ends at the verb: it reports only the quote before it, 「…」她补充。)
    day = _day_glued(plain, lo, start)
    if day >= 0:
        return day  # 消委会|昨(亦)指: jieba glues the day and the cue into one verb, the day when they spoke
    for t in segmenter.tag(plain[lo : end + 1]):
        if t.end != end - lo or t.start not in (start - lo, start - lo - 1):
            continue
        if t.start == start - lo or t.word[0] in CUE_ADVERBS:
            return lo + t.start
        if t.word[0] in LOCALISERS:
            return start  # 求情时指, 声明中指 (not the finger): a phrase of time or place ends before the cue
    return -1


_CLOSERS = frozenset(ZH_FULLWIDTH_CLOSING_MARKS)


def _day_glued(plain: str, lo: int, start: int) -> int:
    """Where 昨 or 今 alone ("yesterday", "today") stands when it, and at most one adverb of going on after it, come
    between a subject and the cue at ``start`` (消委会昨指，…; 协会昨亦指，…), which jieba reads as one verb with the
    cue: the cue is read from there, as one with an adverb before it is (续指), the subject ending before; -1 else."""
    k = start - (plain[start - 1 : start] in CUE_ADVERBS)
    glued = k - 1 > lo and plain[k - 1] in DAY_POINTERS and plain[k - 2] not in DAY_POINTERS
    return k - 1 if glued else -1


def _after_closer(plain: str, start: int) -> bool:
    """Does the clause of the cue at ``start`` open right after a quote's closing mark, a comma or a dash between
    (「…」，她补充, “…”——多名工人向记者反映), at most _AFTER_CLOSER characters before the cue?"""
    lo = run_start(plain, _CUE_CLAUSE_MARKS, max(0, start - _AFTER_CLOSER), start)
    return plain[lo - 1 : lo] in _CLOSERS or lo >= 2 and plain[lo - 2 : lo] in _CLOSER_COMMAS


# How long the words between a quote and a clause cue ending the sentence may be (——多名工人向记者, 一位老工人).
_AFTER_CLOSER = 12


def _outside_topic(cues: Cues, plain: str) -> Cues:
    """The cues that end no clause of topic (对于上述指控，…: 指控 is what is answered, no cue)."""
    if not any(_topic_object(plain, s, e) for s, e in zip(cues.starts, cues.ends, strict=True)):
        return cues
    kept = [k for k, (s, e) in enumerate(zip(cues.starts, cues.ends, strict=True)) if not _topic_object(plain, s, e)]
    return Cues([cues.starts[k] for k in kept], [cues.ends[k] for k in kept], [cues.words[k] for k in kept])


def _topic_object(plain: str, start: int, end: int) -> bool:
    """Is the cue ``plain[start:end]`` the last word of a clause of topic, before its comma (面对网友质疑，…, 针对外界
    批评，…): the clause opens with a preposition of a topic, no mark between?"""
    if plain[end : end + 1] not in ZH_COMMAS:
        return False
    lo = run_start(plain, _CUE_CLAUSE_MARKS, max(0, start - _TOPIC_READ), start)
    return lo < start and plain.startswith(TOPIC_PREPOSITIONS, lo)


# How far back a clause of topic is read for its preposition (针对部分网友的质疑).
_TOPIC_READ = 12


def _quote_after_comma(plain: str, start: int, end: int) -> bool:
    """Is the cue ``plain[start:end]`` a verb of two characters or more between a comma and an opening quote mark
    (…，担心“…”, …，批評「…」): the sentence's subject goes on, and it reports the quote right after it?"""
    return end - start >= 2 and start > 0 and plain[start - 1] in ZH_COMMAS and plain[end : end + 1] in _QUOTE_OPENERS


# The marks opening a quote right after a cue.
_QUOTE_OPENERS = frozenset(ZH_FULLWIDTH_OPENING_MARKS)
# A closing mark and a comma after it (「…」，她形容。): the clause of the cue still follows the quote.
_CLOSER_COMMAS = frozenset(c + m for c in _CLOSERS for m in ZH_COMMAS)

_BARE_RE = re.compile("|".join(sorted(RZ.BARE_CLAUSE_CUES, key=len, reverse=True)))
# Where the clause a cue stands in starts: a clause or quote mark, or the enumeration comma.
_CUE_CLAUSE_MARKS = ZH_CLAUSE_OR_QUOTE_MARKS + "、"


def _bare_cues(plain: str) -> list[tuple[int, int]]:
    """(start, end) of each bare clause cue (鄧炳強指政府會…) that is a word of its own with a clause right
    after it: a Chinese character that makes no dictionary word with it (not 指出, 指着, 指的), and no
    word with the character before it (not 手指, 所指) but an adverb of going on (续指, 又指)."""
    found = []
    for m in _BARE_RE.finditer(plain):
        s, e = m.start(), m.end()
        nxt = plain[e : e + 1]
        if s == 0 or not nxt or nxt in QZ.ZH_CUE_NOT_NEXT or nxt in "向" or plain[s - 1] in "所被的是":
            continue  # (a mark right after: 羅指， — the segmenter glues a lone surname to the cue)
        if is_cjk_char(nxt) and (segmenter.is_word(plain[s : e + 1]) or _clause_size(plain, e) < _CLAUSE_MIN):
            continue
        if not is_cjk_char(nxt) and nxt not in "，,：:":
            continue
        if segmenter.is_word(plain[s - 1 : e]) and plain[s - 1] not in CUE_ADVERBS:
            continue
        found.append((s, e))
    return found


# How long the clause after a bare cue must be (to the next mark): 他指政府 is pointing, not reporting.
_CLAUSE_MIN = 5


def _named_cues(plain: str) -> list[tuple[int, int]]:
    """(start, end) of each cue of RZ.NAMED_CLAUSE_CUES right before a comma or a colon with a person's name right
    before it (王红梅说明，…): elsewhere the word means "shows" (这说明，…) and is no cue."""
    found = []
    for word in RZ.NAMED_CLAUSE_CUES:
        at = plain.find(word)
        while at > 0:
            e = at + len(word)
            if plain[e : e + 1] in _NAMED_CUE_MARKS:
                toks = segmenter.tag(plain[max(0, at - _CONTEXT) : at])
                if toks and toks[-1].tag == "nr" and len(toks[-1].word) >= 2:
                    found.append((at, e))
            at = plain.find(word, e)
    return found


_NAMED_CUE_MARKS = frozenset(ZH_COMMAS + ZH_COLONS)


def _clause_size(plain: str, e: int) -> int:
    k = e
    while k < len(plain) and k - e < _CLAUSE_MIN and plain[k] not in ZH_BARE_CUE_CLAUSE_MARKS:
        k += 1
    return k - e


def _subject_before(plain: str, start: int, end: int) -> bool:
    """Does a subject stand right before the cue at [start, end), past its adverbs (鄧炳強|指, 她|續|指,
    報道|指; ，並|指 and a cue of two characters right after a comma, ，擔心…, leave the subject of the sentence
    out): a noun, a name, a surname, 他/她 — not 被 (被指: "is accused of"), a verb or a number?"""
    k = start
    while k > 0 and plain[k - 1] in CUE_ADVERBS:  # (并 among them)
        k -= 1
    lo = k
    while lo > 0 and plain[lo - 1] not in ZH_BARE_CUE_CLAUSE_MARKS:
        lo -= 1
    if lo == k:
        return k < start or end - start >= 2  # (，指 alone is too often pointing: 指着, 手指)
    toks = segmenter.tag(plain[max(lo, k - _CONTEXT) : k])
    last = toks[-1] if toks else None
    if last is None or last.word in ("被", "的"):
        return False
    if last.word in SUBJECT_PRONOUNS or last.word in DOC_NOUNS or last.word in SURNAMES:
        return True
    return last.tag.startswith(("n", "j")) and last.tag != "nx" or last.tag == "eng"


def zh_topic_frame(word: str, after: str) -> bool:
    """Does a cue of mentioning with its object ``after`` (what follows it up to a comma) open a frame of
    topic (谈到这里，…, 谈及未来，…, 说起这件事，…, 说起这些年的变化，…): a short noun phrase, no verb in it (a noun
    of action, 变化/vn, is a noun)? The clause after the comma is then no report of the cue."""
    if segmenter.to_simplified(word) not in RZ.TOPIC_CUES or not 0 < len(after) <= _TOPIC_SIZE:
        return False
    return not any(t.tag.startswith(("v", "p")) and t.tag != "vn" for t in segmenter.tag(after))


# How long the object of a frame of topic can be (谈到下一步的打算: 6).
_TOPIC_SIZE = 8
