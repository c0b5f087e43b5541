"""Chinese tables of reporting: which verbs report the clause after them (他指，…, 鄧炳強指政府會…), and the words
around a cue that make it report nothing (a feeling, an attitude shown, a term named, a question given as an
example, a complement that takes an object) or that tell the writer's own clause from a speaker's.

Kept apart from the tables that read who the speaker is (names, titles, organisations, the parts of
speech of jieba): these are read by the quote search (:mod:`cqnews.enrich.quotes`) to decide whether a cue reports.
"""

from __future__ import annotations

import re

from .credits import CJK_REPORTER_WORDS_SIMPLIFIED

# Cues whose clause is no words reported: a feeling (他觉得…), a proposal put forward (提出，要…); a quote
# after them is (她觉得：“…”).
FEELING_CUES = frozenset("觉得 提出".split())
# Attitudes 表示 shows rather than words it reports (外交部表示强烈不满, 王明表示感谢，并…): a clause of nothing
# but these (with words of degree and 和) reports nothing.
ATTITUDE_WORDS = frozenset(
    """感谢 谢意 欢迎 支持 同意 反对 遗憾 祝贺 哀悼 关注 关切 满意 理解 赞同 赞赏 赞成 不满 担忧 担心 慰问 歉意
    谴责 抗议 愤慨 震惊 肯定 认可 愤怒 失望 惋惜 痛心 欣慰 感激 尊重 赞扬 同情 敬意 祝福 声援 期待 怀念""".split()
)

# What follows a quoted question given as an example, not asked by anyone: 它可以回答“…”这样的问题.
EXAMPLE_TAILS: tuple[str, ...] = tuple(
    f"{lead}{noun}" for lead in ("这样的", "这类", "之类的", "一类的", "等") for noun in ("问题", "疑问", "提问")
)
# What follows a quoted word or phrase named as such (“责任”二字, “创新”一词, “赶紧走”三个字) or defined (“社会”是指):
# a term, not words said.
TERM_TAILS: tuple[str, ...] = (
    "二字", "两字", "三字", "四字", "一字", "一词", "一语", "字样", "这个词", "这个字", "这几个字", "几个字",
    "两个字", "三个字", "四个字", "五个字", "是指", "指的是",
    # a motto named as one (“绿水青山就是金山银山”的理念, “人民城市人民建”的标语, 打着“…”的旗号)
    "的理念", "的标语", "的旗号",
)
# Last words of the name of a programme, a prize, an office or a document (“万村计划”, “一号工程”, “英雄奖”,
# “服务中心”, “自治条例”, “上级通知”): a quoted phrase ending in one, with no mark inside, names a thing, not words
# said (simplified; not 方案, 案, 政策: 支持前述重组方案, 来报案 end words said).
NAME_HEADS: tuple[str, ...] = (
    "计划", "计画", "工程", "项目", "专项行动", "活动", "中心", "条例", "公示", "通知", "文档", "指挥部", "工作坊",
    "奖", "大赛", "工作室", "基地",
)
# Last words of the name of a body set up and named (成立了“爱心协会”, 组建“红马甲服务队”): a quoted noun phrase
# ending in one, no verb, pronoun or particle in it, names the body (“多亏了合作社” has a verb: words said).
BODY_NAME_HEADS: tuple[str, ...] = (
    "协会", "合作社", "服务队", "志愿队", "联合会", "基金会", "研究会", "俱乐部", "工作站", "联盟",
)
# Characters of the first and second person (我, 你, 您, 咱, 俺): words that hold them address someone, which a slogan
# of matched phrases (互帮互助、同舟同行) does not.
FIRST_SECOND_PERSON_CHARS = frozenset("我你您咱俺")
# The pronouns of the first and second person (simplified), as words: 我们, 你, 咱 (not 自我 in 自我革命).
FIRST_SECOND_PERSON_PRONOUNS = frozenset("我 我们 你 你们 您 咱 咱们 俺 俺们".split())
# Words before 说 that keep it a report though its last character usually makes 说 part of another word
# (付小姐只是说, unlike 就是说 / 还是说 "that is"; 用X的话说, unlike 话说 "speaking of"; 王明一再说, unlike 再说
# "besides"; 王小明同学说, unlike 学说 "a theory").
SAY_KEPT_AFTER: tuple[str, ...] = ("只是", "总是", "可是", "但是", "也是", "则是", "如是", "的话", "一再", "同学") + (
    "插话", "接话", "答话", "回话", "喊话", "发话",  # (Session 63: 李明插话说, verbs of taking the floor, not 话说)
    "导演",  # (Session 63: 该剧导演说, the director says, not 演说 "a speech")
)
# Words of unwillingness before a cue: 一名不愿透露姓名的官员说 (透露 reports nothing there).
UNWILLING: tuple[str, ...] = ("不愿", "不肯", "不便", "不想", "不愿意", "拒绝")

