"""Person names in Chinese text, read on word boundaries: 美国司法部长梅里克·加兰 -> 梅里克·加兰,
河南省委副书记、省长王凯 -> 王凯, 付小姐, 张教授, 斯蒂芬妮·席尔霍尔茨 (a transliteration joined by
interpuncts); no name inside a word (法国国家铁路公司 holds no 路公司).

The functions take simplified text (:func:`cqnews.enrich.segmenter.to_simplified`) except :func:`zh_name_at_end`,
which takes a page's text in either script and answers in it; dotted names are read in :mod:`.dotted_zh`, names
that open with no surname of the tables (after a noun of a person, in pieces) in :mod:`.names_without_surname_zh`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from ...lexicon import names_zh as NZ
from ...lexicon import quotes_zh as QZ
from ...lexicon import zh_script
from ...lexicon.bodies_zh import ARMY_COUNTRIES, COUNTED_SIDES, ORG_HEADS
from ...lexicon.cue_words_zh import CUE_ADVERBS
from ...lexicon.people_nouns_zh import KIN_NOUNS, PERSON_MEASURES
from ...lexicon.personal_names_zh import (
    ANONYMOUS_GIVEN,
    DOUBLE_SURNAME_WORDS,
    DOUBLE_SURNAMES,
    FAMILIAR_LEADS,
    FAMILIAR_PREFIXES,
    GIVEN_NAME_HEADS,
    HONORIFICS,
    LATIN_COURTESY,
    NAME_DOTS,
    NEVER_GIVEN_NAMES,
    NOT_IN_TRANSLITERATION,
    SURNAMES,
    TRANSLITERATION_CHARS,
)
from ...lexicon.pos_tags_zh import NAME_PIECE_TAGS, NAME_TAGS, NEVER_TAGS
from ...lexicon.segmenter_repairs_zh import LIMITING_ADVERBS
from ...lexicon.titles_zh import (
    JOB_END_CHARS,
    ROLE_END_CHARS,
    ROLE_WORDS,
    SURNAME_TITLES,
    TITLE_ENDS,
    TITLE_HEADS,
    TITLE_RANKS,
)
from ...text import is_cjk_char
from .. import segmenter
from .dotted_zh import ZH_DOTS_RE, dotted_run_at_end, dotted_word_at_end
from .orgs_zh import industry_word
from .sounds_zh import sounds_after_title

__all__ = [
    "ZH_HONORIFIC_RE",
    "after_time_clause",
    "credited_writer_at",
    "from_count",
    "given_name",
    "latin_or_married_name",
    "name_after_title",
    "name_at_end",
    "name_in_words",
    "one_person_named",
    "person_word",
    "role_noun",
    "surname_title",
    "word_ends_at",
    "zh_name_at_end",
]


# A reporter's label, then the names a credit lists before the one read (新华社记者张伟、|李娜, 记者 王芳 |李娜);
# in either script. Bounded: at most three names of two to four characters.
_CREDIT_BEFORE_RE = re.compile(r"(?:记者|記者|通讯员|通訊員|实习生|實習生)\s*(?:[\u4e00-\u9fff]{2,4}[\s、]+){0,3}$")
# How far before a name its credit's label is looked for.
_CREDIT_REACH = 24


def opens_with_surname(word: str) -> bool:
    """Does ``word`` open with a surname of the tables, single (王) or double (欧阳, 上官, 诸葛)? Not a double
    surname that is a word too (东方明珠, a tower)."""
    return word[:1] in SURNAMES or word[:2] in DOUBLE_SURNAMES and word[:2] not in DOUBLE_SURNAME_WORDS


def surnamed_name(t: segmenter.Token) -> bool:
    """Is ``t`` a name the segmenter tags as one, of two to four characters, opening with a surname (王明, 欧阳修)?"""
    return t.tag in NAME_TAGS and 2 <= len(t.word) <= 4 and opens_with_surname(t.word)


def credited_writer_at(text: str, at: int) -> bool:
    """Is the name at ``text[at]`` one a credit gives after a reporter's label (新华社记者张伟、|李娜|北京电,
    本报记者 |王芳): the article's writer, never a subject of its sentences nor a speaker?"""
    return _CREDIT_BEFORE_RE.search(text, max(0, at - _CREDIT_REACH), at) is not None


