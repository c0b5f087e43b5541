"""Chinese direct quotes: the speaker and cue of a quoted span (张华告诉记者：“…”, “…”王凯说)."""

from __future__ import annotations

from ...lexicon import quotes_zh as QZ
from ...lexicon import reporting_zh as RZ
from ...lexicon.cue_words_zh import CUE_ADVERBS, HEARING_WORDS
from ...lexicon.punctuation_zh import (
    ZH_AFTER_QUOTE_CLAUSE_ENDS,
    ZH_CLAUSE_MARKS,
    ZH_CLAUSE_STOP_OR_QUOTE_OPENING,
    ZH_COLON_FORMS,
    ZH_COLONS,
    ZH_COMMA_FORMS,
    ZH_COMMAS,
    ZH_PHRASE_MARKS_MIXED,
    ZH_SENTENCE_END_OR_QUOTE_OPENING,
    ZH_SENTENCE_END_SET,
    ZH_SENTENCE_ENDS,
    ZH_SENTENCE_OR_TEXT_ENDS,
)
from ...text import is_cjk_char, run_end
from .. import segmenter
from ..segmenter import to_simplified
from ..speakers.after_quote_zh import zh_person_after_quote
from ..speakers.phrases import Who
from ..speakers.phrases_zh import zh_subject_before
from .clause_after_zh import one_clause_after
from .cleft_zh import past_dash, zh_cleft
from .colon_clause_zh import zh_colon_clause
from .cue_lead_zh import zh_negated, zh_when_clause
from .cues_zh import zh_topic_frame
from .label_lines_zh import zh_colon_label
from .means_zh import zh_means_of_speech
from .notice_zh import zh_published_notice
from .object_quote_zh import zh_object_then_quote
from .opener_zh import ZH_LEAD_TAGS as _ZH_LEAD_TAGS
from .opener_zh import zh_clause_opener as zh_clause_opener
from .opener_zh import zh_kind_opener
from .opener_zh import zh_last_clause as _zh_last_clause
from .opener_zh import zh_sentence_subject as _zh_sentence_subject
from .passive_agent_zh import zh_agent_asking
from .spans import Span
from .speech_zh import fragment_speaks, predicate_speaks, zh_speech_like, zh_term_heading_clause
from .text import ZH_NEAR, BlockView, Cues, blank, char_before, space_before


def zh_attribution(b: BlockView, sp: Span, s: int, e: int) -> tuple[Who | None, str | None]:
    """The speaker and cue of the quote at ``sp`` in the sentence [s, e): a cue touching the quote,
    then one after it, then one before it; for a quote opening its paragraph, a person named after it."""
    text, cues = b.text, b.cues
    inner = text[sp.start : sp.end]
    owned = _zh_as_said(text, sp, s) if len(inner) >= _AS_SAID_MIN else (None, None)
    owned = owned if owned[0] is not None else zh_means_of_speech(text, sp, s)  # (马丽用“累并快乐着”形容…)
    if owned[0] is not None:
        return owned
    if len(inner) <= 8 and not any(ch in inner for ch in ZH_PHRASE_MARKS_MIXED):
        return _zh_short(text, sp, s, cues)
    # 落实习近平总书记“…”: the words of the person named
    if to_simplified(text[max(s, sp.open - 4) : sp.open]).endswith(QZ.ZH_TITLE_SUFFIXES):
        who = zh_subject_before(text, s, sp.open)
        if who is not None and who.kind == "person":
            return who, None
    touching = _zh_touching(text, sp, s, cues)
    if touching[0] is not None:
        return touching
    cleft = zh_cleft(text, sp)
    if cleft[0] is not None:
        return cleft
    after = _zh_after_unless_reporting(text, sp, s, cues)
    if after[0] is not None:
        return after
    colon = zh_colon_clause(text, sp, s, cues) or zh_colon_label(text, sp, s, cues)
    if colon is not None:
        return colon, None
    before = _zh_before(text, sp, s, cues)
    if before is None or before[0] is not None:
        return before or (None, None)  # (None: the nearest cue before is negated, nobody says it)
    notice = zh_published_notice(text, sp, s)  # (县公安局发布警情通报：“…”: the issuer's words)
    return notice if notice[0] is not None else (_zh_without_cue(text, s, sp), None)