# Prepositions of the one spoken to that may stand between a negation and the cue (没有跟他说…, 未向外界透露…): the
# cue is negated all the same (not 同: 不同专家表示 is "different experts say"). Read too for 他/她 told inside a report
# (…，在电话中对她说…: a scene of the account, no new speaker of the writer's).
NEGATED_LISTENER_LEADS: tuple[str, ...] = ("跟", "对", "向", "给", "和")
# How long that listener may be (没有跟家里人说).
NEGATED_LISTENER_SIZE = 6

# Cues whose listener comes before the reported clause (告诉记者，…; 告诫居民，…: warning them), and how long the
# listener may be.
LISTENER_CUES = frozenset("告诉 告诫".split())
LISTENER_SIZE = 8
# Cues of warning, reminding and urging that take the ones addressed, then a comma or a colon opening what they are
# told (民警提醒广大市民，…; 警方警告市民，…; 妇联呼吁家长们：…): the clause starts after the mark, the ones addressed
# are no part of it. (告诉 and 告诫 take a listener with no mark too: LISTENER_CUES.)
ADDRESSED_CUES: tuple[str, ...] = tuple("提醒 警告 告诫 呼吁 奉劝 劝告".split())
# Verbs of answering that take the one answered, then a verb of saying (回应澎湃新闻称，…, 回复记者说，…; Hong Kong
# pages write 回覆/答覆, which stay so in simplified characters: 運輸署回覆查詢時指，…): the one who
# answers speaks the clause after the second verb; and how long the one answered may be.
RESPONSE_VERBS: tuple[str, ...] = ("回应", "回复", "答复", "回覆", "答覆")
RESPONSE_LISTENER_SIZE = 10
# Cues that end a sentence after a comma and a speaker, the sentence before them reported (这个项目明年就能完工，王明
# 说。), but these, which report no words (…，在他看来。 …，记者获悉。 …，数据显示。).
NO_REPORT_BEFORE = frozenset("看来 获悉 消息 显示 发现 料 公布 眼中 眼里 觉得 回忆".split())
# The last character of a speech verb built on a cue (问道, 说道, 表示说): the longer word still reports.
SPEECH_SUFFIXES = frozenset("道说")
# Complements that make a verb of saying take an object, not a clause (回忆起当年的情景, 说起这件事, 说出了想法,
# 说完这句话, 说到这里), or say it could not be said (说不出话来).
OBJECT_COMPLEMENTS = frozenset("起 出 完 不出 不清 不了 到".split())
# What a complement opens that is a word of its own after the cue, not the complement (他说|到时候会来).
NOT_COMPLEMENTS = frozenset("到时".split())
# Cues of asking whose listener stands between them and the quote (张华问李明：“…”): the asker speaks.
ASKING_CUES = frozenset("问 追问 反问 质问".split())

# Words before a cue that point back at words already given (刘德福如是说): no clause follows.
BACK_REFERENCES: tuple[str, ...] = ("如是", "这样", "这么")

# Verbs that report a clause or a quote only when punctuation opens it right after them (他指，…,
# 她批評：「…」, 他形容，…): Hong Kong and Taiwan pages report with them as often as with 表示. (A
# question, 他问，…, is not reported as a quote.) 建议 too (有议员曾建议，…): a proposal put forward in
# words; bare (李明建议政府…) it lowered the check half, so it stays out of BARE_CLAUSE_CUES.
CLAUSE_CUES: tuple[str, ...] = tuple(
    """指 批评 质疑 形容 估计 相信 承认 否认 反驳 引述 忆述 预计 预料 提醒 回答 补充 坦白 宣称 扬言 反映 慨叹
    直指 斥 建议""".split()
)
# Cues that report the clause after their comma or colon only after a person's name right before them (县教育局局长
# 王红梅说明，…): elsewhere the word means "shows" (这说明，…, 数据说明，…) and reports nothing.
NAMED_CLAUSE_CUES: tuple[str, ...] = ("说明",)
# Words before a clause cue that make it a noun (这一建议，…, 该批评，…, 一项承认): a demonstrative or a
# count and its measure word.
NOUN_DETERMINERS: tuple[str, ...] = (
    "这一", "这个", "这项", "这些", "那个", "那些", "此项", "该项", "一项", "一个", "该", "此",
)

