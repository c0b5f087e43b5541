"""Chinese quoted text that is speech and quoted text that is a name or a term: 所谓“脱钩”, “双减”政策, a slogan
(“互帮互助、同舟同行”), an example of a question (回答“…”这样的问题) against “我们不会放弃。” said."""

from __future__ import annotations

import re

from ...lexicon import quotes_zh as QZ
from ...lexicon import reporting_zh as RZ
from ...lexicon.function_words_zh import STRUCTURAL_PARTICLES, TERM_LEAD_CHARS
from ...lexicon.personal_names_zh import HANDLE_FOLLOWERS, HANDLE_NOUNS
from ...lexicon.pos_tags_zh import BODY_NAME_TAG_PREFIXES
from ...lexicon.punctuation_zh import (
    ZH_CLAUSE_BREAKS_COMMA_MIXED,
    ZH_COMMA_FORMS,
    ZH_CORNER_OPENING_MARKS,
    ZH_PHRASE_MARKS,
    ZH_PHRASE_MARKS_MIXED,
    ZH_SENTENCE_END_SET,
    ZH_SENTENCE_ENDS,
    ZH_SENTENCE_STOPS_MIXED,
    ZH_SENTENCE_STOPS_OR_ELLIPSIS,
)
from ...text import is_cjk_char
from .. import segmenter
from ..segmenter import to_simplified
from .label_lines_zh import zh_after_tag
from .means_zh import zh_means_verb
from .spans import Span
from .text import BlockView, blank, char_before, ends_block

__all__ = [
    "fragment_speaks", "predicate_speaks", "zh_is_term", "zh_not_speech", "zh_said_after_comma", "zh_speech_like",
    "zh_spoken_clause", "zh_term_heading_clause", "zh_word_in_clause",
]


def zh_not_speech(b: BlockView, sp: Span) -> bool:
    """A name or term (所谓“…”, 稱為「…」, “责任”二字), or an example of what is asked (回答“…”这样的问题)."""
    text = b.text
    first = _row_start(text, sp.open, b.row_starts)  # (荣获“全国文明村”“全国卫生村”: the lead of the row's first name)
    before = to_simplified(text[max(0, first - 12) : first]).rstrip()
    if before.endswith(QZ.ZH_TITLE_LEADS):
        return True
    if sp.close is None:
        return False
    if zh_means_verb(text, sp) is not None:
        return False  # 以“纯属谣言”回应: words said as the means of a verb of speech, not a name before a noun
    if _named_thing_in_clause(text, sp) or _name_of_thing(text[sp.start : sp.end]) or _user_handle(text, sp):
        return True
    after = to_simplified(text[sp.close + 1 : sp.close + 1 + _EXAMPLE_TAIL_SIZE]).lstrip()  # (這樣的問題 too)
    return (
        after.startswith(RZ.EXAMPLE_TAILS) or QZ.ZH_EXAMPLE_AFTER_RE.match(after) is not None
        or after.startswith(RZ.TERM_TAILS)
    )


def _user_handle(text: str, sp: Span) -> bool:
    """Is the quoted span the name a user goes by (网友“清风”：“…”, 博主“旅行的猫”留言称): short, no mark in it, right
    after a noun of a user and before a colon or a verb of posting or saying?"""
    inner = text[sp.start : sp.end]
    if sp.close is None or not 0 < len(inner) <= _HANDLE_SIZE or any(ch in inner for ch in ZH_PHRASE_MARKS_MIXED):
        return False
    before = to_simplified(text[max(0, sp.open - _HANDLE_NOUN_SIZE) : sp.open])
    after = to_simplified(text[sp.close + 1 : sp.close + 3])
    return before.endswith(HANDLE_NOUNS) and after.startswith(HANDLE_FOLLOWERS)


# How long a user's handle in quote marks may be, and how far before it the noun of a user is read (昵称为).
_HANDLE_SIZE = 12
_HANDLE_NOUN_SIZE = 3


