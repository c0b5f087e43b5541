"""Reading a Chinese speaker's noun phrase before a cue: 河南省委副书记、省长王凯 -> 王凯 (role 河南省委副书记、省长).

The clause before the cue is read in words with their parts of speech (:mod:`cqnews.enrich.segmenter`): words that
are never a speaker are dropped at its ends (然后, 只是, 周一, 三月份, 在信中), and a speaker starts and
ends on a word boundary (法国国家铁路公司, not 路公司). What is left is a person (a name, a transliterated
name, a surname with an honorific or a title), an organisation, a pronoun, or an unnamed source.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections.abc import Iterator, Sequence

from ...lexicon import quotes_zh as QZ
from ...lexicon.bodies_zh import ACCOUNT_NOUNS, DOC_NOUNS, DOC_POINTERS, WRIT_NOUNS
from ...lexicon.cue_words_zh import (
    CUE_ADVERBS,
    CUE_FRAME_LEADS,
    MANNER_WORDS,
    PERCEPTION_VERBS,
    PUBLISH_VERBS,
)
from ...lexicon.function_words_zh import LOCALISERS, PHRASE_PREPOSITIONS
from ...lexicon.people_nouns_zh import (
    ADDRESS_AFTER_FULL_NAMES,
    HE_SHE,
    KIN_NOUNS,
    MOUTH_PLACES,
    PERSON_MEASURES,
    REFLEXIVES,
    THIRD_PERSON_PRONOUNS,
)
from ...lexicon.personal_names_zh import COURTESY_HONORIFICS, SURNAMES
from ...lexicon.pos_tags_zh import NAME_TAGS
from ...lexicon.punctuation_zh import ZH_BOUNDARY, ZH_COMMAS, ZH_SYMBOL_CATEGORY
from ...lexicon.reporting_zh import CREDIT_LEAD_RE, SLASH_BYLINE_LEAD_RE
from ...lexicon.segmenter_repairs_zh import CORRELATIVES
from ...lexicon.titles_zh import TITLE_ENDS
from ...text import is_cjk_char, run_end, run_start
from .. import segmenter
from . import names_zh as N
from .anaphors_zh import kin_named_before, org_named_before, pair_named_before, pointed_person_named_before
from .clause_lead_zh import (
    account_before,
    handle_before,
    named_before_parenthesis,
    past_parenthesis,
    past_title,
    title_after_document,
)
from .counterpart_zh import counterpart_across_sentence, writer_counterpart
from .described_zh import pointed_body_acting, while_doing
from .dotted_zh import ZH_DOTS_RE as ZH_DOTS_RE
from .dotted_zh import ZH_DOTTED_RE as ZH_DOTTED_RE
from .dotted_zh import trim_dotted_tail as trim_dotted_tail
from .edge_zh import head_after_counted_sides, title_word
from .glued_zh import adverb_across, manner_before_cue
from .names_zh import ZH_HONORIFIC_RE as ZH_HONORIFIC_RE
from .names_zh import zh_name_at_end as zh_name_at_end
from .noun_phrase_zh import noun_phrase
from .phrases import Who
from .predicate_zh import name_read_as_verb
from .reported_zh import in_reported_sentence
from .titled_zh import titled_person
from .trim_zh import zh_trim

_ZH_LIKE_RE = re.compile(
    r"像([\u4e00-\u9fff]{1,6}[·・•?？][\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{2,4})这样的([\u4e00-\u9fff]{1,8})$"
)
# The end of a dateline (…5月13日电, …十三日讯, 電 and 訊 in traditional characters): what stands before it is the
# outlet, the place and the date.
# Session 61: or the day alone, then a blank or a closing bracket (中央社記者陳家豪台北10日電 經濟部長…), not a
# word going on (他9日电话表示).
_ZH_DATELINE_END_RE = re.compile(
    r"月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日\s?(?:电|讯|電|訊)\s*"
    r"|(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|讯|電|訊)(?:\s+|[）)〕])"
)


def zh_subject_before(text: str, lo: int, hi: int) -> Who | None:
    """Read the Chinese subject ending at ``hi`` (the cue): 河南省委副书记、省长王凯 -> 王凯 (role
    河南省委副书记、省长). Traditional characters are read as simplified ones; the mention and role
    come back as the page writes them (陳先生)."""
    while hi > lo and text[hi - 1] in _ZH_SPACES:
        hi -= 1  # 陳其邁 表示: the space before the cue is no part of the subject, and cuts no word
    hi = _subject_end(text, lo, hi)
    at = max(lo, hi - _ZH_WINDOW)  # all that is read (the parts of a page's block around it are not)
    for m in _ZH_DATELINE_END_RE.finditer(text, at, hi):  # 新华社北京5月13日电 外交部发言人毛宁: no role
        at = m.end()
    at = _past_symbols(text, at, hi)
    at = _past_credit_lead(text, at, hi) if at == lo else at
    window = text[at:hi]
    simp = segmenter.to_simplified(window)
    who = _window_subject(simp)
    if who is None:
        return counterpart_across_sentence(text, at, hi)
    who.start += at
    if simp is not window:
        who.mention = page_form(who.mention, simp, window)
        who.role = page_form(who.role, simp, window) if who.role is not None else None
    if who.role is not None and who.role[:1].isspace():
        who.role = who.role.lstrip() or None  # 　　国家统计局新闻发言人付凌晖: a paragraph's indent is no part of it
    if who.mention[-1:].isspace() or who.role is not None and who.role[-1:].isspace():
        who.mention = who.mention.rstrip()  # 王明 说: the space before the cue is no part of the name
        who.role = who.role.rstrip() or None if who.role is not None else None
    return who


_ZH_SPACES = " \u3000\u00a0\t"
# How far before a cue a subject is read: 80 characters of clause, past a parenthesis of up to 80.
_ZH_WINDOW = 160
# How many windows' subjects are kept (a window is at most _ZH_WINDOW characters).
_ZH_WINDOWS_KEPT = 1024


def _past_credit_lead(text: str, at: int, hi: int) -> int:
    """Where the subject's window starts past a byline opening the paragraph (本报讯 记者李娜 通讯员张伟 |市卫健委主任
    刘芳表示), or ``at``: the writers are never the speaker, nor part of the speaker's role."""
    m = CREDIT_LEAD_RE.match(text, at, hi) or SLASH_BYLINE_LEAD_RE.match(text, at, hi)  # (記者黃志明／台北報導)
    return m.end() if m is not None and m.end() < hi else at


