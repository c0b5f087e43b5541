"""Where a Chinese speaker's phrase stops and the predicate starts (谢礼传|还不敢…, 孙建华|坐在门槛上…), and words of
the predicate read as a speaker (是, 免不了, 处理结果也仅为行政)."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon import quotes_zh as QZ
from ...lexicon.bodies_zh import ORG_HEADS, PARTY
from ...lexicon.cue_words_zh import MANNER_ASPECTS
from ...lexicon.function_words_zh import COORDINATORS, EXISTENTIAL_VERBS, THROUGH_PREPOSITIONS
from ...lexicon.people_nouns_zh import (
    KIN_NOUNS,
    LITIGANTS,
    PEOPLE_KIND_ENDS,
    PERSON_HEAD_CHARS,
    PLURAL_MARKS,
    STATE_NOUNS,
)
from ...lexicon.personal_names_zh import ADDRESS_AFTER_SURNAME, HONORIFICS, NOT_GIVEN_ENDS, SURNAMES
from ...lexicon.pos_tags_zh import (
    ASPECT_TAGS,
    COUNT_OR_KIND_TAGS,
    DISTINGUISHING_TAG,
    HEAD_NOUN_TAGS,
    NAME_TAGS,
    PREDICATE_LEAD_TAGS,
    PREDICATE_TAGS,
    PROPER_TAGS,
    STATE_WORD_TAG,
)
from ...lexicon.reporting_zh import VERBS_TAGGED_OTHERWISE
from ...lexicon.time_words_zh import WHEN
from ...lexicon.titles_zh import (
    JOB_END_CHARS,
    JOBS_AFTER_NAME,
    LOCAL_OFFICE_ENDS,
    OFFICE_ENDS,
    OFFICE_JOINERS,
    OFFICE_LIST_MARKS,
    RANK_MARKS,
    SET_PHRASE_PERSON_ENDS,
    TITLE_ENDS,
    TITLE_HEADS,
)
from .. import segmenter
from . import names_zh as N
from .names_without_surname_zh import name_of_pieces
from .pieces_zh import name_of_place_pieces


def predicate_cut(toks: Sequence[segmenter.Token]) -> int | None:
    """Where the words after the first person's name stop being part of the speaker: at an adverb, a
    verb or a preposition (谢礼传|还不敢把这事(告诉), 邱莲|哭着(称), 汤兰兰|与母亲通电话时(说)), or at a
    conjunction (万秀玲|和孩子大姑汤玉英(均称): the first named speaks for both). None when the name is
    inside a relative clause (与于东军共处两年的栓子: 的 makes the rest one noun phrase)."""
    first = _first_person(toks)
    if first is None:
        return _body_cut(toks) or _action_cut(toks) or _own_time_clause_cut(toks)
    if first is not None and first < len(toks) - 2 and toks[-1].word == WHEN:
        return _last_person_before_verb(toks, first) + 1  # 王毅|会见记者时(表示): a time clause of the person's own
    if any(t.tag == "uj" for t in toks[first:]):
        return first + 1 if _acts_on_thing(toks, first) else None
    for j in range(first + 1, len(toks)):
        t = toks[j]
        if j == first + 1 == len(toks) - 1 and _name_end_morpheme(toks[first], t):
            return None  # 何仪/nr|怡/vg(表示): the name's last character, a morpheme that is no word alone
        if t.word in COORDINATORS and _one_listed(toks, first, j):
            return None  # 康乐/nr|及|文化|事务署: one body's name; 刘强|董事长|、|总经理: two offices of one person
        if t.word in COORDINATORS or t.word in PLURAL_MARKS or _opens_predicate(t) and not _qualifies(toks, j) or (
            t.word in NOT_GIVEN_ENDS or _state_of_speaker(toks, j)  # (张伟|很/zg 高兴地说: an adverb of degree)
        ):
            return j  # (李明等人, 王明和李华: the person named first speaks for the rest; 汤兰兰|与母亲通电话时)
        if j + 1 < len(toks) and toks[j + 1].tag in ASPECT_TAGS:
            return j  # 孙建华|叹/zg 了口气: a word before 了/着/过 is a verb, whatever jieba tags it
        if t.word in STATE_NOUNS and j + 1 < len(toks) and toks[j + 1].tag.startswith(PREDICATE_TAGS):
            return j  # 刘洋|信心满满: the person's state and what it is
    return None


def _state_of_speaker(toks: Sequence[segmenter.Token], j: int) -> bool:
    """Is ``toks[j]`` the state the person before it speaks in: a word of state (乐呵呵/z, 兴冲冲/z), or a word jieba
    tags a distinguishing word ending the words before the cue (张华|高兴/b(说), 李强|淡定/b(说))? Neither names
    anyone."""
    t = toks[j]
    return t.tag == STATE_WORD_TAG or t.tag == DISTINGUISHING_TAG and j == len(toks) - 1 and len(t.word) >= 2


def _one_listed(toks: Sequence[segmenter.Token], first: int, j: int) -> bool:
    """Is the list ``toks[j]`` joins one body's name, two offices of one person, or one person described twice?"""
    return _one_body(toks, first, j) or _offices_listed(toks, first, j) or _described_then_named(toks, first, j)


