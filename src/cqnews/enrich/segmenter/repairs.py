"""Repairs of the segmenter's words that the speaker readers need (see :mod:`cqnews.enrich.segmenter`):
据 glued to the source after it (据市/卫健委), the given name read apart after a double surname
(司马光/明表示), things jieba's dictionary calls names (洪水/nr), a time word glued to a name
(见到刘芳时，), and a verb glued to the end of a name, with its particle of aspect (李华拉着/nr ->
李华/拉/着) or before the 得 of a complement (周云气/得 -> 周云/气/得). The repairs of times and numbers
(当地/时间, 胡志伟昨/nr, 张伟二/nr 〇) are in :mod:`.times`, those of places
read as names and names read as places (石家庄/nr, 荣昌/nr 区, 律师/马建国/ns) in :mod:`.places`."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.bodies_zh import ACCOUNT_NOUNS, DISTRICT_ENDS, PLACE_ENDS
from ...lexicon.cue_words_zh import MANNER_ASPECTS, MEETINGS_HOLDING_SAY, SAY_AFTER_NAME, VOICE_MANNERS
from ...lexicon.function_words_zh import ASPECT_PARTICLES
from ...lexicon.people_nouns_zh import HE_SHE, KIN_NOUNS, PERSON_NOUN_ENDS
from ...lexicon.personal_names_zh import (
    A_KIN_WORDS,
    ADDRESS_AFTER_SURNAME,
    DOUBLE_SURNAME_WORDS,
    DOUBLE_SURNAMES,
    FAMILIAR_PREFIXES,
    HONORIFICS,
    NOT_NAME_WORDS,
    ORIGIN_END,
    SURNAMES,
)
from ...lexicon.pos_tags_zh import ASPECT_TAGS_BUT_UG, NAME_TAGS
from ...lexicon.punctuation_zh import ZH_COLON_FORMS
from ...lexicon.quotes_zh import ASK, ZH_CUE_WORDS
from ...lexicon.segmenter_repairs_zh import (
    DEGREE_ADVERB_CHARS,
    GLUED_NAME_LEADS,
    GOT_AFTER,
    NOUNS_GLUED_TO_MASHANG,
    VERBS_WITH_PARTICLE,
)
from ...lexicon.time_words_zh import (
    DAY_POINTERS,
    DIGIT_CHARS,
    NUMERAL_CHARS,
    TIME_AFTER_NAME,
    TIME_POINTER,
    UP_TO,
    WHEN,
    ZERO_CHARS,
    ZONE_TIME,
)
from ...lexicon.titles_zh import TITLES_TAGGED_OTHERWISE
from ...text import is_cjk_char
from .aspect import verb_before_aspect
from .base import Step, Token, at, char_tag, cut_after_name, jieba_tags, joined, known, last, retag, title_token
from .familiar import (
    familiar_before_action,
    familiar_glued_to_adverb,
    familiar_glued_to_cue,
    familiar_glued_to_noun,
    familiar_letter,
    familiar_off_noun,
    familiar_read_apart,
    familiar_read_as_noun,
    noun_of_a_person_read_as_name,
    noun_of_a_person_tagged_name,
)
from .places import city_read_as_name, district_read_as_name, places_after_titles
from .times import (
    day_after_name,
    digit_glued_to_name,
    given_glued_to_day,
    pointer_before_time,
    time_glued_to_cue,
    up_to_a_round_number,
    zero_read_as_symbol,
    zone_times,
)


def cue_read_as_given(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """王明/苟直言 -> 王明/苟/直言: after a name, a "name" of three characters whose last two are a verb of
    saying (直言, 坦言) is the last character of that name and the cue (jieba's model read a given name there)."""
    prev, t = last(out), tokens[i]
    w = t.word
    glued = len(w) == 3 and w[1:] in SAY_AFTER_NAME and t.tag in NAME_TAGS and not known(w)
    if glued and prev is not None and prev.tag in NAME_TAGS and prev.end == t.start:
        return [Token(w[0], t.tag, t.start, t.start + 1), Token(w[1:], "v", t.start + 1, t.end)]
    return None


def _lead_glued_to_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """经迪丽娜/nr -> 经/迪丽娜, 被王华/nr -> 被/王华: a preposition or a verb of one character jieba's model glued to
    the name after it (a "name" of three to five Han characters no dictionary holds) is a word of its own; so is
    问 (to ask) right after the asker, a name or a noun (张老师/问小刚/nr -> 问/小刚, 记者/问王芳/nr)."""
    t, prev = tokens[i], last(out)
    w = t.word
    lead = w[0] in GLUED_NAME_LEADS or w[0] == ASK and prev is not None and prev.end == t.start and _asker(prev)
    glued = lead and all(is_cjk_char(c) for c in w)  # (not 让·杜邦, a dotted name)
    if glued and t.tag in NAME_TAGS and 3 <= len(w) <= 5 and not known(w):
        lead_tag = "v" if w[0] == ASK else char_tag(w[0])
        return [Token(w[0], lead_tag, t.start, t.start + 1), Token(w[1:], t.tag, t.start + 1, t.end)]
    return None


def _asker(t: Token) -> bool:
    """Can ``t`` be the subject of 问 right after it (a name, a noun, a pronoun)?"""
    return t.tag[:1] in ("n", "r") and is_cjk_char(t.word[-1])


def _source_preposition(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """据市/卫健委 -> 据/市/卫健委: "according to" glued by jieba's model to the first character of the
    source's name is a preposition of its own (not 据悉, 据点, 据此: words of the dictionary)."""
    t = tokens[i]
    if len(t.word) == 2 and t.word[0] == "据" and is_cjk_char(t.word[1]) and not known(t.word):
        return [Token("据", "p", t.start, t.start + 1), Token(t.word[1], char_tag(t.word[1]), t.start + 1, t.end)]
    return None


def _yu_in_names(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """王/于/渐/指出 -> 王于渐/指出: 于 read as the preposition where it is a character of a given name after a
    lone surname (one character after it, then a verb, a time word or the end)."""
    t, prev, nxt, after = tokens[i], last(out), at(tokens, i + 1), at(tokens, i + 2)
    if t.word != "于" or t.tag != "p" or nxt is None:
        return None
    if prev is not None and _given_after_yu(prev, nxt, after):
        return [Token(prev.word + "于" + nxt.word, "nr", prev.start, nxt.end)]  # 王于渐
    if _surname_yu(prev, nxt, after):
        return [Token("于" + nxt.word, "nr", t.start, nxt.end)]  # 于东军(则称)
    return None


def _surname_yu(prev: Token | None, given: Token, after: Token | None) -> bool:
    """Is 于 the surname of the given name after it, opening its clause (于/东军/则称, 于/建华/表示) or after a title
    with a given name jieba tags one (主席/于/洪臣/表示): a word of one or two characters that is no time, place,
    count nor localiser, then an adverb or a verb, as a preposition's object never is followed?"""
    titled = prev is not None and title_token(prev) and given.tag in NAME_TAGS  # (主席/于/洪臣/nr 表示)
    opens = prev is None or not is_cjk_char(prev.word[-1]) or titled
    return (
        opens and 1 <= len(given.word) <= 2 and all(is_cjk_char(c) for c in given.word)
        and given.tag in _YU_GIVEN_TAGS
        and (after is not None and after.tag[:1] in ("d", "v") or titled and after is None)  # (主席于洪臣|: the end)
    )


# Tags of the given name after the surname 于 (东军/n, 建华/nz, 明/a); not 今年/t, 会上/s, 此/r.
_YU_GIVEN_TAGS = frozenset("n nz nr ng a zg j".split())


def _given_after_yu(surname: Token, given: Token, after: Token | None) -> bool:
    """Do a lone surname (王/x), 于 and one character (渐/d) make a name: a verb or a time word after them, or
    the end of the text read (a speaker's phrase is read without its cue)?"""
    return (
        len(surname.word) == 1 and surname.word in SURNAMES and surname.tag in _LONE_SURNAME_TAGS
        and len(given.word) == 1 and is_cjk_char(given.word)
        and (after is None or after.tag.startswith("v") or after.tag == "t")
    )


def _aspect_glued(t: Token) -> bool:
    """Is ``t`` a name jieba read with a verb and its particle of aspect after it (李华拉着/nr, 王建国放下了)?"""
    return t.tag in NAME_TAGS and len(t.word) >= 4 and t.word[-1] in ASPECT_PARTICLES and t.word[0] in SURNAMES



def _verb_before_de(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """周云气/得/跳脚 -> 周云/气/得/跳脚, 王芳笑/得/… -> 王芳/笑/得: the verb of a complement with 得 read by jieba
    as the end of the two-character name before it (a name of three characters is no dictionary word; the
    verb of 得 is one character right before it)."""
    t, nxt, after = tokens[i], at(tokens, i + 1), at(tokens, i + 2)
    glued = nxt is not None and nxt.word == "得" and nxt.tag == "ud" and t.tag in NAME_TAGS
    glued = glued and after is not None and after.word not in GOT_AFTER  # (not 李明华|得了|冠军: won)
    if glued and len(t.word) == 3 and t.word[0] in SURNAMES and not known(t.word):
        return cut_after_name(t, char_tag(t.word[2]))
    return None




# Tags jieba gives a lone surname it does not know the name of (王/x, 陈/nr).
_LONE_SURNAME_TAGS = frozenset("x nr ng zg".split())


def _title_before_surname(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """市/长江/明 -> 市长/江明, 县/长江/小华 -> 县长/江小华, 局/长安/明 -> 局长/安明: the 长 of a title (市长, 局长)
    read by jieba with the surname after it as a place of its dictionary (长江, 长安), the given name left apart
    (one or two characters). Only when the character before and 长 make a dictionary word."""
    prev, t, nxt = last(out), tokens[i], at(tokens, i + 1)
    if prev is None or nxt is None or not _title_glued_to_surname(prev, t, nxt):
        return None
    name = Token(t.word[1] + nxt.word, "nr", t.start + 1, nxt.end)
    return [Token(prev.word + "长", "n", prev.start, t.start + 1), name]


def _title_glued_to_surname(prev: Token, t: Token, nxt: Token) -> bool:
    """Is ``t`` (长 and a surname: 长江) the end of the title ``prev`` begins (市, 局) and the surname of the
    given name ``nxt`` (明/a, 小华/nr)?"""
    return (
        len(t.word) == 2 and t.word[0] == "长" and t.word[1] in SURNAMES and len(prev.word) == 1
        and known(prev.word + "长") and 1 <= len(nxt.word) <= 2 and all(is_cjk_char(c) for c in nxt.word)
        and (nxt.tag in _TITLE_GIVEN_TAGS or nxt.tag == "n" and len(nxt.word) == 1)
    )


# Tags of the given name after a surname jieba glued to a title's 长 (明/a, 小华/nr); a noun of two characters
# is a word of its own (本市|长江|水位: the river's level).
_TITLE_GIVEN_TAGS = frozenset("a ng nr nz zg".split())


def _double_surname_given(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """司马光/明/表示 -> 司马光明/表示, 诸葛/明亮/认为 -> 诸葛明亮/认为: after a double surname a given name has up to
    two characters; the word jieba read apart from a double surname with one or none of them, right before
    a verb of saying, a colon or the end, completes the name (not 司马光/说: nothing stands between)."""
    prev, t = last(out), tokens[i]
    if prev is not None and _given_of_double(prev, t, at(tokens, i + 1)):
        return [joined(prev, t, "nr")]
    return None


def _given_of_double(name: Token, t: Token, nxt: Token | None) -> bool:
    """Is ``t`` the rest of the given name after ``name``, a double surname with one character or none
    (tagged a name, or the surname alone whatever its tag: 欧阳/ns 志宏, 端木/n 立新)? Before a verb of saying, a
    colon or the end of the text read (a speaker's phrase is read without its cue); elsewhere too (这并非欧阳明/远
    第一次, 司马/建军的) when the surname is no word of its own (东方 is: 东方/明珠)."""
    room = 4 - len(name.word)
    named = name.tag in NAME_TAGS or name.word in DOUBLE_SURNAMES
    return (
        named and name.word[:2] in DOUBLE_SURNAMES and 1 <= len(t.word) <= room
        and all(is_cjk_char(c) for c in t.word) and _double_given_tag(name, t)
        and (nxt is None or nxt.word in SAY_AFTER_NAME or nxt.word in ZH_COLON_FORMS or _manner_glued(nxt)
             or name.word[:2] not in DOUBLE_SURNAME_WORDS)
    )


def _manner_glued(t: Token) -> bool:
    """Is ``t`` a verb of manner with its 着 or 了 read as one particle (撇着/uz 嘴说, 笑了/ul): what a person does as
    they speak, so the double surname before it that is also a word (东方/s 玉兰) names someone?"""
    return len(t.word) == 2 and t.tag in ASPECT_TAGS_BUT_UG and t.word[-1] in MANNER_ASPECTS


# Tags of the given name's rest that jieba reads apart after a double surname (明/a, 明亮/a, 云/ns).
_DOUBLE_GIVEN_TAGS = frozenset("a n ng nr nz zg".split())


def _double_given_tag(name: Token, t: Token) -> bool:
    """Is ``t`` tagged as a given name may be after ``name``: a name's tag, or an adverb of two characters
    (立新/d) right after the bare surname (端木), which is no word of its own?"""
    if t.tag in _DOUBLE_GIVEN_TAGS:
        return True
    return t.tag == "d" and len(t.word) == 2 and name.word in DOUBLE_SURNAMES - DOUBLE_SURNAME_WORDS


def _not_names(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """洪水/nr -> 洪水/n (a thing jieba's dictionary calls a name; 孙女/nr, a kin noun, 陈姓/nrfg, a surname and 姓, and
    江苏籍/nr, a word of origin, too), 刘芳时/nr|， -> 刘芳/nr|时/t (a time word glued to a two-character name before
    a mark or a pronoun: 见到刘芳时，她…)."""
    t = tokens[i]
    if _tagged_proper_names_no_one(t):
        return [retag(t, "n")]
    if _time_glued(t, at(tokens, i + 1)):
        return cut_after_name(t, "t")
    return None


def _tagged_proper_names_no_one(t: Token) -> bool:
    """Is ``t`` tagged a name but no name (see :func:`_no_name`), or a kin word of 阿 tagged a place (阿伯/ns,
    阿哥/ns: the person described)?"""
    return t.tag in NAME_TAGS and _no_name(t.word) or t.tag == "ns" and t.word in A_KIN_WORDS


def _no_name(word: str) -> bool:
    """Is ``word``, tagged a name, a thing, an account one publishes on (官微, 小红书), a kin noun, a surname and
    姓 or a word of origin?"""
    if word in NOT_NAME_WORDS or word in ACCOUNT_NOUNS:
        return True
    return _kin_like_name(word) or _surname_only(word) or _origin(word)


def _kin_like_name(word: str) -> bool:
    """Is ``word`` a kin noun that opens with a surname's character (孙女, 孙子, 岳父: jieba may tag it a name), or a
    kin word of 阿 (阿姨, 阿婆, 阿伯: the person described, whom no name is given)?"""
    return word in KIN_NOUNS and word[0] in SURNAMES or word in A_KIN_WORDS


def _surname_only(word: str) -> bool:
    """Is ``word`` a surname and 姓 (陈姓男子: the man surnamed Chen), which names no one: a description?"""
    return len(word) == 2 and word[1] == "姓" and word[0] in SURNAMES


def _origin(word: str) -> bool:
    """Is ``word`` a word of origin (江苏籍, 美籍: of Jiangsu, of America), which names no one?"""
    return len(word) >= 2 and word.endswith(ORIGIN_END)


def _time_glued(t: Token, nxt: Token | None) -> bool:
    """Is ``t`` a name of three characters whose last is 时, 后 or 前 glued to it before a mark or a
    pronoun (刘芳时，, 王芳时她), not a name of the dictionary?"""
    if not (t.tag in NAME_TAGS and len(t.word) == 3 and t.word[0] in SURNAMES and t.word[2] in TIME_AFTER_NAME):
        return False
    after = nxt is not None and (not is_cjk_char(nxt.word[0]) or nxt.word in HE_SHE)
    return after and not known(t.word)  # (at a window's end the name may go on to a verb: no split)


def _degree_off_word(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """陈述较/nr 一致 -> 陈述/n 较/d 一致: a word of the dictionary and an adverb of degree jieba's model read as one
    name (no dictionary word) before an adjective, a verb or an adverb is the word and the adverb."""
    t, nxt = tokens[i], at(tokens, i + 1)
    if nxt is None or not nxt.tag.startswith(("a", "v", "d")) or known(t.word) or not known(t.word[:2]):
        return None
    tag = next((tag for _, tag in jieba_tags(t.word[:2])), "n")
    word_tag = "n" if tag in NAME_TAGS else tag
    return [Token(t.word[:2], word_tag, t.start, t.end - 1), Token(t.word[2], "d", t.end - 1, t.end)]


def _numbers_as_names(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """A name read as a number tagged a name (许小年/m -> 许小年/nr)."""
    t = tokens[i]
    return [retag(t, "nr")] if _surname_read_as_number(t) else None


def _surname_read_as_number(t: Token) -> bool:
    """Is ``t`` a name jieba read as a number because its surname is also a word of quantity (许小年/m: 许
    "about", 万 "ten thousand")? A word of two or three characters tagged a numeral, not in the dictionary
    (许多, 许久 are), whose characters after the surname are no numerals."""
    return (
        t.tag == "m" and 2 <= len(t.word) <= 3 and t.word[0] in SURNAMES and not known(t.word)
        and all(is_cjk_char(c) and c not in NUMERAL_CHARS for c in t.word[1:])
    )


def _surname_read_as_measure(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """农民工/张/q/大山 -> 农民工/张大山: a surname jieba reads as a measure word (张, 条) right after a noun of a
    kind of person or a title opens a name, when one or two characters follow it and then a mark, a verb or an
    adverb (no number stands before a measure there: 三张纸)."""
    t, prev, given, after = tokens[i], last(out), at(tokens, i + 1), at(tokens, i + 2)
    person = prev is not None and prev.tag.startswith("n") and prev.word.endswith(PERSON_NOUN_ENDS)
    if (
        t.tag == "q" and t.word in SURNAMES and person and given is not None
        and 1 <= len(given.word) <= 2 and all(is_cjk_char(c) for c in given.word) and not given.tag.startswith("v")
        and (after is None or after.tag[:1] in ("x", "v", "d", "p", "t"))
    ):
        return [joined(t, given, "nr")]
    return _surname_before_address(out, tokens, i)


def _surname_before_address(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """张/q/大爷/n -> 张大爷/nr, 张/q/阿姨 -> 张阿姨: a surname jieba reads as a measure word right before a form of
    address set after surnames (大爷, 阿姨, 奶奶, 先生) is that person, when no number, demonstrative nor other
    measure stands before it (三/张/大爷的照片 counts pictures; jieba reads 这张, 两张 as one word anyway)."""
    t, prev, address = tokens[i], last(out), at(tokens, i + 1)
    if address is None or address.start != t.end or address.word not in _ADDRESSES:
        return None
    if prev is not None and prev.end == t.start and prev.tag[:1] in ("m", "q", "r"):
        return None
    return [joined(t, address, "nr")]


# The forms of address set after a surname (张大爷, 张阿姨, 张女士).
_ADDRESSES = ADDRESS_AFTER_SURNAME | frozenset(HONORIFICS)
# 老 (old) before such a form of address, with it a noun of a kind of person (老师傅, 老大爷, 老先生), no surname.
_ELDER = "老"


def _elder_address(t: Token) -> bool:
    """Is ``t`` a "name" jieba made of 老 and a form of address set after surnames (老师傅/nr, 老大爷/nr)?"""
    return t.tag in NAME_TAGS and t.word[:1] == _ELDER and t.word[1:] in _ADDRESSES


def _elder_address_read_as_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """一名/老师傅/nr -> 老师傅/n, 老大爷/nr -> 老大爷/n: 老 and a form of address set after surnames (师傅, 大爷, 先生)
    is a noun of a kind of person (an old master, an old man), never a name: 老 and a surname (老张) is one, and no
    surname is 师 or 大 there."""
    t = tokens[i]
    return [retag(t, "n")] if _elder_address(t) else None


def _title_tagged_otherwise(t: Token) -> bool:
    """Is ``t`` a title jieba's dictionary tags other than a noun (署长/v, 首相/d, 立委/j)?"""
    return t.word in TITLES_TAGGED_OTHERWISE and t.tag != "n"


def _title_read_as_verb(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """署长/v -> 署长/n, 首相/d -> 首相/n, 立委/j -> 立委/n: a title jieba's dictionary tags a verb, an adverb or an
    abbreviation (署长, 处长: the head of a department), a noun."""
    t = tokens[i]
    return [retag(t, "n")] if _title_tagged_otherwise(t) else None


def _voice_read_as_noun(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """便/小声/n/说 -> 便/小声/d/说: a word of the voice one speaks in (小声, 低声, 齐声) right before a verb is an
    adverb of manner, neither a noun nor a name that could be the speaker (so too at the end of a text: the window
    before a cue that the speaker readers tag ends there), or before a cue jieba tags otherwise (小声/嘀咕/o)."""
    t, nxt = tokens[i], at(tokens, i + 1)
    before_verb = nxt is None or nxt.tag.startswith("v") or nxt.word in ZH_CUE_WORDS  # (a cue whatever its tag)
    if t.word in VOICE_MANNERS and t.tag != "d" and before_verb:
        return [retag(t, "d")]
    return None


def _mashang_read_apart(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """旁边的/人马/上/表示 -> 人/马上/表示: a noun jieba glued to the 马 of 马上 ("at once"), with 上 and a verb after
    it, is the noun alone and the adverb 马上 (人马 "troops" is no one who speaks then)."""
    t, up, verb = tokens[i], at(tokens, i + 1), at(tokens, i + 2)
    if t.word not in NOUNS_GLUED_TO_MASHANG or up is None or up.word != "上" or up.start != t.end:
        return None
    if verb is None or not verb.tag.startswith("v"):
        return None
    return [Token(t.word[:-1], "n", t.start, t.end - 1), Token("马上", "d", t.end - 1, up.end)]


def _meeting_opening_glued(t: Token) -> bool:
    """Is ``t`` the preposition 在 and the first character of a meeting's name holding 说 (在业/v of 在业说会)?"""
    return len(t.word) == 2 and t.word[0] == "在" and t.word[1] + "说会" in MEETINGS_HOLDING_SAY


def _meeting_glued_to_preposition(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """总经理/在业/v 说/会上 -> 在/p 业/j: the first character of a meeting's name holding 说 (业说会, 业绩说明会)
    that jieba glued to the preposition before it opens the meeting's name, not a verb 在业 (to be in work). The
    text may end at the 说 (a clause read up to the meeting's localiser: 在业说|会上)."""
    t, say, meeting = tokens[i], at(tokens, i + 1), at(tokens, i + 2)
    if say is None or say.word != "说" or meeting is not None and not meeting.word.startswith("会"):
        return None
    return [Token(t.word[0], "p", t.start, t.start + 1), Token(t.word[1], "j", t.start + 1, t.end)]


def _ask_read_as_noun(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """记者/问/n 周先生 -> 问/v: 问 alone (to ask) that jieba tags a noun between a person and whom they ask (a noun,
    a name or a pronoun) is the verb, so the asker is the subject (记者问 is no description)."""
    prev, t, nxt = last(out), tokens[i], at(tokens, i + 1)
    if t.word != ASK or t.tag != "n" or prev is None or nxt is None:
        return None
    if prev.tag[:1] not in ("n", "r") or nxt.tag[:1] not in ("n", "r"):
        return None
    return [retag(t, "v")]


# The repairs of this module, in turn (see ``core.REPAIRS``): the test of a token that a text may need one, and
# its fix.
STEPS: tuple[Step, ...] = (
    (lambda t: t.word[-1:] in DIGIT_CHARS and len(t.word) == 3, digit_glued_to_name),  # (张伟二/nr 〇/x)
    (lambda t: t.word in ZERO_CHARS and t.tag == "x", zero_read_as_symbol),
    (lambda t: t.word == ASK and t.tag == "n", _ask_read_as_noun),  # (记者/问/n 周先生)
    (lambda t: t.word == UP_TO, up_to_a_round_number),  # (上/f 百名)  # (most texts: no 〇 at all)
    (_title_tagged_otherwise, _title_read_as_verb),  # (most texts: no 署长/v)
    (lambda t: t.word in VOICE_MANNERS and t.tag != "d", _voice_read_as_noun),  # (便/小声/n/说)
    (lambda t: t.word in NOUNS_GLUED_TO_MASHANG, _mashang_read_apart),  # (人马/上/表示)
    (_meeting_opening_glued, _meeting_glued_to_preposition),  # (总经理/在业/说/会上)
    (lambda t: len(t.word) == 3 and t.word[1:] in SAY_AFTER_NAME and t.tag in NAME_TAGS, cue_read_as_given),
    (lambda t: t.word[0] == "据" and len(t.word) == 2, _source_preposition),  # (most texts: no 据市 to repair)
    (lambda t: t.word.endswith(TIME_POINTER), pointer_before_time),  # (most texts: no 本/月初 to join)
    (lambda t: t.word == ZONE_TIME, zone_times),
    (lambda t: len(t.word) == 2 and t.word[0] == WHEN, time_glued_to_cue),  # (出庭作证/时称/n)
    (lambda t: len(t.word) == 2 and t.word[1] in DAY_POINTERS, given_glued_to_day),  # (超今/早)
    (lambda t: t.word[:1] in DAY_POINTERS or t.word[-1:] in DAY_POINTERS, day_after_name),  # (胡志伟/昨在)
    (lambda t: t.word == "于" and t.tag == "p", _yu_in_names),  # (most texts: no 于 at all)
    (_aspect_glued, verb_before_aspect(VERBS_WITH_PARTICLE)),  # (most texts: no 李华拉着 to repair)
    (lambda t: t.word == "得" and t.tag == "ud", _verb_before_de),  # (most texts: no 气得 after a name)
    (lambda t: len(t.word) == 2 and t.word[0] == "长", _title_before_surname),  # (most texts: no 长江 after 市)
    (lambda t: t.tag == "q" and t.word in SURNAMES, _surname_read_as_measure),  # (农民工/张/大山)
    (_elder_address, _elder_address_read_as_name),  # (一名/老师傅/nr)
    (lambda t: len(t.word) == 2 and t.word[0] in FAMILIAR_PREFIXES, familiar_read_as_noun),  # (村民/老张/n 说)
    (lambda t: t.word in FAMILIAR_PREFIXES, familiar_read_apart),  # (司机/老/刘/zg 告诉)
    (lambda t: t.word in FAMILIAR_PREFIXES, familiar_glued_to_cue),  # (厨师/小/黄说/v)
    (lambda t: t.word[0] in FAMILIAR_PREFIXES, familiar_before_action),  # (小/刘举/nr 着)
    (lambda t: t.word in FAMILIAR_PREFIXES, familiar_glued_to_adverb),  # (老/郑直/nr 摇头)
    (lambda t: t.tag == "eng" and len(t.word) == 1, familiar_letter),  # (市民/小/A/eng, 视频/博主小/b A)
    (familiar_glued_to_noun, familiar_off_noun),  # (视频/博主小王/n 说, 村医老/n 赵说/v)
    (noun_of_a_person_tagged_name, noun_of_a_person_read_as_name),  # (这个/小姑娘/nr 说)
    (lambda t: t.word[-1:] in DISTRICT_ENDS, district_read_as_name),  # (荣昌/nr 区, 武侯区/nr)
    (lambda t: t.tag == "nr" and len(t.word) == 3 and t.word[-1] in PLACE_ENDS, city_read_as_name),  # (石家庄/nr)
    (_surname_read_as_number, _numbers_as_names),  # (most texts: no 许小年/m)
    (lambda t: t.tag == "ns" and len(t.word) == 3, places_after_titles),  # (most texts: no 马建国/ns)
    (lambda t: t.word[:2] in DOUBLE_SURNAMES, _double_surname_given),
    (lambda t: t.tag in NAME_TAGS and (t.word[0] in GLUED_NAME_LEADS or t.word[0] == ASK), _lead_glued_to_name),
    (lambda t: _tagged_proper_names_no_one(t) or t.tag in NAME_TAGS and t.word[-1] in TIME_AFTER_NAME, _not_names),
    (lambda t: t.tag in NAME_TAGS and len(t.word) == 3 and t.word[-1] in DEGREE_ADVERB_CHARS, _degree_off_word),
)