def _past_symbols(text: str, at: int, hi: int) -> int:
    """Where the subject's window starts past the last symbol in ``text[at:hi]`` (👍王明说 -> 王明), or ``at``."""
    for k in range(hi - 1, at - 1, -1):
        if ord(text[k]) > 0x2000 and unicodedata.category(text[k]) == ZH_SYMBOL_CATEGORY:
            return k + 1
    return at


def _window_subject(simp: str) -> Who | None:
    """The subject read in the simplified window ``simp``, offsets in it: a copy, the caller's to change."""
    who = _read_window_subject(simp)
    return dataclasses.replace(who) if who is not None else None


@functools.lru_cache(maxsize=_ZH_WINDOWS_KEPT)
def _read_window_subject(simp: str) -> Who | None:
    """What :func:`zh_subject_before` reads in a window, read once however often the same window comes back (a
    block that repeats a cue and its words, 王凯说，河南王凯说，…, asks for the same window at every cue)."""
    who = simplified_subject_before(simp, 0, len(simp))
    return _pronoun_opening(who) if who is not None else None


# How long a word of where words are said is (嘴里, 口中).
_MOUTH = 2


def _subject_end(text: str, lo: int, hi: int) -> int:
    """Where the subject before the cue at ``hi`` ends, read in words with the cue in view: before a
    word the cue is the end of (沈阳|辩称, 汤某某多次|指称: the verb starts before the cue the tables
    found), and before the adverbs and time words between subject and verb (王晓雪|才说, 杨启|后来说,
    世界银行|周一预测), which jieba only tells apart from a name when it sees the verb."""
    start = run_start(text, ZH_BOUNDARY, max(lo, hi - _ZH_CLAUSE), hi)
    if hi == start or text[start : start + _MOUTH].strip() in MOUTH_PLACES:
        return start  # (，嘴里反复念叨着: where the words come from opens the clause; no subject is written)
    stop = run_end(text, ZH_BOUNDARY, hi + 1, hi + 3)
    toks = segmenter.tag(text[start:stop])
    cue = hi - start
    across = adverb_across(toks, cue)
    if across is not None:  # 李华一/再说: the adverb jieba read across ends the speaker
        return _subject_end(text, lo, start + across)
    manner = manner_before_cue(toks, cue)  # (苹果公司|坦率地说: the adverbial of 地 is no part of the speaker)
    k = next((i for i, t in enumerate(toks) if t.end > cue), len(toks)) if manner is None else manner
    end = toks[k].start if k < len(toks) and (manner is not None or _verb_across(toks[k], cue)) else cue
    if 0 < k < len(toks) and toks[k].start < cue and toks[k].word.startswith(REFLEXIVES):
        return start + toks[k].start  # 老人|自我介绍/n 说: the reflexive is the subject itself, the verb after it
    if end == cue and k < len(toks) and toks[k].start < cue and toks[k].tag.startswith("n"):
        return hi  # 陈大/a|文说/n: the name's end glued to the cue, the words before it are the name, no adverbs
    while k > 1 and _between_subject_and_verb(toks, k - 1) and not _closes_phrase(text, lo, start, toks[k - 1]):
        k -= 1
        end = toks[k].start
    return start + end  # (，辩|称: one verb, no subject written; the one before speaks)


