"""Tables for Chinese quotes: reporting verbs and the words around them, pronouns, unnamed sources, the
leads of frames and titles (the English and shared tables are in :mod:`.quote_patterns`).

Everything here is data, so supporting a new cue means adding a word, not a branch.
"""

from __future__ import annotations

import re

from .alternation import trie_pattern
from .bodies_zh import ORG_HEADS

# Cues that report only when a quote follows them: 研究人员发现，“…” (not 警方发现了尸体).
# Asking, answering, shouting and scolding (他问：“…”, 又答 “…”, 高喊“…”) report the words they introduce, but
# their clause is no reported statement (他问，… is a question, 答应 and 问题 are other words).
_QUOTE_ONLY_CUES: tuple[str, ...] = tuple(
    "发现 写到 问 追问 反问 答 喊 骂 高喊 大喊 喊道 高叫 大叫 叫道 大骂"
    # (zhq29) posting on a social network or writing (在脸书发文，「…」, 留言：“…”): the quote after is the post
    " 发文 发帖 贴文 留言 撰文 发推"
    # (zhq29) urging, joking, commenting, asking, answering, summing up, exclaiming, scolding and muttering
    " 叮嘱 嘱咐 吐槽 调侃 打趣 自嘲 感言 寄语 点评 质问 发问 提问 回复 答复 总结 惊呼 怒斥 直呼 笑道 回道 叹道"
    " 答道 嚷道 写下 念叨 嘀咕 问道"
    # asking back, demanding, muttering, saying in anger with 道 (周慧芳反问道: not 问道 with 反 the name's end)
    " 反问道 质问道 喃喃道 怒道"
    # complaining, muttering, comforting and praising (王大爷抱怨“…”, 她嘟囔着“…”, 安慰道：“…”)
    " 抱怨 埋怨 嘟囔 安慰 夸赞"
    # pronouncing a verdict (审判长当庭宣判：“…”; 法院于昨日宣判，… reports nothing)
    " 宣判".split()
)
ZH_QUOTE_ONLY_CUES = frozenset(_QUOTE_ONLY_CUES)
# Chinese reporting verbs, longest first so that 介绍说 wins over 介绍 and 说: the verbs whose clause is a reported
# statement (王明表示，…) and the ones above that report only a quote after them, written once there.
ZH_CUES: tuple[str, ...] = tuple(
    sorted(
        (
            *"""表示 说 指出 介绍 认为 称 强调 坦言 透露 告诉 提到 说道 表明 直言 补充道 补充说 分析称
            介绍说 表示说 感叹 回忆说 解释说 解释 呼吁 谈到 坦承 证实 宣布 警告 声称 回应 写道 预测
            认为说 举例说 笑着说 动情地说 恳切地说 激动地说 感慨 称赞 重申 披露 告诫 看来 报道 料 消息
            提出 指控 起诉指控 显示 获悉 觉得 回忆 得出结论 公布 报导 眼中 眼里 描述中 通报 了解到""".split(),
            *_QUOTE_ONLY_CUES,
        ),
        key=len,
        reverse=True,
    )
)
# A cue followed or preceded by one of these is part of another word (说法, 所说, 名称, 之称) or not speech (介绍了).
ZH_CUE_NOT_AFTER: dict[str, str] = {
    "说": "法明服话书",
    "称": "为号作呼谓",
    "报道": "的",
    "料": "理子到想",
    "解释": "权",
}
ZH_CUE_NOT_BEFORE: dict[str, str] = {
    "说": "小演传学游听虽据再解如来以该话是",
    "称": "名简号对职自堪俗昵之",
    "料": "材资原饮燃预涂史肥香布始",
    "提出": "被",
    # 民警, 交警, 刑警, 巡警, 武警, 狱警 before 告…: the police officer tells (民警|告诉), nobody warns
    "警告": "民交刑巡武狱",
}
# One-character cues that are never one inside a dictionary word with the character before them (衣料, 照料,
# 颜料: the table above names the commonest only).
ZH_CUES_NOT_IN_WORDS = frozenset("料")
# X所说/所指出 reports speech only in 正如X所说 and 据X所说.
ZH_AS_LEADS: tuple[str, ...] = ("正如", "如同", "正像", "就像", "诚如", "如", "据", "根据")
ZH_CUE_NOT_NEXT = "了的过着"
# Tails making a cue of feeling an idiom (感慨万千, 感叹不已): the cue then reports only a quote right after the idiom
# (他感慨万千：“…”) or the quote whose sentence it closes; elsewhere it is a feeling (…的变化让她感慨万千。).
ZH_CUE_IDIOM_TAILS: tuple[str, ...] = ("万千", "万分", "万端", "不已", "连连")
# One-character verbs of a cue with 道 or 着说 that may end a longer verb (冷|笑道 is 冷笑 and 道, 长|叹道,
# 回|答道, 大|喊道, 叫|嚷道): the cue then starts a character earlier.
ZH_CUE_VERB_TAILS = frozenset("笑叹答喊叫嚷")
# Asking (记者问周先生: 问 tagged a noun by jieba is the verb).
ASK = "问"
# Verbs of saying ending in the cue 称 (宣称, 辩称): the cue is the whole verb, its subject stands before it.
# 戏称, 谑称 (jokingly calls): the joke's words are the speaker's (王建国戏称：“…”), no 戏 of a name.
ZH_CLAIM_VERBS = frozenset("宣称 辩称 指称 坚称 谎称 直称 扬称 戏称 谑称".split())
# “…”说这话的是村民王明, 说出这番话的正是…: a cleft after a quote, or opening the paragraph after it, naming who
# said it (the speaker is the phrase after 是); a fixed phrase, no repetition: nothing to backtrack.
# “…”这是王明最常说的一句话, “…”这句话是李华说的, “…”这是王明常挂在嘴边的话 (a saying of his): the person said it
# (groups: 是, the adverbs before the cue, the cue).
ZH_THIS_IS_SAID_RE = re.compile(
    "这(?:句话|番话|些话)?(?:就|正|便)?(是)[^，。！？“”「」]{1,8}?"
    "((?:最常|经常|常常|常|曾经|曾|反复|一直|总)?)(说|讲|挂在嘴边|放在嘴边)(?:过)?的"
)
# “…”这是镇长李华在例会上反复强调的一句话, “…”这是奶奶常叮嘱我们的话: a verb of speech and 的(一句)话 after it, the
# person further from 是 (the same groups); 的话 makes the verb's object the words quoted.
ZH_THIS_IS_WORDS_RE = re.compile(
    "这(?:句话|番话|些话)?(?:就|正|便)?(是)[^，。！？“”「」]{1,14}?"
    "((?:最常|经常|常常|常|曾经|曾|反复|一再|再三|多次|一直|总)?)"
    "(说|讲|强调|叮嘱|嘱咐|告诫|提醒|念叨|叮咛|教导|提到|说起|讲起|重复)(?:过)?(?:我们|我|大家)?的(?:一句|一番|这句|那句)?话"
)
ZH_CLEFT_RE = re.compile("(?:说|讲)出?(?:这|此)(?:句|番|些|段)?话的(?:人)?[，,]?(?:正|就)?是")
# Conjunctions that may open a 在…看来 frame (而在他看来，…).
ZH_FRAME_CONJUNCTIONS: tuple[str, ...] = ("而", "但", "但是", "不过", "然而", "可")
# Frames of someone's eyes or account that report a direct quote right after them, opened by 在 as 在…看来 is
# (在王明眼中，“…”, 在同学王明的描述中，“…”); never a clause without quote marks (在公众眼中，这件事…: a view).
ZH_FRAMED_QUOTE_CUES = frozenset("眼中 眼里 描述中".split())
# Cues that report only in 据…报道 / 在…看来.
ZH_FRAMED_CUES: dict[str, tuple[str, ...]] = {
    "报道": ("据", "根据"),
    "报导": ("据", "根据"),  # (報導, the Taiwan spelling)
    "消息": ("据", "根据"),
    "通报": ("据", "根据"),  # (据当地派出所通报: the body's notice, as 据…消息)
    "看来": ("在", *(c + "在" for c in ZH_FRAME_CONJUNCTIONS)),
    "料": (),
}
# Cues of learning that report only from a source opened by 从 in their clause (记者从省气象台了解到，…: the
# weather office's words, as with 获悉); without one (记者了解到，…, 让更多人了解到…) the writer's own finding.
ZH_SOURCED_CUES: dict[str, tuple[str, ...]] = {"了解到": ("从", "從")}
# Characters of a time phrase between a speaker and the cue: 哈马斯本月6日表示.
ZH_TIME_CHARS = frozenset("0123456789０１２３４５６７８９年月日号时分本上下今去明当天周星期初底中旬晚早午前后")
# What follows a number in a day of the month (王明|9|日|电话表示, 9号).
ZH_DAY_OF_MONTH_WORDS = frozenset(("日", "号"))
ZH_CUE_RE = re.compile(trie_pattern(ZH_CUES))
# The cues as a set: a word that is one (高喊, jieba's 高 + 喊 read as a name) is never the name of who speaks.
ZH_CUE_WORDS = frozenset(ZH_CUES)
# How long the longest cue is (characters): how far before a quote a cue may start and still touch it.
ZH_LONGEST_CUE = max(len(c) for c in ZH_CUES)
# Answering with no subject written (记者：“…？” then 答：“…”, 回答：“…”): the one asked speaks, never the asker.
ZH_ANSWER_CUES = frozenset("答 答道 回答 回答道 回答说 答曰 回道".split())
# Interviewing someone, read for who answers a Q&A whose questions name nobody: the verb (and 了) before the
# one interviewed (本报记者专访了县长王明, 記者採訪了村長李強), 对 … 进行(了) and the verb (对县长王明进行了专访),
# or 接受 after them and the verb later in the clause (县长王明日前接受本报记者专访, 王明在接受《XX日报》记者采访时).
ZH_INTERVIEW_VERBS = ("专访", "采访", "访谈", "專訪", "採訪", "訪談")
ZH_INTERVIEW_ACCEPT = "接受"
# A quote followed by one of these is an example of what is asked or said, nobody's words
# (它可以回答“明天会下雨吗”这样的问题).
ZH_EXAMPLE_AFTER_RE = re.compile(
    r"(?:这样|这类|这种|之类|一类|类似)的?(?:问题|提问|问句|句子|说法|指令|请求)"
    r"|等(?:问题|提问|说法)"
)
# Words said as the means of a verb of speech or judgment after them (马丽用“累并快乐着”形容这份工作, 该公司以“纯属谣言”
# 回应, 以“家中有事”为由请假): the preposition before the quote (用, 以), what may stand between the quote and the verb
# (来, 等字句…), and the verbs besides the cues (ZH_CUES) that take such words, with the phrases of a reason given.
ZH_MEANS_PREPOSITIONS = frozenset("用 以".split())
ZH_MEANS_LINKS: tuple[str, ...] = tuple("等字句 等字眼 等话语 等语句 等言语 的话 这句话 一句话 来 去".split())
ZH_MEANS_VERBS: tuple[str, ...] = tuple(
    "形容 概括 描述 评价 表达 反驳 回击 称呼 为由 为理由 为借口"
    # answering off, putting off, turning down (对方以“正在处理”搪塞, 以“没有名额”回绝): words said as the answer
    " 搪塞 敷衍 推脱 推托 推辞 回绝 婉拒 打发 应付".split()
)
# Verbs of judging that take an object and then the words said of it, short, ending the clause (议员批评当局“后知后觉”,
# 她质疑校方“只收钱不办事”, 网友形容他“太拼了”): the words are the subject's though the verb is no cue of ZH_CUES.
ZH_JUDGING_VERBS: tuple[str, ...] = tuple(
    "批评 质疑 形容 斥责 怒斥 抨击 痛批 怒批 狠批 炮轰 砲轰 直指 暗讽 嘲讽 讽刺 指责 谴责 称赞 赞扬 夸赞 斥".split()
)
ZH_JUDGING_VERB_RE = re.compile(trie_pattern(ZH_JUDGING_VERBS))
# A numbered set of items named (三个到位, 四个意识, 八项规定, 五大理念, 三不: a count of two or more and its
# measure, then a word or two), as policy texts name their slogans: a term, never words said, even in a reported
# clause (要做到“三个到位”：一是…). A count of time (三个月后再说) is no such name.
ZH_NUMBERED_SET_RE = re.compile(
    "[两二三四五六七八九十]{1,2}(?:项|大|条|种|点|类|不|个(?![月小钟星礼]))[\u4e00-\u9fff]{0,4}"
)
# Cues that report only after a publication of a source: 国际能源署的报告显示 (not 屏幕显示, 数据显示).
ZH_CUES_AFTER_DOC: dict[str, tuple[str, ...]] = {
    "显示": ("的报告", "的测算", "的研究", "的调查", "的报告也", "的测算也", "的研究也", "的调查也", "发布的报告"),
}
# The particle after a word of manner (轻轻地说, 慢慢地说: how the words are said).
ZH_MANNER_SUFFIX = "地"
# 据X介绍，… / 据X报道，… : the cue words allowed to close a 据 phrase.
ZH_ACCORDING_CUES: tuple[str, ...] = tuple("介绍 报道 报导 称 透露 表示 显示 统计 了解 消息 通报 说".split())
# (佢哋 "they" in Cantonese; its 佢 "he or she" has no gender, like 其: see ZH_UNGENDERED_PRONOUNS.)
ZH_PRONOUNS: dict[str, str] = {"他": "m", "她": "f", "他们": "p", "她们": "p", "我": "i", "我们": "p", "佢哋": "p"}
# The pronouns of ZH_PRONOUNS for one person of a gender (他, 她).
ZH_HE_SHE: tuple[str, ...] = tuple(pronoun for pronoun, gender in ZH_PRONOUNS.items() if gender in ("m", "f"))
# The third-person pronouns of ZH_PRONOUNS (他, 她 and their plurals) that jieba may read as one word with what
# follows them (她昨越洋, 他对外), the plural first, so that a prefix test reads 他们对外 as 他们.
ZH_THIRD_PERSON_PRONOUNS: tuple[str, ...] = tuple(
    sorted((pronoun for pronoun in ZH_PRONOUNS if pronoun[0] in ZH_HE_SHE), key=len, reverse=True)
)
# The plural suffix of a pronoun, in simplified and in traditional characters (他们, 他們).
ZH_PLURAL_SUFFIXES = "们們"
# A 他 or 她 standing for one person (not 他们, nor 他們 in traditional characters).
ZH_HE_SHE_RE = re.compile(f"[{''.join(ZH_HE_SHE)}](?![{ZH_PLURAL_SUFFIXES}])")
# Pronouns of a person of either gender: 其 (written), 佢 (Cantonese), 渠 and 彼 (written Cantonese and court
# reports: 渠称, 彼稱).
ZH_UNGENDERED_PRONOUNS = frozenset("其 佢 渠 彼".split())
# Adverbs between a speaker and the cue: 王凯也表示.
ZH_SKIPPABLE: tuple[str, ...] = (
    "进一步",
    "同时",
    "随后",
    "还",
    "也",
    "则",
    "又",
    "更",
    "曾",
    "再次",
    "就此",
    "对此",
    "特别",
    "都",
    "已",
    "如是",
    "当即",
    "还曾",
)
# A subject that is only a conjunction or a time word: the clause's subject is left out (并认为…).
ZH_ZERO_SUBJECTS = frozenset(
    """并 而 但 但是 且 还 也 又 近期 近日 日前 目前 此前 随后 同时 当时 后来 最后 此外 另外 对此 其中""".split()
)
# Subjects that report no one's speech: 它, 您, 人们普遍认为, 可以说.
ZH_NOT_SPEAKERS = frozenset("它 它们 您 你 你们 那些 这 这些 人们 人们普遍 大家 有人 我们 咱们 对方".split())
# Modal verbs between a subject and its verb (王明也只能告诉她…, 李华还可以说…).
ZH_MODALS = frozenset("只能 只好 可以 能 能够 会 要 应该 应当 必须 不得不".split())
ZH_MODAL_ENDS: tuple[str, ...] = ("可以", "应该", "可能", "能够", "不妨", "或许", "也许")
ZH_CONNECTIVES: tuple[str, ...] = ("因此", "所以", "然而", "此外", "另外", "但是", "不过", "而且", "同时")
# Words of adding (the connectives above that add, and more) before a cue whose clause leaves its subject out
# (王明表示，李华做得很好，同时指出：“…”): the one who spoke before in the sentence adds a point, the subject of their
# words does not take over (with CUE_ADVERBS: 又说).
ZH_ADDING_LEADS: tuple[str, ...] = ("同时", "此外", "另外", "而且", "并且", "同样", "进一步", "接着", "继而")
# Openings of an unnamed source: 有村民, 一位市直机关干部, 还有一些学子.
ZH_DESC_LEADS: tuple[str, ...] = (
    "还有",
    "有",
    "一位",
    "一名",
    "一些",
    "多名",
    "多位",
    "部分",
    "不少",
    "很多",
    "许多",
    "某",
)
# An unnamed source introduced in the sentence before a quote: 就有村民问询进度，“…”.
ZH_UNNAMED_LEADS: tuple[str, ...] = ("有", "一位", "一名", "不少", "许多", "很多")
# Leads of a frame that names the source of a report (据新华社报道, 根据…消息), not its speaker.
ZH_FRAME_SOURCES: tuple[str, ...] = ("据", "根据", "另据")
ZH_FRAME_REPORTS = frozenset("报道 消息 报导 通报".split())
# Session 60: the verbs of a publication's report that yield to a speaker and a cue opening its clause with no 据 before
# them too (联合报报道，台北市长蒋万安今天表示，…: the mayor's words, which the paper relays).
ZH_NEWS_REPORTS = frozenset("报道 报导".split())
ZH_NEGATIONS: tuple[str, ...] = ("没有", "未有", "未", "不", "没", "拒绝")
# Heads of unnamed sources (person descriptions) and of organisations.
ZH_PERSON_HEADS: tuple[str, ...] = tuple(
    """村民 学子 留学生 专家 人士 干部 女生 男生 学生 记者 网友 市民 居民 负责人 工作人员 交易员
    分析师 分析人士 业内人士
    观众 游客 家长 老师 医生 员工 官员 民众 群众 孩子 妈妈 爸爸 媒体 消息人士 知情人士 发言人 代表 委员
    研究人员 研究者 科学家 工作人员 专业人士 经济学家 政客 议员 学者 男子 女子 男孩 女孩""".split()
)
# Nouns of someone acting for a body, never a title written after a person's name (比亚迪负责人: the carmaker's
# unnamed head, not a person 比亚迪 so titled; 张伟主任 is).
ZH_BODY_AGENTS: frozenset[str] = frozenset("负责人 发言人 工作人员 新闻发言人".split())
# Verbs that qualify the noun after them (相关/v 负责人, 有关/v 人员: the ones in charge of it), no predicate.
ZH_QUALIFYING_VERBS: frozenset[str] = frozenset("相关 有关".split())
ZH_ORG_SUFFIXES = ORG_HEADS  # (one table, in cqnews.lexicon.bodies_zh)
ZH_UNNAMED_RE = re.compile(
    "(?:" + "|".join(ZH_UNNAMED_LEADS) + ")(" + "|".join(sorted(ZH_PERSON_HEADS, key=len, reverse=True)) + ")"
)
# Titles written after a full name: 钟南山院士 -> 钟南山, role 院士.
ZH_TITLE_SUFFIXES: tuple[str, ...] = ("院士", "教授", "博士", "老师", "总书记", "主席", "总理", "部长", "同志")
# Nouns of an answer given (王明的回答是, 她的原话是), and what may end the text before the quote after such a noun
# and its link (是, 只有一句): a mark and white space.
_ANSWER_NOUNS = "回答 回应 答复 回复 原话 表态".split()
_BEFORE_QUOTE_END = "[：:，,]?[\\s]*$"
# An owned noun of speech right before a quote (王明的回答是：“…”, 她的回应只有一句：“…”): the owner said it.
ZH_OWNED_SPEECH_RE = re.compile(
    f"的({'|'.join((*_ANSWER_NOUNS, '说法'))})(?:是|为|只有一句|就一句|仍是|依然是)?{_BEFORE_QUOTE_END}"
)
# A noun of words said with its owner's 的 (or a count's 句), then 是 or a colon, right before a quote (父亲的遗言是“…”,
# 他的口头禅是“…”, 村支书的原话是“…”, 师傅的第一句话是“…”): the quote is words said, whoever the owner is read to be.
# The nouns of an answer and of words left or said (遗言, 口头禅).
_WORDS_SAID_NOUNS = (*_ANSWER_NOUNS, *"遗言 口头禅 话 留言 感言 寄语 誓言".split())
ZH_SAID_NOUN_BEFORE_RE = re.compile(
    f"[的句](?:{'|'.join(_WORDS_SAID_NOUNS)})(?:是|为|就是|只有一句|仍是|依然是)?{_BEFORE_QUOTE_END}"
)
# 所 and a cue, with 的, right before a quote (所说的“, 所述的“): the words are what someone said (simplified).
ZH_AS_SAID_RE = re.compile("所(?:说|述|称|言|讲)的?[\\s]?$")
# A quoted term introduced by one of these is a name or a term, not speech.
ZH_TITLE_LEADS: tuple[str, ...] = (
    "称为",
    "称作",
    "叫做",
    "所谓",
    "所谓的",
    "号称",
    "被称",
    "誉为",
    "名为",
    "题为",
    "主题为",
    "口号",
    "叫作",
    "名叫",
    "取名",
    "命名为",
    "简称",
    "俗称",
    "昵称",
    "绰号",
    "外号",
    "代号",
    # a title or an honour conferred (村里评上了“省级文明村”, 合作社获评“省级示范社”, 被授予“全国文明校园”): a name
    # given to the one honoured, not words said, though a cue stands before it in the sentence
    "评为",
    "评上",
    "评上了",
    "评选为",
    "获评",
    "荣获",
    "荣获了",
    "荣膺",
    "授予",
    "授予了",
    # the topic work turns round (围绕“稳增长、促改革”开展工作, 聚焦“一老一小”): a slogan or a theme, nobody's words
    "围绕",
    "聚焦",
)