def _zh_without_cue(text: str, s: int, sp: Span) -> Who | None:
    """Who says a quote no cue reports: the subject of the clause a comma joins it to (他很是不解，“…”。), or, for
    a quote opening its paragraph, a person named after it (“…”居民杨一飞谈起…)."""
    who = _zh_comma_subject(text, s, sp)
    if who is None and sp.close is not None and blank(text, 0, sp.open):
        who = zh_person_after_quote(text, sp.close + 1) or _zh_interrupted_by(text, sp)
        who = who or _zh_subject_after(text, sp.close + 1)
    return who or one_clause_after(text, s, sp)


def _zh_comma_subject(text: str, s: int, sp: Span) -> Who | None:
    """The person opening the nearest clause with a subject before a quote that a comma joins to it and that ends
    its sentence, no cue written (他很是不解，“…”。); not a person the quote names (沈阳坚持送她，“…但沈阳要我…”:
    the words speak of him)."""
    if char_before(text, s, sp.open) not in ZH_COMMA_FORMS:
        return None
    who = _zh_sentence_subject(text, s, sp, nearest=True)
    return who if who is not None and (who.kind == "pronoun" or who.mention not in text[sp.start : sp.end]) else None


def _zh_short(text: str, sp: Span, s: int, cues: Cues) -> tuple[Who | None, str | None]:
    """The speaker and cue of a short quote: a cue touching it (else it is a term in quote marks), its speaker
    and cue right after it, or the person opening the sentence it closes after a colon (王大明抱怨：「…」。)."""
    cleft = zh_cleft(text, sp)
    if cleft[0] is not None:
        return cleft  # (“路修好了”（王明语）, “好！”——村民 王明, “守信用”，这是王奶奶常说的话)
    adjacent = _zh_adjacent(text, sp, s, cues)
    if adjacent[0] is not None or adjacent[1] is not None:
        return adjacent  # (对方称“已经在处理”, 有人说“不行”: a cue touching it, its subject no speaker to name)
    short = _zh_short_before_speaker(text, sp, s, cues)
    if short[0] is None:
        short = zh_object_then_quote(text, sp, s, cues)  # (議員質疑政府「講一套做一套」)
    if short[0] is None and char_before(text, s, sp.open) in ZH_COLON_FORMS:
        return _zh_sentence_subject(text, s, sp), None
    if short[0] is None and blank(text, 0, sp.open) and zh_speech_like(text, sp, s):
        return _zh_without_cue(text, s, sp), None  # (“真的很贴心”，王丽评价。: words said, the person after them)
    return short


def _zh_subject_after(text: str, lo: int) -> Who | None:
    """“…”面对记者的追问，王芳连连摆手。: the person (a name or 他/她) opening one of the first clauses after a quote
    that opens its paragraph, in the quote's sentence; frames before it (面对…，回忆起…，) are passed."""
    stop = min(len(text), lo + _AFTER_SIZE)
    for _ in range(_AFTER_CLAUSES):
        end = run_end(text, ZH_AFTER_QUOTE_CLAUSE_ENDS, lo, stop)
        who = zh_clause_opener(text, lo, end) if end > lo else None
        if who is not None:  # (王芳听后松了一口气: the one who hears the words is no speaker of them)
            return None if text.startswith(HEARING_WORDS, who.start + len(who.mention)) else who
        if end >= stop or text[end] not in ZH_COMMAS:
            return None
        lo = end + 1
    return None


# How many clauses after a quote opening its paragraph, and how many characters, are read for its speaker.
_AFTER_CLAUSES = 2
_AFTER_SIZE = 40