def _verb_across(t: segmenter.Token, cue: int) -> bool:
    """Is ``t`` a verb of the dictionary that starts before the cue at ``cue`` (辩称, 指称): the verb
    starts there. Words jieba's model made up across a name (律师付建称, 通电话时说) are not."""
    if not t.start < cue:
        return False
    # An adverb jieba glued to the cue (续称, 又指) is not the subject's either.
    lead = t.word[: cue - t.start]  # (刘强|当众宣布/i: a word of manner jieba read with the cue as one idiom)
    if lead in CUE_ADVERBS or lead in MANNER_WORDS:
        return True
    return t.tag.startswith("v") and segmenter.is_word(t.word)


# How much of the clause before a cue is read in words to find where its subject ends.
_ZH_CLAUSE = 10


def _between_subject_and_verb(toks: Sequence[segmenter.Token], i: int) -> bool:
    """Is ``toks[i]`` an adverb, a time word or a count of times (才, 后来, 周一, 多次), never part of a
    speaker? Not the given name after a lone surname (刘/中年), nor the object of a preposition."""
    t = toks[i]
    if toks[i - 1].tag.startswith(("p", "c")) or N.given_name(toks, i) or _name_end_cut(toks, i):
        return False
    if _title_end_cut(toks, i) or _second_correlative(toks, i) or head_after_counted_sides(toks, i):
        return False
    # An adjective before the verb is its adverbial (专家也|慎重|指出), as an adverb is; not the noun of an account
    # jieba tags one (市公安局官方|微博/a|通报: the account that published it).
    if t.tag in ("d", "ad", "a", "t") and t.word not in ACCOUNT_NOUNS or t.tag == "m" and t.word.endswith(("次", "度")):
        return True
    if t.word in REFLEXIVES or t.word in MOUTH_PLACES:
        return True  # 王明|自己|说: the subject itself; 王大爷|嘴里|念叨着: where the words come from
    if t.word in CUE_ADVERBS and N.person_word(toks[i - 1]):
        return True  # 陈大文|续/v|指: an adverb of going on after a name, whatever jieba tags it
    kept = t.word in KIN_NOUNS or t.word in QZ.ZH_INDUSTRY_NOUNS  # (王明|妈妈(说): his mother; 金山|软件: a trade)
    return N.person_word(toks[i - 1]) and t.tag == "n" and not title_word(t.word) and not kept  # 万秀玲|全盘(否认)


