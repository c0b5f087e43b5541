"""What a Chinese speaker's noun phrase names, once trimmed and found to be no pronoun, document or title
before a name: a person (王凯, 市民刘芳女士 -> 刘芳), an organisation (国家统计局, 他拿到的故宫博物院 -> 故宫博物院),
or a description of someone not named (两名官员, 小区保安, 有专家).

:mod:`.phrases_zh` reads where the subject before a cue starts and ends and what stands around it; this module
only classifies the phrase it hands over, word by word (:mod:`cqnews.enrich.segmenter`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon import quotes_zh as QZ
from ...lexicon.bodies_zh import BODY_NOUNS, DOC_NOUNS, PARTY, WRIT_NOUNS
from ...lexicon.function_words_zh import EXISTENTIAL_VERBS
from ...lexicon.names_zh import MINORITY_NAME_PARTS
from ...lexicon.people_nouns_zh import ONE_PERSON_MEASURES, PEOPLE_KIND_ENDS, PERSON_MEASURES, SOME_WORDS
from ...lexicon.personal_names_zh import (
    ADDRESS_AFTER_SURNAME,
    DOUBLE_SURNAMES,
    FAMILIAR_PREFIXES,
    GIVEN_NAME_HEADS,
    HONORIFICS,
    NOT_IN_TRANSLITERATION,
    SURNAMES,
    TRANSLITERATION_CHARS,
)
from ...lexicon.pos_tags_zh import COMMON_NOUN_TAGS, NAME_TAGS
from ...lexicon.titles_zh import OFFICE_ENDS, TITLE_ENDS, TITLE_HEADS, TITLES_GLUED_TO_NAMES
from ...text import is_cjk_char
from .. import segmenter
from . import kinds_of_people_zh as K
from . import names_zh as N
from .anaphors_zh import pointed_at
from .counted_zh import counted
from .described_zh import body_acting, called_by_name, given_like_body
from .names_without_surname_zh import name_after_person_noun, pieces_start, whole_name_of_pieces
from .orgs_zh import place_brand_trade
from .phrases import Who
from .pieces_zh import name_of_place_pieces
from .surname_zh import head_of_unit, lone_surname


def noun_phrase(seg: str, start: int) -> Who:
    """The subject as a title without a name, an unnamed source, a person or an organisation."""
    toks = segmenter.tag(seg)
    lead = toks[0].word
    one = lead[:1] in EXISTENTIAL_VERBS and lead[1:] in ONE_PERSON_MEASURES and seg[len(lead) :][:1] != "的"
    there_is = (lead in EXISTENTIAL_VERBS or one) and len(seg) > len(lead) + 1 and not _clause_verb(toks)
    if there_is:  # 有专家(分析称), 有位/r|顾客(问): "there is (one)" is no part of the speaker
        seg, start = seg[len(lead) :], start + len(lead)
    called = called_by_name(seg, start)
    if called is not None or place_brand_trade(seg):  # (上海|大|金空调/nr: a company, no person 金空调)
        return called or Who(seg, "org", start=start)
    toks, head = segmenter.tag(seg), N.from_count(segmenter.tag(seg.rsplit("的", 1)[-1]))  # (张明的|一位朋友)
    indefinite = there_is and not N.name_in_words(seg)  # 有档主(指): some stall-holders, no one's name
    if indefinite or counted(head) and not any(N.named(t) for t in head) or K.by_surname_only(toks):
        return Who(seg, "desc", role=seg, start=start)  # 数名北大校友, 两名官员, 陈姓男子: people not named
    if K.job_without_name(toks) or K.plural_noun(toks):
        return Who(seg, "desc", role=seg, start=start)  # 代表律师, 当值法官, 村民们: a job or a group, no name
    # (a bare 创始人 is someone named before)
    titled = (seg.endswith(TITLE_HEADS) or _office_last(toks)) and seg not in TITLE_HEADS
    if titled and not N.name_after_title(seg) or 3 <= len(seg) <= 5 and seg.endswith("者"):
        return Who(seg, "desc", role=seg, start=start)  # IMF第一副总裁, 经营者: a title with no name
    named = N.name_in_words(seg) if seg.startswith(QZ.ZH_DESC_LEADS) and not seg.endswith(QZ.ZH_PERSON_HEADS) else None
    if named:  # 某在线教育公司创始人张伟: a description, then the name
        return Who(named, "person", role=seg[: -len(named)] or None, start=start)
    if seg.startswith(QZ.ZH_DESC_LEADS) or seg.endswith(QZ.ZH_PERSON_HEADS):
        desc = seg if seg.startswith(SOME_WORDS) else _without_there_is(seg)
        return Who(desc, "desc", role=desc, start=start)
    if seg in DOC_NOUNS or pointed_at(seg) or _someone(toks):  # 该报道称, 这项研究发现, 网上有人说: not named
        return Who(seg, "desc", role=seg, start=start)
    if (len(seg) <= 3 or "的" in seg) and _common_noun(seg) and not lone_surname(seg):  # 家属, 证人: not named
        # (马, 林: a surname alone is the person of that surname named before, not a horse or a forest)
        return Who(seg, "desc", role=seg, start=start)
    return _named_or_org(seg, start)


def _office_last(toks: Sequence[segmenter.Token]) -> bool:
    """Does the phrase end in the title of a body's officer, a noun of two characters or more after other words
    (民进党|秘书长, 世卫|组织|总干事, 市|检察院|检察长), or in a party's legislator or caucus whip (国民党团|总召,
    民进党|立委), no word tagged a name before it (王明|秘书长: a name)?"""
    last = toks[-1] if len(toks) >= 2 else None
    office = last is not None and last.tag == "n" and len(last.word) >= 2 and last.word.endswith(OFFICE_ENDS)
    office = office or last is not None and last.word in TITLES_GLUED_TO_NAMES
    return office and not any(t.tag in NAME_TAGS for t in toks[:-1])


def _without_there_is(seg: str) -> str:
    """``seg`` without the "there is" it opens with (还有|村民, 有|专家), when that is a word of its own and opens no
    relative clause (有多年经验的老师: the verb of the clause; 有关部门, 有意: words of their own), else ``seg``."""
    toks = segmenter.tag(seg)
    lead = toks[0].word
    return seg[len(lead) :] if lead in ("有", "还有") and not _clause_verb(toks) else seg


def _clause_verb(toks: Sequence[segmenter.Token]) -> bool:
    """Is the 有 the phrase opens with the verb of a relative clause (有|多年经验|的|老师, 有/份/参与/的/市民): a 的
    after it, and its object right after it, no count, person or predicate (有|一位|姓王的村民, 有|不愿具名的官员:
    "there is")?"""
    if len(toks) < 3 or all(t.word != "的" for t in toks[1:]):
        return False
    after = toks[1]
    counted = after.tag == "m" and after.word.endswith(PERSON_MEASURES)
    return not (counted or N.person_word(after) or after.tag.startswith(("d", "v")))


def _someone(toks: Sequence[segmenter.Token]) -> bool:
    """Does the phrase end in an indefinite pronoun of people (网上|有人, 某人, 别人): someone not named? (Not 本人:
    the person named before.)"""
    return bool(toks) and toks[-1].tag == "r" and toks[-1].word.endswith("人") and toks[-1].word != "本人"


def _named_or_org(seg: str, start: int) -> Who:
    """The subject as a person's name (with the role before it) or an organisation."""
    honoured = _honoured(seg, start) or _familiar_after_noun(seg, start) or _head_by_surname(seg, start)
    if honoured is not None:
        return honoured
    own = N.latin_or_married_name(seg)
    if own is not None:  # 被告Nathan, 特首林郑月娥
        return Who(own, "person", role=seg[: -len(own)].rstrip("、的") or None, start=start + len(seg) - len(own))
    if len(seg) <= 3:  # 王凯, 哈马斯, 校方: the whole subject is the name
        org = seg.endswith(QZ.ZH_ORG_SUFFIXES) and not given_like_body(seg) or len(seg) == 2 and seg.endswith(PARTY)
        org = org or seg in WRIT_NOUNS
        if not org and N.role_noun(seg):
            return Who(seg, "desc", role=seg, start=start)  # 快递员, 交警: a kind of person
        return Who(seg, "org" if org else "person", start=start)
    whole = whole_name_of_pieces(seg) or (seg if name_of_place_pieces(seg) else None)  # 努尔/艾力, 扎西/顿珠
    if whole:
        return Who(whole, "person", role=seg[: -len(whole)].rstrip("、的") or None, start=start)
    name = _whole_after_title(N.name_in_words(seg), seg) or N.name_after_title(seg) or name_after_person_noun(seg)
    if name and _body_read_as_name(name):
        return _organisation(seg, start)  # 国家|卫健委/nr, 深圳市委|宣传部/nr: a body's head jieba tags a name
    if name:
        name = seg[pieces_start(seg, segmenter.tag(seg), len(seg) - len(name), len(seg)) :]  # 出狱的|央金/拉姆
        name = _name_opening_after_job(seg[: -len(name)], name)  # 村医|木呷伍沙 (jieba: 村医木/呷/伍沙)
        return Who(name, "person", role=seg[: -len(name)].rstrip("、的") or None, start=start)
    if K.kind_of_person(seg):
        return Who(seg, "desc", role=seg, start=start)  # 个别档主, 当地摊贩: a kind of person, no name
    # 王刚|主持会议(说), 王明|9日电话(表示): the name, not an organisation holding it
    return _name_then_act(seg, start) or _organisation_or_description(seg, start)