# Those of them that report a clause written right after them, with no punctuation, when a subject stands
# before them (鄧炳強指政府會…, 她續指當局…, 報道指警方…): Hong Kong pages write 指 as 表示.
# Worrying, urging and scolding as Hong Kong pages report them (專家擔心內地…, 議員斥食環署…, 促請港府…; 他擔心，…).
_WORRY_URGE_SCOLD = "担心 忧虑 促请 斥责 怒斥 斥"
BARE_CLAUSE_CUES: tuple[str, ...] = tuple(
    f"指 承认 形容 批评 质疑 相信 估计 预计 宣称 扬言 {_WORRY_URGE_SCOLD}".split()
)

# Verbs of guessing (…信号已经消失，估计是因为…): after a comma with their subject left out they go on with the
# speaker's clause they explain, no second report of its own (not 相信, which reports a view: …，相信…).
GUESS_CUES: tuple[str, ...] = ("估计", "预计", "预料", "推测", "猜测")

# Verbs of a view or a guess: after a first cue and its comma they are the speaker's own words, part of the
# report (ING在报告中写道，相信当局…; 他表示，认为…), not a second cue that opens the clause (作出回应，称…).
VIEW_CUES = frozenset((*GUESS_CUES, "相信", "坚信", "认为", "觉得", "担心", "希望"))

# Negations of a clause's event that deny a later cue in it (…，也无校方代表对他们表示过…, …却未正面回应…): not 不
# (不少人表示… reports), and not the words these characters open that deny nothing (未来, 无论, 无疑, 没想到).
CLAUSE_DENIALS: tuple[str, ...] = ("无", "未", "没")
NOT_DENIALS: tuple[str, ...] = ("无论", "无疑", "未来", "没想")

# Cues of what a document or record shows (文件显示，…): what follows is told as fact, its subject is
# the article's own.
DOCUMENT_CUES = frozenset("显示 表明 发现 证明 证实 记载 载明 写明 报道 公布".split())

# --- zhfind7 (Chinese quote finding) -------------------------------------------------------------
# More verbs that report the clause after their comma or colon (民众党抨击，…; 他推测，…; 据她陈述，…):
# attacking, guessing and stating are reporting as much as 批评 and 估计 are (read like CLAUSE_CUES).
MORE_CLAUSE_CUES: tuple[str, ...] = tuple(
    f"抨击 推测 猜测 陈述 辩称 {_WORRY_URGE_SCOLD}"
    # (zhq29) criticising and retorting as Taiwan and Hong Kong pages write it (王明批：「…」, 他轰，…, 她呛：「…」)
    " 批 痛批 怒批 狠批 轰 炮轰 砲轰 呛 回呛 反呛 讽 暗讽 嘲讽".split()
)

# Words of manner that may stand between a negation and the cue (未正面回应, 没有过多解释, 并未公开表示),
# and words of "no need" that negate it as 不 does (无需解释): the cue is negated all the same.
NEGATED_MANNERS: tuple[str, ...] = (
    "正面", "过多", "直接", "公开", "具体", "明确", "详细", "进一步", "对外", "多", "再", "立即", "及时",
)
NO_NEED: tuple[str, ...] = ("无需", "无须", "不必", "不需", "毋须", "毋需")

# Verbs of assessing, read like 估计 and 推测 (医界分析，…; 市府预估，…; 肖宇判断，…). Each is a noun as
# well (经过分析，…, 综合判断，…: nobody's words), so they report only after a subject of their own: a name, a noun,
# 他/她.
ASSESSING_CUES: tuple[str, ...] = ("分析", "判断", "预估")

