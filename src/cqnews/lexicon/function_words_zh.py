"""Chinese prepositions, localisers, coordinators, demonstratives and particles around a speaker and a cue."""

from __future__ import annotations

# Prepositions that open a phrase between a speaker and the cue (苹果公司在信中说, 他向记者表示, 他以视频方式表示).
PHRASE_PREPOSITIONS = frozenset(
    "在 向 对 于 给 跟 同 通过 透过 经由 凭借 借助 就 接受 面对 针对 围绕 当 一边 以 用".split()
)
# Prepositions of a topic that open a clause of its own before the speaker's (面对网友质疑，…, 针对外界批评，…): a
# verb of speech in it is the noun of what is answered (质疑, 批评), no cue.
TOPIC_PREPOSITIONS: tuple[str, ...] = ("面对", "针对", "对于", "关于", "围绕")
# The adverb 正 and the preposition 在 jieba reads as one word (王明正在记者会上表示, 市教委正在北京表示): it opens
# the phrase of where the speaker is, as 在 does, whatever jieba tags it (t).
PHRASE_PREPOSITIONS_GLUED = frozenset("正在".split())
# Session 61: 在线 (online), which jieba reads whole before the 上 of 线上 (市长|在线|上|会议中强调, "at the online
# meeting") or the 下 of 线下 (王明|在线|下|活动中表示, "at the offline event"): there its 在 opens the phrase of where
# the speaker is (not 在线教育专家, no 上 or 下 after it).
ONLINE, ONLINE_ON = "在线", ("上", "下")
# The prepositions of place jieba glues to a day pointer before them, an adverb between or none (法官|昨在/t|判词中
# (指出), 部长|昨亦在/p|会上(说)): such a word opens the phrase of where the speaker is, as 在 does.
DAY_GLUED_PREPOSITIONS = frozenset("在 于".split())
# Prepositions of the one spoken to (王明对记者说, 向李华表示): who follows them is no speaker.
LISTENER_PREPOSITIONS = frozenset("对 对于 向 跟 给 同".split())
# The marker of a disposed object (他|把这种做法(说成…), 有人|将此(称为…)): what follows it is acted on, never who
# speaks. 将 marks one only before a pronoun of the thing (将此, 将其); before a verb it is "will" (公司将于明天…).
DISPOSAL_MARKERS = frozenset("把".split())
DISPOSAL_JIANG_OBJECTS = frozenset("此 其 之 这 这些 这种 这个 该 它 它们".split())
# Localisers that close a phrase of place or time (在会谈中, 在会上, 在接受采访时).
LOCALISERS = frozenset("中上里时后前下")
# The first characters of localisers of direction (外来, 内部, 东部, 上游, 前方: jieba tags them f) that say where a
# person comes from or stands before a noun of the person (外来务工人员, 内部人士, 上游居民): part of the role.
DIRECTION_CHARS = frozenset("东西南北内外前后上下左右")
# Localisers of nearness (附近, 周边, 周围, 沿线: jieba tags them f) that say where a person lives or works right
# before a noun of the person (附近商户, 周边居民, 沿线村民): part of the role, as a localiser of direction is.
NEARBY_LOCALISERS = frozenset("附近 周边 周围 沿线".split())
# Demonstratives that open a source named earlier, if at all (该报道, 这项研究).
DEMONSTRATIVES = frozenset("该这那此其本")
# Prepositions of the one who passes a speaker's words on (陈大文经律师回应), whatever jieba tags them (经/n).
THROUGH_PREPOSITIONS = frozenset("经 经由".split())
# Conjunctions and prepositions that join two speakers rather than open a predicate (王凯与李明).
COORDINATORS = frozenset("与 和 及 以及 同 跟 、".split())
MEANS_PREPOSITIONS = frozenset("通过 透过 经由".split())
# The structural particles 的, 地, 得: a quoted phrase right before one is a modifier the clause runs through
# (“天才”的, 不“躺平”地), not words set off as said.
STRUCTURAL_PARTICLES = frozenset("的地得")
# Connectives that open a sentence going on with the reasoning of the one before (因为…, 所以…).
REASON_CONJUNCTIONS: tuple[str, ...] = ("因为", "所以", "因此", "而且", "否则", "因為", "並且", "并且")
# The points of an enumeration the speaker goes on with (…。一是…。二是…。, 其次，…).
ENUMERATION_LEADS: tuple[str, ...] = (
    "一是", "二是", "三是", "四是", "五是", "其一", "其二", "其三", "其次", "再次", "第二", "第三", "第四",
)
# Modal verbs of obligation opening a directive (必须…, 应当…).
OBLIGATION_WORDS: tuple[str, ...] = ("必须", "应当", "应该", "务必", "應當", "應該", "務必")
# Conjunctions opening a second clause of the same speaker before the cue (，但强调…, ，但是表示…).
BUT_CONJUNCTIONS: tuple[str, ...] = ("但是", "但")
# What a named term follows: the 的 of a modifier, a measure word (一名“社会大哥”, 这些“世界之最”, 那份“文件”).
TERM_LEAD_CHARS = frozenset("的名个种位些份")
# Particles of aspect: they follow a verb, never a name (王华写了 is 王华 + 写了).
ASPECT_PARTICLES = frozenset("了着过")
# Words that close a phrase between a speaker and the cue: 在接受采访时, 在发布会上.
PHRASE_ENDS = frozenset("时 时候 中 上 里 后 前 下 之际 期间 方面 来说 而言".split())
# Verbs of there being someone (也有村民…, 还有人…): the people after them are the clause's subject; before what
# speaks (有消息指, 也有分析称, 还有专家认为) no part of the speaker, and no predicate of one.
EXISTENTIAL_VERBS = frozenset("有 还有 也有".split())
# Causative verbs (这让王女士担心…, 此事令村民们认为…, 这使不少家长担心…): who follows them feels or says, the cause
# before them is no part of who speaks; jieba may glue a demonstrative to them (这令/v, 这使/v: CAUSE_POINTERS).
CAUSATIVE_VERBS = frozenset("让 令 使".split())
CAUSE_POINTERS = frozenset("这 那 此".split())
# Verbs that say what the subject is (是: the noun after them describes the subject, no other person).
COPULAS = frozenset("是 系 乃 成为".split())
# The words that mark a passive (被, 遭, 遭到: the agent follows).
PASSIVE_MARKS = frozenset("被 遭 遭到".split())
# Session 60: the preposition of the one in charge of a thing (这批物资由县红十字会统一调配: 由 and the agent, which
# jieba may glue to the agent's first character, 由县/n): the clause's subject is the thing handled, nobody who speaks.
AGENT_OF_HANDLING = "由"
# Words of "somewhat" jieba tags a pronoun or a noun (有些/r, 有点/n) before a word of manner (老人有些腼腆地说):
# how much, never who, at the end of the phrase before a cue.
SOMEWHAT_WORDS = frozenset("有些 有点 有点儿 有一些 有一点 有一点儿 有些许".split())