def _organisation_or_description(seg: str, start: int) -> Who:
    """What a phrase naming no one is: an organisation when short or ending as one does, else a description."""
    if len(seg) <= 12 or seg.endswith(QZ.ZH_ORG_SUFFIXES):
        return _organisation(seg, start)
    return Who(seg, "desc", role=seg, start=start)


def _whole_after_title(name: str | None, seg: str) -> str | None:
    """``name`` (read from words) with the one character between it and a title before it, when ``name`` opens
    with no surname and that character with it is the title's name (研究员|花/v|小春/nr -> 花小春: a rare surname
    jieba reads as a verb; role 研究员, not 研究员花)."""
    titled = N.name_after_title(seg) if name and name[0] not in SURNAMES else None
    return titled if titled and len(titled) == len(name or "") + 1 and titled.endswith(name or "") else name


def _name_then_act(seg: str, start: int) -> Who | None:
    """The person whose full name (a surname and a given name, tagged a name) stands before a verb or a day in
    ``seg`` (王刚|主持|会议(说), 县委书记|王刚|主持|会议(说), 王明|9|日|电话(表示)): what the person did or when is
    no part of the speaker, and a phrase holding a name is no organisation. The words before the name are its role.
    None when no such name stands there."""
    toks = segmenter.tag(seg)
    for i, t in enumerate(toks[:-1]):
        full = 2 <= len(t.word) <= 3 and t.word[0] in SURNAMES and N.named(t) and all(map(is_cjk_char, t.word))
        if full and _act_or_day(toks, i + 1):
            role = seg[: t.start].rstrip("、的") or None
            return Who(t.word, "person", role=role, start=start + t.start)
    return _unknown_name_then_act(seg, toks, start)