# Cues of mentioning: with a short object and a comma after them they frame a topic (谈到这里，…), not a report.
# 回应 too: 回应此事，在公告中表示，… responds to a matter; the cue after it reports.
TOPIC_CUES = frozenset("谈到 谈及 谈起 说到 说起 提到 提及 提起 讲到 聊到 聊起 问到 问及 论及 涉及 回应".split())
# What the writer does in their own clause (记者注意到, 记者了解到): after a comma inside a reported clause,
# the report ends and the writer speaks.
WRITER_VERBS: tuple[str, ...] = ("注意到", "了解到", "发现", "看到", "观察到", "获悉", "注意")
# (zhq29) What the writer's own information comes from after 据 (据了解，据悉，据统计): a clause of the writer's.
WRITER_SOURCES: tuple[str, ...] = ("了解", "悉", "统计", "测算", "不完全统计")
# (Session 60) The time of the writing opening a sentence (截至发稿时，…, 截至本报记者发稿, 截稿前): the writer's own
# sentence, never a speaker's words going on (simplified); Session 61: after a comma it ends the clause reported
# before it (…客服也联系不上，截至发稿，该平台未作回应).
PRESS_TIME_LEADS: tuple[str, ...] = tuple("截至发稿 截止发稿 截至本报 截至记者 截止记者 截至截稿 截稿前 发稿前".split())

# (zhq29) Words of manner that make a phrase with 说 opening a clause (老实说，简单地说，…): "honestly", "simply put" —
# the writer's or speaker's own aside, nothing reported.
SAY_MANNERS = frozenset(
    """老实 坦白 简单 具体 严格 总体 准确 确切 客观 退一步 坦率 公平 严格来 老实讲 直白 通俗 总的 整体 简而言之 换句话
    反过来 实事求是 平心而论""".split()
)

# Verbs of criticising that jieba tags a measure word (痛批/q): a verb all the same, so the name before them is
# the subject and the one after their object (网友王明痛批李华：“…” is 王明's).
VERBS_TAGGED_OTHERWISE = frozenset("痛批 怒批 狠批 炮轰 砲轰 回呛 反呛 暗讽".split()) | frozenset(
    # Session 63: verbs of joining a talk that jieba tags a noun (插话/n, 帮腔/n): 李明插话说 is
    # 李明's, the verb no part of the name.
    "插话 开腔 帮腔 答腔 打圆场".split()
)

# A byline written at the head of a paragraph, before its first sentence (本报讯 记者李娜 通讯员张伟 市卫健委主任…,
# 本报通讯员 张伟 记者 李娜 报道 …): the writers' labels, each with one to three names ending in a space or 、, and the
# word of reporting after them. Never part of the speaker after it. Bounded: each turn opens with a label.
# Session 62: also a mainland label with a slash before the names (记者/王明 通讯员/李华 县长…), the writer's and the
# photographer's label 文/图 before a blank (文/图 王明 …), and 融媒 before the label (融媒记者 王明 报道 …).
CREDIT_LEAD_RE = re.compile(
    r"\s*(?:(?:本报讯|本台讯)\s*)?(?:(?:(?:本报|本台|融媒体|融媒|新华社)?(?:"
    + "|".join(CJK_REPORTER_WORDS_SIMPLIFIED)
    + r")\s*[／/]?|(?:文|图)[／/](?:文|图)\s)\s*(?:[\u4e00-\u9fff]{2,4}[\s、]+){1,3})+"
    r"(?:报道[：:]?\s*)?"
)
# Session 61: a Taiwanese byline at the head of a paragraph (記者黃志明／台北報導 台北市長…, 〔記者王冠仁／台北報導〕
# 法務部長…, 記者林志明、陳怡君／高雄報導): the reporters, a slash, the place and 報導. Never part of the speaker
# after it. Bounded: every run has a fixed most length.
SLASH_BYLINE_LEAD_RE = re.compile(
    r"\s*[〔［【（(]?\s*(?:記者|记者)\s?[\u4e00-\u9fff]{2,4}(?:[、，,][\u4e00-\u9fff]{2,4}){0,3}\s*[／/]\s*"
    r"[\u4e00-\u9fff]{2,6}?(?:綜合報導|综合报道|報導|报道|報道)\s*[〕］】）)]?\s*"
)