def _row_start(text: str, opening: int, known: dict[int, int]) -> int:
    """Where the row of short quotes written one right after another (with 、 or nothing between) that ends with the
    quote opening at ``opening`` starts: the opening mark of its first quote (``opening`` itself when none is
    before it). Each step goes back over one quote of a term's length at most.

    The starts found are kept in ``known`` (the block's, :attr:`.BlockView.row_starts`: the walk from an opening
    always ends at the same start, so a start found once stands): the quotes of a row are asked in turn, and each
    walk ends at the first opening already walked from (a row of 4,000 quotes “他说”“他说”… took 9 s, walked back
    from every quote to the first)."""
    walked: list[int] = []
    first = opening
    while first not in known:
        walked.append(first)
        j = first - 1 - (text[first - 1 : first] == "、")
        pair = _ROW_PAIRS.get(text[j : j + 1]) if j >= 0 else None
        k = text.rfind(pair, max(0, j - QZ.ZH_TERM_MAX - 1), j) if pair is not None else -1
        if k < 0:
            break
        first = k
    first = known.get(first, first)
    for step in walked:
        known[step] = first
    return first


# The closing marks of a row of quotes, each with its opening mark.
_ROW_PAIRS = {"”": "“", "」": "「", "』": "『"}


# How much of the text after a quote an example's tail (这样的问题, 之类的提问) or a term's (二字) is read in.
_EXAMPLE_TAIL_SIZE = 8


def _named_thing_in_clause(text: str, sp: Span) -> bool:
    """Is the quote, with no mark inside, a modifier of the noun right after it (no 的 between) inside a clause
    (开展“…”教育活动, 公布了“…”采购结果, 报道过“…”一事): the name of a thing, not words said?"""
    inner = text[sp.start : sp.end]
    if sp.close is None or any(ch in inner for ch in _INNER_MARKS):
        return False
    if not is_cjk_char(char_before(text, 0, sp.open) or "，"):
        return False
    # (感叹这次“超越春运难度”的抢票: words said may modify a noun with 的, a name stands right before its noun)
    return text[sp.close + 1 : sp.close + 2] != "的" and _modifies_noun_after(text, sp)


_INNER_MARKS = ZH_PHRASE_MARKS_MIXED + ";"  # (and the half-width semicolon, here only)


def zh_word_in_clause(text: str, sp: Span) -> bool:
    """Is the quote a phrase with no mark inside that the clause runs through, a Han character right before and right
    after it, not 的 (以“不逃废债”为前提, 构建“互联网+”应用, 招揽一名“天才AI少女”来领导, 回应“新规会推高房价”是误解),
    or a short term heading a reported clause after a comma (see zh_term_heading_clause): a word, a name or a phrase
    the sentence uses as a noun, not words set off as said (those end at a mark or a 的)? The speaker read for it
    still tells who the clause is about (see resolve_block), so it is found, then left out."""
    if sp.close is None:
        return False
    if QZ.ZH_AS_SAID_RE.search(to_simplified(text[max(0, sp.open - 4) : sp.open])):
        return False  # 律师所称的“从未见过此人”相矛盾: words nominalised as what someone said
    if zh_means_verb(text, sp) is not None:
        return False  # 用“累并快乐着”形容: words said as the means of a verb of speech
    if zh_term_heading_clause(text, sp):  # 提出，“老字号餐饮”以每年两成的速度扩张: the reported clause's subject
        return text[sp.close + 1 : sp.close + 2] != "是"  # (称，“平价+自营”是其经营策略: the speaker's own formula)
    inner = text[sp.start : sp.end]
    if any(ch in inner for ch in _INNER_MARKS) or text[sp.open] in ZH_CORNER_OPENING_MARKS:
        return False  # (按「权宜需要」采取: in corner marks one word is a word said, see fragment_speaks)
    before, after = text[sp.open - 1 : sp.open], text[sp.close + 1 : sp.close + 2]
    han_both_sides = len(before) == len(after) == 1 and is_cjk_char(before) and is_cjk_char(after)
    return han_both_sides and after not in STRUCTURAL_PARTICLES


def _name_of_thing(inner: str) -> bool:
    """Is the quoted phrase, with no mark inside and longer than its last word, the name of a programme, a prize, an
    office or a document (实施“万村计划”, 颁发“英雄奖”, 宣读了“上级通知”), or of a body, a noun phrase
    (成立了“爱心协会”): a thing named, not words said? Not when it holds the copula (“这是全省首个此类项目”)."""
    plain = to_simplified(inner).strip()
    if any(ch in plain for ch in _INNER_MARKS):
        return False
    if any(plain.endswith(head) and len(plain) > len(head) for head in RZ.BODY_NAME_HEADS):
        return all(t.tag.startswith(BODY_NAME_TAG_PREFIXES) for t in segmenter.tag(plain))  # (not “多亏了合作社”)
    if not any(plain.endswith(head) and len(plain) > len(head) + 1 for head in RZ.NAME_HEADS):
        return False
    return not any(t.word == _COPULA for t in segmenter.tag(plain))  # (“这是全省首个此类项目”: a sentence said)