def _closes_phrase(text: str, lo: int, start: int, t: segmenter.Token) -> bool:
    """Is ``t`` (offsets from ``start``) a time word of two characters ending in a localiser that jieba reads off
    the meeting a phrase of a preposition before it names (他|在|全县…工作推进|会上/t|(表示), 她|在…座谈|会后/t): the
    end of that phrase, kept in the window for the trim to cut with the phrase, not dropped alone as a time word,
    which left the phrase open? The clause before it is read in words only for such a word."""
    if t.tag != "t" or len(t.word) != 2 or t.word[1] not in LOCALISERS:
        return False
    end = start + t.start
    opening = run_start(text, ZH_BOUNDARY, max(lo, end - _ZH_PHRASE), end)
    return any(b.tag == "p" and b.word in PHRASE_PREPOSITIONS for b in segmenter.tag(text[opening:end]))


# How far back the preposition opening a phrase closed by a meeting's time word is looked for (在…推进会上).
_ZH_PHRASE = 40


def _second_correlative(toks: Sequence[segmenter.Token], i: int) -> bool:
    """Is ``toks[i]`` the second 边 of 边…边 (or 一边…一边: two acts at once), the first in the words before it (周敏|边
    包饺子|边(说), read by jieba glued to the name when the second is out of sight: 周敏边/nr)? It stays in the window,
    where the segmenter and the trim read the pair."""
    word = toks[i].word
    return word in CORRELATIVES and any(word in t.word for t in toks[:i])


def _title_end_cut(toks: Sequence[segmenter.Token], i: int) -> bool:
    """Is ``toks[i]``, one character, the end of a title whose first character jieba read with the word before it
    (两国|国外/s|长/a: 外长, the foreign ministers): the two characters are a title of the dictionary?"""
    t, before = toks[i].word, toks[i - 1].word
    return len(t) == 1 and len(before) > 1 and segmenter.is_word(before[-1] + t) and title_word(before[-1] + t)


def _name_end_cut(toks: Sequence[segmenter.Token], i: int) -> bool:
    """Is ``toks[i]``, one character, the end of a name whose first two jieba read as a word of another kind
    (易会/v 满/a 表示, 盛来/v 运): the phrase opens with that word (or it follows a title), a surname first, not
    itself a name?"""
    before = toks[i - 1]
    opens = i == 1 or title_word(toks[i - 2].word)  # (the phrase's first word, or the one after a title)
    return (
        len(t := toks[i].word) == 1 and is_cjk_char(t) and opens and len(before.word) == 2
        and before.word[0] in SURNAMES and before.tag not in NAME_TAGS and before.tag.startswith(("v", "a"))
    )


def page_form(word: str, simp: str, text: str) -> str:
    """``word`` (read in ``simp``, the simplified form of ``text``) as ``text`` writes it: the same
    characters at the same offsets (its last occurrence), or, for a word read across a parenthesis
    (香港记者协会（记协）主席 -> 香港记者协会主席), the characters it was read from. Callers that read a
    traditional page in simplified characters (陈先生 read in 陳先生) give back what the page writes with it."""
    at = simp.rfind(word) if word else -1
    if at >= 0:
        return text[at : at + len(word)]
    kept = [i for i, inside in enumerate(_in_brackets(simp)) if not inside]
    at = "".join(simp[i] for i in kept).rfind(word) if word else -1
    return "".join(text[kept[at + k]] for k in range(len(word))) if at >= 0 else _pieces_page_form(word, simp, text)


def _pieces_page_form(word: str, simp: str, text: str) -> str:
    """``word`` as ``text`` writes it, put together from pieces of ``simp`` in order (the words before a name and the
    title after it: 港大醫學院院長梁卓偉教授 -> 港大醫學院院長教授), read from the end; else ``word`` itself."""
    out, k = [], len(simp)
    for ch in reversed(word):
        k = simp.rfind(ch, 0, k)
        if k < 0:
            return word
        out.append(text[k])
    return "".join(reversed(out))


def _in_brackets(text: str) -> list[bool]:
    """For each character of ``text``: is it inside (or one of) a pair of brackets?"""
    out, depth = [], 0
    for ch in text:
        depth += ch in "（("
        out.append(depth > 0)
        depth = max(0, depth - (ch in "）)"))
    return out


