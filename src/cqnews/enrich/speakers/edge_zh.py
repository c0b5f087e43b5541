"""The words at an end of a Chinese speaker's phrase that are no part of the speaker (:func:`word_off_edge`): words
of function, time and manner, a verb of saying, a demonstrative; and those jieba tags so that are kept (a surname, a
given name read as a word, a localiser that opens a body's short name). :mod:`cqnews.enrich.speakers.trim_zh` drops
them from both ends of the clause before a cue.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon import quotes_zh as QZ
from ...lexicon import reporting_zh as RZ
from ...lexicon.bodies_zh import COUNTED_SIDES, ORG_HEADS
from ...lexicon.cue_words_zh import (
    GLUED_ADVERB_CHARS,
    HOW_OFTEN_CHARS,
    MANNER_WORDS,
    MODAL_CHARS,
    ON_THE_SPOT,
    SAYING_VERBS,
)
from ...lexicon.function_words_zh import (
    DEMONSTRATIVES,
    DIRECTION_CHARS,
    LOCALISERS,
    NEARBY_LOCALISERS,
    SOMEWHAT_WORDS,
    THROUGH_PREPOSITIONS,
)
from ...lexicon.people_nouns_zh import NOT_SPEAKER_WORDS
from ...lexicon.personal_names_zh import SURNAMES
from ...lexicon.pos_tags_zh import MANNER_DI_TAGS, NAME_TAGS, NEVER_TAGS
from ...lexicon.time_words_zh import (
    EACH,
    EACH_TIME_UNITS,
    POINTING_CHARS,
    TIME_DEMONSTRATIVES,
    TIME_UNITS,
    TIME_WORD_CHARS,
    WEEK_WORDS,
)
from ...lexicon.titles_zh import SURNAME_TITLES, TITLE_ENDS, TITLE_HEADS, TITLES_AFTER_NAME
from ...text import is_cjk_char
from .. import segmenter
from . import names_zh as N
from .glued_zh import made_up_function_word

__all__ = ["ZH_TITLES_AFTER", "edge_word", "title_word", "word_off_edge"]


ZH_TITLES_AFTER: tuple[str, ...] = (*QZ.ZH_TITLE_SUFFIXES, *TITLES_AFTER_NAME)


def title_word(word: str) -> bool:
    """Is ``word`` a title written after a name (院士, 外长, 研究员, 大使)?"""
    return word.endswith(TITLE_ENDS) or word.endswith(ZH_TITLES_AFTER) or word in SURNAME_TITLES


def _pointed_body(t: segmenter.Token) -> bool:
    """Is ``t`` a demonstrative and the head of a body in one word (该校/r, 该院/r, 该局/r): the body named before, a
    subject of its own, so a verb of speaking after it (该校|回应(称)) is no noun it points at as 该|报道 is?"""
    return len(t.word) == 2 and t.word[0] in DEMONSTRATIVES and t.word[1:].endswith(ORG_HEADS)


def edge_word(toks: list[segmenter.Token], i: int) -> bool:
    """:func:`word_off_edge`, but never the time word of a clause that describes the person (去年|来过的游客: the
    time of that clause, part of the phrase)."""
    return not (i == 0 and _time_in_relative_clause(toks)) and word_off_edge(toks, i)


def word_off_edge(toks: list[segmenter.Token], i: int) -> bool:
    """Is ``toks[i]`` (at an end of the phrase) a word that is no part of a speaker: a conjunction, an
    adverb, a time word, a localiser, a number, a preposition, a particle (然后, 只是, 周一, 三月份)?
    A lone surname is kept (张/近东: jieba's tags are unsure of names), and so is a party (以方)."""
    t = toks[i]
    if i == 0 and (_lead_function_word(toks) or _time_word_cut(toks)):
        return True  # 经|王丽 (see _lead_function_word), 那|时候(王明说)
    surname = t.word in SURNAMES and not (i == 0 and _function_surname(toks))  # (曾/d 数度以普通话: an adverb)
    if t.tag in NAME_TAGS or surname and (len(toks) > 1 and i == 0 or len(toks) == 1 and t.tag == "m"):
        return False  # (许/m alone before the cue: a surname jieba reads as a numeral)
    if i == 0 and _localiser_of_the_noun(toks):
        return False  # 中/f 大学生会 (a body's short name), 外来/f 务工人员 (where they come from): no localiser
    if t.word in NOT_SPEAKER_WORDS or t.word in _ZH_EDGE_WORDS or t.word in MANNER_WORDS:
        return True
    if _how_or_when_at_end(toks, i):
        return True
    saying = t.word in SAYING_VERBS or t.word in QZ.ZH_CUE_WORDS
    if saying and i == len(toks) - 1 and (i == 0 or toks[i - 1].tag not in ("r", "rz") or _pointed_body(toks[i - 1])):
        return True  # 工作人员回复(称), 联合会警告(称), (，)辩(称): the speaker is before the verb (该报道称 keeps it)
    if i > 0 and (N.given_name(toks, i) and t.tag in ("t", "m") or head_after_counted_sides(toks, i)):
        return False  # 罗/满月: a given name jieba read as a word; 两国|元首/t: the head of the counted sides
    if 0 < i == len(toks) - 1 and _last_of_name(toks, i):
        return False
    # (其其格/c: a name jieba's model made up and tagged a word of function is no word of function)
    return t.tag in NEVER_TAGS and not t.word.endswith("方") and not made_up_function_word(t)


def _how_or_when_at_end(toks: Sequence[segmenter.Token], i: int) -> bool:
    """Is ``toks[i]``, last of a phrase of two words or more, how, where or how often the speaker says it
    (王明|冷冷地(说), 林静|现场(报道), 老人|有些, 母亲|总会(念叨)), or a demonstrative or a word of time, which never
    ends a speaker (周明|那(时候), 周明|这(两天), 周明|彼时)?"""
    return 0 < i == len(toks) - 1 and (_how_said(toks, i) or _pointing_at_time(toks[i]))


def head_after_counted_sides(toks: Sequence[segmenter.Token], i: int) -> bool:
    """Is ``toks[i]`` a word jieba tags a time word with no character of time right after counted countries or sides
    (两国|元首/t(指出)): the head noun of the counted sides, who speak, no time between them and the verb?"""
    t = toks[i]
    if t.tag != "t" or toks[i - 1].word[-1:] not in COUNTED_SIDES or t.word.startswith(WEEK_WORDS):
        return False
    return not any(ch in TIME_WORD_CHARS for ch in t.word)


def _how_said(toks: Sequence[segmenter.Token], i: int) -> bool:
    """Is ``toks[i]``, last of the phrase, a word of how the speaker says it (see _say_manner), of degree before one
    (有些), of where (现场 right after a name) or of how often or surely (吴建国|总, see _modal_before_cue)?"""
    t = toks[i]
    if _say_manner(t) or t.word in SOMEWHAT_WORDS:
        return True
    if t.word in HOW_OFTEN_CHARS and toks[i - 1].tag in NAME_TAGS and len(toks[i - 1].word) >= _FULL_NAME_MIN:
        return True  # 吴建国|总(说): how often he says it, after a full name
    return t.word in ON_THE_SPOT and toks[i - 1].tag in NAME_TAGS or _modal_before_cue(toks, i)


# How long a name is to be a full one (surname and given name), after which 总 is "always", no boss's address.
_FULL_NAME_MIN = 2


def _modal_before_cue(toks: Sequence[segmenter.Token], i: int) -> bool:
    """Is ``toks[i]``, last of the phrase, an adverb and a modal verb jieba glued into a noun (母亲|总会/n, 爷爷|常会/n)
    after no body's name (工会|总会, a body, keeps it)?"""
    t = toks[i]
    glued = len(t.word) == 2 and t.word[0] in GLUED_ADVERB_CHARS and t.word[1] in MODAL_CHARS
    return glued and t.tag not in NAME_TAGS and not toks[i - 1].word.endswith(ORG_HEADS)


def _say_manner(t: segmenter.Token) -> bool:
    """Is ``t`` a word of how one says something: 坦白, 老实 (坦白说, "honestly"), or a word of manner jieba reads with
    its 地 (冷冷地/z, 静静地)?"""
    return t.word in RZ.SAY_MANNERS or len(t.word) > 1 and t.word.endswith("地") and t.tag in MANNER_DI_TAGS


def _last_of_name(toks: Sequence[segmenter.Token], i: int) -> bool:
    """Is ``toks[i]``, last of the phrase, the last character of a name jieba read as a sound (郭荣/nr 铿/o) or as a
    localiser after a title (部长|陈时/ng 中/f)?"""
    return N.sound_name_end(toks[i - 1], toks[i]) or i > 1 and _titled_name_end(toks, i)


def _titled_name_end(toks: Sequence[segmenter.Token], i: int) -> bool:
    """Is ``toks[i]``, one character, the end of a name of three right after a title, whose first two jieba read as
    a word of no name (部长|陈时/ng 中/f): a surname opens them? A title is written before a name, not before words
    of the sentence."""
    before, title = toks[i - 1], toks[i - 2].word
    return (
        len(toks[i].word) == 1 and is_cjk_char(toks[i].word) and len(before.word) == 2
        and before.word[0] in SURNAMES and before.tag not in NAME_TAGS
        and (title_word(title) or title.endswith(TITLE_HEADS))
    )


def _time_in_relative_clause(toks: Sequence[segmenter.Token]) -> bool:
    """Does the phrase open with a time word right before the verb of a clause ending in 的 and a noun of people
    (去年|来过的游客, 昨天|刚到的游客: the time word is inside the clause that describes the person)? A verb jieba
    tags a noun (毕业/n, 入学/n) is the clause's verb right before 的 (今年|毕业的学生), and so is it after an adverb of
    one character (刚|入学的新生, 才|出院的病人): the adverb, too, is inside the clause."""
    if len(toks) < 4 or toks[0].tag not in ("t", "d") or toks[0].tag == "d" and len(toks[0].word) > 1:
        return False
    verb_before_de = toks[1].tag.startswith(("n", "v")) and toks[2].word == "的"
    if not verb_before_de and (toks[0].tag == "d" or not toks[1].tag.startswith(("v", "d"))):
        return False
    de = next((j for j, t in enumerate(toks) if t.word == "的"), 0)
    return 1 < de < len(toks) - 1 and toks[-1].tag.startswith("n") and all(t.tag != "x" for t in toks)


def _time_word_cut(toks: Sequence[segmenter.Token]) -> bool:
    """Does the phrase open with a time word the segmenter cut in two (那|时候(王明说))?"""
    return toks[0].word in TIME_DEMONSTRATIVES and len(toks) > 1 and toks[1].word in NOT_SPEAKER_WORDS


def _lead_function_word(toks: Sequence[segmenter.Token]) -> bool:
    """Does the phrase open with a preposition of who passes the words on (经|王丽(提醒): through her, she speaks;
    jieba tags 经 a noun), which is no part of the name after it?"""
    return len(toks) > 1 and toks[0].word in THROUGH_PREPOSITIONS


def _function_surname(toks: Sequence[segmenter.Token]) -> bool:
    """Does the phrase open with a one-character adverb, preposition or conjunction that is also a surname (曾, 于,
    和) with more than a given name's two characters after it (曾|数度以普通话): the function word, no name?"""
    t = toks[0]
    return len(toks) > 1 and t.word in SURNAMES and t.tag in ("d", "p", "c") and toks[-1].end - t.end > 2


# A localiser that opens many bodies' short names (中大, 中联办): never dropped from a phrase's start.
_MIDDLE = "中"


def _localiser_of_the_noun(toks: Sequence[segmenter.Token]) -> bool:
    """Does the phrase open with a localiser that belongs to the noun after it: 中 opening a body's short name
    (中/f 大学生会, 中/f 联办), or one of direction or nearness before a noun (外来/f 务工人员, 内部/f 人士,
    东部/f 居民, 附近/f 商户, 周边/f 居民), which says where the person comes from or stands? A localiser of time
    or place (之后, 中间, 前后) is none."""
    if len(toks) < 2:
        return False
    w, after = toks[0].word, toks[1]
    if w == _MIDDLE:
        return after.tag not in NEVER_TAGS
    direction = toks[0].tag == "f" and len(w) == 2 and (w[0] in DIRECTION_CHARS and w[1] not in LOCALISERS)
    direction = direction or toks[0].tag == "f" and w in NEARBY_LOCALISERS
    return direction and after.start == toks[0].end and after.tag.startswith("n") and after.tag not in NAME_TAGS


def _pointing_at_time(t: segmenter.Token) -> bool:
    """Is ``t`` a demonstrative (这, 那些, 这样; a time word after it dropped already), one of time (彼时, 那日,
    此刻) or of how often (每次, 每周), which the segmenter tags as a pronoun? Personal pronouns are not."""
    each = len(t.word) == 2 and t.word[0] == EACH and t.word[1] in EACH_TIME_UNITS
    of_time = len(t.word) == 2 and t.word[1] in TIME_UNITS
    return t.tag in ("r", "rz") and (t.word[0] in POINTING_CHARS or of_time or each)


# Adverbs and leads that jieba may tag otherwise (还有 is kept for 还有一些学子).
_ZH_EDGE_WORDS = frozenset(
    (*QZ.ZH_SKIPPABLE, *QZ.ZH_CONNECTIVES, *QZ.ZH_AS_LEADS, "据", "根据", "在", "但", "而", "并", "可", "地", "早")
)