def _described_then_named(toks: Sequence[segmenter.Token], first: int, j: int) -> bool:
    """Does the list mark ``toks[j]`` (、) stand between a relation or a kind of person, no name (``toks[first]``:
    他的同事, 她的女儿), and one person named after it with nouns only before the name (工程师|赵磊): one person
    described twice, the name last (他的同事、工程师赵磊), not two people?"""
    if toks[j].word not in OFFICE_LIST_MARKS or toks[first].tag in NAME_TAGS or toks[-1].tag not in NAME_TAGS:
        return False
    if j + 1 >= len(toks) - 1:
        return False  # (他的同事、赵磊: no title before the name, two people may be listed)
    return all(t.tag.startswith("n") and t.tag not in NAME_TAGS for t in toks[j + 1 : -1])


def _offices_listed(toks: Sequence[segmenter.Token], first: int, j: int) -> bool:
    """Does the list mark ``toks[j]`` (、) join two offices written after the name ``toks[first]``
    (刘强|董事长|、|总经理), the second the last word? (王明|、|李华: two people, the first speaks for both.)"""
    listed = toks[j].word in OFFICE_LIST_MARKS and first < j - 1 and j + 2 == len(toks)
    return listed and office_word(toks[j - 1].word) and office_word(toks[j + 1].word)


def office_word(word: str) -> bool:
    """Is ``word`` a title or a job written after a name (研究员, 副局长, 总经理, 县长), not a body's agent (负责人)?"""
    office = word
    for mark in RANK_MARKS if len(word) > 2 else ():
        office = office.removeprefix(mark)
    if office in QZ.ZH_BODY_AGENTS:
        return False  # 比亚迪/nr 负责人: a body's unnamed agent, no title after a name
    known = office in TITLE_HEADS or office in JOBS_AFTER_NAME
    return known or len(word) >= 2 and word.endswith(LOCAL_OFFICE_ENDS)


def _qualifies(toks: Sequence[segmenter.Token], j: int) -> bool:
    """Is ``toks[j]`` a verb qualifying the noun after it (比亚迪/nr|相关/v|负责人: the head in charge)?"""
    return toks[j].word in QZ.ZH_QUALIFYING_VERBS and j + 1 < len(toks) and toks[j + 1].tag.startswith("n")


def _opens_predicate(t: segmenter.Token) -> bool:
    """Does ``t`` open a predicate after a person's name: a verb, an adverb, a preposition …, a verb jieba reads with
    its particle of aspect (王明|红着/uz 眼眶), or a set phrase that names no person (王明|发微博/l(称), 王明|发声明/l;
    not 发言人/l, a title)?"""
    if t.tag == "l":
        return not t.word.endswith(SET_PHRASE_PERSON_ENDS)
    if t.word in VERBS_TAGGED_OTHERWISE:
        return True  # 王明|痛批/q 李华: a verb of criticising jieba tags a measure word
    if t.word in OFFICE_JOINERS:
        return False  # 马丁集团董事局主席|兼|总裁张伟: a second office, the title goes on
    if t.word in THROUGH_PREPOSITIONS:
        return True  # 陈大文|经/n 律师(回应): the preposition of who passes the words on, jieba tags it a noun
    return t.tag.startswith(PREDICATE_TAGS) or t.tag in ASPECT_TAGS and len(t.word) > 1  # (红着/uz 眼眶)