def simplified_subject_before(text: str, lo: int, hi: int) -> Who | None:
    """The Chinese subject in ``text[lo:hi]`` ending at ``hi`` (the cue), ``text`` already simplified: what
    :func:`zh_subject_before` reads after it has simplified its window, for callers holding simplified text (the
    mention and role come back in simplified characters; :func:`page_form` gives them back as the page writes them)."""
    if hi > lo and text[hi - 1] in ")）":  # 斯蒂芬妮·席尔霍尔茨（Stephanie Schierholz）表示
        opening = max(text.rfind("(", max(lo, hi - 80), hi), text.rfind("（", max(lo, hi - 80), hi))
        hi = opening if opening > lo else hi
    floor = max(lo, hi - 80)
    start = run_start(text, ZH_BOUNDARY, floor, hi)
    start = past_title(text, floor, _past_perception(text, start, hi), hi)
    hi = title_after_document(text, start, hi)
    before = named_before_parenthesis(text, floor, start, hi) or handle_before(text, floor, start, hi)
    before = before or account_before(text, floor, start, hi)
    if before is not None:
        return before
    if text[start:hi] in CUE_FRAME_LEADS:
        return None  # 在谈到下一步工作时，…: the verb frames the sentence, nobody is reported
    start, raw = past_parenthesis(text, floor, start, hi)
    inside = _inside_document(raw)
    if inside is not None:  # 王明发布了一篇声明。文中提到…: the document speaks for who published it
        return document_author(text, inside, start) or Who(inside, "desc", role=inside, start=start)
    seg = "" if _predicate_only(raw) else pointed_body_acting(zh_trim(raw))  # (，实名举报|称: no subject written)
    special = _document_or_example(text, seg, start, floor, hi) or writer_counterpart(text, seg, start)
    if special is not None:
        return special
    if seg in QZ.ZH_NOT_SPEAKERS or seg.endswith(QZ.ZH_MODAL_ENDS) or seg in PHRASE_PREPOSITIONS:
        return None  # 人们普遍认为, 可以说: nobody in particular is reported
    if not seg or seg in QZ.ZH_ZERO_SUBJECTS:  # 并认为… : the clause's subject is left out
        return _topic_before(text, start, floor) or Who("", "pronoun", start=hi)
    pronoun = _pronoun_subject(seg, start) or _kin_of_named(seg, start)
    if pronoun is not None:
        return pronoun
    anaphor = org_named_before(text, seg, start) or pair_named_before(text, seg, start)
    anaphor = anaphor or kin_named_before(text, seg, start) or pointed_person_named_before(text, seg, start)
    anaphor = anaphor or document_author(text, seg, start)
    return titled_person(seg, start) or anaphor or noun_phrase(seg, start)


def _past_perception(text: str, start: int, hi: int) -> int:
    """Where the clause a verb of perceiving or remembering takes as its object starts, that verb in
    ``text[start:hi]`` with words after it (她只记得|李忠云的儿子说, 记者看到|王明对工人说): the cue's subject is
    there; ``start`` when there is no such verb."""
    window = text[start:hi]
    if not any(verb in window for verb in PERCEPTION_VERBS):
        return start  # (most windows: no such verb written, no words to segment)
    toks = segmenter.tag(window)
    ends = [t.end for t in toks[:-1] if t.word in PERCEPTION_VERBS or t.word[-2:] in PERCEPTION_VERBS]
    return start + ends[-1] if ends else start


def _predicate_only(raw: str) -> bool:
    """Is the clause before a cue a predicate with no subject: verbs and adverbs only (实名/v 举报/v, 一再/d
    避重就轻/i), or one idiom? Its subject is the one the sentence goes on with."""
    toks = segmenter.tag(raw)
    if toks and while_doing(toks):
        return True  # (王明…，)指着远处|说, 握着记者的手|说: what the speaker does while speaking
    if len(toks) == 1:
        return toks[0].tag == "i"
    if name_read_as_verb(toks):
        return False  # 李想/v|点点头: a name jieba's model tags a verb, then what the person does
    return len(toks) >= 2 and all(t.tag in _PREDICATE_ONLY_TAGS for t in toks) and toks[-1].tag in ("v", "i")


# Tags of the words of a predicate with no subject (not l: jieba tags 发言人 so).
_PREDICATE_ONLY_TAGS = frozenset("v vd vi d ad i".split())