def _zh_as_said(text: str, sp: Span, s: int) -> tuple[Who | None, str | None]:
    """王明所说的“…”, 女儿所述的“…”: words nominalised as what someone said (所 and a cue before the quote) are that
    person's; (None, None) otherwise."""
    m = QZ.ZH_AS_SAID_RE.search(to_simplified(text[max(s, sp.open - _AS_SAID_SIZE) : sp.open]))
    if m is None:
        return None, None
    at = max(s, sp.open - _AS_SAID_SIZE) + m.start()
    lo = max(s, at - _AGENT_SIZE)
    toks = segmenter.tag(text[lo:at])
    k = len(toks)
    while k > 0 and toks[k - 1].tag.startswith(("n", "j")):
        k -= 1  # (the nouns right before 所: 王明, 女儿, 律师张伟; not 这与, 而非)
    who = zh_subject_before(text, lo + toks[k].start, at) if k < len(toks) else None
    return (who, text[at + 1 : at + 2]) if who is not None and who.mention else (None, None)


# How much before a quote its 所 and cue (QZ.ZH_AS_SAID_RE: 所说的“, 所述的“) are read in.
_AS_SAID_SIZE = 5
# How long words said must be to be a quote after 所说的 (王明所说的“经济奇迹”: a term, no quote).
_AS_SAID_MIN = 5
# How much before 所 its agent (the nouns right before it) is read in.
_AGENT_SIZE = 12


def _zh_interrupted_by(text: str, sp: Span) -> Who | None:
    """“我们一定能做到，”王明顿了顿，“只要…”: the person whose pause splits a quoted sentence in two (the
    first part ends with a comma, the second follows after the clause naming them) says both parts."""
    assert sp.close is not None
    if text[sp.close - 1 : sp.close] not in ZH_COMMA_FORMS:
        return None
    lo = sp.close + 1
    nxt = min((i for i in (text.find("“", lo, lo + _PAUSE), text.find("「", lo, lo + _PAUSE)) if i > 0), default=-1)
    if nxt < 0 or text[nxt - 1] != "，" or any(ch in text[lo:nxt] for ch in ZH_SENTENCE_ENDS):
        return None
    return zh_clause_opener(text, lo, nxt - 1)


# How long the clause between the two parts of an interrupted quote may be (王明停顿了一下，).
_PAUSE = 16


def _zh_touching(text: str, sp: Span, s: int, cues: Cues) -> tuple[Who | None, str | None]:
    """张近东提出“…”, 张华告诉记者：“…”: a cue touching the quote (past its listener) wins."""
    for k in cues.between(max(s, sp.open - 2 - RZ.LISTENER_SIZE), sp.open):
        gap = text[cues.ends[k] : sp.open]
        touches = gap.strip("：:，, ") == "" and sp.open - cues.ends[k] <= 2
        told = to_simplified(cues.words[k]) in RZ.LISTENER_CUES | RZ.ASKING_CUES
        listener = told and gap.endswith(("：", ":", "，")) and not any(ch in gap[:-1] for ch in _CLAUSE_MARKS)
        negated = to_simplified(text[cues.starts[k] - 1 : cues.starts[k]]) in QZ.ZH_NEGATIONS
        if (touches or listener) and not negated:
            who = zh_subject_before(text, s, cues.starts[k])
            if who is not None:
                who = _chained_subject(text, s, cues.starts[k], who)
                asker = zh_agent_asking(text, s, cues.starts[k]) if listener and not who.mention else None
                return asker or who, cues.words[k]  # (…，被一名大叔推醒，直问他：“…”: the agent asks)
    return None, None


# What ends a clause between a cue of telling and its quote: past its listener, none (告诉记者：“…”; not
# 告诉记者，王明…，拿起电话说：“…”, whose quote has a cue of its own).
_CLAUSE_MARKS = ZH_CLAUSE_MARKS + ",:;"  # (and the half-width comma, colon, semicolon)