def sound_name_end(name: segmenter.Token, t: segmenter.Token) -> bool:
    """Is ``t`` one character jieba tags a sound (铿/o) right after a surname and one character of a given name it
    tags a name (郭荣/nr): the third character of that name?"""
    return (
        t.tag == "o" and len(t.word) == 1 and is_cjk_char(t.word)
        and name.tag == "nr" and len(name.word) == 2 and name.word[0] in SURNAMES
    )


def person_word(t: segmenter.Token) -> bool:
    """Is ``t`` a person's name: tagged one, a surname's, a transliteration's or one written with 某 for the given
    name whatever the surname (恽某: not 宇航/nr), and no title nor organisation (卫健委/nr, 博士生/nr)?"""
    return (
        t.tag in NAME_TAGS and len(t.word) >= 2
        and (t.word[0] in SURNAMES or len(t.word) >= 3 or t.word.endswith(ANONYMOUS_GIVEN) or familiar_name(t.word))
        and (not t.word.endswith(ORG_HEADS) or _given_like_head(t.word))
        and (not t.word.endswith(TITLE_ENDS) or _given_like_title_end(t.word))
        and not industry_word(t.word)  # (金空调/nr: a brand and a trade)
    )


def _given_like_title_end(word: str) -> bool:
    """Is ``word`` (tagged a name) a surname and a given name of two characters ending in a character that also ends
    titles and nouns of people (王建生, 冯福生: 生, born, as 学生 and 医生 end), whose first two characters are no word
    of the dictionary (not 高中 of 高中生/nr, 师范 of 师范生/nr, 博士), nor a surname and a title or an honorific
    (王医生, 贾先生)?"""
    if len(word) != 3 or word[0] not in SURNAMES or not word.endswith(NZ.GIVEN_ENDS_AS_TITLES):
        return False
    return word[1:] not in SURNAME_TITLES and word[1:] not in HONORIFICS and not segmenter.is_word(word[:2])


def one_person_named(
    toks: Iterable[segmenter.Token], fits: Callable[[segmenter.Token], bool] | None = None
) -> str | None:
    """The one person's name (:func:`person_word`) among ``toks`` that ``fits`` (any when None), however often
    written; None when there is none, or two differ (a word that names someone again names no one then)."""
    names = {t.word for t in toks if person_word(t) and (fits is None or fits(t))}
    return names.pop() if len(names) == 1 else None


def familiar_name(word: str) -> bool:
    """Is ``word`` a familiar name, 老 or 小 and a surname (老李, 小王): a person called by their surname?"""
    return len(word) == 2 and word[0] in FAMILIAR_PREFIXES and word[1] in SURNAMES


def _given_like_head(word: str) -> bool:
    """Is ``word`` (tagged a name) a surname and a given name ending in a character that also heads an
    organisation's name (王建国, 李建军, 司马建军, 陈李建国): a given name of two characters after a surname, single,
    double or a married name's two; or 军 alone after a single surname of no country's character (李军, 胡军; not
    德军, 苏军: armies)?"""
    if len(word) == 2 and word[1] == "军":
        return word[0] in SURNAMES and word[0] not in ARMY_COUNTRIES
    size = surname_size(word)
    married = len(word) == 4 and word[0] in SURNAMES and word[1] in SURNAMES  # 张王建国: two surnames, her given
    return (size > 0 and len(word) == size + 2 or married) and word[-1] in GIVEN_NAME_HEADS


def after_time_clause(toks: Sequence[segmenter.Token]) -> int:
    """Where the person ending ``toks`` starts when a clause of time ending in 时, 后 or 前 stands
    before it (临走时|女儿, 吃饭时|王华), else 0."""
    last = toks[-1] if len(toks) >= 2 else None
    person = last is not None and (person_word(last) or last.word in KIN_NOUNS)
    return len(toks) - 1 if person and toks[-2].word.endswith(("时", "后", "前")) else 0