# A sentence that credits the quote paragraphs before it: 故宫博物院在微博上写下了这样一段话 (the verb,
# then the back-reference to the words quoted above).
# (如是说: "said so", after the quote)
ZH_BACKREF_RE = re.compile(
    r"(?:如是)?(写下|写道|说|讲|留下|发出|发布)(?:了?(?:这样|如下|以上)?(?:一段话|这段话|这番话)|(?<=如是说))"
)

# Half-width marks some portals write in Chinese text (“他说,我们会赢!”), each with the full-width mark the rules
# read; a half-width mark is read as its full-width one only beside Chinese (not 1,000, 10:30 or "Hello, world").
HALFWIDTH_MARKS: dict[str, str] = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
# Quote marks some Taiwan and mainland pages write, each with the mark the rules read (one character for one): the
# double prime marks 〝…〞 (〟) as “…”, the full-width straight mark ＂…＂ as the straight ASCII one (paired like it).
RARE_QUOTE_MARKS: dict[str, str] = {"〝": "“", "〞": "”", "〟": "”", "＂": '"'}

# Nouns of a trade that end a company's name after its place and brand (上海|大金|空调, 北京|金山|软件, 浙江|吉利|控股),
# and the words of a company's kind that may follow them (有限公司): no person's name ends in one.
ZH_INDUSTRY_NOUNS: tuple[str, ...] = tuple(
    """空调 科技 电器 电子 电气 软件 汽车 地产 置业 药业 制药 医药 食品 乳业 能源 控股 实业 传媒 物流 股份 电机
    通信 通讯 重工 化工 钢铁 纺织 服饰 家电 家具 建材 机械 光电 半导体 新能源 生物 环保 文旅 影业 保险 证券
    信托 航运 快递 酒业 啤酒 饮料 投资""".split()
)
ZH_COMPANY_KINDS: tuple[str, ...] = ("股份有限公司", "有限责任公司", "有限公司", "公司", "集团")