def _chained_subject(text: str, s: int, cue: int, who: Who) -> Who:
    """王明走进房间，对妻子说：“…”: a cue whose clause leaves its subject out goes on with the person opening the
    clause before it in the sentence (not a reporter further back: 李华回忆，王明…，对妻子说); ``who`` otherwise, and
    when an adverb of saying again or a word of adding stands before the cue (王明说，…，李华…，又说; 同时指出: the
    reporter speaks again)."""
    if who.mention or who.kind != "pronoun":
        return who
    comma = text.rfind("，", s, cue)
    lead = to_simplified(text[comma + 1 : cue])
    if comma <= s or any(ch in CUE_ADVERBS for ch in lead) or any(w in lead for w in QZ.ZH_ADDING_LEADS):
        return who
    for n in range(_CHAIN_CLAUSES):  # (王明走进房间，坐下来，对妻子说: past a clause with no subject either)
        lo = _zh_last_clause(text, s, comma + 1)
        opener = zh_clause_opener(text, lo, comma)
        kind = zh_kind_opener(text, lo, comma) if opener is None and n == 0 else None
        if kind is not None:  # (李华回忆，那年村干部来到他家，问他“…”: the one who came asks, not the one recalling;
            return kind  # only the clause right before: past a passive one, 遭到一名老伯大罵，直問女生, its agent asks)
        if opener is not None or lo <= s or not _opens_with_verb(text, lo, comma):
            return opener if opener is not None and opener.kind == "person" else who
        comma = lo - 1
    return who


def _opens_with_verb(text: str, lo: int, hi: int) -> bool:
    """Does the clause ``text[lo:hi]`` open with a verb past its adverbs and time words (坐下来, 随即站起来): a clause
    that leaves its subject out too?"""
    toks = [t for t in segmenter.tag(text[lo:hi]) if t.tag not in _ZH_LEAD_TAGS]
    return bool(toks) and toks[0].tag.startswith("v")


# How many clauses back a left-out subject is looked for.
_CHAIN_CLAUSES = 3


def _zh_after(text: str, sp: Span, cues: Cues) -> tuple[Who | None, str | None]:
    """“…”王凯说 : the first cue after the quote, in its sentence, unless it opens a quote of its own
    (“…。”他的同事刘明补充说：“…”)."""
    if sp.close is None:
        return None, None
    lo = past_dash(text, sp.close + 1)
    for k in cues.between(lo, min(len(text), lo + ZH_NEAR)):
        gap = text[lo : cues.starts[k]]
        if any(ch in gap for ch in ZH_SENTENCE_END_OR_QUOTE_OPENING) or text.startswith(_ZH_QUOTE_INTROS, cues.ends[k]):
            break
        if zh_negated(text, cues.starts[k]):
            continue  # “…”一位不愿|透露|姓名的工作人员说: what the speaker would not disclose reports nothing
        if _topic_frame_at(text, cues, k):
            continue  # “…”提到儿子，林女士十分欣慰。: the cue frames a topic, someone after it may speak
        who = zh_subject_before(text, lo, cues.starts[k])
        if who is not None:
            return _framed_subject(text, cues, k, who), cues.words[k]
        break
    return None, None


def _zh_after_unless_reporting(text: str, sp: Span, s: int, cues: Cues) -> tuple[Who | None, str | None]:
    """The speaker and cue after the quote (see _zh_after), unless the quote ends its sentence and that cue reports
    a clause of its own while a cue before the quote has a subject (他表明…，“…。”日媒也称有…): then that one."""
    after = _zh_after(text, sp, cues)
    if after[0] is not None and _closed_before_report(text, sp, cues):
        before = _zh_before(text, sp, s, cues)
        if before is not None and before[0] is not None:
            return before
    return after


