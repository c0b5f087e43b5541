"""Who a Chinese 他/她 (or a quote without a cue) stands for: the person named before it
(王明谈到了李华的研究。他说… -> 王明), or an unnamed description (:mod:`.unnamed_zh`: 一旁休息的救援人员点了枝烟，
“…”，他说 -> 救援人员, nobody named).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ...lexicon import quotes_zh as QZ
from ...lexicon import reporting_zh as RZ
from ...lexicon.bodies_zh import PARTY
from ...lexicon.cue_words_zh import EXAMPLE_LEADS, NAMING_VERBS, SPEECH_NOUNS
from ...lexicon.function_words_zh import AGENT_OF_HANDLING, LOCALISERS
from ...lexicon.people_nouns_zh import KIN_NOUNS, PEOPLE_END_CHARS, WRITER_WORDS
from ...lexicon.pos_tags_zh import ASPECT_TAGS, NAME_TAGS
from ...lexicon.punctuation_zh import (
    ZH_BOUNDARY,
    ZH_CLAUSE_BREAKS,
    ZH_COLONS,
    ZH_COMMA_FORMS,
    ZH_MAIN_OPENING_MARKS,
    ZH_SENTENCE_ENDS,
)
from ...lexicon.quote_patterns import ZH_OPENING_MARKS
from ...lexicon.time_words_zh import EACH_TIME_WORDS, TIME_CLAUSE_ENDS, TIME_FRAME_ENDS, TIME_FRAME_LEADS
from ...text import last_of, run_start
from .. import segmenter
from .dotted_zh import ZH_DOTS_RE
from .name_tokens_zh import glossed_name, modified_noun, person_at
from .names_without_surname_zh import pieces_start
from .names_zh import credited_writer_at, person_word, surnamed_name
from .phrases_zh import page_form, simplified_subject_before
from .predicate_zh import predicate_cut
from .reported_zh import in_reported_sentence
from .reported_zh import reported_clause as _reported_clause
from .sex_zh import PRONOUN_SEX, sex_of
from .unnamed_zh import OWNED_ENDS
from .unnamed_zh import UNNAMED_REACH as UNNAMED_REACH
from .unnamed_zh import zh_unnamed_antecedent as zh_unnamed_antecedent

# How far back (characters) a pronoun's antecedent is looked for, and how many named people are weighed.
_ZH_ANTECEDENT_REACH = 400
_ZH_ANTECEDENTS = 4


def zh_subject_named_before(known: Sequence[str], text: str, pos: int, sex: str | None = None) -> str | None:
    """The person a 他/她 at ``pos`` stands for, or who says a quote at ``pos`` that has no cue of its
    own (see :func:`_subject_named_before`); traditional characters are read as simplified ones and
    the name comes back as the page (or ``known``) writes it. ``sex`` is the pronoun's when it stands
    elsewhere (at the end of the paragraph before a 她), else the one at ``pos`` tells it."""
    at = max(0, pos - _ZH_ANTECEDENT_REACH)  # all that is read
    window = text[at:pos]
    simp = segmenter.to_simplified(window)
    sex = sex or PRONOUN_SEX.get(text[pos : pos + 1])
    if simp is window:
        return _subject_named_before(known, window, len(window), sex)
    plain = [segmenter.to_simplified(name) for name in known]
    found = _subject_named_before(plain, simp, len(window), sex)
    if found is None or found not in plain:
        return page_form(found, simp, window) if found is not None else None
    return known[plain.index(found)]


def _subject_named_before(known: Sequence[str], text: str, pos: int, sex: str | None = None) -> str | None:
    """:func:`_named_subject_before` among the people ``text`` gives no other sex than ``sex`` (a
    他 is not 王女士); when it names none and a person of the other sex was set aside, the latest
    named of the others (the caller would take the latest of all)."""
    if sex is None:
        return _named_subject_before(known, text, pos, sex)
    fits = [name for name in known if sex_of(text, name) in (None, sex)]
    found = _named_subject_before(fits, text, pos, sex)
    if found is not None and sex_of(text, found) is None:
        at = text.rfind(found, 0, pos)
        if at < 0:
            return found
        end = at + len(found) - 1  # the name's last character: its tail is no other person (阿米娜 is not 米娜)
        return _sexed_after(text, pos, sex, end) or _sexed_after(text, pos, sex, _sentence_before(text, at)) or found
    return found if found is not None or len(fits) == len(known) else zh_latest_named(fits, text, pos)


def _sentence_before(text: str, at: int) -> int:
    """Where the sentence holding ``at`` opens, less one (the mark ending the one before it, or -1 at the text's
    start): 赵丽和陈刚一起来到工地。她说… -> 赵丽, the person of the pronoun's sex named with 陈刚, whose sex is not
    told, before him in his sentence."""
    return last_of(text, ZH_SENTENCE_ENDS, 0, at)


def _sexed_after(text: str, pos: int, sex: str, after: int) -> str | None:
    """The last person named after ``after`` in the sentence before ``pos`` whom the text gives the sex
    of the pronoun (王明带着妻子李华回到老家。她说… -> 李华: 她 is not 王明, whose sex is not told)."""
    lo = max(after + 1, pos - _ZH_NEW_SUBJECT_REACH)
    stop = last_of(text, ZH_SENTENCE_ENDS, lo, pos)
    if stop < 0:
        return None
    window = text[lo:stop]
    for t in reversed(segmenter.tag(window)):
        person = surnamed_name(t)
        if person and not _in_quote(window, 0, t.start) and sex_of(window, t.word) == sex:
            return None if _reported_clause(window, last_of(window, ZH_BOUNDARY, 0, t.start) + 1, 0) else t.word
    return None


def _named_subject_before(known: Sequence[str], text: str, pos: int, sex: str | None) -> str | None:
    """The person a 他/她 at ``pos`` stands for: among the known people named last before it, the
    latest named as the subject of a clause (王明谈到了李华的研究。他说… -> 王明, not 李华, who is
    named inside the clause), or a person named as the subject of the sentence just before, later
    than any of them (市长李明来到现场。他表示… -> 李明, though 李明 spoke nowhere). None when there is
    no such subject (the caller then takes the latest known)."""
    introduced = _introduced_by_colon(text, pos)
    if introduced is not None:
        return introduced
    lo = max(0, pos - _ZH_ANTECEDENT_REACH)
    found = sorted(((text.rfind(ZH_DOTS_RE.split(name)[-1], lo, pos), name) for name in known), reverse=True)
    subject, subject_at = None, -1
    for at, name in found[:_ZH_ANTECEDENTS]:
        if at < 0:
            break
        if _in_quote(text, lo, at) or credited_writer_at(text, at):
            continue  # named inside a quote (someone's words name them) or as the writer: no antecedent
        if _named_as_subject(text, at, len(ZH_DOTS_RE.split(name)[-1]), lo):
            subject, subject_at = name, at
            break
    new = _new_subject_before(text, pos, sex)
    latest = found[0][0] if found and not _in_clause_of(text, new, found[0][0]) else -1
    if new is not None and new[1] > max(subject_at, latest):
        return next((name for name in known if name.endswith(new[0])), new[0])
    return subject


def _in_clause_of(text: str, new: tuple[str, int] | None, at: int) -> bool:
    """Is the name at ``at`` inside the clause the new subject opens (王华认识|李明…, 王华把|李明…): its
    object, not a later topic?"""
    return new is not None and new[1] < at and not any(ch in ZH_BOUNDARY for ch in text[new[1] : at])


def zh_body_before(text: str, pos: int, short_body: Callable[[str], bool] | None = None) -> str | None:
    """The organisation a 其 at ``pos`` stands for: the subject of the clause just before it, when that is a body
    (华为公司昨日发布声明。其称… -> 华为公司), or a subject ``short_body`` tells is one (中大 for 中文大学, which jieba
    reads as two characters); None when it is a person or no subject is written there (the named antecedents decide
    then). 其 is "he, she or it": a body is spoken for by it as often as a person."""
    lo, end = clause_before(text, pos)
    clause = segmenter.to_simplified(text[lo:end])
    reach = max(0, lo - _ZH_ANTECEDENT_REACH)
    if not clause or _in_quote(text, reach, lo) or in_reported_sentence(segmenter.to_simplified(text[:end]), lo, reach):
        return None  # (王明回应称，|公司已经整改。其…: the body is named in 王明's words, 其 is 王明)
    toks = segmenter.tag(clause)
    # (a set phrase is a predicate too: jieba tags 发表声明, 接受采访 "l")
    verb = next((i for i, t in enumerate(toks) if t.tag.startswith(("v", "p")) or t.tag == "l"), 0)
    if verb == 0 or any(person_word(t) or t.word.startswith(AGENT_OF_HANDLING) for t in toks[:verb]):
        return None  # (这批物资由县红十字会统一调配，|预计…: a thing handled, no body speaking)
    who = simplified_subject_before(clause, 0, toks[verb].start)
    if who is None or not (who.kind == "org" and body_head(who.mention) or short_body and short_body(who.mention)):
        return None
    at = clause.find(who.mention, who.start)  # (the mention may start after the clause's first words: 这批|物资)
    return text[lo + at : lo + at + len(who.mention)] if at >= 0 else None


def clause_before(text: str, pos: int) -> tuple[int, int]:
    """The clause before the comma that precedes a cue with no subject at ``pos`` (linking adverbs between them
    skipped: ，并表示), as [lo, end), at most _BODY_REACH characters."""
    end = _before_linking_adverbs(text, pos)
    while end > 0 and text[end - 1] in _CLAUSE_MARKS:
        end -= 1
    return max(0, end - _BODY_REACH, last_of(text, _CLAUSE_MARKS, max(0, end - _BODY_REACH), end) + 1), end


def _before_linking_adverbs(text: str, pos: int) -> int:
    """Where the clause with no subject at ``pos`` starts when only adverbs and conjunctions stand between its
    comma and ``pos`` (市卫生局发布通知，|并|表示…, ，|同时|指出…): they link it to the clause before; ``pos``
    otherwise."""
    lo = last_of(text, _CLAUSE_MARKS, max(0, pos - _LINKING_REACH), pos) + 1
    if lo <= 0 or lo >= pos:
        return pos
    toks = segmenter.tag(segmenter.to_simplified(text[lo:pos]))
    return lo if toks and all(t.tag in _LINKING_TAGS for t in toks) else pos


# How many characters of linking words may stand between a clause's comma and its cue, and their tags.
_LINKING_REACH = 4
_LINKING_TAGS = frozenset("c d".split())


def body_head(name: str) -> bool:
    """Does ``name`` end as a body's name does (公司, 委员会, 局; a word tagged an organisation), or name a party to
    something by one character and 方 (警方, 校方)?"""
    if len(name) == 2 and name.endswith(PARTY):
        return True
    toks = segmenter.tag(name)
    return name.endswith(QZ.ZH_ORG_SUFFIXES) or bool(toks) and toks[-1].tag == "nt"


# The marks that end the clause before a 其, and how far back (characters) that clause may start.
_CLAUSE_MARKS = ZH_CLAUSE_BREAKS + ",;"  # (and their half-width forms)
_BODY_REACH = 40


def zh_writer_object(text: str, pos: int) -> str | None:
    """The person a 他/她 at ``pos`` stands for when the clause before it has the writer as its subject and
    names one person (记者昨日致电陳大文，他表示… -> 陳大文): the writer is never 他; None otherwise."""
    lo = max(0, pos - _WRITER_REACH)
    clause = text[max(lo, last_of(text, ZH_SENTENCE_ENDS, lo, pos) + 1) : pos]
    plain = segmenter.to_simplified(clause)
    toks = segmenter.tag(plain)
    if not toks or toks[0].word not in WRITER_WORDS or any(ch in plain for ch in ZH_MAIN_OPENING_MARKS):
        return None
    people = [t for t in toks if person_word(t)]
    return clause[people[0].start : people[0].end] if len(people) == 1 else None


# How far back the writer's clause before a pronoun is read.
_WRITER_REACH = 60


def zh_latest_named(known: Sequence[str], text: str, pos: int) -> str | None:
    """The name of ``known`` written last in the clauses before ``pos`` (within reach), outside quotes."""
    lo = max(0, pos - _ZH_ANTECEDENT_REACH)
    found = max(((text.rfind(name, lo, pos), name) for name in known), default=(-1, ""))
    at = found[0]
    return found[1] if at >= 0 and not _in_quote(text, lo, at) and not credited_writer_at(text, at) else None


def zh_person_named_before(text: str, pos: int) -> str | None:
    """The person a 他/她 at ``pos`` stands for when no subject before it is one (对于王建国来说，这是个艰难的决定。
    他表示…, 这件事让王建国很生气。他…): the last person's name in the words before it (bounded), outside quotes
    and other people's words, not the writer, of no other sex than the pronoun's. None if none."""
    lo = max(0, pos - _ZH_NEW_SUBJECT_REACH)
    window = segmenter.to_simplified(text[lo:pos])
    sex = PRONOUN_SEX.get(text[pos : pos + 1])
    toks = segmenter.tag(window)
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        person = person_at(toks, i) or glossed_name(window, t)
        if not person or i > 0 and modified_noun(toks[i - 1], t) or _in_quote(window, 0, t.start):
            continue
        clause = last_of(window, ZH_BOUNDARY, 0, t.start) + 1
        if credited_writer_at(window, t.start) or in_reported_sentence(window, clause, 0):
            continue
        if sex is None or sex_of(window, t.word) in (None, sex):
            # (她 after 儿子王明 is passed over; a name in pieces is read whole: 格桑/多吉)
            return text[lo + pieces_start(window, toks, t.start, t.end) : lo + t.end]
    return None


def _in_quote(text: str, lo: int, at: int) -> bool:
    """Is ``at`` inside a quote opened after ``lo``, or inside an aside in brackets (至少16人（不包括其母刘芳）:
    a person mentioned by the way, no one the article goes on with)?"""
    opened = max(text.rfind("“", lo, at), text.rfind("「", lo, at))
    aside = text.rfind("（", lo, at)
    return opened > max(text.rfind("”", lo, at), text.rfind("」", lo, at)) or aside > text.rfind("）", lo, at)


def _introduced_by_colon(text: str, pos: int) -> str | None:
    """The person or organisation whose clause introduces the quote at ``pos`` with a colon and no
    verb of saying (市民王女士：“…”, 国家统计局：“…”): the clause before the colon is the speaker."""
    colon = pos
    while colon > 0 and text[colon - 1] in _ZH_OPENING_MARKS:
        colon -= 1
    if colon == 0 or text[colon - 1] not in ZH_COLONS:
        return None
    start = run_start(text, ZH_BOUNDARY, max(0, colon - 40), colon - 1)
    end = _speech_owner_end(text, start, colon - 1)
    if end is None and not _noun_clause(text[start : colon - 1]):
        toks = segmenter.tag(text[start : colon - 1])
        cut = predicate_cut(toks)
        if cut is None:
            return None  # 标语写着：, 原因有二：: no person says it
        end = start + toks[cut].start  # 张伟反问：, 李华在微博上写下：
    who = simplified_subject_before(text, start, colon - 1 if end is None else end)
    return who.mention if who is not None and who.kind in ("person", "org") and who.mention else None


def _speech_owner_end(text: str, start: int, end: int) -> int | None:
    """Where the owner ends in 张伟的回答是 (…的 + a noun of speech + 是/为), else None."""
    toks = segmenter.tag(text[start:end])
    if len(toks) >= 3 and toks[-1].word in ("是", "为"):
        toks = toks[:-1]
    if len(toks) >= 3 and toks[-1].word in SPEECH_NOUNS and toks[-2].word == "的":
        return start + toks[-2].start
    return None


def _noun_clause(clause: str) -> bool:
    """Is ``clause`` only a noun phrase: a noun or a name last, no verb after its last 的 (nor a particle of aspect,
    which follows a verb whatever jieba tags it: 叹/zg 了口气)?"""
    toks = segmenter.tag(clause)
    if not toks or not toks[-1].tag.startswith(("n", "j")):
        return False
    owner = max((i for i, t in enumerate(toks) if t.tag == "uj"), default=-1)
    rest = toks[owner + 1 :]
    verb = ("v", "d", "p", "a")
    return not any(t.tag.startswith(verb) or t.tag in ASPECT_TAGS or t.word in RZ.VERBS_TAGGED_OTHERWISE for t in rest)


# A space of either width or a Chinese opening mark (“「『 or the straight one), skipped back over from a colon.
_ZH_OPENING_MARKS = frozenset(" \u3000") | ZH_OPENING_MARKS


# How far back (characters) a person named as a subject but never quoted is looked for.
_ZH_NEW_SUBJECT_REACH = 120


def _new_subject_before(text: str, pos: int, sex: str | None = None) -> tuple[str, int] | None:
    """The last person name (a surname and a given name, or a dotted name) that is a clause's subject
    in the ``_ZH_NEW_SUBJECT_REACH`` characters before ``pos``, with where it starts."""
    lo = max(0, pos - _ZH_NEW_SUBJECT_REACH)
    window = text[lo:pos]
    toks = segmenter.tag(window)
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        if (
            (person_at(toks, i) or glossed_name(window, t))
            and not (i > 0 and modified_noun(toks[i - 1], t))  # 几次|洪水/nr: a thing counted, no name
            and not _in_quote(window, 0, t.start)  # (named in someone's words: no subject of the article's)
            and _opens_clause(toks, i, window)
            and not _owns_person(window, t.end)
            and not credited_writer_at(window, t.start)
            and (sex is None or sex_of(window, t.word) in (None, sex))
        ):
            at = pieces_start(window, toks, t.start, t.end)
            return window[at : t.end], lo + at
    return None


def _opens_clause(toks: Sequence[segmenter.Token], i: int, window: str) -> bool:
    """:func:`_named_as_subject` read on the words already tagged (of ``window``): no verb nor
    preposition between the clause start and ``toks[i]``, and no verb of saying before the clause."""
    j = i
    while j > 0 and toks[j - 1].word[0] not in ZH_BOUNDARY:
        j -= 1
    if _predicate_before(toks[j:i]) and not _frame(toks[j:i]) and not _opens_described(toks, j, i, window):
        return False
    return j == 0 or not in_reported_sentence(window, toks[j].start, 0)


def _predicate_before(toks: Sequence[segmenter.Token]) -> bool:
    """Do ``toks`` (a clause up to a name) hold a verb or a preposition, the name being inside a predicate?
    A kin noun is none, whatever jieba tags it (张强的邻居/v|刘芳), nor the writer's verb (see
    :func:`_writer_object`); nor a verb of naming right before the name (这起事故的司机名叫|张伟: the name is
    the subject's)."""
    if _writer_object(toks) or toks and toks[-1].word in NAMING_VERBS or _described_by_verb(toks):
        return False
    if any(t.tag in ASPECT_TAGS for t in toks[1:]):
        return True  # 张律师代理/n|了|王明的案子: a word before 了, 着 or 过 is a verb, whatever jieba tags it
    return any(
        t.tag.startswith(("v", "p")) and t.word not in EXAMPLE_LEADS and t.word not in KIN_NOUNS for t in toks
    )


def _described_topic(toks: Sequence[segmenter.Token], text: str, end: int) -> bool:
    """Is the name ending at ``end`` a clause of its own after a relative clause that describes it (刚到公司没多久的|
    周云|，): the topic the sentence goes on with? ``toks`` are the clause's words before the name; a verb among them
    modifies it, it is no predicate the name is the object of (批评了市政府的李四)."""
    if _frame(toks):
        return True  # 在会上|王明指出: a phrase of place or time before the subject, no predicate
    if not toks or toks[-1].tag != "uj" or any(t.tag in ASPECT_TAGS for t in toks):
        return False
    return text[end : end + 1] in ZH_COMMA_FORMS


def _described_subject(toks: Sequence[segmenter.Token], text: str, end: int) -> bool:
    """Is the name ending at ``end`` the subject of a sentence ``toks`` open with a relative clause that describes
    it, maybe with a noun of the kind of person after the 的 (家住城关镇的|李秀芳今年68岁, 返乡创业的大学生|邓佳怡
    今年…), a predicate opening right after the name? A verb with an aspect among ``toks`` is a predicate the name
    is the object of (看望了住院的李四)."""
    if any(t.tag in ASPECT_TAGS for t in toks):
        return False
    k = len(toks)
    while k > 0 and len(toks) - k < _PEOPLE_NOUNS and _people_noun(toks[k - 1]):
        k -= 1  # 返乡创业的|大学生|邓佳怡: a noun of the kind of person between the relative clause and the name
    return k > 0 and toks[k - 1].tag == "uj" and _predicate_opens(text, end)


def _people_noun(t: segmenter.Token) -> bool:
    """Is ``t`` a noun of a kind of person (大学生, 种植户, 农技员), no name?"""
    return t.tag.startswith("n") and t.tag not in NAME_TAGS and t.word.endswith(PEOPLE_END_CHARS)


def _predicate_opens(text: str, end: int) -> bool:
    """Does a predicate start right after the name ending at ``end`` (家住城关镇的李秀芳|今年68岁, 来自河南的王建国|
    已经…, …的李阿姨|每天都…): a time word or an adverb, so the name is the subject the relative clause before it
    describes? (a verb may take the name as a pivot: 欢迎来访的李四参观)"""
    toks = segmenter.tag(text[end : end + _PREDICATE_HEAD])
    return bool(toks) and (toks[0].tag in _PREDICATE_OPENING_TAGS or toks[0].word in EACH_TIME_WORDS)


# How much after a name is read for the word opening a predicate, how many nouns of a kind of person may stand
# between the 的 and the name, and the tags of the word opening a predicate (words of how often: EACH_TIME_WORDS).
_PREDICATE_HEAD = 4
_PEOPLE_NOUNS = 2
_PREDICATE_OPENING_TAGS = frozenset("t d".split())


def _frame(toks: Sequence[segmenter.Token]) -> bool:
    """Do ``toks`` open with 在 or 当 and end with a localiser, a time word or 时 (在会上, 当被问及此事时): a frame of
    place or time, no predicate?"""
    reportedly = len(toks) == 1 and toks[0].word.startswith("据") or len(toks) == 2 and toks[0].word == "据"
    if reportedly and toks[-1].tag.startswith(("v", "p")):
        return True  # 据悉|王明…, 据了解|王明…: reportedly, no predicate the name is the object of
    if len(toks) >= 2 and toks[0].tag == "p" and all(t.tag == "r" for t in toks[1:]):
        return True  # 对/p 此事/r|王明…, 针对此事: about this, a frame of topic
    last = toks[-1].word if toks else ""
    ends_time = last in TIME_CLAUSE_ENDS or last[-1:] in ("后", "时") and toks[-1].tag not in NAME_TAGS  # (家时/ng)
    if len(toks) >= 2 and ends_time and toks[0].tag.startswith("v"):
        return True  # 见到王明后|李华…, 回到家时|李华…: a clause of time with no subject of its own
    if len(toks) < 2 or toks[0].word not in TIME_FRAME_LEADS:
        return False
    last = toks[-1].word
    return toks[-1].tag in ("f", "t") or last in TIME_FRAME_ENDS or last[-1] in LOCALISERS  # (会上/t, 采访中/n)


def _described_by_verb(toks: Sequence[segmenter.Token]) -> bool:
    """Do ``toks`` (a clause up to a name) describe the person named next with a verb modifying a noun of
    people right before the name (退休|教师|张建国, 当地|下岗|职工|李华): an apposition, no predicate? Nothing
    before them is a verb or a preposition."""
    if len(toks) < 2 or toks[-2].tag != "v" or not toks[-1].tag.startswith("n"):
        return False
    head = toks[-1].word
    if any(person_word(t) for t in toks[:-2]):
        return False  # 陈大文|批评|局长|李家明: a person before the verb is its subject, the name its object
    return head.endswith(PEOPLE_END_CHARS) and not any(t.tag.startswith(("v", "p")) for t in toks[:-2])


def _writer_object(toks: Sequence[segmenter.Token]) -> bool:
    """Do ``toks`` (a clause up to a name) open with the writer as subject (记者见到|王明时, 笔者采访|李华):
    the person the writer meets is the topic a later 他/她 stands for, the writer never is."""
    return len(toks) >= 2 and toks[0].word in WRITER_WORDS and toks[1].tag.startswith(("v", "d", "p"))


def _opens_described(toks: Sequence[segmenter.Token], j: int, i: int, window: str) -> bool:
    """Does the sentence opening at ``toks[j]`` (the window's first word or one after a stop) describe the person
    named at ``toks[i]`` by a relative clause, that person its subject (see :func:`_described_subject`)?"""
    opens = j == 0 or toks[j - 1].word[-1] in ZH_SENTENCE_ENDS
    return opens and _described_subject(toks[j:i], window, toks[i].end)


def _named_as_subject(text: str, at: int, size: int, lo: int) -> bool:
    """Is the name at ``text[at:at+size]`` a clause's subject: no verb nor preposition between the
    clause start and it (titles and organisations may stand there)? An owner opening the clause is
    its topic too (翟玉龙的一段发言在网络上流传，他在会上提到… is 翟玉龙's); one inside a predicate is
    not (王明谈到了李华的研究)."""
    start = run_start(text, ZH_BOUNDARY, lo, at)
    if in_reported_sentence(text, start, lo) or _owns_person(text, at + size):
        return False  # 王凤朝说，汤某某…是补的。他…: a subject of what was said, not of the article
    toks = segmenter.tag(text[start:at]) if start < at else ()
    if not toks or not _predicate_before(toks) or _described_topic(toks, text, at + size):
        return True
    return (start == 0 or text[start - 1] in ZH_SENTENCE_ENDS) and _described_subject(toks, text, at + size)


def _owns_person(text: str, end: int) -> bool:
    """Does the name ending at ``end`` own a person (张伟|的妻子, 王华|的同事): the one owned is the
    clause's subject, not the owner."""
    if not text.startswith("的", end):
        return False
    toks = segmenter.tag(text[end + 1 : end + 6])
    if not toks:
        return False
    head = toks[0]  # (a kin noun whatever jieba tags it: 邻居/v)
    return head.tag.startswith("n") and head.word.endswith(OWNED_ENDS) or head.word in KIN_NOUNS