def _last_person_before_verb(toks: Sequence[segmenter.Token], first: int) -> int:
    """The last person named from ``toks[first]`` up to the first verb after it: the one whose time clause it is
    after a 的 (李小明的代表律师|陈大文|求情时: the lawyer pleads, 李小明 only owns him), or the noun ending the phrase
    after that 的, a person no name gives (该名男子的律师|受访时, 王明的同事|出庭作证时: the lawyer, the colleague)."""
    verb = next((j for j in range(first + 1, len(toks)) if toks[j].tag.startswith("v")), len(toks))
    owner = next((j for j in range(first + 1, verb) if toks[j].tag == "uj"), verb)  # (not 汤兰兰|与|母亲: both)
    if owner < verb - 1 < len(toks) - 1 and toks[verb - 1].tag in HEAD_NOUN_TAGS:
        return verb - 1
    titled = (i for i in range(verb - 1, first + 1, -1) if _titled_name(toks, i)) if owner == verb else iter(())
    return next(titled, None) or max(i for i in range(first, verb) if i == first or i > owner and _person_at(toks, i))


def _titled_name(toks: Sequence[segmenter.Token], i: int) -> bool:
    """Is ``toks[i]`` a name right after a title, past the first "name" (卫福/nr|部长|邱泰源|受访时: the first a body's
    short name jieba tags a name, the title its head's, the name after it the person's)?"""
    title = toks[i - 1]
    return toks[i].tag in NAME_TAGS and title.tag.startswith("n") and title.tag not in NAME_TAGS and (
        title.word.endswith(TITLE_ENDS)
    )


def _name_end_morpheme(name: segmenter.Token, t: segmenter.Token) -> bool:
    """Is ``t``, one character tagged a bound morpheme (怡/vg, 敏/ag), the end of the name of a surname and one
    character before it (何仪, 麦霖): a morpheme is no verb nor adverb of its own, a given name's character is?"""
    two = len(name.word) == 2 and name.tag in NAME_TAGS and name.word[0] in SURNAMES
    return two and len(t.word) == 1 and t.tag in _MORPHEME_TAGS


# Tags jieba gives a character that is a morpheme, not a word (怡/vg, 敏/ag, 霖/ng).
_MORPHEME_TAGS = frozenset("vg ag ng".split())


def _one_body(toks: Sequence[segmenter.Token], first: int, j: int) -> bool:
    """Is the word ``toks[first]`` tagged a name, of two characters, right before the coordinator ``toks[j]``, the
    first part of a body's name that the words after the coordinator end (康乐及文化事务署, 劳工及福利局): common nouns
    and the body's head, no name among them?"""
    after = toks[j + 1 :]
    return (
        j == first + 1 and len(toks[first].word) == 2 and len(after) >= 2 and after[-1].word.endswith(ORG_HEADS)
        and all(t.tag in _BODY_WORD_TAGS for t in after)
    )


# Tags of the words of a body's name after a coordinator (文化/n 事务署/n).
_BODY_WORD_TAGS = frozenset("n vn nt ng".split())


def _acts_on_thing(toks: Sequence[segmenter.Token], first: int) -> bool:
    """Does the person ``toks[first]``, opening the phrase (no verb nor preposition before: not 与王明同住的…),
    act on a thing right after the name (李华|拉着他的手(说), 王明|指着墙上的照片(说)): a verb next, and the
    noun after the last 的 no person (not 王明介绍的专家李华: the name is inside a relative clause)?"""
    if first + 1 >= len(toks) or not _verb_word(toks[first + 1]):
        return False
    if not _described_person(toks, first) and any(
        t.tag.startswith(("v", "p")) and t.word not in KIN_NOUNS for t in toks[:first]  # (邻居/v: a noun)
    ):
        return False
    head = toks[-1]
    return not (N.person_word(head) or head.word.endswith((*TITLE_ENDS, *KIN_NOUNS, *PERSON_HEAD_CHARS)))