def _unknown_name_then_act(seg: str, toks: Sequence[segmenter.Token], start: int) -> Who | None:
    """The person whose full name of three characters jieba cut into common words opens ``seg`` before a verb of two
    characters (周长/贵|指着|远处(说): 周长贵, no body "周长贵指着远处"); None when no such name opens it."""
    if len(seg) < 5 or seg[0] not in SURNAMES or not all(map(is_cjk_char, seg[:3])):
        return None
    k = next((i for i, t in enumerate(toks) if t.end >= 3), len(toks))
    if k < 1 or k + 1 >= len(toks) or toks[k].end != 3 or toks[k + 1].tag != "v" or len(toks[k + 1].word) != 2:
        return None
    opening = toks[: k + 1]
    if any(t.tag.startswith(_NO_NAME_TAGS) for t in opening) or seg[:3].endswith(BODY_NOUNS):
        return None
    return Who(seg[:3], "person", start=start)


# Tags of words no piece of a person's name (a verb, a place, a body, a time, a number, a pronoun, a preposition, an
# adverb, a conjunction, a particle: 翟俪/也|只能 is a name of two characters, then "also").
_NO_NAME_TAGS = ("v", "ns", "nt", "t", "m", "r", "p", "d", "c", "u")


def _act_or_day(toks: Sequence[segmenter.Token], i: int) -> bool:
    """Does ``toks[i]`` open what a person did (a verb: 主持, or a verb and its object jieba reads as one noun:
    主持会议/n, no body's name) or the day it was done (9|日, 昨天/t)?"""
    t = toks[i]
    day = t.tag == "m" and i + 1 < len(toks) and toks[i + 1].word in QZ.ZH_DAY_OF_MONTH_WORDS
    return t.tag in ("v", "t") or day or _verb_and_object(t.word)


