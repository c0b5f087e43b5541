"""Chinese words jieba's model glues to a name or to each other, for the segmenter's repairs."""

from __future__ import annotations

from typing import NamedTuple

from .cue_words_zh import CUE_ADVERBS, MANNER_ASPECTS, SAY_AFTER_CUE
from .function_words_zh import ASPECT_PARTICLES

# Nouns jieba reads glued to the 马 of 马上 ("at once": 旁边的人马/上/表示): before 上 and a verb, the noun and 马上.
NOUNS_GLUED_TO_MASHANG = frozenset("人马".split())
# Nouns of a field that make a noun of a person with 人 jieba's dictionary does not hold (媒体人, 音乐人): before
# 人马 and a given name jieba tags an adverb (资深媒体/人马/立新/d 说 -> 媒体人/马立新), the 人 is theirs. A word of
# sides (双方/人马/一致/d 表示: troops) is none.
FIELDS_BEFORE_REN = frozenset("媒体 自媒体 新闻 出版 文化 电视 电影 音乐 网络 广告 体育 财经 金融 证券 收藏".split())
# Function words that jieba may glue to the end of a name it does not know (李华则认为 -> 李华则/nr, 王华是, 李华仅,
# 斯塔默在 -> 斯塔/默在, 老赵对记者说 -> 老/赵对). Neither this table nor CUE_ADVERBS holds the other: the adverbs of
# a cue read before the verb (续, 再, 更, 并, 另, 均, 皆) jieba glues to the verb (续指), not to a name, and the
# prepositions, 是 and the adverbs of limit or time here (在, 对, 是, 仅, 已) go with no cue.
GLUED_FUNCTION_WORDS = frozenset("则也还又都就曾已却便亦在对向跟给于是仍仅竟甚恐须需")
# Prepositions and verbs of one character jieba's model glues to the start of a name it does not know (经迪丽娜/nr
# 询问, 被王华/nr, 请艾尔肯/nr; the verbs whose object is a person: 劝贲国良/nr): no surname of the tables, so the rest
# is the name.
GLUED_COORDINATORS = frozenset("同")  # (王毅同/nr 李华: "with", glued to the name before it)
GLUED_NAME_LEADS = frozenset("经被请让叫令使据把给对跟由与替为将劝催逼求帮陪")
# Verbs jieba's model glues to the end of a two-character name it does not know (李华有/nr 不同看法 -> 李华/有,
# 张伟用/nr 英语, 李华站/nr 在).
NAME_GLUED_VERBS = frozenset("有用站")
# Those of them that are also adverbs of a cue (则也还又都却亦): after a name they are split off even from a
# dictionary word (武藤容/治则).
GLUED_ADVERBS = GLUED_FUNCTION_WORDS & CUE_ADVERBS
# Adverbs of degree of one character (很, 更, 较, 颇). jieba's model may glue one to a word of its dictionary as a
# made-up name's last character (陈述较/nr 一致: the statements rather agree): no given name ends a name before an
# adjective or a verb with one.
DEGREE_ADVERB_CHARS = frozenset("较 更 很 最 挺 颇 越 愈 太 甚".split())
# Conjunctions jieba glues to a two-character name after them (而林静/nr -> 而/林静).
NAME_GLUED_CONJUNCTIONS = frozenset("而但并且")
# Adverbs before a cue that jieba glues to the last character of a name (黄伟/哲仅/表示, 李/明只/说): only,
# once, already, then.
LIMITING_ADVERBS = frozenset("仅 只 曾 已 便 就 才".split())
DIRECTION_COMPLEMENTS = frozenset("起过下出开")
# Where a given name ends (enrich/segmenter/core.py): what jieba glues to a three-character name whose given
# name opens with a surname's character (刘桂英/称): a married name (林郑月娥) never ends with one of these.
GLUED_AFTER_NAME = SAY_AFTER_CUE | GLUED_FUNCTION_WORDS | frozenset("指表家才以到等把被将")
# What follows 得 when it is the verb "get" after a name, no complement's particle (得了, 得过, 得到).
GOT_AFTER = frozenset("了 过 着 到".split())


class VerbGluedToName(NamedTuple):
    """A way jieba's model reads a name and the one-character verb of an action after it, before the verb's particle
    of aspect (王华写/nr 了, 欧阳明/远笑/着, 李华拉着/nr, 小/刘举/nr 着): the window of tokens the name and the verb
    stand in, and what they must be for ``enrich.segmenter.aspect.verb_before_aspect`` to cut the verb off."""

    first: int  # where the window opens: 0 at the token walked, -1 at the one walked before it (the name's start)
    lengths: tuple[tuple[int, int], ...]  # the least and the most characters of each token of the window
    named: int  # the token of the window jieba tags a name
    familiar: bool  # the name is 老 or 小 and a surname (小刘), not one opening with a surname
    hk_surnames: bool  # a Hong Kong surname that is also an ordinary character (区) opens a name tagged nr too
    particles: frozenset[str]  # the particle of aspect after the verb
    glued_particle: bool  # the particle is the window's last character (李华拉着/nr), not the token after it
    name_tag: str  # the name's tag: "" keeps the tag jieba gave
    verb_read_alone: bool  # the verb's character alone is a verb, its token no word, the name's end a Han character
    not_after_numeral: bool  # no numeral stands before the window (一/小/张 is a count)


# The shapes tried in turn at each particle of aspect (``enrich.segmenter.core.REPAIRS``): a name's last character
# read with the verb as one word (欧阳明/远笑/着 -> 欧阳明远/笑/着), a verb read as a three-character name's end
# (王华写/nr 了 -> 王华/写/了).
VERBS_BEFORE_PARTICLE = (
    VerbGluedToName(-1, ((1, 3), (2, 2)), 0, False, True, ASPECT_PARTICLES, False, "", True, False),
    VerbGluedToName(0, ((3, 3),), 0, False, False, ASPECT_PARTICLES, False, "", False, False),
)
# The verb and its particle read as a name's end (李华拉着/nr -> 李华/拉/着, the name keeps two characters or more).
VERBS_WITH_PARTICLE = (VerbGluedToName(0, ((4, 99),), 0, False, False, ASPECT_PARTICLES, True, "", False, False),)
# A familiar name (老 or 小 and a surname) read with the verb after it, before 着 or 了 (小/刘举/nr 着 -> 小刘/举/着,
# 小周握/nr 着 -> 小周/握/着).
FAMILIAR_VERBS = (
    VerbGluedToName(0, ((3, 3),), 0, True, False, MANNER_ASPECTS, False, "nr", False, True),
    VerbGluedToName(0, ((1, 1), (2, 2)), 1, True, False, MANNER_ASPECTS, False, "nr", False, True),
)
# The adverb written twice to join two actions done at once (王德边干活边说: works and says at the same time), which
# jieba's model glues, the first time, to the end of a two-character name before it (王德边/nr).
CORRELATIVE_ADVERB = "边"
# The adverb in either form, written twice to join two acts done at once (边…边…, 一边…一边…).
CORRELATIVES: frozenset[str] = frozenset((CORRELATIVE_ADVERB, "一" + CORRELATIVE_ADVERB))
# The adverb "hard to" (难掩, 难抑: can hardly hide, hold back), which ends no given name and which jieba's model glues
# to a two-character name before a one-character verb its dictionary does not join it to (周杰难/nr 掩/v).
HARD_TO = "难"
# Session 60: the verb "lies in" (在于), which jieba's dictionary glues to the noun before it as one noun (关键在于/n,
# 意义在于): the noun and the verb, so that a report "…的关键在于证据" has its verb.
LIES_IN = "在于"