# Modal particles that close a clause of spoken Chinese (日子总是有盼头的, 就可以回家过年了, 好吧): a quoted clause
# ending with one is words said, not a term or a title.
ZH_SPOKEN_PARTICLES = frozenset("了的吧啊呢吗呀嘛啦哦咯")

# How long a quoted term may be (藝術表演區, 急诊加油群): a quote no longer and with no mark of a pause or an end
# inside is a term, no clause (clause_end_zh.zh_short_term).
ZH_TERM_MAX = 8
# A span of a term's length in one pair of Chinese quote marks, no mark of the pair inside; the words are in the
# group of its pair (bounded: no backtracking past a few characters). terms_zh counts the terms an article repeats.
_TERM_LENGTH = f"{{1,{ZH_TERM_MAX}}}"
ZH_QUOTED_SHORT_RE = re.compile(f"“([^“”]{_TERM_LENGTH})”|「([^「」]{_TERM_LENGTH})」|『([^『』]{_TERM_LENGTH})』")
# A verb of two characters with 道 after it (安慰道, 提醒道, 反驳道): the manner of saying, in a cue no table holds;
# read as one only where the segmenter keeps 道 a word of its own after a verb (not 知道, 街道, 轨道).
ZH_VERB_DAO_RE = re.compile("[\u4e00-\u9fff]{2}道")
# A label line (张明：“…”, 记者：“…”, 张晓燕（护士长）：“…”): the longest label read, and what the brackets after a
# name hold that is no role (化名: a pseudonym, 音译: a transliteration).
ZH_LABEL_MAX = 24
ZH_LABEL_NOT_ROLES = frozenset("化名 音译 左 右 中 左一 右一 图 图左 图右 受访者供图".split())
# The brackets after a name in a label that hold the role (张晓燕（县人民医院护士长）：).
ZH_LABEL_BRACKETS = ("（", "）")
# Bars a label opening the paragraph may stand before its quote with, as a colon does (王明｜“…”: WeChat features).
ZH_LABEL_BARS = "｜|"
# The heads of jieba's tags of the words of a clause, no label's (verbs, measures a verb is read as: 痛批/q,
# prepositions, adverbs).
ZH_LABEL_CLAUSE_TAG_HEADS = frozenset("v q p d".split())
# What may open a paragraph before a label, no part of it (WeChat and feature layouts): a bullet or bar (▍ ◎ ● ▲), a
# section number and its mark (01 |, 1., 一、) or a column tag in brackets (【对话】); one pattern, nothing backtracks.
ZH_LABEL_LEAD_RE = re.compile(
    "(?:[\\s\u2190-\u2bff|｜•·]|(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\\s*[、.．|｜]|【[^】]{1,10}】)+"
)
# Marks no label holds: a label is a noun phrase, no clause.
ZH_NOT_IN_LABEL = frozenset("，,。！？；;、“”「」《》\"")
# The dashes of a credit line after a quote (“…”——参赛选手 张一鸣): the label after them is the speaker.
ZH_CREDIT_DASHES = "—―－-"
# The brackets of a credit ending the paragraph after a quote, each with its closing bracket (“…”（合作社理事长 王丽）),
# and what may end the label in them (“…”（王明语）: 语, "words of", marks them as his).
ZH_CREDIT_BRACKETS = {"（": "）", "(": ")"}
ZH_WORDS_OF_ENDS = frozenset("语語")
# The square brackets of a tag opening a paragraph ahead of a quote (【现场声】“…”, 〔采访〕, [同期]: a label of what
# the line is, which leaves the quote heading its paragraph), each with its closing bracket.
ZH_SQUARE_TAG_BRACKETS = {"【": "】", "〔": "〕", "[": "]"}
# A TV transcript's line without quote marks (a sound bite): the tag that opens it (【同期声】, （同期）; written in
# simplified characters, read after to_simplified), the brackets of the tag (round ones too), and the ends of a
# question.
ZH_SOUND_BITE_TAGS = frozenset(("同期声", "同期", "现场同期", "同期音"))
ZH_TAG_BRACKETS = {**ZH_SQUARE_TAG_BRACKETS, "（": "）", "(": ")"}
ZH_QUESTION_ENDS = ("？", "?")