def _verb_and_object(word: str) -> bool:
    """Is ``word`` (four characters) a verb of two and its object, jieba's one noun (主持会议, 发布公告), no body's
    name (研究所, 发展中心)?"""
    if len(word) != 4 or word.endswith(QZ.ZH_ORG_SUFFIXES):
        return False
    head = segmenter.tag(word[:2])
    return len(head) == 1 and head[0].tag == "v" and not word.endswith(BODY_NOUNS)


def _head_by_surname(seg: str, start: int) -> Who | None:
    """周检察长, 吴秘书长: a surname and the title of a unit's head (see :func:`surname_zh.head_of_unit`) is a person,
    as 周院长 is (the one named so before in full), no organisation; None otherwise."""
    return Who(seg, "person", start=start) if head_of_unit(segmenter.to_simplified(seg)) else None


def _familiar_after_noun(seg: str, start: int) -> Who | None:
    """保安老张, 瓜农老杨, 司机小王: a familiar name (老 or 小 and a surname) after a dictionary word of two characters
    or more is the whole name, the word before it the role, whatever jieba tags that word (保安/nz, 瓜农/nrt): no
    full name ends in 老 or 小 and a surname after a word (王小林 and 欧阳小林 open with a surname, no word)."""
    if len(seg) < 4 or seg[-2] not in FAMILIAR_PREFIXES or seg[-1] not in SURNAMES:
        return None
    toks = segmenter.tag(seg[:-2])
    last = toks[-1] if toks else None
    if last is None or len(last.word) < 2 or last.word in DOUBLE_SURNAMES or not segmenter.is_word(last.word):
        return None
    return Who(seg[-2:], "person", role=seg[:-2].rstrip("、的"), start=start + len(seg) - 2)


def _name_opening_after_job(role: str, name: str) -> str:
    """``name`` with the one or two characters before it that no word of ``role`` takes, when the rest of ``role``
    is a noun of a job (村医|木呷 + 伍沙, 牧民|才让 + 多杰): a name of no table (Yi, Tibetan) opens right after the job,
    and jieba glued its first part to the job or read it as words. ``name`` itself otherwise."""
    for size in (2, 1):
        job, part = role[:-size], role[-size:]
        if len(job) < 2 or len(part) != size or len(part + name) > 4 or not all(map(is_cjk_char, part)):
            continue
        if segmenter.is_word(part) or any(c in NOT_IN_TRANSLITERATION for c in part) or part[0] in SURNAMES:
            continue
        if N.role_noun(job) or segmenter.is_word(job) and job.endswith((*TITLE_ENDS, *PEOPLE_KIND_ENDS)):
            return part + name
    return name


def _body_read_as_name(name: str) -> bool:
    """Is ``name`` one word ending as a body's name does that is no person's (卫健委/nr, 宣传部/nr), or common nouns
    of the dictionary closed by such an ending, a surname opening the first (县农业|农村/n|局/n: 农 a surname, 村局 no
    given name)? Not one ending as given names do too (刘建国, 马建国/ns, 司马建军: 国, 军)."""
    toks = segmenter.tag(name)
    body = name.endswith(QZ.ZH_ORG_SUFFIXES) and name[-1] not in GIVEN_NAME_HEADS
    nouns = len(toks) > 1 and len(toks[0].word) >= 2 and all(t.tag in COMMON_NOUN_TAGS for t in toks)
    return (len(toks) == 1 or nouns) and body and not N.person_word(toks[0])