# The copula as a word of its own: a phrase that holds it (这是…项目) is a sentence, not the name of a thing.
_COPULA = "是"


def zh_speech_like(text: str, sp: Span, s: int) -> bool:
    """Long enough and sentence-shaped to be speech without a named speaker: a long passage with a
    comma even mid-sentence (…的看法，“……”), else one heading its sentence."""
    inner = text[sp.start : sp.end]
    if _said_noun_before(text, sp):
        return True  # 他的口头禅是“慢慢来，不着急”: words said, named so by the noun before them
    if _parallel_phrases(inner):
        return False  # “互帮互助、同舟同行”: a slogan of matched phrases, nobody's words here
    if len(inner) >= 15 and "，" in inner:
        return True
    tagged = zh_after_tag(text, sp.open)  # (【现场声】“…”: a tag of what the line is, as a paragraph's start)
    if char_before(text, s, sp.open) not in ("", ":", "：") and not tagged:
        return False
    if _clause_heading_sentence(text, sp):
        return True  # “水还在猛涨”，那天王明的心始终悬着。: words said heading the sentence, a comma after them
    if _sentence_said_heading(text, sp):
        return True  # “谢谢党和政府！”接过慰问金，…: a sentence said opening its paragraph, the narration after it
    if _broken_off(inner):
        return True  # “我……”她哽咽着，…: words broken off, however short
    whole = (tagged or blank(text, 0, sp.open)) and (sp.close is None or ends_block(text, sp.close + 1))
    if whole and len(inner) >= _ZH_WHOLE_MIN and inner[-1:] in ZH_SENTENCE_ENDS:
        return True  # “我们不会放弃。” as a paragraph of its own: a sentence said
    return len(inner) >= 8 and (whole or inner[-1:] in "。！？…" or "，" in inner)


def _said_noun_before(text: str, sp: Span) -> bool:
    """Is the quote, of more than one word, right after a noun of words said and its 是 or colon (父亲留下的遗言是“…”,
    他的口头禅是“…”; QZ.ZH_SAID_NOUN_BEFORE_RE): words said, not a term (这次活动的主题是“…” names no words said)?"""
    before = to_simplified(text[max(0, sp.open - _SAID_NOUN_BEFORE_SIZE) : sp.open])
    if QZ.ZH_SAID_NOUN_BEFORE_RE.search(before) is None:
        return False
    return len(segmenter.tag(text[sp.start : sp.end])) >= 2


# How much before a quote its noun of words said, owner's 的 and 是 are read in (的口头禅是).
_SAID_NOUN_BEFORE_SIZE = 12


def zh_said_after_comma(text: str, sp: Span, s: int = 0) -> bool:
    """Is the quote words said by its shape after a comma: a sentence with its own stop (，“就没事。”)?"""
    after_comma = sp.close is not None and char_before(text, s, sp.open) in ("，", ",")
    return after_comma and _closes_a_sentence(text[sp.start : sp.end])


def _sentence_said_heading(text: str, sp: Span) -> bool:
    """Is the quote a sentence of more than one word with its own stop inside its marks (谢谢党和政府！) opening its
    paragraph, the narration going on right after its closing mark (“…！”接过慰问金，…): words said, not a term?"""
    if sp.close is None or not blank(text, 0, sp.open) or not is_cjk_char(text[sp.close + 1 : sp.close + 2] or "a"):
        return False
    inner = text[sp.start : sp.end]
    return _closes_a_sentence(inner) and len(segmenter.tag(inner.rstrip(ZH_SENTENCE_STOPS_MIXED))) >= 2


def _broken_off(inner: str) -> bool:
    """Do the quoted words heading their sentence break off with an ellipsis or a dash inside the marks (我……,
    这个嘛——): speech trailing away or cut short, which no term or title does?"""
    words = inner.rstrip(_BREAK_OFF_MARKS)
    return len(inner) - len(words) >= _BREAK_OFF_MIN and any(map(is_cjk_char, words))


# The marks of words broken off (……, ——, ...), and how many of them end such words.
_BREAK_OFF_MARKS = "…—."
_BREAK_OFF_MIN = 2