def _kin_of_named(seg: str, start: int) -> Who | None:
    """王明妈妈, 王明女儿 (no 的 between): a relative of the person named, not named themself; the phrase is the
    role, as 王明的妈妈 is. None when ``seg`` is otherwise (王明妻子李娜 names her)."""
    toks = segmenter.tag(seg)
    if len(toks) != 2 or toks[0].tag not in NAME_TAGS or toks[1].word not in KIN_NOUNS:
        return None
    if toks[1].word in COURTESY_HONORIFICS or toks[1].word in ADDRESS_AFTER_FULL_NAMES:
        return None  # 王明先生, 刘芳女士: Mr, Ms, the person named (王明太太 is his wife); 王丽大娘: an elder addressed
    return Who(seg, "desc", role=seg, start=start)


def _pronoun_opening(who: Who) -> Who:
    """``who``, or the pronoun opening it when a name or a body was read from a pronoun and the words after it
    (她昨越洋, 他对外: 他 and an adverb jieba did not part): no name opens with 他 or 她."""
    if who.kind not in ("person", "org"):
        return who
    mention = who.mention
    pron = next((p for p in QZ.ZH_THIRD_PERSON_PRONOUNS if mention.startswith(p) and len(mention) > len(p)), None)
    toks = segmenter.tag(who.mention) if pron is not None else ()
    if pron is None or not toks or toks[0].word != pron:
        return who
    return Who(pron, "pronoun", start=who.start, gender=QZ.ZH_PRONOUNS[pron])


def _pronoun_subject(seg: str, start: int) -> Who | None:
    """A pronoun as the subject ``seg`` (at ``start``): 他, 她们, one acting (他想了想, 她点点头), or 其
    (其表示: his, her or its words, the one named before; never a speaker called 其)."""
    if seg in QZ.ZH_PRONOUNS or seg[-1:] in HE_SHE or seg[-2:] in QZ.ZH_PRONOUNS:
        pron = seg[-2:] if seg[-2:] in QZ.ZH_PRONOUNS else seg[-1]
        return Who(pron, "pronoun", start=start + len(seg) - len(pron), gender=QZ.ZH_PRONOUNS[pron])
    if seg in QZ.ZH_UNGENDERED_PRONOUNS:  # (佢话: "he or she says" in Cantonese)
        return Who(seg, "pronoun", start=start, gender=None)
    acting = _pronoun_acting(seg)
    if acting is not None:  # 他想了想(说), 她点点头(说)
        return Who(acting, "pronoun", start=start + seg.find(acting), gender=QZ.ZH_PRONOUNS[acting])
    return None


def document_author(text: str, seg: str, start: int) -> Who | None:
    """The person or body who published the document ``seg`` names (声明, 该声明, 这篇文章), in the clause
    before it (王明发表了一份声明。声明说… -> 王明; 鸟哥发布了一篇文章，文章表明… -> 鸟哥): a document credited
    to one speaks for them. None when no clause before publishes a document of that noun."""
    doc = next((d for d in (*DOC_NOUNS, _ANY_TEXT) if seg.endswith(d)), None)
    if doc is None or seg[: -len(doc)] not in DOC_POINTERS:
        return None
    lo = max(0, start - _DOC_REACH)
    found = _last_match(_PUBLISHED_RE.finditer(text, lo, start))  # (the last before the document's mention)
    if found is None or found.group(1) != doc and doc != _ANY_TEXT:
        return None
    who = simplified_subject_before(text, lo, found.start())
    return Who(who.mention, who.kind, role=who.role, start=start) if who and who.kind in ("person", "org") else None