def _closed_before_report(text: str, sp: Span, cues: Cues) -> bool:
    """Does the quote end with a stop inside its marks (“…。”) and the first cue after it report a clause of its own
    (日媒也称有…, 外媒称，有…), no words of the quote's split (，“…”) nor the end of the sentence after it?"""
    if sp.close is None or text[sp.end - 1 : sp.end] not in ZH_SENTENCE_END_SET:
        return False
    k = next(iter(cues.between(sp.close + 1, min(len(text), sp.close + 1 + ZH_NEAR))), None)
    if k is None:
        return False
    end = cues.ends[k]
    return text[end : end + 1] not in ZH_SENTENCE_OR_TEXT_ENDS and text[end : end + 2] not in _ZH_SPLIT_GOES_ON


def _framed_subject(text: str, cues: Cues, k: int, who: Who) -> Who:
    """“…”回忆起那一夜，王明…: a cue (``k``) right after a quote with no subject of its own frames the clause after it,
    whose subject (the person opening it, or the subject of the cue of that clause: 回忆起当年，老人感慨万千) is the
    one who said the words; else ``who`` as it was."""
    if who.mention or who.kind != "pronoun":
        return who
    cue_end = cues.ends[k]
    comma = text.find("，", cue_end, cue_end + _AFTER_SIZE)
    if comma < 0 or any(ch in text[cue_end:comma] for ch in ZH_CLAUSE_STOP_OR_QUOTE_OPENING):
        return who
    return _zh_subject_after(text, comma + 1) or _framed_cue_subject(text, cues, k + 1, comma + 1) or who


def _framed_cue_subject(text: str, cues: Cues, k: int, lo: int) -> Who | None:
    """The person or the one described (老人, 村民) before cue ``k`` when it stands in the clause at ``lo``, after a
    frame (回忆起当年，老人感慨万千): the subject of that cue; None when the next cue is in no such clause."""
    if k >= len(cues.starts) or cues.starts[k] <= lo:
        return None
    between = text[lo : cues.starts[k]]
    if "，" in between or any(ch in between for ch in ZH_CLAUSE_STOP_OR_QUOTE_OPENING):
        return None
    who = zh_subject_before(text, lo, cues.starts[k])
    return who if who is not None and who.kind in ("person", "desc") and who.start >= lo else None


def _zh_short_before_speaker(text: str, sp: Span, s: int, cues: Cues) -> tuple[Who | None, str | None]:
    """“不行”，王明说。: a short quote heading its sentence, its speaker and cue right after it making the
    rest of the sentence (not “欢迎”二字王明说过很多次, where other words stand between)."""
    if sp.close is None or char_before(text, s, sp.open) not in ("", ":", "："):
        return None, None
    lo = past_dash(text, sp.close + 1)
    lo += text[lo : lo + 1] in ZH_COMMA_FORMS
    who, cue = _zh_after(text, sp, cues)
    if who is None or cue is None or who.start != lo:
        return None, None
    end = text.find(cue, lo) + len(cue)
    if to_simplified(cue) in RZ.LISTENER_CUES:  # (他告诉记者。: past the listener)
        end += next((k for k in range(RZ.LISTENER_SIZE) if text[end + k : end + k + 1] in ZH_SENTENCE_OR_TEXT_ENDS), 0)
    end += text[end : end + 1] in ("着", "著")  # (他反复说着。, 他反復說著。: the cue goes on, nothing after it)
    if text[end : end + 1] in ZH_SENTENCE_OR_TEXT_ENDS or text[end : end + 2] in _ZH_SPLIT_GOES_ON:
        return who, cue  # (“…”，王警官说，“…”: the speaker splits their words, both parts are theirs)
    return None, None


# What follows the cue of a quote split by its speaker: the second part (，“…”).
_ZH_SPLIT_GOES_ON = frozenset(("，“", "，「", ",“", "：“", "：「"))