def _described_person(toks: Sequence[segmenter.Token], first: int) -> bool:
    """Does a noun of a person right before the name ``toks[first]`` end the words before it (独居/v 老人|刘奶奶,
    退休/v 教师|王建国)? A verb there describes that person, and the name opens no relative clause."""
    before = toks[first - 1] if first > 0 else None
    return before is not None and before.tag.startswith("n") and before.word.endswith(PERSON_HEAD_CHARS)


def _first_person(toks: Sequence[segmenter.Token]) -> int | None:
    """Where the first person of ``toks`` is; the name after a word of kin describing it (同事|张建国|握着医生的手)."""
    first = next((i for i, t in enumerate(toks) if _person_at(toks, i)), None)
    return first + 1 if first is not None and _kin_before_name(toks, first) else first


def _kin_before_name(toks: Sequence[segmenter.Token], first: int) -> bool:
    """Is ``toks[first]`` a word of a relative or a companion (同事, 邻居, 家属: KIN_NOUNS, whatever jieba tags it:
    邻居/v) right before a person's name, which it describes (邻居|张建国)?"""
    return toks[first].word in KIN_NOUNS and first + 1 < len(toks) and N.person_word(toks[first + 1])


def _verb_word(t: segmenter.Token) -> bool:
    """Is ``t`` a verb (not a verbal noun), or a verb and its particle jieba tags as the particle (拉着/uz)?"""
    return t.tag.startswith("v") and t.tag != "vn" or len(t.word) == 2 and t.tag in ASPECT_TAGS


def _person_at(toks: Sequence[segmenter.Token], i: int) -> bool:
    """Is ``toks[i]`` a person: a name (or the end of one in pieces: 扎西/顿珠), a relative (女儿|突然…), or the given
    name after a lone surname jieba split off (孙/zg 建华/nz, 刘/zg 中年/t)?"""
    t = toks[i]
    if N.person_word(t) or t.word in KIN_NOUNS or i > 0 and _second_piece(toks[i - 1], t) or _surname_honoured(t):
        return True
    if i == 0 and (_name_read_as_place(toks) or name_read_as_verb(toks)):
        return True
    split = i > 0 and toks[i - 1].tag in _SURNAME_TAGS and N.given_name(toks, i)
    ends = i + 1 == len(toks) or not toks[i + 1].tag.startswith(("n", "m"))  # (not 林/郑月/娥: the name goes on)
    return split and ends and not t.tag.startswith(PREDICATE_TAGS)


def _name_read_as_place(toks: Sequence[segmenter.Token]) -> bool:
    """Is the first of ``toks`` a name of two or three characters opening with a surname that jieba tags a place
    (许阳/ns, 江宁/ns), a verb with 着 after it (皱着眉头, 摇着头): what a person does while speaking, no place?"""
    t = toks[0]
    if t.tag != "ns" or not 2 <= len(t.word) <= 3 or t.word[0] not in SURNAMES or len(toks) < 2:
        return False
    verb = toks[1]
    return verb.tag.startswith("v") and (verb.word[1:2] == "着" or len(toks) > 2 and toks[2].word == "着")


def name_read_as_verb(toks: Sequence[segmenter.Token]) -> bool:
    """Is the first of ``toks`` a name of two or three characters opening with a surname that jieba's model, not its
    dictionary, tags a verb (李想/v, 王想/v: no word), and what the person does before speaking after it (点点头,
    笑了笑, 叹了口气)? A verb of the dictionary opening with a surname character (回头/v 看了看) stays a verb."""
    if len(toks) < 2:
        return False
    t = toks[0]
    if not t.tag.startswith("v") or not 2 <= len(t.word) <= 3 or t.word[0] not in SURNAMES:
        return False
    return not segmenter.is_word(t.word) and _gesture(toks, 1)


def _surname_honoured(t: segmenter.Token) -> bool:
    """Is ``t`` a surname and an honorific read as one word (张先生/nr, 刘女士/nr): a person, though the word ends as
    titles do (生, 士)?"""
    return len(t.word) >= 3 and t.word[0] in SURNAMES and t.word[1:] in HONORIFICS


