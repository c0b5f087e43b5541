"""Chinese reporting words: verbs and nouns of saying, cues' adverbs and manners, frames of a cue."""

from __future__ import annotations

# Words of the voice one speaks in (小声说, 低声问, 齐声喊) that jieba tags a noun or a name: before a verb, an adverb.
VOICE_MANNERS = frozenset("小声 低声 高声 大声 轻声 柔声 齐声 悄声 细声 沉声 朗声 厉声 连声".split())
# The literary verb of saying after a voice manner (轻声道, 低声道): jieba reads the three as an idiom (轻声道/i), a
# name (朗声道/nr, 张丽细/nr 声道), a noun and a measure word (低声/n 道/q) or 沉/v 声道/n ("sound channel").
VOICE_SAY = "道"
# One-character adverbs that go with a cue and that jieba joins to it (续指 "went on to say", 又称,
# 亦指): part of the cue, never of the speaker before it.
CUE_ADVERBS = frozenset("续 又 再 亦 也 还 更 并 另 均 都 皆 则 却".split())
# Verbs that open a clause of time (or of a question answered) before a cue with no subject of its own
# (接受采访时表示, 出席活动时指出, 回应查询表示).
FRAME_VERBS = frozenset(
    "接受 出席 参加 会见 面对 谈到 谈及 提到 说到 回答 回应 回复 回覆 答复 做客 视察 考察 走访 召开".split()
)
# Nouns of what someone said: 张伟的回答是：“…” is 张伟's.
SPEECH_NOUNS = frozenset("回答 看法 说法 解释 回应 原话 表态 观点 答复 评价 感受 理由 建议 态度 结论 意见".split())
# Verbs of perceiving or remembering that take a clause as object (她记得王明说, 他听到王明大喊, 记者看到王明对工人说):
# the speaker is the subject of the cue inside that clause, not the one who hears, sees or remembers it.
PERCEPTION_VERBS = frozenset("记得 听到 听见 看到 看见 想起 记起 梦见 梦到 目睹".split())
# Verbs of receiving or coming upon a message (王女士收到一条短信：“…”, 她看到一条消息：“…”): the words after the
# colon are the message's, never those of the one who receives it.
RECEIVING_VERBS: tuple[str, ...] = tuple("收到 接到 接获 接獲 看到 看见 刷到 弹出 彈出".split())
# Verbs of remembering that open a sentence and report the clauses after their comma as a memory (王明记得，那年…，
# “…”): a quote in that sentence with no cue of its own is the rememberer's account, not that of a person named in it.
RECALL_VERBS: tuple[str, ...] = ("记得", "想起", "记起", "忆起")
# Verbs of publishing a document (two characters): 发布公告, 发表声明 (jieba may read them as one noun).
PUBLISH_VERBS: tuple[str, ...] = ("发布", "发表", "发出", "公布", "印发", "發布", "發表", "發出", "印發")
# Verbs of citing someone's words (英国媒体援引消息人士的话说, 引述官员的话说): the one whose words they are speaks.
CITING_VERBS: tuple[str, ...] = ("援引", "引述", "引用", "援引了", "引述了")
# What closes the words of the one cited (援引消息人士|的话(说)).
WORDS_OF = "的话"
# The news of a named source a speaker cites (央视新闻援引外交部消息称): the source's words, as 的话 closes them.
CITED_NEWS = "消息"
# A verb of saying right after a cue (回应称, 解释道): part of the cue, not of the clause.
SAY_AFTER_CUE = frozenset("称说")
# One-character cues of Hong Kong pages (指 "says", 斥 "scolds") that jieba reads with a three-character name's last
# character as one word before a quote or a mark (梁國/雄指/「…」, 李家/超斥/「…」): the name's end and the cue.
GLUED_MARK_CUES = frozenset("指斥")
# Verbs that give a person's name (司机名叫张伟, 一位名叫林晓的女孩).
NAMING_VERBS = frozenset("名叫 叫做 名为 叫".split())
# Words jieba reads after a two-character name whose first character ends the name (张建/明说 -> 张建明/说, 谢礼/传说
# -> 谢礼传/说: before a mark, no "legend" follows a name).
GIVEN_END_CUES = frozenset("明说 明称 传说".split())
# Words of manner between a speaker and the cue (陈玉梅笑称, 他忍不住感叹): never part of the speaker.
MANNER_WORDS = frozenset(
    """笑 笑着 苦笑 微笑着 哭着 调侃 打趣 忍不住 坦率 公开 私下 一再 反复 多次 亲自 当场 当庭 當庭 当面 當面 当众 當眾
    随即 立即 马上 如是"""
    # in private, as jieba reads it in one word (员工私下里透露, 人士私底下表示)
    """ 私下里 私底下"""
    # (probezh50c) jointly: several speakers sign or speak as one (两名议员联署表示, 多名代表联名建议)
    """ 联署 联名 联合""".split()
)
# Session 60: words of manner that stand right before a verb of saying with no 地 (郑重表示, 严肃指出, 严正声明)
# and open with a surname, which jieba tags a name after a title (局长|郑重/nr|表示): the manner, no name.
# Adjectives that so stand only with 地 (严明, 高明, 温和: 局长严明表示 is 严明) are names there.
MANNER_BEFORE_CUE = frozenset("郑重 严肃 严正 严厉 庄重 冷冷 沉痛".split())
# Modal verbs (会, 能, 要) between the speaker and the cue, and the one-character adverbs jieba glues to them in a noun
# (母亲|总会/n|念叨, 爷爷|常会/n|说, 总能/n, 定会/n): how often or surely one says it, no part of who says it.
MODAL_CHARS = frozenset("会能要")
GLUED_ADVERB_CHARS = frozenset("总常都也还就定必便又仍")
# Session 62: adverbs of how often that jieba cuts off after a full name, never glued to it (吴建国|总/b|说, 王丽|总/b
# 念叨: "always says"): how often, no part of the name (王总, the form of address of a boss, is one word of its own).
HOW_OFTEN_CHARS = frozenset("总常")
# On the spot, right after a name and before the cue (记者林静现场报道, 王明现场讲解): where the speaker is, not part of
# the name; a word of the phrase before a role (现场工作人员, 现场指挥长).
ON_THE_SPOT = frozenset("现场 現場".split())
# Verbs of speaking or writing that stand right before a cue (工作人员回复称, 张晓刚回应表示): not the speaker.
SAYING_VERBS = frozenset(
    "回复 回覆 回应 答复 答覆 发文 撰文 刊文 发帖 留言 表态 发声 致辞 讲话 解释 补充 透露 表示 指出 强调 介绍"
    # words of comment and disclosure before 称 or 指出 (网友评论称, 专家分析指出, 警方通报称, 市民爆料称)
    " 评论 分析 批评 爆料 通报 举报 吐槽 点评 评价"
    # words of calling on the police or an office before 称 (受害人陈女士报警称, 市民李先生投诉称)
    " 报警 报案 投诉 反映 来电 求助"
    # words of telling what happened or confirming it before 称 (目击者描述称, 当事人讲述称, 警方证实称)
    " 描述 讲述 叙述 证实 澄清".split()
)
# The particles of aspect after a verb of manner before a cue (着, 了): how the speaker speaks, no part of who.
MANNER_ASPECTS = frozenset("着了")
# Words that introduce an example (jieba tags them as verbs): the name after them is its clause's subject
# (例如周云在下午去送外卖，…他说 -> 周云).
EXAMPLE_LEADS = frozenset("例如 比如 譬如 比方说 诸如".split())
# Nouns of a question put to someone (本报查询, 议员质询, 记者提问): the cue before one answers it, the cue after
# one reports (回应本报查询表示).
QUESTION_NOUNS: tuple[str, ...] = ("查询", "询问", "质询", "提问", "问题", "查问")
# Nouns of an interview given (接受媒体访问表示, 接受本报专访时说): the frame of a cue, as a question answered is.
INTERVIEW_NOUNS: tuple[str, ...] = ("采访", "访问", "专访", "访谈", "受访")
# Nouns of a meeting with the press that a speaker holds (市卫健委召开新闻发布会表示, 立委今天召开记者会指出, 县政府
# 举行情况通报会介绍): the frame of a cue, as an interview given is; its verb opens no part of who speaks.
PRESS_EVENT_NOUNS: tuple[str, ...] = ("记者会", "发布会", "招待会", "说明会", "通气会", "吹风会", "通报会")
PASSIVE_CLAUSE_LEADS = frozenset("在 被".split())
BEFORE_CLAUSE_ENDS = frozenset("后 时".split())
# Where a given name ends (enrich/segmenter/core.py cuts names there): one-character adverbs and verbs of
# manner between a speaker and the cue (续称, 笑说, 叹道).
MANNER_CHARS = CUE_ADVERBS | frozenset("笑叹哭")
# Where a given name ends: verbs of saying a name is followed by (表示, 说), after a name and a one-character verb.
SAY_AFTER_NAME = frozenset(
    "说 称 指 表示 指出 认为 强调 透露 回应 介绍 坦言 直言 批评 质疑 解释 承认 否认 补充 告诉".split()
)
# Said again and again, which jieba reads as 一/m and the conjunction 再说/c (besides).
AGAIN_SAY = "一再说"
# Verbs of wishing and believing opening a sentence without a subject: the speaker's (…。希望大家…。).
WISH_VERBS: tuple[str, ...] = ("希望", "相信", "期待", "期望", "建议")
# What the person after a quote does who hears it (听后, 听了, 听到, 闻言): the words are someone else's.
HEARING_WORDS = ("听", "聽", "闻言", "聞言")
# A cue right after one of these opens an adverbial frame (在谈到…时, 当被问及…时, 据报道), not a report.
CUE_FRAME_LEADS = frozenset("在 当 在被 当被 每当 一 据 另据 根据".split())  # (据报道: reportedly, no source)
# Session 61: the short names of meetings a company holds for investors (法人说明会 -> 法说会, Taiwan's papers), which
# jieba cuts with the verb 说 alone inside (法/j 说/v 会上/t): the 说 of 在法说会上表示 is no cue; nor is the 说 of
# 业说会 (业绩说明会, the mainland's).
MEETINGS_HOLDING_SAY: tuple[str, ...] = ("法说会", "业说会")
