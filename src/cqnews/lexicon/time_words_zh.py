"""Chinese time words: zones, units, days and their parts, demonstratives of time, digits and numerals."""

from __future__ import annotations

# The time of a zone: 时间 after a place (北京时间) or one of these (当地时间, 美东时间) is one time word.
ZONE_TIME = "时间"
TIME_ZONES = frozenset("当地 美东 美西 东部 西部 中部 太平洋 格林尼治 格林威治 欧洲中部 東部 當地".split())
# The digits written in characters (二〇二四年: a year digit by digit) and the zeros that open no other word.
DIGIT_CHARS = frozenset("〇零一二三四五六七八九")
ZERO_CHARS = frozenset("〇零")
# Characters of numbers and quantities (a word tagged a numeral with none after its surname is a name: 许小年).
NUMERAL_CHARS = DIGIT_CHARS | frozenset("十百千万亿两几数多余半来壹贰叁肆伍陆柒捌玖拾佰仟")
# What a speaker does before or while speaking, read before a cue with no subject (王明…，犹豫片刻说): words of
# a while (犹豫片刻, 愣了一下); words opening a clause of when in the passive ((在)被问及…时); prepositions of means
# (通过律师表示); what ends a clause of what went before the speaking (沉默片刻后, 见到记者时); complements of
# direction of a movement (抬起, 回过, 低下, 伸出, 摊开).
WHILE_WORDS = frozenset("片刻 一下 一会 一会儿 良久 许久".split())
# Demonstratives that make a time word with the word after them (那|时候王明说, 那个|时候): no part of a speaker.
TIME_DEMONSTRATIVES = frozenset("这 那 这个 那个".split())
# What demonstratives open with, that never end a speaker (周明|这(两天), 王明的微博|这样(写道)), and the units of time
# a demonstrative makes a time word with (彼时, 那日, 此刻, 那晚). Not function_words_zh.DEMONSTRATIVES, which
# holds 其 and 本 and no 彼: the two tests differ.
POINTING_CHARS = frozenset("这那该此彼")
TIME_UNITS = frozenset("时日刻晚夜天年")
# 每 (each) and the units it makes a word of how often with, which jieba tags a pronoun (每次, 每回, 每周, 每晚: each
# time, each week): never the end of a speaker (王明|每次(都说)). Not 每人, 每位: each person, who may speak.
EACH = "每"
EACH_TIME_UNITS = TIME_UNITS | frozenset("次回趟遍周月")
# Words of how often that open a predicate right after a subject (…的李阿姨|每天都…), which jieba tags a pronoun
# (每天/r), so that no tag tells them: the ones the speaker readers take as such an opening.
EACH_TIME_WORDS = frozenset("每天 每年 每月 每周 每次".split())
# Characters of a time word (目前, 当时, 月底, 昨晚, 当日) or of a date's unit (1994 年, 5 月): what tells a time word
# jieba tags t from a noun it tags t as well (元首/t).
TIME_WORD_CHARS = frozenset("时日刻晚夜天年月前今昨明早午底初")
# The days a time word points at (今早, 昨晚) and the parts of a day after them: jieba may glue the first to the name
# before it (李家/超今/早).
DAY_POINTERS = frozenset("今昨")
# 上 before a round number (上百名, 上千位: up to a hundred, a thousand), which jieba reads as a localiser.
UP_TO = "上"
ROUND_NUMBERS = frozenset("百千万")
DAY_PARTS = frozenset("早晚晨午朝夜")
# A day or the end of a week before or after this one, that jieba's dictionary holds as a noun or an idiom
# (上周五/n, 下周一/l, 上周末/n): a time word.
WEEKDAY_WORD_RE = "^[上下本]周[一二三四五六日末]$"
# What the days of the week open with (周一, 星期五, 礼拜天), simplified and traditional: a time word with no character
# of TIME_WORD_CHARS.
WEEK_WORDS: tuple[str, ...] = ("周", "星期", "礼拜", "週", "禮拜")
# The pointer of a time word jieba reads apart from it or glues to the name before it (本/月初, 李华本/月初), and the
# first characters of the time words it points at (月初, 月底, 周, 年度, 季度).
TIME_POINTER = "本"
TIME_POINTED_UNITS = frozenset("月周年季")
# Time words jieba glues to the end of a two-character name before a comma (见到刘芳时， -> 刘芳|时).
TIME_AFTER_NAME = frozenset("时后前")
# 时 (when), which closes a clause of time before a cue (出庭作证时说, 会见记者时表示).
WHEN = "时"
# What ends a clause of time (…时, …之际, …的时候).
WHEN_ENDS: tuple[str, ...] = ("时", "之际", "时候")
# Words of hours ending in 时 (小时, 课时, 工时): a count of time, no 时 of when (等了三个多小时).
HOUR_WORDS: tuple[str, ...] = ("小时", "小時", "课时", "課時", "工时", "工時", "学时", "學時")
# Ends of a count of times (多次, 再度, 三度).
TIMES_MEASURES = ("次", "度")
# A frame of time or place before a subject (在会上|李华…, 当…时): what opens it, what ends a clause of time
# (见到王明后), and the nouns that end the frame.
TIME_FRAME_LEADS = frozenset("在 当".split())
TIME_CLAUSE_ENDS = frozenset("后 时 以后 之后 时候 之际".split())
TIME_FRAME_ENDS = frozenset("时候 之际 期间".split())