def _closes_a_sentence(inner: str) -> bool:
    """Does the quoted text end with the stop of a sentence inside its marks (…插了句，“4月份的话就没事。”, 给“掏空了，
    连货架商品都卷走了。”): a sentence said, wherever it stands; a term or a title ends with no stop of its own?"""
    stops = ZH_SENTENCE_STOPS_MIXED
    return len(inner) >= _SENTENCE_SAID_MIN and inner[-1:] in stops and inner[-2:-1] not in stops


# How long a quoted sentence with its stop must be (就没事。) to be read as a sentence said wherever it stands.
_SENTENCE_SAID_MIN = 3


def _clause_heading_sentence(text: str, sp: Span) -> bool:
    """Is the quote (heading its sentence) a clause of more than one word that a comma follows (“水还在猛涨”，…): a
    term heading a sentence goes on with its predicate (“数字”赋能农业), words said stand apart?"""
    if sp.close is None or text[sp.close + 1 : sp.close + 2] not in ZH_COMMA_FORMS:
        return False
    inner = text[sp.start : sp.end]
    return len(inner) >= _HEADING_CLAUSE_MIN and len(segmenter.tag(inner)) >= 2 and fragment_speaks(text, sp)


# How long a quoted clause heading its sentence before a comma must be (水还在猛涨).
_HEADING_CLAUSE_MIN = 4


def zh_spoken_clause(text: str, sp: Span, s: int) -> bool:
    """Is the quote a clause of spoken Chinese that a comma joins to the clause before it and that ends the sentence
    (…，“日子总是有盼头的”。): a modal particle closing it (了, 的, 吧…), or a comma inside it (…，“又害怕，又着急”。:
    two clauses), or the speaker or the one spoken to named in it (…，“我们每天只睡四个小时”。), marks words said, not a
    term or a title; the quote continues a speaker named before it."""
    if sp.close is None or char_before(text, s, sp.open) not in ZH_COMMA_FORMS:
        return False
    if text[sp.close + 1 : sp.close + 2] not in ZH_SENTENCE_END_SET:
        return False
    inner = to_simplified(text[sp.start : sp.end]).rstrip(ZH_SENTENCE_STOPS_OR_ELLIPSIS)
    return inner[-1:] in QZ.ZH_SPOKEN_PARTICLES or "，" in inner or _in_person(inner)


def _in_person(inner: str) -> bool:
    """Does the quoted text hold a pronoun of the first or second person as a word of its own (我们, 你, 咱; not 自我
    in 自我革命): someone speaking, to someone?"""
    if not any(ch in RZ.FIRST_SECOND_PERSON_CHARS for ch in inner):
        return False
    return any(t.word in RZ.FIRST_SECOND_PERSON_PRONOUNS for t in segmenter.tag(inner))


def _parallel_phrases(inner: str) -> bool:
    """Is the quoted text matched phrases of one length (互帮互助、同舟同行; 清洁家园，美化城乡), with no stop and
    nobody addressed in it: a slogan?"""
    parts = _PHRASE_BREAKS_RE.split(inner)
    sizes = {len(p) for p in parts}
    if len(parts) < 2 or len(sizes) != 1 or min(sizes) < _SLOGAN_PHRASE_MIN:
        return False
    return not any(ch in ZH_SENTENCE_ENDS or ch in RZ.FIRST_SECOND_PERSON_CHARS for ch in inner)


# What parts the phrases of a slogan, and how long each must be (互帮互助、同舟同行: 4 and 4).
_PHRASE_BREAKS_RE = re.compile("[，、；,;]")
_SLOGAN_PHRASE_MIN = 3


# How long a quoted sentence making a paragraph by itself must be to be speech (我们不会放弃。).
_ZH_WHOLE_MIN = 5


def zh_is_term(inner: str) -> bool:
    """A short quoted phrase without punctuation heading its sentence (“数字”赋能农业): a term."""
    return len(inner) <= 8 and not any(ch in inner for ch in ZH_PHRASE_MARKS)


def zh_term_heading_clause(text: str, sp: Span) -> bool:
    """Is the span a short term modifying the noun after it at the head of a clause after a comma
    (指出，“双减”政策实施以来，…): the clause is reported speech, the term is no quote."""
    inner = text[sp.start : sp.end]
    short = len(inner) <= 8 and not any(ch in inner for ch in ZH_PHRASE_MARKS_MIXED)
    if not short or char_before(text, 0, sp.open) not in ZH_COMMA_FORMS:
        return False
    return _modifies_noun_after(text, sp) or _clause_goes_on(text, sp)