def from_count(toks: Sequence[segmenter.Token]) -> Sequence[segmenter.Token]:
    """``toks`` from the count of people or bodies in them on (王华|一位朋友, 公司|一名员工, 全市|86/m 个/q 乡镇: jieba
    cuts a count in digits from its measure), or all of them."""
    k = next((i for i, t in enumerate(toks) if t.tag == "m" and _counts(t, toks[i + 1 : i + 2])), 0)
    return toks[k:]


def _counts(number: segmenter.Token, after: Sequence[segmenter.Token]) -> bool:
    """Is the numeral ``number`` a count of people or bodies: its measure in it (一位), or the measure word after it, or
    the countries it counts (中俄|两|国外|长: jieba cuts 两国 apart)?"""
    measure = after[0].word if after and after[0].tag == "q" else ""
    sides = len(number.word) == 1 and bool(after) and after[0].word[:1] in COUNTED_SIDES
    return number.word.endswith(PERSON_MEASURES) or measure in _COUNT_MEASURE_WORDS or sides


# Measure words of people and bodies after a numeral (86|个 乡镇, 3|家 企业, 12|名 学生).
_COUNT_MEASURE_WORDS = frozenset((*PERSON_MEASURES, "家"))


def named(t: segmenter.Token) -> bool:
    """Is ``t`` tagged a name and one: not a common noun of two characters the dictionary holds that opens with
    no surname, nor with a familiar prefix before one (老汉/nr, 阿婆/nr: kinds of people; 老张 is someone), nor a
    noun of a kind of person (顾客/nr, :func:`role_noun`)?"""
    if t.tag not in NAME_TAGS or len(t.word) == 2 and role_noun(t.word):
        return False
    familiar = t.word[:1] in (*FAMILIAR_PREFIXES, *FAMILIAR_LEADS) and t.word[1:2] in SURNAMES
    return not (len(t.word) == 2 and t.word[0] not in SURNAMES and not familiar and segmenter.is_word(t.word))


def role_noun(seg: str) -> bool:
    """Is ``seg`` (three characters at most) a noun of a job or a kind of person that opens with no surname
    (快递员, 交警, 村医, 清洁工, 档主, 摊贩, 乘客), or a word of two characters of the dictionary that so ends though
    a surname opens it (顾客, 房客, 车主, 武警: jieba tags 顾客 a name): a kind of person, no name? Titles stand for
    someone named before (校长, 研究员)."""
    if seg[-1] not in JOB_END_CHARS or seg in TITLE_HEADS:
        return False
    return seg[0] not in SURNAMES or len(seg) == 2 and segmenter.is_word(seg)


def given_name(toks: Sequence[segmenter.Token], i: int) -> bool:
    """Is ``toks[i]`` (two characters at most) the given name after a lone surname (参赞/罗/满月)?"""
    surname = toks[i - 1]
    return (
        len(toks[i].word) <= 2 and len(surname.word) == 1 and surname.word in SURNAMES
        and toks[i].word not in NEVER_GIVEN_NAMES
        and (i < 2 or toks[i - 2].tag not in NAME_TAGS and not _adverb_pair(toks[i - 2], surname))
    )


def _adverb_pair(before: segmenter.Token, surname: segmenter.Token) -> bool:
    """Are ``before`` and the would-be surname two adverbs in a row (也|曾, 还|曾, 都|曾: "also once")? No name opens
    at the second (两人也曾一起(表示): 一起 "together" is no given name)."""
    return before.word in CUE_ADVERBS and surname.word in LIMITING_ADVERBS and surname.tag == "d"


# Ends of words that are titles however jieba tags them (德国总理/nr).
_ZH_NOT_NAME_ENDS: tuple[str, ...] = (*TITLE_ENDS, *HONORIFICS, "总理", "首相", "总统", "外长")