def _without_honorific(seg: str) -> str | None:
    """``seg`` without the honorific after a full name (王明先生 -> 王明, 市民刘芳女士 -> 市民刘芳); None when no
    honorific ends it or no surname and given name stand before it (张先生: the surname alone is no name)."""
    honorific = next((h for h in HONORIFICS if seg.endswith(h)), None)
    if honorific is None:
        return None
    rest = seg[: -len(honorific)]
    whole = segmenter.tag(seg)
    if whole and whole[-1].word == seg[-len(honorific) - 1 :]:
        return None  # 车主|张女士: the segmenter reads a lone surname with the honorific (车主张 is no name)
    toks = segmenter.tag(rest)
    last = toks[-1] if toks else None
    full = last is not None and last.tag in NAME_TAGS and 2 <= len(last.word) <= 3 and last.word[0] in SURNAMES
    if last is None or not full or _foreign_surname(last.word):
        return None  # 杜邦|先生: a foreign surname jieba knows, no surname and given name
    return rest if last.word not in DOUBLE_SURNAMES else None  # (司马|先生: no given)


def _foreign_surname(word: str) -> bool:
    """Is ``word`` a foreign surname jieba knows as one word, every character one of transliterations (杜邦, 马丁,
    布朗), which its first character reads as a Chinese surname and given name? Not 王明 (王: no such character)."""
    return segmenter.is_word(word) and all(c in TRANSLITERATION_CHARS for c in word)


def _honoured(seg: str, start: int) -> Who | None:
    """The person an honorific ending ``seg`` names: 王明先生, 市民刘芳女士 (the full name, the courtesy dropped);
    绣娘|龙女士 (jieba: 绣/娘龙/女士: the surname before it). None when no honorific ends ``seg`` so."""
    minority = _minority_part_honoured(seg, start)
    if minority is not None:
        return minority
    bare = _without_honorific(seg)
    return _named_or_org(bare, start) if bare is not None else _surname_and_honorific(seg, start)


def _minority_part_honoured(seg: str, start: int) -> Who | None:
    """牧民|扎西先生 -> 扎西 (role 牧民): a Tibetan or Mongolian name part (no surname: the whole name) before the
    honorific ending ``seg``, the courtesy dropped as after a full name. None when no such part stands there."""
    toks = segmenter.tag(seg)
    if len(toks) < 2 or toks[-1].word not in HONORIFICS:
        return None
    part = toks[-2]
    if part.tag not in NAME_TAGS or part.word not in MINORITY_NAME_PARTS:
        return None
    return Who(part.word, "person", role=seg[: part.start] or None, start=start)


def _surname_and_honorific(seg: str, start: int) -> Who | None:
    """A surname and an honorific ending ``seg`` after a description (绣娘龙女士, 菜农何先生): the person, the words
    before the role, wherever jieba cut them. None when those words may be the full name's start (张海龙女士: 张海/nr;
    a surname opening something no dictionary word: 王小) or there are none."""
    name = N.name_at_end(seg) if seg.endswith(HONORIFICS) else None
    role = _before_sounds_and_honorific(seg)  # 商人|马丁先生, not 商人马|丁先生: the foreign surname whole
    role = role or (seg[: -len(name)] if name and name[1:] in HONORIFICS else "")
    if name and role and role[-1] + name[0] in DOUBLE_SURNAMES:
        role = role[:-1]  # 艺人|东方先生, not 艺人东|方先生: a double surname read whole
    if len(role) < 2 or any(t.tag in NAME_TAGS for t in segmenter.tag(role)):
        return None
    if role[0] in SURNAMES and not segmenter.is_word(role):
        return None
    return Who(seg[len(role) :], "person", role=role, start=start)