def _clause_goes_on(text: str, sp: Span) -> bool:
    """Does the clause go on right past the quoted term, with no mark after it (提出，“老字号”以每年两成的速度扩张):
    the term is the reported clause's subject, words said end at a mark or the sentence's end."""
    return sp.close is not None and sp.close + 1 < len(text) and is_cjk_char(text[sp.close + 1])


def _modifies_noun_after(text: str, sp: Span) -> bool:
    """Is the quoted span a modifier of the noun right after it (“双减”政策, “雪亮乡村”建设, “怀孕”一事,
    “嘣”的一声): a term named, not words said?"""
    if sp.close is None:
        return False
    after = text[sp.close + 1 : sp.close + 6].lstrip()
    toks = segmenter.tag(after) if after[:1] and is_cjk_char(after[0]) else ()
    return bool(toks) and (toks[0].tag.startswith(("n", "m", "q", "f")) or toks[0].tag == "vn" or toks[0].word == "的")


def fragment_speaks(text: str, sp: Span) -> bool:
    """Is a quoted fragment words said rather than a term: more than one word (“很踏实”, not “学费”) unless
    in corner marks (「無恥」), not numerals alone (「五一」), and not a modifier of the noun after it (“雪亮乡村”建设,
    “怀孕”一事, “嘣”的一声)?"""
    corner = text[sp.open] in ZH_CORNER_OPENING_MARKS  # 「廢柴」: in corner marks one word is a word said
    toks = segmenter.tag(text[sp.start : sp.end])
    if not corner and len(toks) < 2 or all(t.tag in _NUMBER_TAGS for t in toks):
        return False  # (「五一」, “十一五”: a number named, a holiday or a plan, in any mark)
    if QZ.ZH_NUMBERED_SET_RE.fullmatch(to_simplified(text[sp.start : sp.end])):
        return False  # (“三个到位”, “四个意识”: a numbered set of items named)
    lead = to_simplified(char_before(text, max(0, sp.open - 4), sp.open))
    if lead in TERM_LEAD_CHARS:
        return False  # 的“两个确保”(奋斗目标), 一名“社会大哥”: a noun phrase named, not words said
    return not _modifies_noun_after(text, sp)


# Tags of numerals: a fragment of numerals alone names a date, a holiday or a plan (五一, 十一五).
_NUMBER_TAGS = frozenset(("m", "mq"))


def predicate_speaks(text: str, sp: Span) -> bool:
    """Is a quoted fragment of one word, no mark inside, the predicate that ends its clause (她每天都“提心吊胆”。,
    事情已经“不了了之”，, 就是要“一碗水端平”。): a verb, an adjective or an idiom right after an adverb or a modal verb
    (要, 应该, 能), a mark right after it? Said of the
    subject by whoever reports the clause (a word named is an object or a subject: 推进“放管服”, 做到“有求必应”,
    “内卷”焦虑; after a noun it may be an object too, 对作品“精雕细琢”, or a scare quote, 发现员工“偷懒”)."""
    if sp.close is None or text[sp.close + 1 : sp.close + 2] not in ZH_CLAUSE_BREAKS_COMMA_MIXED:
        return False
    toks = segmenter.tag(text[sp.start : sp.end])
    if len(toks) != 1 or not toks[0].tag.startswith(_PREDICATE_TAGS):
        return False
    before = segmenter.tag(text[max(0, sp.open - _BEFORE_SIZE) : sp.open])
    if not before or to_simplified(before[-1].word[-1:]) in TERM_LEAD_CHARS:
        return False  # (的“…”, 一种“…”: a noun phrase named)
    return before[-1].tag.startswith(_ADVERB_TAGS) or to_simplified(before[-1].word) in QZ.ZH_MODALS


# How much before the quoted predicate is read (its clause ends with one of ZH_CLAUSE_BREAKS_COMMA_MIXED).
_BEFORE_SIZE = 6
# Tags of a word that can be a predicate (a verb, an adjective, an idiom or a set phrase), and of the word before
# it that leaves it one (an adverb: 都, 已经, 总是).
_PREDICATE_TAGS = ("v", "a", "i", "l")
_ADVERB_TAGS = ("d",)