def surname_title(seg: str) -> str | None:
    """The last word of ``seg`` when it is a lone surname joined to a title by the segmenter (张教授)."""
    toks = segmenter.tag(seg)
    last = toks[-1].word if toks else ""
    size = surname_size(last)
    if size and last[size:] in SURNAME_TITLES:
        return last
    return _surname_ranked_title(seg)


def surname_size(word: str) -> int:
    """How many characters of ``word`` are the surname it opens with: 2 for a double surname (欧阳教授), 1 for a
    single one (王教授), 0 for none."""
    if word[:2] in DOUBLE_SURNAMES:
        return 2
    return 1 if word[:1] in SURNAMES else 0


def _surname_ranked_title(seg: str) -> str | None:
    """A lone surname and a title with its rank ending ``seg`` (李副教授, 张副局长, 赵代市长), however the segmenter
    cut them: the surname opens ``seg`` or a word of it."""
    title = next((t for t in SURNAME_TITLES if seg.endswith(t)), None)
    rest = seg[: -len(title)] if title is not None else ""
    rank = next((r for r in TITLE_RANKS if rest.endswith(r)), "")
    rest = rest[: len(rest) - len(rank)]
    size = 2 if rest[-2:] in DOUBLE_SURNAMES else 1  # (上官副市长)
    if not rank or not rest or size == 1 and rest[-1] not in SURNAMES:
        return None
    start = len(rest) - size
    return seg[start:] if start == 0 or word_ends_at(seg, start) else None


def word_ends_at(seg: str, at: int) -> bool:
    """Does a word of ``seg`` end at ``at``? (卫生部长 is one word: no name 卫生 before 部长)"""
    return any(t.end == at for t in segmenter.tag(seg))


def name_in_words(seg: str) -> str | None:
    """The person name ending ``seg``, starting at a word boundary: 美国司法部长梅里克·加兰 ->
    梅里克·加兰, but no name in 法国国家铁路公司 (路公司 would cut a word) nor in 世界银行周一."""
    toks = segmenter.tag(seg)
    if not toks:
        return None
    if _withheld_given(toks):
        return seg[toks[-2].start :]  # 证人|夔/zg 某/r: a surname the tables lack and 某 for the given name
    if toks[-1].tag == "nr" and any(dot in toks[-1].word for dot in NAME_DOTS):
        return toks[-1].word  # 游客/玛丽·杜邦: the segmenter joined the parts
    sounds = sounds_after_title(seg, toks, _ZH_RUN_NAME)
    if sounds is not None:
        return sounds
    name = name_at_end(seg)
    at = len(seg) - len(name) if name else -1
    k = next((k for k, t in enumerate(toks) if t.start == at), None)
    if k is not None and toks[k].tag == "nrt" and k == len(toks) - 1:
        k = None  # 迪雅/里克: a transliteration in pieces, read as a run below
    if k is not None and toks[k].word == name and toks[k].tag not in NAME_TAGS and segmenter.is_word(name):
        k = None  # 应急/管理厅: a word of the dictionary, not 管 and a given name
    if k is not None and not (toks[k].tag in NEVER_TAGS and len(toks[k].word) >= 2):  # (周一, 许多人: no names)
        if k > 0 and len(toks[k - 1].word) == 1 and toks[k - 1].tag in NAME_TAGS and not given_name(toks, k):
            return seg[toks[k - 1].start :]  # 布/林肯: a transliteration jieba split after its first character
        return name
    last = toks[-1]
    if last.tag in NAME_TAGS and len(last.word) >= 2 and not last.word.endswith(TITLE_ENDS + HONORIFICS):
        return seg[_name_run_start(toks) :]
    return None


def _withheld_given(toks: Sequence[segmenter.Token]) -> bool:
    """Do ``toks`` end with one character jieba read apart and 某 or 某某 for a given name withheld (夔/zg 某/r)? The
    character is a surname (in the tables or not), not a pronoun, numeral or other word of function (该某, 一某)."""
    if len(toks) < 2 or toks[-1].word.strip(ANONYMOUS_GIVEN) or len(toks[-1].word) > 2:
        return False
    lone = toks[-2]
    return len(lone.word) == 1 and is_cjk_char(lone.word) and lone.tag not in NEVER_TAGS and lone.tag != "r"