def _before_sounds_and_honorific(seg: str) -> str:
    """The words before a transliterated surname and an honorific ending ``seg`` (负责人|加西亚/ns 小姐, 店主|穆勒先生:
    a foreigner called by the surname, which no table holds), or "" when no such surname ends ``seg``."""
    honorific = next((h for h in HONORIFICS if seg.endswith(h)), "")
    toks = segmenter.tag(seg[: len(seg) - len(honorific)]) if honorific else []
    last = toks[-1] if toks else None
    sounds = last is not None and len(last.word) >= 2 and all(c in TRANSLITERATION_CHARS for c in last.word)
    return seg[: last.start] if last is not None and sounds and last.tag in _SOUNDS_TAGS else ""


# Tags jieba gives a transliterated surname (加西亚/ns, 穆勒/nr, 杜邦/nz, 汤普森/nrt).
_SOUNDS_TAGS = frozenset("ns nr nrt nz".split())


def _common_noun(seg: str) -> bool:
    """Is ``seg`` made of dictionary nouns that name a kind of person, no one in particular (家属,
    奶奶, 清道/工, 守门的人, 高岩的同学: the head after 的 decides)? Not a party or an organisation
    (校方, 警方), nor a title that stands for someone named before (创始人)."""
    head = seg.rsplit("的", 1)[-1]
    toks = segmenter.tag(head)
    if len(head) == 2 and head[0] in FAMILIAR_PREFIXES and head[1] in SURNAMES:
        return False  # 老张, 小李: someone named by surname
    if head[:1] in SURNAMES and head[1:] in ADDRESS_AFTER_SURNAME:
        return False  # 马师傅, 田大妈: someone named by surname and a form of address
    return (
        0 < len(toks) <= 2 and all(t.tag in COMMON_NOUN_TAGS and segmenter.is_word(t.word) for t in toks)
        and not head.endswith(QZ.ZH_ORG_SUFFIXES) and not head.endswith(PARTY) and head not in TITLE_HEADS
    )


def _organisation(seg: str, start: int) -> Who:
    """An organisation named by ``seg``: the head after a relative clause (他拿到的故宫博物院 ->
    故宫博物院); a phrase with a verb of its own and no such head is a description, no name."""
    tail = seg.rsplit("的", 1)[-1]
    if tail != seg and len(tail) >= 2 and tail.endswith(QZ.ZH_ORG_SUFFIXES):
        return Who(tail, "org", start=start + len(seg) - len(tail))
    toks = segmenter.tag(seg)
    acting = body_acting(seg, toks)
    if acting is not None:  # 法院审理(认为): the body, then what it did
        return Who(acting, "org", start=start)
    headless = not seg.endswith(QZ.ZH_ORG_SUFFIXES) and not toks[-1].tag.startswith(("n", "eng"))
    if headless and any(t.tag == "v" for t in toks) or _common_words(seg, toks):
        return Who(seg, "desc", role=seg, start=start)
    return Who(seg, "org", start=start)


def _common_words(seg: str, toks: Sequence[segmenter.Token]) -> bool:
    """Is ``seg`` made of common nouns of the dictionary only, of two characters or more (小区|保安, 现场|工作人员):
    a kind of person, no organisation's name (which has a head, 公司, words tagged a place or a body, 中国银行,
    the level of a place, 市|消防|支队, or a noun of a body, 交通|部门: ``lexicon.bodies_zh.BODY_NOUNS``)? Where they
    are from may stand before a noun of a kind of person (四川|农民, 当地|渔民: people of a place, no body's name)."""
    if seg.endswith(QZ.ZH_ORG_SUFFIXES) or toks[-1].word.endswith(BODY_NOUNS):
        return False
    first = next((i for i, t in enumerate(toks) if t.tag not in _PLACE_TAGS), len(toks))
    if first == len(toks) or first > 0 and not toks[-1].word.endswith(PEOPLE_KIND_ENDS):
        return False  # (美国, 四川航空: a place, a body)
    return all(t.tag in _COMMON_TAGS and len(t.word) >= 2 and segmenter.is_word(t.word) for t in toks[first:])


# Tags of common nouns (jieba tags some, 保安, nz), and of the place a kind of person is from (四川, 当地).
_COMMON_TAGS = frozenset("n nz".split())
_PLACE_TAGS = frozenset("ns s".split())