def _second_piece(before: segmenter.Token, t: segmenter.Token) -> bool:
    """Is ``t`` the second piece of a name in pieces that ``before`` opens (格桑/多吉, 扎西/顿珠: a minority's name)?"""
    whole = before.word + t.word
    return before.end == t.start and (name_of_pieces(whole) or name_of_place_pieces(whole))


def _body_cut(toks: Sequence[segmenter.Token]) -> int | None:
    """Where an organisation's or a party's phrase stops: at an adverb right after its last word (校方|一直坚持,
    法院|仍然); a verb does not end it, organisations' names hold verbs (应急管理厅, 防汛指挥部)."""
    for i in range(len(toks) - 1):
        if _body(toks[i]) and toks[i + 1].tag in _ADVERB_TAGS and "uj" not in (t.tag for t in toks[i:]):
            return i + 1
    return None


_ADVERB_TAGS = frozenset("d ad".split())


# Tags of the word before an action that are a noun of people, no name (老人/n, 孩子/n 们/k).
_PEOPLE_NOUN_TAGS = frozenset(("n", "k"))


def _action_cut(toks: Sequence[segmenter.Token]) -> int | None:
    """Where a noun or a plural of people (孩子们, 老人) is followed by what they do while speaking, a verb and its
    着 (孩子们|举着牌子(说), 老人|拉着民警的手(说), 主播|对着镜头(吆喝)): the action is no part of who speaks. The
    "there is" opening the phrase (有|市民|拨打热线(反映)) is no verb before the noun."""
    verb_before = False  # (a verb in toks[: j - 1], kept as the loop goes: no second walk per word)
    for j in range(1, len(toks)):
        t, before = toks[j], toks[j - 1]
        acting = len(t.word) == 2 and t.word[1] == "着" and (t.tag in ASPECT_TAGS or t.tag.startswith("v"))
        acting = acting or t.tag.startswith("v") and j + 1 < len(toks) and toks[j + 1].word == "着"
        if acting and before.tag in _PEOPLE_NOUN_TAGS:  # (a common noun or 们; not 钮玉兰/nr, a name no table holds)
            return j
        if not verb_before and _gesture(toks, j) and _people_noun(before):
            return j  # 店主|摇摇头(说), 医生|叹了口气(说): what the person does before speaking
        verb_before = verb_before or before.tag.startswith("v") and not (j == 1 and before.word in EXISTENTIAL_VERBS)
    return None


def _own_time_clause_cut(toks: Sequence[segmenter.Token]) -> int | None:
    """Where a common noun of a person (证人, 当事人, 律师) opening the words is followed by a clause of time of
    their own doing that 时 closes (证人|出庭作证时(说), 律师|接受采访时(表示)): the clause is no part of who speaks."""
    k = 1 if toks and toks[0].tag in COUNT_OR_KIND_TAGS else 0  # (一名|村民|被问及此事时, 主审/b|法官|宣判时)
    if len(toks) < k + 3 or toks[-1].word != WHEN or not (person_kind_word(toks[k]) or _officer(toks[k])):
        return None  # (国家|发展改革委…时: 家 ends 专家 and 国家 alike, no kind of person)
    if toks[k].word in LITIGANTS and _officer(toks[k + 1]) or person_kind_word(toks[k + 1]):
        k += 1  # 辩方|律师|为被告求情时, 控方|检察官|陈词时: a side, then the one speaking for it
    return k + 1 if k + 2 < len(toks) and not person_kind_word(toks[k + 1]) and toks[k + 1].tag != "uj" else None


def _officer(t: segmenter.Token) -> bool:
    """Is ``t`` a common noun of an office ending as an office's title does (法官, 检察官, 审判长: lexicon
    titles_zh.OFFICE_ENDS), which a clause of time its holder does may follow (法官|庭审时, 审判长|宣判时)? Not any
    end of a title (国家, 专家: 家)."""
    return t.tag == "n" and len(t.word) >= 2 and t.word.endswith(OFFICE_ENDS)