def _place_surname(t: segmenter.Token) -> bool:
    """Is ``t`` a two-character place word that, right before a given name, is a surname (福田康夫,
    山本太郎: a place never stands between a title and a name)?"""
    return t.tag == "ns" and len(t.word) == 2


# Longest transliterated name written without interpuncts (冯德莱恩, 拉夫罗夫).
_ZH_RUN_NAME = 6


def _name_run_start(toks: Sequence[segmenter.Token]) -> int:
    """Where the run of name pieces ending ``toks`` starts: 阿/克拉姆, 冯德/莱恩, 迪雅/里克 (pieces
    jieba tagged as names, or single characters), not past a title (德国总理/默克尔)."""
    k, size = len(toks) - 1, len(toks[-1].word)
    while k > 0:
        prev = toks[k - 1]
        piece = len(prev.word) == 1 and (prev.tag in NAME_PIECE_TAGS or prev.word in TRANSLITERATION_CHARS)
        named = prev.tag in NAME_TAGS and not prev.word.endswith(_ZH_NOT_NAME_ENDS) or (
            k == len(toks) - 1 and size == 2 and _place_surname(prev)  # 福田/康夫: a surname jieba read as a place
        )
        if not (piece or named) or not all(is_cjk_char(c) for c in prev.word) or size + len(prev.word) > _ZH_RUN_NAME:
            break
        size += len(prev.word)
        k -= 1
    return toks[k].start


def name_after_title(seg: str) -> str | None:
    """The name (2 to 4 characters) right after a title ending ``seg``: 博士生泰勒斯 -> 泰勒斯."""
    for size in (2, 3, 4):
        rest = seg[-size:]
        head = seg[:-size]
        if len(rest) == size and head.endswith(TITLE_HEADS) and all(is_cjk_char(c) for c in rest):
            sounds = not any(c in NOT_IN_TRANSLITERATION for c in rest) or _word_opening_with_surname(seg, head)
            if sounds and not rest.endswith(_NOT_NAME_TAILS) and not _person_noun_tail(rest):
                return rest
    return None


def _word_opening_with_surname(seg: str, head: str) -> bool:
    """Is what follows the title ``head`` in ``seg`` one word of two or three characters opening with a surname
    (主任|和平/nz, 书记|和平: a name that is also a word, not the sounds of a foreign name)?"""
    rest = seg[len(head) :]
    if not 2 <= len(rest) <= 3 or rest[0] not in SURNAMES:
        return False
    toks = segmenter.tag(seg)
    return toks[-1].word == rest and toks[-1].tag in NZ.NAME_LIKE_WORD_TAGS


_NOT_NAME_TAILS: tuple[str, ...] = (*TITLE_HEADS, *QZ.ZH_PERSON_HEADS)


def _person_noun_tail(rest: str) -> bool:
    """Does ``rest`` (after a title) end in a dictionary noun of two characters of a member, a job or an owner
    (专家|组成员: 成员; 队员, 店主, 乘客), no name's end (a given name ends in no such word: 为民 ends in 民, no such
    end)?"""
    tail = rest[-2:]
    return len(rest) > 2 and tail[-1] in JOB_END_CHARS and segmenter.is_word(tail)


def zh_name_at_end(seg: str) -> str | None:
    """The person name that ends ``seg`` (a surname and a given name, a surname and an honorific, a
    transliterated name), as ``seg`` writes it; None when there is none."""
    name = name_at_end(segmenter.to_simplified(seg))
    return seg[len(seg) - len(name) :] if name else None