def _last_match(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of ``matches``, or None."""
    last = None
    for last in matches:  # noqa: B007 (only the last is wanted)
        continue
    return last


def _inside_document(raw: str) -> str | None:
    """The document a clause before a cue says the words are in, when that is all the clause holds (文中,
    该声明中, 在信里): the document with its pointer, without the localiser; else None."""
    seg = raw.strip().removeprefix("在")
    if len(seg) < 2 or seg[-1] not in _INSIDE:
        return None
    doc = seg[:-1]
    noun = next((d for d in (*DOC_NOUNS, *WRIT_NOUNS, _ANY_TEXT) if doc.endswith(d)), None)
    return doc if noun is not None and doc[: -len(noun)] in DOC_POINTERS else None


# A text of any kind (文中: in the text), the one published last; the localisers of being inside one.
_ANY_TEXT = "文"
_INSIDE = "中里内"


# How far back (characters) the clause publishing it is looked for.
_DOC_REACH = 100
# A verb of publishing, then up to 12 characters of one clause (一篇, 一份题为…的), then the document's noun.
_PUBLISHED_RE = re.compile(
    "(?:" + "|".join((*PUBLISH_VERBS, "写下", "写了", "撰写")) + ")了?[^，。！？；“”「」]{0,12}?("
    + "|".join(sorted(DOC_NOUNS, key=len, reverse=True)) + ")"
)


def _topic_before(text: str, start: int, floor: int) -> Who | None:
    """The unnamed person a clause with no subject continues: the subject of the clause before it in
    the same sentence (市委书记对外回应，|称…)."""
    if start <= floor or text[start - 1] not in ZH_COMMAS:
        return None
    lo = run_start(text, ZH_BOUNDARY, floor, start - 1)
    if in_reported_sentence(text, lo, floor):
        return None  # 王明说，…，医生给他看了病，|又说…: the clause before is 王明's words, 医生 goes on with nothing
    toks = segmenter.tag(text[lo : start - 1])
    verb = next((t for t in toks if t.tag.startswith(("v", "p"))), None)
    if verb is None or verb.start == 0:
        return None
    who = simplified_subject_before(text, lo, lo + verb.start)
    if who is not None and who.kind == "pronoun" and who.mention in THIRD_PERSON_PRONOUNS:
        return who  # 她给儿女发了一张照片，|告诉他们…: the one 她 stands for goes on
    if who is None or who.kind != "desc":
        return None
    counted = any(t.tag == "m" and t.word.endswith(PERSON_MEASURES) for t in segmenter.tag(who.mention))
    return who if who.mention.endswith(_PERSON_ENDS) or counted else None  # (not 水: people only)


# Ends of a description of people (几名村民, 市委书记与市长, 一名老伯): the topic a clause goes on with.
_PERSON_ENDS: tuple[str, ...] = (*QZ.ZH_PERSON_HEADS, *TITLE_ENDS, *KIN_NOUNS, "民", "工", "众", "属", "户", "伯")


def _document_or_example(text: str, seg: str, start: int, floor: int, hi: int) -> Who | None:
    """《政府工作报告》提出 (the document speaks) and 像戴夫·汉森这样的专家认为 (the person named)."""
    close = seg.rfind("》")
    opening = seg.rfind("《", 0, close)
    if 0 <= opening < close and len(seg) - close <= 4:  # 《政府工作报告》为何提出: the document speaks
        year = opening
        while year > 0 and (seg[year - 1].isdigit() or seg[year - 1] == "年" and year == opening):
            year -= 1  # 2020年《政府工作报告》
        year = year if year < opening - 1 else opening
        return Who(seg[year : close + 1], "org", start=start + year)
    like_at = text.rfind("像", floor, hi) if "这样的" in seg else -1
    like = _ZH_LIKE_RE.match(zh_trim(text[like_at:hi])) if like_at >= 0 else None
    if like:  # 像戴夫·汉森这样的专家认为: the person named is the speaker
        return Who(like.group(1), "person", role=like.group(2), start=like_at + 1)
    return None


def _pronoun_acting(seg: str) -> str | None:
    """The pronoun opening ``seg`` when a predicate follows it: verbs and adverbs only (他想了想, 她点点头),
    or a verb with its object (他指着一片新房: the pronoun is the subject, the rest is what it does)."""
    toks = segmenter.tag(seg)
    if len(toks) < 2 or toks[0].word not in QZ.ZH_PRONOUNS:
        return None
    acting = all(t.tag[:1] in ("v", "u", "d", "l") for t in toks[1:]) or toks[1].tag in _ACTING_TAGS
    return toks[0].word if acting else None


# Tags of a verb that opens a predicate right after a pronoun (他|指着…, 她|拿起…).
_ACTING_TAGS = frozenset("v vd vi".split())