def _zh_before(text: str, sp: Span, s: int, cues: Cues) -> tuple[Who | None, str | None] | None:
    """The speaker and the latest cue before the quote in its sentence with a subject (not one framing a
    topic); None when a negated cue comes first: nobody says the quote."""
    for k in cues.last(s, sp.open):
        if to_simplified(text[cues.starts[k] - 1 : cues.starts[k]]) in QZ.ZH_NEGATIONS:
            return None
        if _used_by_quote_between(text, cues.ends[k], sp.open):
            return None, None  # 王明说：“…”他的同事李华却很乐观：“…”: that cue has its quote, a new clause follows
        if _topic_frame_at(text, cues, k):
            continue  # 谈到这里，王明心情激动：“…”: the cue frames a topic, someone after it speaks
        who = zh_subject_before(text, s, cues.starts[k])
        if who is not None:
            chained = _introducing_subject(text, s, sp, cues.ends[k])
            return (who, cues.words[k]) if chained is None else (chained, None)
    return None, None


def _introducing_subject(text: str, s: int, sp: Span, after: int) -> Who | None:
    """李华回忆，王明走进房间，摇了摇头：“…”: the person the clause introducing the quote with a colon goes on with
    when that clause leaves its subject out and a clause of that person's stands between it and an earlier cue;
    None otherwise (the earlier cue's subject speaks; after a comma too: …，摇了摇头，“…” lowered the check half)."""
    mark = space_before(text, s, sp.open) - 1
    if mark <= after or text[mark] not in ZH_COLONS or text.rfind("，", after, mark) < 0:
        return None
    lo = _zh_last_clause(text, s, mark + 1)
    if not _opens_with_verb(text, lo, mark):
        return None
    chained = _chained_subject(text, s, mark, Who("", "pronoun", start=lo))
    return chained if chained.mention else None


def _used_by_quote_between(text: str, end: int, opening: int) -> bool:
    """Does a quote stand between a cue ending at ``end`` and the quote opening at ``opening``, with a clause of
    its own after it that introduces this quote with a colon (…说：“…”|李华却很乐观：)? Then the cue introduced
    that quote, not this one (王明说：“…”，“…” goes on with it: only a mark stands between)."""
    close = max(text.rfind("”", end, opening), text.rfind("」", end, opening))
    gap = text[close + 1 : opening].rstrip()
    return close >= 0 and gap.endswith(ZH_COLON_FORMS) and any(is_cjk_char(ch) for ch in gap)


def _topic_frame_at(text: str, cues: Cues, k: int) -> bool:
    """Is cue ``k`` a cue of mentioning that frames a topic with its object before a comma (谈到这里，,
    说|到这里，)?"""
    word, end = cues.words[k], cues.ends[k]
    if to_simplified(word + text[end : end + 1]) in RZ.TOPIC_CUES:
        word, end = word + text[end], end + 1  # (说 and its complement 到)
    comma = text.find("，", end, end + _TOPIC_LOOK)
    return comma > 0 and zh_topic_frame(word, to_simplified(text[end:comma]))


# How far after a cue the comma closing a frame of topic is looked for.
_TOPIC_LOOK = 9


# What follows a cue that introduces a quote of its own.
_ZH_QUOTE_INTROS: tuple[str, ...] = ("：“", ":“", "：「", "：『", ':"')


def _zh_adjacent(text: str, sp: Span, s: int, cues: Cues) -> tuple[Who | None, str | None]:
    """A short quote counts only when its cue stands right before it (表示：“…”), or a cue of telling or asking past
    its listener (告诉记者，“…”, 问李华：“…”): the subject before that cue and the cue; (None, None) otherwise."""
    if zh_term_heading_clause(text, sp):
        return None, None  # 指出，“双减”政策实施以来…: the name of a policy heading the reported clause
    for k in cues.between(max(0, sp.open - 2 - QZ.ZH_LONGEST_CUE), sp.open):
        if sp.open - cues.ends[k] <= 2 and text[cues.ends[k] : sp.open].strip("：:，,") == "":
            if zh_negated(text, cues.starts[k]):
                return None, None  # 他并没有说“辞职”: a cue denied reports no words
            who = zh_subject_before(text, 0, cues.starts[k])
            return (_chained_subject(text, s, cues.starts[k], who) if who else who), cues.words[k]
    who, cue = _zh_touching(text, sp, 0, cues)
    told = cue is not None and to_simplified(cue) in RZ.LISTENER_CUES | RZ.ASKING_CUES
    return (who, cue) if told else (None, None)


