"""jieba's part-of-speech tags that the Chinese speaker and quote readers test."""

from __future__ import annotations

# Tags of a dictionary word that, standing alone as a subject, names a kind of person and no one in
# particular (家属/n, 奶奶/n): a description, not a name (雀跃/v may be a pseudonym).
COMMON_NOUN_TAGS = frozenset("n".split())
# Tags of words that may be a piece of a transliterated name (jieba tags them as names, places, or
# leaves them unknown).
NAME_PIECE_TAGS = frozenset("nr nrt nrfg ns nz x zg g ng j m".split())
# Person-name tags.
NAME_TAGS = frozenset("nr nrt nrfg".split())
# The tag of an organisation's name (民建联/nt, 国民党/nt).
ORG_NAME_TAG = "nt"
# The tags of a word of state (乐呵呵/z, 兴冲冲/z) and of a distinguishing word (高兴/b, 男/b, 大型/b).
STATE_WORD_TAG = "z"
DISTINGUISHING_TAG = "b"
# Tags of the noun heading a phrase after a 的 before a clause of time (该名男子的律师|受访时): common nouns and names.
HEAD_NOUN_TAGS = frozenset((*COMMON_NOUN_TAGS, *NAME_TAGS, "nz"))
# Tags of proper names, of people, places or others (jieba tags many a foreign city nr: 安卡拉/nr, 莫斯科/nr).
PROPER_TAGS = frozenset((*NAME_TAGS, "ns", "nz"))
# Parts of speech that are never a speaker, nor part of one at its edges: conjunctions (然后, 只是),
# adverbs (也, 只是, 普遍), time words (周一, 三月份), localisers (中, 上), numerals and quantities,
# prepositions, particles, modal and auxiliary words.
NEVER_TAGS = frozenset("c d ad t f m mq q p u uj ul uz ug ud uv y e o tg dg mg".split())
# Tags of the words that end the speaker's phrase after a person's name: verbs, adverbs, prepositions,
# conjunctions, idioms and adjectives start the predicate (谢礼传|还不敢…, 邱莲|哭着); not jieba's
# "l" (set phrases), which holds titles too (发言人/l).
PREDICATE_TAGS: tuple[str, ...] = ("v", "d", "ad", "p", "c", "i", "a")
# jieba's tags of the particles of aspect (了/ul, 着/uz, 过/ug): the word before them is a verb.
ASPECT_TAGS = frozenset("ul uz ug".split())
# ASPECT_TAGS but 过's ug: the tags of 着 and 了 after a verb of manner before a cue (哭/着(对记者说)).
ASPECT_TAGS_BUT_UG = ASPECT_TAGS - {"ug"}
# Tags of a word of manner read with its 地 (冷冷地/z, 慢慢地/d).
MANNER_DI_TAGS = frozenset("z d ad a".split())
# Tags of the verb the speaker reaches the writer with (致电/v, 打电话/l, 发短信/j).
CONTACT_VERB_TAGS: tuple[str, ...] = ("v", "l", "j")
# Tags of the first word of a clause of what went before the speaking (沉默片刻后): a verb, an adjective, an idiom
# (问及此事/i).
BEFORE_CLAUSE_OPEN_TAGS: tuple[str, ...] = ("v", "zg", "a", "i")
# Tags of a verb opening an action (叹/zg: jieba's tag of a verb of one character it reads as a morpheme).
ACTION_VERB_TAGS: tuple[str, ...] = ("v", "zg")
# Tags of the words that make the next word a noun (的; 一, 几; 条, 个), as a demonstrative does (这个, 那条).
NOUN_MODIFIER_TAGS = frozenset("uj m q mq".split())
# Tags of a preposition or a conjunction of one character before a transliterated name's part read whole (因/p 安娜);
# narrower than the function words of a predicate (speakers.predicate_zh.function_word: verbs, adverbs, particles too).
PREPOSITION_CONJUNCTION_TAGS = frozenset("p c".split())
# Tags of a word that is no surname read otherwise, whatever its character (于/p: 类似于|宿醉, 和/c, 的/uj): no
# surname glued to the given name after it (speakers.sexed_antecedent_zh).
NOT_SURNAME_TAGS = frozenset("p c u uj ul uz ug uv ud d r f v".split())
# Tags of a word before the noun of a person that counts it (一名/m) or tells its kind (主审/b 法官).
COUNT_OR_KIND_TAGS = frozenset("m b".split())
# Tag prefixes of the words of a body's name (爱心/n 协会/n, 红/a, 青年/n): nouns, adjectives, numerals,
# distinguishers (quotes.speech_zh: “爱心协会” a body named, not words said).
BODY_NAME_TAG_PREFIXES: tuple[str, ...] = ("n", "a", "m", "b", "j", "s", "f")
# Tags of a dictionary word that is a word of the predicate and no one who speaks, standing alone where a name
# would (是/v, 免不了/v, 主要/b, 实名/b, 只是/c): verbs, adverbs, distinguishing words, conjunctions, prepositions,
# particles (speakers.predicate_zh.function_word).
PREDICATE_LEAD_TAGS = frozenset("v vd d ad b c p u".split())
# Tags of the closed classes of words of function: conjunctions, prepositions, particles, modal words and
# interjections; a word of three characters or more no dictionary holds under one of them is a name jieba's model
# made up (其其格/c; speakers.glued_zh).
CLOSED_CLASS_TAGS = frozenset("c p u uj ul uz ug ud uv y e".split())
# Tags of the dictionary's function words (只是/c, 近日/t, 仍然/d, 对于/p) that follow a transliterated name's part
# read whole: the name ends before them (segmenter.dotted).
DOTTED_BREAK_TAGS = frozenset("c d t p".split())