def person_kind_word(t: segmenter.Token) -> bool:
    """Is ``t`` a common noun ending as a noun of a kind of person does (证人, 村民, 律师: PEOPLE_KIND_ENDS), or a
    party of a case at law (被告, 原告: LITIGANTS)? One word; :func:`.kinds_of_people_zh.kind_of_person` reads a
    phrase."""
    return t.tag == "n" and (t.word.endswith(PEOPLE_KIND_ENDS) or t.word in LITIGANTS)


def _gesture(toks: Sequence[segmenter.Token], j: int) -> bool:
    """Is ``toks[j]`` the verb of an act: a verb of two characters or more opening with no surname (摇摇头/v; no
    verbal noun, no name jieba tags a verb: 付建/v, 拉加德/v), a set phrase with 了 or 着 (笑了笑/l), or one character
    before 了 or 着 (叹/zg 了, 擦/v 了)?"""
    t = toks[j]
    if len(t.word) == 1:  # (拍/v 着手: jieba reads the particle with the next word)
        return j + 1 < len(toks) and toks[j + 1].word[:1] in MANNER_ASPECTS and t.tag != "k"
    if t.tag == "l":  # 笑了笑/l, a set phrase of an act; 打电话/l, 发微博/l as _opens_predicate reads them
        return any(ch in MANNER_ASPECTS for ch in t.word) or not t.word.endswith(SET_PHRASE_PERSON_ENDS)
    after = toks[j + 1].tag if j + 1 < len(toks) else ""
    return t.tag in _ACT_TAGS and t.word[0] not in SURNAMES and after not in PROPER_TAGS  # (not 拉加/v 德/ns)


_ACT_TAGS = frozenset("v vi vd".split())


def people_noun(t: segmenter.Token) -> bool:
    """Is ``t`` one common noun of a person (店主, 医生, 老板娘)?"""
    return t.tag != "k" and _people_noun(t)


def _people_noun(t: segmenter.Token) -> bool:
    """Is ``t`` a common noun of a person (店主, 医生, 工友, 老板娘) or the plural mark after one (们)?"""
    if t.tag == "k":
        return True
    person = t.word.endswith((*PEOPLE_KIND_ENDS, *PERSON_HEAD_CHARS)) or t.word[-1:] in JOB_END_CHARS
    known = t.word in KIN_NOUNS or t.word.endswith(_ADDRESS_ENDS)  # (店老板, 保洁阿姨: a form of address ends it)
    return t.tag == "n" and (person or known or t.word.endswith(QZ.ZH_PERSON_HEADS))


# The forms of address of a person, ending a noun of one (老板, 店老板, 维修师傅).
_ADDRESS_ENDS = tuple(sorted(ADDRESS_AFTER_SURNAME))


def _body(t: segmenter.Token) -> bool:
    """Is ``t`` one word naming an organisation or a party (法院, 统计局, 警方, 校方)?"""
    org = len(t.word) >= 2 and t.word.endswith(ORG_HEADS) or len(t.word) == 2 and t.word.endswith(PARTY)
    return org and t.tag.startswith(("n", "j")) and t.tag != "nr"


# Tags jieba gives a surname it splits off a name it does not know (孙/zg, 邱/nr).
_SURNAME_TAGS = frozenset("zg nr ng n".split())


def function_word(seg: str) -> bool:
    """Is ``seg`` one word of the dictionary that is a verb, an adverb, a distinguishing word, a conjunction, a
    preposition or a particle (是, 免不了, 主要, 实名), opening with no surname: a word of the predicate, no one who
    speaks? (A name may be such a word too when the article gives it as an alias: 雀跃（化名）; the caller knows.)"""
    toks = segmenter.tag(seg)
    return (
        len(toks) == 1 and toks[0].tag in PREDICATE_LEAD_TAGS and seg[0] not in SURNAMES and segmenter.is_word(seg)
    )


def clause_read(seg: str) -> bool:
    """Is ``seg``, read as a speaker's name, a clause: five characters or more with an adverb inside (处理结果|也|仅|为
    行政(警告))? No person's nor body's name holds one (世界卫生组织, 最高人民法院)."""
    toks = segmenter.tag(seg)
    return len(seg) >= _CLAUSE_SIZE and any(t.tag == "d" for t in toks[1:-1])


# How long a phrase read as a name must be before an adverb inside it makes it a clause.
_CLAUSE_SIZE = 5