def zh_unnamed_source(text: str, sp: Span, s: int) -> Who | None:
    """就有村民问询进度，“…”: an unnamed source introduced before the quote, not the last speaker."""
    lo = max(s, sp.open - ZH_NEAR)
    unnamed = QZ.ZH_UNNAMED_RE.search(to_simplified(text[lo : sp.open]))
    if unnamed is None:
        return None
    word = text[lo + unnamed.start(1) : lo + unnamed.end(1)]  # (as the page writes it)
    return Who(word, "desc", role=word, start=lo + unnamed.start(1))


def zh_owned_call(b: BlockView, sp: Span, s: int) -> tuple[Who, str] | None:
    """王明的回答是：“…”, 她的回应只有一句：“…”: the owner of a noun of speech right before the quote, and that noun."""
    text = b.text
    lo = max(s, sp.open - _OWNED_SIZE)
    m = QZ.ZH_OWNED_SPEECH_RE.search(to_simplified(text[lo : sp.open]))
    if m is None or _judged_fragment(text, sp, m.end() - m.end(1)):
        return None
    at = lo + m.start()
    who = zh_subject_before(text, _zh_last_clause(text, s, at + 1), at)  # (the owner in the clause of 的)
    if who is None or who.kind not in ("person", "org", "pronoun") or not who.mention:
        return None
    return who, text[lo + m.start(1) : lo + m.end(1)]


def _judged_fragment(text: str, sp: Span, link: int) -> bool:
    """Is the quote ``sp`` a fragment set right after a noun of speech with no link (``link``: the characters of 是 or
    a mark between them, none), no sentence ending inside it (行政院的说法“前后矛盾”): the words judge the owner's
    words, in the writer's or another speaker's sentence, and are none of the owner's (Session 60)."""
    return link == 0 and text[sp.start : sp.end][-1:] not in ZH_SENTENCE_ENDS


# How much before a quote the owned noun of speech (的回答是：) is read in.
_OWNED_SIZE = 12


def zh_nearby(b: BlockView, sp: Span) -> tuple[Who | None, str | None]:
    """A fragment inside a sentence without a cue of its own is the words of the subject of the
    nearest cue before it in the sentence (尚腊边呼吁大家“自觉抵制谣言”), unless that cue is negated; a
    fragment after 的 is a term (他表示已将瑞丽视作自己的“第二故乡”: no quote), and no cue in a clause of time before it
    reports it (他说这些话时“眼眶都红了”)."""
    text, cues = b.text, b.cues
    if not fragment_speaks(text, sp) and not predicate_speaks(text, sp):
        return None, None
    s, _ = b.sentences.around(sp.open)
    for k in cues.last(s, sp.open)[:1]:
        before = to_simplified(text[max(0, cues.starts[k] - 2) : cues.starts[k]])
        if before[-1:] in QZ.ZH_NEGATIONS or before in QZ.ZH_NEGATIONS:
            return None, None
        if zh_when_clause(text, cues.ends[k], cues.words[k], sp.open):
            return None, None  # 他说这些话时“眼眶都红了”: the cue is in a clause of time, the fragment tells a look
        who = zh_subject_before(text, s, cues.starts[k])
        if who is not None:
            return _chained_subject(text, s, cues.starts[k], who), cues.words[k]
    if not cues.last(s, sp.open) and char_before(text, s, sp.open) == "，":
        return _zh_sentence_subject(text, s, sp), None  # 万秀玲全盘否认，“我到现在都蒙在鼓里”
    return None, None