def name_at_end(seg: str) -> str | None:
    dots = ZH_DOTS_RE.search(seg)
    if dots is not None:
        return dotted_word_at_end(seg) or dotted_run_at_end(seg, dots.start())
    for honorific in HONORIFICS if seg.endswith(HONORIFICS) else ():
        if seg.endswith(honorific) and len(seg) > len(honorific):
            k = len(seg) - len(honorific)
            if seg[k - 1] in SURNAMES:
                return seg[k - 1 :]
    if len(seg) >= 4 and seg[-4:-2] in DOUBLE_SURNAMES:
        return seg[-4:]
    if not all(is_cjk_char(c) for c in seg[-2:]):
        return None
    three = len(seg) >= 3 and seg[-3] in SURNAMES and is_cjk_char(seg[-3]) and not (
        seg[-3] in ROLE_END_CHARS and seg[-2] in SURNAMES
    )
    two = len(seg) >= 2 and seg[-2] in SURNAMES
    if three and not (two and len(seg) >= 4 and seg[-4:-2] in ROLE_WORDS):
        return seg[-3:]
    if two and not seg.endswith(QZ.ZH_PERSON_HEADS + QZ.ZH_ORG_SUFFIXES):
        return seg[-2:]
    return None


# Surnames as either script writes them (陈 and 陳).
_ZH_ANY_SURNAME = "".join(
    sorted(
        SURNAMES
        | {t for t, s in zip(zh_script.TRADITIONAL, zh_script.SIMPLIFIED, strict=True) if s in SURNAMES}
    )
)


ZH_HONORIFIC_RE = re.compile("[" + _ZH_ANY_SURNAME + "](?:" + "|".join(HONORIFICS) + ")")


_LATIN_NAME_RE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*$")


def latin_or_married_name(seg: str) -> str | None:
    """A name ending ``seg`` that the segmenter cannot read: one in Latin letters after Chinese words
    (被告Nathan, 会长Ivan; not CNN, an organisation in capitals), or a married woman's name of her
    husband's surname, her own and a given name (林郑月娥, 陈方安生), starting at a word boundary
    (公民党杨岳桥 is a party and a three-character name)."""
    courtesy = _surname_and_courtesy(seg)
    if courtesy is not None:
        return courtesy  # 社工陳Sir: Hong Kong's 陳Sir (Mr Chen), no one called Sir
    m = _LATIN_NAME_RE.search(seg)
    if m is not None and (m.start() == 0 or is_cjk_char(seg[m.start() - 1]) or _spaced_after_title(seg, m.start())):
        familiar = m.start() > 0 and seg[m.start() - 1] in FAMILIAR_LEADS  # 大学生阿Ken: 阿Ken, as friends call him
        return seg[m.start() - 1 : m.end()] if familiar else m.group()
    if len(seg) < 4 or not all(is_cjk_char(c) for c in seg[-4:]):
        return None
    boundary = len(seg) == 4 or word_ends_at(seg, len(seg) - 4)
    married = seg[-4] in SURNAMES and seg[-3] in SURNAMES and boundary and seg[-4] not in ORG_HEADS
    return seg[-4:] if married and not segmenter.is_word(seg[-4:-2]) else None


def _surname_and_courtesy(seg: str) -> str | None:
    """The surname and the English courtesy word ending ``seg`` (陳Sir, 李Madam, 黃sir), or None."""
    for word in LATIN_COURTESY:
        at = len(seg) - len(word) - 1
        if at >= 0 and seg[at + 1 :].lower() == word and segmenter.to_simplified(seg[at]) in SURNAMES:
            return seg[at:]
    return None


def _spaced_after_title(seg: str, at: int) -> bool:
    """Does the Latin name at ``at`` follow a space after Chinese words or a title in capitals (特斯拉CEO Elon Musk,
    市长 John Smith)?"""
    return at >= 2 and seg[at - 1].isspace() and (is_cjk_char(seg[at - 2]) or seg[at - 2].isupper())


def full_name_before_honorific(text: str, at: int) -> str | None:
    """The full name whose given name ends at the surname-like character ``at`` before an honorific (王明先生:
    王明, not a Mr 明), or None when that character opens the name (王先生)."""
    lo = max(0, at - 2)
    for t in segmenter.tag(segmenter.to_simplified(text[lo : at + 1])):
        if lo + t.end == at + 1 and t.start < at - lo and t.tag in NAME_TAGS and 2 <= len(t.word) <= 3:
            return text[lo + t.start : at + 1]
    return None
