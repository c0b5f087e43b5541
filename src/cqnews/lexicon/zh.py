"""Chinese word tables for reading speakers: surnames, honorifics, titles, organisation heads, and the
part-of-speech tags (jieba's) of words that are never a speaker."""

from __future__ import annotations

# Common Chinese surnames (single character), used to cut a name off the role before it.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文"
    "牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲"
    "翁冉骆蓝路游辛靳管柴蒙鲍华阎喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席"
    "卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝栗习"
    "萧洪傅赖辜廉奚屠郜鄢竺冼匡鞠谌胥蔺酆湛禹茅裘桓丘郁"
    # rarer ones, characters seldom opening any other word (芮, 郗, 禤, 亓: 禤国良 is no 禤/国)
    "芮郗禤亓邴逄逯厍昝訾隗眭郦郏蒯佴缑郅琚宓谯麴綦璩甯扈邰邸闾阚郇淦仉嵇笪郄禚"
)
DOUBLE_SURNAMES = frozenset(
    """欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 宇文 司徒 夏侯 令狐
    端木 澹台 公冶 宗政 淳于 申屠 万俟 呼延 东郭 拓跋 独孤""".split()
)
# Double surnames that are also words of their own (东方明珠, 东方航空): a name only before a verb of saying.
DOUBLE_SURNAME_WORDS = frozenset("东方".split())
# Honorific suffixes that make a surname a name: 王先生, 徐女士.
HONORIFICS: tuple[str, ...] = ("先生", "女士", "小姐", "太太")
# English courtesy words Hong Kong writes after a surname (陳Sir, 李Madam: a police officer, a teacher), lower case.
LATIN_COURTESY = ("sir", "madam", "miss")
# Titles that make a lone surname before them a way of naming someone: 张教授, 单院长.
SURNAME_TITLES = frozenset(
    """教授 院长 老师 主任 书记 经理 医生 律师 局长 部长 校长 所长 博士 队长 村长 县长 市长 省长 处长 科长
    总 总统 主席 总理 首相 议员 立委 议长 大使""".split()
)
# One-character titles Hong Kong and Taiwan papers write after a surname alone, once the full name is given (陳官:
# Magistrate Chen; 蘇揆: Premier Su, of 閣揆).
HK_SURNAME_TITLES = frozenset("官揆")
# Titles jieba's dictionary tags verbs (署长/v, 处长/v: the head of a department, of an office): nouns.
TITLES_TAGGED_VERBS = frozenset("署长 处长".split())
# Words of the voice one speaks in (小声说, 低声问, 齐声喊) that jieba tags a noun or a name: before a verb, an adverb.
VOICE_MANNERS = frozenset("小声 低声 高声 大声 轻声 柔声 齐声 悄声 细声 沉声 朗声 厉声 连声".split())
# Nouns jieba reads glued to the 马 of 马上 ("at once": 旁边的人马/上/表示): before 上 and a verb, the noun and 马上.
NOUNS_GLUED_TO_MASHANG = frozenset("人马".split())
# Titles a lone surname before them is joined to as a name (刘/zg 警官, 张/q 法官: jieba tags the surname as it
# will), though the person is not looked for under an earlier full name (a police officer is rarely named in full).
JOINED_TITLES = frozenset("警官 法官".split())

# Ranks written between a surname and its title (李副教授, 赵代市长, 王常务副市长).
TITLE_RANKS: tuple[str, ...] = ("常务副", "副", "代")
# Interpuncts of transliterated names as pages write them (a question mark is never one: 为何未提蔡祥令？汤某某).
# (‧, the hyphenation point, in Taiwanese pages: 蒂姆‧庫克; ．, a full-width stop: 唐納．川普)
NAME_DOTS = frozenset("·・•‧．･")
# Characters that end a transliterated name run on into the sentence: 米歇尔・布兰深表赞同 -> 米歇尔・布兰.
NOT_IN_TRANSLITERATION = frozenset(
    "的在是和与及也都对将说表认称指强深已向从被把等为了还又就曾并而则所这那其于年月日时怎么办吗呢吧啊你我他她们像"
)
# One-character adverbs that go with a cue and that jieba joins to it (续指 "went on to say", 又称,
# 亦指): part of the cue, never of the speaker before it.
CUE_ADVERBS = frozenset("续 又 再 亦 也 还 更 并 另 均 都 皆 则 却".split())
# Hong Kong surnames that are also ordinary characters (区 "district", 利 "profit", 源 "source", 劳 "labour"): not
# SURNAMES, read as one only where jieba's model reads a name and a cue follows its glued end (区诺/轩续/指).
ORDINARY_HK_SURNAMES = frozenset("区 利 官 植 源 劳".split())
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
# Adverbs (of degree, of still) jieba tags as lone characters (zg) after a name, never the end of one
# (张伟|很高兴, 李华|仍表示): those of degree but 越 and 愈, which end given names (王越, 韩愈), and 较 and 颇, which
# jieba reads as adverbs (d) of their own.
NOT_GIVEN_ENDS = (DEGREE_ADVERB_CHARS - frozenset("较颇越愈")) | frozenset("仍")
# Adverbs jieba reads as the given name of a lone surname before a verb or a preposition (梁常/nr 在臉書, 黎續/nr 稱:
# Liang often, Lai went on): a surname and one of them there is no full name the surname stands for.
ADVERBS_AFTER_SURNAME = GLUED_FUNCTION_WORDS | CUE_ADVERBS | NOT_GIVEN_ENDS | frozenset("常总曾只才昨今")
# Tags of a dictionary word that, standing alone as a subject, names a kind of person and no one in
# particular (家属/n, 奶奶/n): a description, not a name (雀跃/v may be a pseudonym).
COMMON_NOUN_TAGS = frozenset("n".split())
# Nouns of a kind of person that jieba tags otherwise (警察/v, 邻居/v, 老伯/nr, 保姆/nrt, 青年/t): a description
# as much as 家属/n is, never a person's name.
MISTAGGED_PERSON_NOUNS = frozenset(
    "警察 导演 保姆 邻居 少年 青年 老伯 老汉 阿伯 阿公 阿婆 阿姨 老太 老太太 老大爷".split()
)
# Nouns of a man and of a woman (relatives, honorifics): a 她 is never 爷爷, a 他 never 妻子.
MALE_NOUNS: tuple[str, ...] = tuple(
    """丈夫 儿子 父亲 爸爸 女婿 哥哥 弟弟 爷爷 外公 姥爷 孙子 男友 未婚夫 舅舅 叔叔 伯伯 侄子 外甥 老公 先生
    男子 男生 男孩 大哥 二哥 三哥 兄长 姐夫 妹夫 公公 岳父 继父 养父 堂哥 表哥 堂弟 表弟 大伯 小叔
    其父 其夫 其子 大爷 大叔 老伯 老汉 阿伯 阿公 阿爸 阿哥 阿叔 阿爷""".split()
)
# What joins a person to their spouse (与妻子, 偕妻子, 的妻子), and the nouns of a wife and of a husband: the one
# named before a wife is a man, before a husband a woman.
SPOUSE_LINKS = frozenset("和与及偕携的")
WIFE_NOUNS = frozenset("妻子 太太 夫人 老婆".split())
HUSBAND_NOUNS = frozenset("丈夫 老公".split())
FEMALE_NOUNS: tuple[str, ...] = tuple(
    """妻子 女儿 母亲 妈妈 儿媳 姐姐 妹妹 奶奶 外婆 姥姥 孙女 女友 未婚妻 姑姑 阿姨 老婆 太太 夫人 女士 小姐
    女子 女生 女孩 嫂子 大嫂 嫂嫂 弟媳 大姐 二姐 婆婆 岳母 继母 养母 堂姐 表姐 堂妹 表妹 婶婶 舅妈 姨妈
    其母 其妻 其女 大妈 大娘 大婶 老太 阿婆 阿嬷 阿妈 阿姐 阿嫂 阿婶 阿妹 阿嫲""".split()
)
# Nouns of a person's relatives and companions: after an owner (张伟的妻子) they name someone else.
KIN_NOUNS: tuple[str, ...] = (
    *MALE_NOUNS, *FEMALE_NOUNS, *"家人 亲属 家属 亲戚 朋友 好友 同事 同学 室友 邻居 老伴 助手 秘书 导师".split()
)
# Measure words of people: 一名, 数位, 几个.
PERSON_MEASURES: tuple[str, ...] = ("名", "位", "个", "些", "批")
# How the article's writer names themself (记者注意到, 笔者了解到): never who a 他/她 stands for.
WRITER_WORDS = frozenset("记者 笔者 本报记者 本台记者 本刊记者 小编".split())
# Verbs that open a clause of time (or of a question answered) before a cue with no subject of its own
# (接受采访时表示, 出席活动时指出, 回应查询表示).
FRAME_VERBS = frozenset(
    "接受 出席 参加 会见 面对 谈到 谈及 提到 说到 回答 回应 回复 回覆 答复 做客 视察 考察 走访 召开".split()
)
# Words for two people named before (二人均称, 夫妇俩表示): the first named speaks for both.
PAIR_WORDS = frozenset("二人 两人 二者 两位 两名 夫妻 夫妇 夫妻俩 夫妇俩 母女 父子 母子 父女 兄弟 姐妹".split())
# Labels a credit puts before its writers' names (新华社记者 张伟、李娜 北京电, 通讯员 王芳): those named
# after them wrote the article, they are no subject of it.
REPORTER_LABELS: tuple[str, ...] = ("记者", "通讯员", "实习生")
# Nouns of what someone said: 张伟的回答是：“…” is 张伟's.
SPEECH_NOUNS = frozenset("回答 看法 说法 解释 回应 原话 表态 观点 答复 评价 感受 理由 建议 态度 结论 意见".split())
# Units whose head is a title ending in 长 (商务部长, 公安局长, 市长): jieba may give the 长 to the name after it.
UNIT_HEADS: tuple[str, ...] = tuple("部 局 厅 处 院 所 校 市 省 县 镇 村 区 州 团 组 科 室 队 社 行 署".split())
# Verbs of perceiving or remembering that take a clause as object (她记得王明说, 他听到王明大喊, 记者看到王明对工人说):
# the speaker is the subject of the cue inside that clause, not the one who hears, sees or remembers it.
PERCEPTION_VERBS = frozenset("记得 听到 听见 看到 看见 想起 记起 梦见 梦到 目睹".split())
# 老赵, 小王: a familiar way of naming someone by surname.
FAMILIAR_PREFIXES = frozenset("老小")
# Forms of address a surname takes to name someone (马师傅, 田大妈, 钱老板, 石婆婆): the person of that surname, though
# jieba reads the surname as a noun (马/n 师傅/n: "horse" and "master") and the pair as nouns naming nobody.
ADDRESS_AFTER_SURNAME = frozenset(
    "师傅 老板 老板娘 大爷 大妈 大叔 大婶 大姐 大哥 大嫂 阿姨 婆婆 爷爷 奶奶 伯伯 叔叔 阿婆 阿伯 老伯 老汉 老太".split()
)
# Given-name characters written with the radical 女 (woman), given to women (李婷, 王娟, 张丽娜): a 他 is not them.
FEMALE_NAME_CHARS = frozenset("娟婷婧娜妍姝媛嫣妮姗娥娇婉嫚媚姣婕娴婵姬嫦妤婕婳娉嫱")
# Words of 阿 that name kin or a kind of person, not someone called so (阿明 is a name, 阿婆 is not).
A_KIN_WORDS = frozenset("阿婆 阿伯 阿姨 阿公 阿嬷 阿爸 阿妈 阿哥 阿姐 阿叔 阿嫂 阿婶 阿妹 阿弟 阿爷 阿嫲 阿SIR".split())
# Tags of words that may be a piece of a transliterated name (jieba tags them as names, places, or
# leaves them unknown).
NAME_PIECE_TAGS = frozenset("nr nrt nrfg ns nz x zg g ng j m".split())
# Person-name tags.
NAME_TAGS = frozenset("nr nrt nrfg".split())
# Tags of proper names, of people, places or others (jieba tags many a foreign city nr: 安卡拉/nr, 莫斯科/nr).
PROPER_TAGS = frozenset((*NAME_TAGS, "ns", "nz"))
# Words that end a title or a role, never a name: 司法部长, 副书记, 发言人.
TITLE_ENDS: tuple[str, ...] = (
    "长", "书记", "主任", "主席", "总裁", "经理", "委员", "员", "人", "家", "师", "者", "官", "士", "生", "授", "记",
)

# Parts of speech that are never a speaker, nor part of one at its edges: conjunctions (然后, 只是),
# adverbs (也, 只是, 普遍), time words (周一, 三月份), localisers (中, 上), numerals and quantities,
# prepositions, particles, modal and auxiliary words.
NEVER_TAGS = frozenset("c d ad t f m mq q p u uj ul uz ug ud uv y e o tg dg mg".split())
# Words that never open a speaker, whatever jieba tags them: 随后, 此前, 对此, 那时候, 数度 (several times).
NOT_SPEAKER_WORDS = frozenset(
    """然后 随后 之后 此后 此前 目前 近日 日前 当时 后来 最后 此外 另外 对此 同时 其中 只是 就是 还是
    也是 但是 可是 不过 因此 所以 然而 而且 并且 于是 接着 另据 据悉 今天 昨天 明天 今年 去年 明年 本月
    上月 下月 当天 当日 月份 这时 那时 这时候 那时候 时候 这会儿 那会儿 这阵子 那阵子 那天 这天 那年 那晚 那夜
    那一刻 这一刻 任内 任上 期间 其间 此间 其时 数度 多度
    当中 之中 文中 片中 书中 當中 書中 自行 亲自 独自 擅自 私自 親自 獨自""".split()
)
# Nouns of a side or a group that follow a title before a verb of saying (律师方面称, 公司高层表示, 死者家属说), a
# surname's character first: no name of two characters jieba reads as a noun (区长/文军/n 表示).
SIDE_NOUNS = frozenset("方面 高层 家属 团队 代表 同志 人员 一方 双方 团体 集团 单位 部门 机构 官方".split())
# The time of a zone: 时间 after a place (北京时间) or one of these (当地时间, 美东时间) is one time word.
ZONE_TIME = "时间"
TIME_ZONES = frozenset("当地 美东 美西 东部 西部 中部 太平洋 格林尼治 格林威治 欧洲中部 東部 當地".split())

# Prepositions that open a phrase between a speaker and the cue (苹果公司在信中说, 他向记者表示, 他以视频方式表示).
PHRASE_PREPOSITIONS = frozenset(
    "在 向 对 于 给 跟 同 通过 透过 经由 凭借 借助 就 接受 面对 针对 围绕 当 一边 以 用".split()
)

# The adverb 正 and the preposition 在 jieba reads as one word (王明正在记者会上表示, 市教委正在北京表示): it opens
# the phrase of where the speaker is, as 在 does, whatever jieba tags it (t).
PHRASE_PREPOSITIONS_GLUED = frozenset("正在".split())

# Prepositions of the one spoken to (王明对记者说, 向李华表示): who follows them is no speaker.
LISTENER_PREPOSITIONS = frozenset("对 对于 向 跟 给 同".split())
# The marker of a disposed object (他|把这种做法(说成…), 有人|将此(称为…)): what follows it is acted on, never who
# speaks. 将 marks one only before a pronoun of the thing (将此, 将其); before a verb it is "will" (公司将于明天…).
DISPOSAL_MARKERS = frozenset("把".split())
DISPOSAL_JIANG_OBJECTS = frozenset("此 其 之 这 这些 这种 这个 该 它 它们".split())
# Conjunctions jieba glues to a two-character name after them (而林静/nr -> 而/林静).
NAME_GLUED_CONJUNCTIONS = frozenset("而但并且")

# Localisers that close a phrase of place or time (在会谈中, 在会上, 在接受采访时).
LOCALISERS = frozenset("中上里时后前下")

# Heads of organisations: a speaker ending in one is an organisation (法国国家铁路公司, 国家统计局, 以方,
# and the departments of Hong Kong's government: 律政司, 警务处).
# Nouns of a body that are no organisation's name by their ending (交通部门, 当地媒体): a phrase of common nouns
# ending in one is a body, not a kind of person (小区保安).
BODY_NOUNS: tuple[str, ...] = tuple(
    "部门 单位 部队 企业 媒体 平台 当局 官方 团队 支队 大队 中队 小组 班子 工会 物业".split()
)
ORG_HEADS: tuple[str, ...] = tuple(
    """部 局 委 院 会 厅 署 政府 公司 中心 大学 学院 组织 银行 办公室 机构 集团 协会 报 社 台 网 所 馆 校
    法院 委员会 新闻社 通讯社 方面 国 省 市 县 州 党 学会 联合会 基金会 研究院 研究所 检察院 办 联盟 军
    电视台 交易所 司 处 阵线 盟""".split()
)
# Characters that end a role or title (主任, 记者, 教授): a surname before one is no name's first character.
# Time words after a lone surname that are never its given name (梁|昨(說), 王|今天(表示)): the day it was said.
NEVER_GIVEN_NAMES = frozenset("昨 昨天 今天 明天 前天 昨日 今日 近日 日前 当天 當天 昨晚 今晨 昨晨".split())
ROLE_END_CHARS = frozenset("任长员授理席记官家者师士人生事委裁军使督")
# Characters that stop a dotted name read backwards from its first interpunct (the end of a role, 的, 和, 国 …).
NOT_BEFORE_DOT = ROLE_END_CHARS | frozenset("的在和与及、国市省州区县村镇")
# A party to something, named by one character and 方 (校方, 警方, 以方): an organisation.
PARTY = "方"
# Nouns of a publication that may report on its own: 报道中, 信中, 声明中 (a document, not a person).
DOC_NOUNS = frozenset(
    """报道 报告 文章 信 声明 公告 通报 通知 公报 白皮书 文件 研究 调查 消息 新闻 社论 评论 博客 微博 帖子
    视频 通告""".split()
)
# Nouns of a user before the name they go by in quote marks (网友“小雨点”留言称).
HANDLE_NOUNS: tuple[str, ...] = ("网友", "网民", "博主", "用户", "昵称为", "网名为", "账号", "楼主", "up主", "UP主")
# Ends of a noun of a kind of person (农民, 店主, 游客, 商户, 司机, 网友): after a place (四川|农民) no body's name.
PEOPLE_KIND_ENDS: tuple[str, ...] = tuple("民 主 客 户 友 工 员 者 人 属 众 生 师 司机 贩 匠 手".split())
# Ends of a noun of a kind of person or a title a name may follow (农民工, 村民, 教师, 律师, 主任, 议员).
PERSON_NOUN_ENDS: tuple[str, ...] = (*PEOPLE_KIND_ENDS, *TITLE_ENDS)
# Nouns of ordinary people that end otherwise (老百姓, 打工仔, 小伙子): a kind of person, no one named.
# (同行, 同事, 同僚: peers, colleagues; 硅谷同行 is no one's name.)
PEOPLE_WORDS = frozenset(
    """百姓 老百姓 打工仔 小伙 小伙子 姑娘 大妈 大爷 阿姨 大叔 大姐 老汉 老太 老伯
    同行 同事 同僚""".split()
)
# What ends a word of origin before a noun of people (江苏籍|游客, 美籍|华人): no name, whatever jieba tags it.
ORIGIN_END = "籍"
# A person's or a body's own accounts (王明的微博写道 -> 王明): what they post there is theirs to have said.
ACCOUNT_NOUNS: tuple[str, ...] = ("微博", "博客", "推特", "脸书", "朋友圈", "公众号", "社交账号", "官方账号")
# Verbs of publishing a document (two characters): 发布公告, 发表声明 (jieba may read them as one noun).
PUBLISH_VERBS: tuple[str, ...] = ("发布", "发表", "发出", "公布", "印发")

# "There is" before what speaks (有消息指, 也有分析称, 还有专家认为): no part of the speaker, and no predicate of one.
THERE_IS = frozenset("有 还有 也有".split())
# Determiners of "some" that open with 有 (有些家属, 有的村民): part of the description, no "there is" to drop.
SOME_WORDS: tuple[str, ...] = ("有些", "有的")

# A verb of saying right after a cue (回应称, 解释道): part of the cue, not of the clause.
SAY_AFTER_CUE = frozenset("称说")
# Verbs that give a person's name (司机名叫张伟, 一位名叫林晓的女孩).
NAMING_VERBS = frozenset("名叫 叫做 名为 叫".split())
# Words jieba reads after a two-character name whose first character ends the name (张建/明说 -> 张建明/说, 谢礼/传说
# -> 谢礼传/说: before a mark, no "legend" follows a name).
GIVEN_END_CUES = frozenset("明说 明称 传说".split())
# Words of manner between a speaker and the cue (陈玉梅笑称, 他忍不住感叹): never part of the speaker.
MANNER_WORDS = frozenset(
    """笑 笑着 苦笑 微笑着 哭着 调侃 打趣 忍不住 坦率 公开 私下 一再 反复 多次 亲自 当场 随即 立即 马上
    如是"""
    # (probezh50c) jointly: several speakers sign or speak as one (两名议员联署表示, 多名代表联名建议)
    """ 联署 联名 联合""".split()
)
# Demonstratives that open a source named earlier, if at all (该报道, 这项研究).
DEMONSTRATIVES = frozenset("该这那此其本")
# Verbs of speaking or writing that stand right before a cue (工作人员回复称, 张晓刚回应表示): not the speaker.
SAYING_VERBS = frozenset(
    "回复 回覆 回应 答复 答覆 发文 撰文 刊文 发帖 留言 表态 发声 致辞 讲话 解释 补充 透露 表示 指出 强调 介绍"
    # words of comment and disclosure before 称 or 指出 (网友评论称, 专家分析指出, 警方通报称, 市民爆料称)
    " 评论 分析 批评 爆料 通报 举报 吐槽 点评 评价"
    # words of calling on the police or an office before 称 (受害人陈女士报警称, 市民李先生投诉称)
    " 报警 报案 投诉 反映 来电 求助".split()
)
# Titles written after a name, besides those the cue tables know (张晓刚大校, 王毅大使).
TITLES_AFTER_NAME: tuple[str, ...] = (
    "大校", "上校", "中校", "少校", "少将", "中将", "上将", "大使", "委员", "代表", "总统", "首相",
)

# Jobs written after a person's name (李华议员, 王明律师): read as a title only after a word tagged a name.
JOBS_AFTER_NAME: tuple[str, ...] = ("议员", "律师", "法官", "议长", "大律师", "志愿者", "护士")
# The ends of local offices written after a name (李明县长, 张伟区委书记, 王强副县长, 王芳村支书): a word ending so
# after a word tagged a name is the role, the name the speaker. 委 ends the committee that may stand, as a word of its
# own, before the title (刘洋|区委|副|书记).
LOCAL_OFFICE_ENDS: tuple[str, ...] = ("县长", "区长", "镇长", "乡长", "村长", "书记", "支书", "常委", "主任")
COMMITTEE_END = "委"

# Tags of the words that end the speaker's phrase after a person's name: verbs, adverbs, prepositions,
# conjunctions, idioms and adjectives start the predicate (谢礼传|还不敢…, 邱莲|哭着); not jieba's
# "l" (set phrases), which holds titles too (发言人/l).
PREDICATE_TAGS: tuple[str, ...] = ("v", "d", "ad", "p", "c", "i", "a")
# jieba's tags of the particles of aspect (了/ul, 着/uz, 过/ug): the word before them is a verb.
ASPECT_TAGS = frozenset("ul uz ug".split())
# ASPECT_TAGS but 过's ug: the tags of 着 and 了 after a verb of manner before a cue (哭/着(对记者说)).
ASPECT_TAGS_BUT_UG = ASPECT_TAGS - {"ug"}
# The particles of aspect after a verb of manner before a cue (着, 了): how the speaker speaks, no part of who.
MANNER_ASPECTS = frozenset("着了")
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
# Prepositions of the one who passes a speaker's words on (陈大文经律师回应), whatever jieba tags them (经/n).
THROUGH_PREPOSITIONS = frozenset("经 经由".split())
# Words that make a name a group (刘万友、陈春付等人): the speaker is the person named first.
PLURAL_MARKS = frozenset("等 等人".split())
# Conjunctions and prepositions that join two speakers rather than open a predicate (王凯与李明).
COORDINATORS = frozenset("与 和 及 以及 同 跟 、".split())
# The verb joining two offices one person holds (董事局主席兼首席执行官张勇): part of the title, no predicate.
OFFICE_JOINERS = frozenset("兼".split())
# The marks of rank before a title (副局长, 首席执行官, 总经理); jieba reads the first two apart from it (副/局长).
RANK_MARKS = ("副", "首席", "总")

# The mark listing two offices written after one name (刘强董事长、总经理表示): one title of both, as with 兼.
OFFICE_LIST_MARKS = frozenset("、".split())
# Characters of transliterated foreign names (Xinhua's table, the common part): single ones of them
# jieba leaves apart are pieces of one name (阿/克拉姆).
TRANSLITERATION_CHARS = frozenset(
    "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕别宾波伯博布查达戴丹道德登迪蒂丁东杜顿多厄恩尔法凡范菲费芬丰弗"
    "福夫盖甘冈戈格根古瓜圭哈海汉豪赫黑亨洪胡华怀霍基吉加贾杰捷金卡凯坎康考科可克肯库夸奎拉莱赖兰朗劳勒雷蕾"
    "里理利莉丽连林琳隆卢鲁路伦罗洛马玛迈麦曼芒毛梅门蒙米密敏明莫默姆穆纳娜奈南内尼妮宁纽努诺欧帕潘庞佩彭"
    "皮珀普齐奇恰乔切琴丘萨塞桑瑟森沙莎尚舍什施史舒斯松苏索塔泰坦汤唐特滕提廷图托瓦万旺威韦维魏温文沃乌武"
    "西希锡夏肖谢辛休修雅亚扬耶叶伊依因英尤于约泽扎詹朱兹佐卓娅丝黛琪蒂薇芙蓓露"
    # (zhspk38) more of the table's common characters: 彼得罗娃, 阿卜杜拉, 穆罕默德, 普京, 侯赛因, 蓬佩奥, 约翰逊,
    # 马克龙, 茨维塔耶娃, 柯林斯, 列夫
    "娃得卜罕京侯赛蓬翰逊龙茨柯列"
    # (probezh51) Uyghur name endings, characters of no other word: 吐尼亚孜, 艾则孜, 肉孜
    "孜"
)

# Words ending as titles are tested in four ways that accept different words, so they stay apart:
# - ``segmenter.base.title_token``: a token tagged n, two characters or more, ending in TITLE_ENDS (议员/谭/文豪);
# - ``speakers.sounds_zh``: a token of any noun tag but a name's, two characters or more, ending in TITLE_HEADS or
#   TITLE_ENDS (so 大使, 总统, 首相 too, which end in no TITLE_ENDS), before a transliterated name;
# - ``speakers.trim_zh.title_word``: a word, whatever its tag, ending in TITLE_ENDS or a title written after a name
#   (院士, 外长), or one of SURNAME_TITLES (老师);
# - ``speakers.after_quote_zh``: a word ending in TITLE_HEADS or in a noun of a kind of person (居民:
#   quotes_zh.ZH_PERSON_HEADS), but not in TITLE_ENDS alone (人, 生, 家).
# Titles that a name follows directly: 博士生泰勒斯, 研究员米歇尔 (a name without a common surname).
TITLE_HEADS: tuple[str, ...] = tuple(
    """博士生 研究生 学生 研究员 教授 记者 主任 经理 总裁 董事长 主席 部长 大使 参赞 公使 院长 校长 局长 市长 省长
    书记 创始人 负责人 发言人 专家 分析师 工程师 医生 总监 顾问 执行官 会长 社长 导演 作家 总统 总理 首相
    署长 处长 司长 关长 教练 主帅 董秘 常委""".split()
)
# How the set phrases (jieba's "l") that name a person or a title end (发言人, 工作人员, 负责人, 董事长): such a phrase
# after a name is no predicate (发微博/l, 发声明/l are).
SET_PHRASE_PERSON_ENDS: tuple[str, ...] = (*"人员者长家师官生手", *TITLE_HEADS)

# Words that stand before a cue as its subject: nouns of any kind, 他/她, and documents jieba reads as verbs
# (报道/v 指…).
SUBJECT_PRONOUNS = frozenset("他 她 他们 她们 佢 佢哋".split())
# The pronouns of one person spoken of: he, she.
HE_SHE: tuple[str, ...] = ("他", "她")

# Words that introduce an example (jieba tags them as verbs): the name after them is its clause's subject
# (例如周云在下午去送外卖，…他说 -> 周云).
EXAMPLE_LEADS = frozenset("例如 比如 譬如 比方说 诸如".split())

# Nouns of a question put to someone (本报查询, 议员质询, 记者提问): the cue before one answers it, the cue after
# one reports (回应本报查询表示).
QUESTION_NOUNS: tuple[str, ...] = ("查询", "询问", "质询", "提问", "问题", "查问")
# Nouns of an interview given (接受媒体访问表示, 接受本报专访时说): the frame of a cue, as a question answered is.
INTERVIEW_NOUNS: tuple[str, ...] = ("采访", "访问", "专访", "访谈", "受访")
# Adverbs before a cue that jieba glues to the last character of a name (黄伟/哲仅/表示, 李/明只/说): only,
# once, already, then.
LIMITING_ADVERBS = frozenset("仅 只 曾 已 便 就 才".split())

# Determiners of more than one person (很多年轻人, 一些学者, 两名警员, 数位专家): their description is never
# what a 他/她 stands for.
PLURAL_DETERMINERS: tuple[str, ...] = tuple("很多 许多 不少 一些 有些 众多 诸多 部分 大批 大量 各".split())
PLURAL_NUMERALS = frozenset("两二三四五六七八九十百千多数几")
# Last characters of places' names (石家庄, 连云港): a word so ending after a title is no name.
PLACE_ENDS = frozenset("省市县区州庄城镇村乡山江河湖岛港湾府堡坡")
# Districts and counties: jieba reads some of their names as a person's (荣昌/nr 区, 武侯区/nr); with 区 or 县 after
# it (or at its end) such a "name" is the place, never a person (no given name ends with them).
DISTRICT_ENDS = frozenset("区县")
# The accounts news is published on, written as a kind and 号 (微信公众号, 视频号, 抖音号, 头条号): the kinds.
ACCOUNT_KINDS = frozenset("公众 视频 订阅 服务 抖音 头条 快手 百家 企鹅 微博".split())
ACCOUNT_MARK = "号"
# The accounts a body publishes on, as the noun after the account's name in quote marks (据“平安某市”微信公众号消息).
_KIND_ACCOUNTS = tuple(kind + ACCOUNT_MARK for kind in sorted(ACCOUNT_KINDS))
PUBLISHING_ACCOUNTS: tuple[str, ...] = (*ACCOUNT_NOUNS, *_KIND_ACCOUNTS, "客户端")
# The levels of a place that open a body's name (市卫健委, 省政府, 县教育局), which jieba's model may glue to a
# conjunction before them (而市, 但省: no words).
PLACE_LEVELS = frozenset("市省县区州镇乡村")
# Last characters of countries and capitals (美国, 北京, 东京), which end no piece of a person's name.
NATION_ENDS = frozenset("国京")
# The digits written in characters (二〇二四年: a year digit by digit) and the zeros that open no other word.
DIGIT_CHARS = frozenset("〇零一二三四五六七八九")
ZERO_CHARS = frozenset("〇零")
# Characters of numbers and quantities (a word tagged a numeral with none after its surname is a name: 许小年).
NUMERAL_CHARS = frozenset("〇零一二三四五六七八九十百千万亿两几数多余半来壹贰叁肆伍陆柒捌玖拾佰仟")

# (zhspk7) Documents of three characters ending in 书 (判决书称, 起诉书指): a source that speaks like an
# organisation, never a person a later 他/她 stands for (not 秘书, 支书: people).
WRIT_NOUNS = frozenset(
    """判决书 起诉书 裁定书 鉴定书 意见书 倡议书 说明书 通知书 决定书 证明书 计划书 报告书 申请书 承诺书 协议书
    检讨书 悔过书 建议书 抗诉书 答辩书 上诉书 声明书 公开信 举报信 请愿书 陈情书""".split()
)
# Parts of the body and the voice a speaker moves while speaking (压低声音说, 眼含泪水说, 拍拍胸脯说).
BODY_PARTS = frozenset(
    """声音 嗓门 嗓音 语调 头 脑袋 眉头 眉毛 眼睛 双眼 眼眶 眼泪 泪水 泪花 嘴 嘴角 嘴唇 脸 脸庞 手 双手 手臂 胳膊
    肩 肩膀 胸脯 胸口 腰 身子 身体 腿 大腿 脚""".split()
)
# What a speaker does before or while speaking, read before a cue with no subject (王明…，犹豫片刻说): words of
# a while (犹豫片刻, 愣了一下); words opening a clause of when in the passive ((在)被问及…时); prepositions of means
# (通过律师表示); what ends a clause of what went before the speaking (沉默片刻后, 见到记者时); complements of
# direction of a movement (抬起, 回过, 低下, 伸出, 摊开).
WHILE_WORDS = frozenset("片刻 一下 一会 一会儿 良久 许久".split())
PASSIVE_CLAUSE_LEADS = frozenset("在 被".split())
MEANS_PREPOSITIONS = frozenset("通过 透过 经由".split())
BEFORE_CLAUSE_ENDS = frozenset("后 时".split())
DIRECTION_COMPLEMENTS = frozenset("起过下出开")

# Nouns of a place ending in 地 of three characters or more, never a word of manner with its 地 before a cue
# (enrich/speakers/glued_zh.py: 坦率地说, but 目的地, 所在地).
PLACE_NOUNS_OF_DI = frozenset(
    "目的地 所在地 发源地 殖民地 根据地 出生地 集散地 聚集地 所属地 户籍地 居住地 注册地 原产地 栖息地 出发地"
    " 策源地 试验地 示范地 旅游地 目标地 来源地 生产地 登记地 案发地 事发地 驻扎地 避难地 落脚地 主产地".split()
)

# What stands for a given name withheld (王某, 恽某): the one character before it is a surname, in the tables or not.
ANONYMOUS_GIVEN = "某"

# Names cut where a given name ends (enrich/segmenter/core.py):
# one-character adverbs and verbs of manner between a speaker and the cue (续称, 笑说, 叹道);
MANNER_CHARS = CUE_ADVERBS | frozenset("笑叹哭")
# verbs of saying a name is followed by (表示, 说): the words after a name and a one-character verb;
SAY_AFTER_NAME = frozenset(
    "说 称 指 表示 指出 认为 强调 透露 回应 介绍 坦言 直言 批评 质疑 解释 承认 否认 补充 告诉".split()
)
# one-character verbs that do stand between a name and a verb of saying (王明笑说, 王明曾表示 …);
NOT_GIVEN_VERBS = MANNER_WORDS | SAY_AFTER_CUE | frozenset("笑叹哭喊叫骂问答回接补讲谈写读念唱劝想看听曾已将要会能")
# what jieba glues to a three-character name whose given name opens with a surname's character (刘桂英/称):
# a married name (林郑月娥) never ends with one of these.
GLUED_AFTER_NAME = SAY_AFTER_CUE | GLUED_FUNCTION_WORDS | frozenset("指表家才以到等把被将")

# What ends the name of a news outlet (新华社, 联合报, 《纽约时报》): an outlet reports without 据 (路透社报道，…).
OUTLET_HEADS: tuple[str, ...] = ("社", "报", "》", "电视台", "广播", "新闻网", "网")
# Cues an outlet reports with (据 before them is not needed after an outlet).
OUTLET_CUES = frozenset("报道 报导".split())

# An organisation's head and 方 (the side of): the organisation named before with that head (教育局… 局方回覆指
# -> 教育局); not 院方 (医院, 法院, 学院: the head is a word of its own), nor 警方 and 校方, bodies of their own.
PARTY_SIDES: dict[str, str] = {"局方": "局", "署方": "署", "厅方": "厅"}
# Heads of organisations' names that end many given names (王建国, 李卫国, 张建军): a three-character name ending
# in one is a person's.
GIVEN_NAME_HEADS = frozenset("国军")
# One-character names of countries before 军 (德军, 苏军, 越军, 韩军: an army jieba may tag as a name): a two-character
# name ending in 军 (李军, 王军, 胡军) opens with no such character.
ARMY_COUNTRIES = frozenset("美日俄英法德苏韩朝越中以伊印巴叙乌意土")
# Demonstratives that make a time word with the word after them (那|时候王明说, 那个|时候): no part of a speaker.
TIME_DEMONSTRATIVES = frozenset("这 那 这个 那个".split())
# What demonstratives open with, that never end a speaker (周明|这(两天), 王明的微博|这样(写道)), and the units of time
# a demonstrative makes a time word with (彼时, 那日, 此刻, 那晚).
POINTING_CHARS = frozenset("这那该此彼")
TIME_UNITS = frozenset("时日刻晚夜天年")
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
# The pointer of a time word jieba reads apart from it or glues to the name before it (本/月初, 李华本/月初), and the
# first characters of the time words it points at (月初, 月底, 周, 年度, 季度).
TIME_POINTER = "本"
# Said again and again, which jieba reads as 一/m and the conjunction 再说/c (besides).
AGAIN_SAY = "一再说"
TIME_POINTED_UNITS = frozenset("月周年季")
# Dictionary words jieba tags as a person's name (洪水/nr, 柳树/nr, 熊猫/nr) that name things in the news, never
# people; words that are also common given names (白云, 海燕, 高峰, 汪洋) are left out.
NOT_NAME_WORDS = frozenset(
    """洪水 山洪 洪峰 雷雨 梅雨 林火 龙卷风 甘霖 钱财 毛巾 马匹 牛羊 李子 柳絮 桂花 兰花 丁香 柳树 杨树 松树 柏树
    桑树 玉米 苗木 田野 田园 钟声 秋收 熊猫 熊掌 鹿角 孔雀 燕子 叶子 宋体 易燃 梁柱 范畴 康复 祝福 红旗 蓝天
    金秋"""
    # (zhspk39) verbs, adjectives and nouns of things or offices jieba tags as names after a noun or a pronoun
    # (病人陈述/nr 过往病史, 他们张贴/nr): words of the language, found by tagging a word list, not from any page
    """ 陈述 陈列 陈旧 张贴 张开 张望 张扬 张力 吴语 胡同 罗盘 谢谢 韩流 唐突 许可 苏醒 卢布 魏碑 阎王 杜绝 姜汤
    顾问 汤圆 乔木 贺信 齐全 宁可 华丽 祝贺 师傅 耿直 冉冉"""
    # (probezh50c) the short name of an office jieba tags a name (董秘: 董事会秘书, the board's secretary)
    """ 董秘""".split()
)
# Time words jieba glues to the end of a two-character name before a comma (见到刘芳时， -> 刘芳|时).
TIME_AFTER_NAME = frozenset("时后前")
# Nouns of a person's state that open a predicate about them with a verb or adjective after (刘洋|信心满满,
# 王明|心情激动, 她|脸色凝重, 王明的|眼里含着泪): never part of the name before them.
STATE_NOUNS = frozenset(
    "信心 心情 脸色 神情 表情 语气 情绪 眼神 眼眶 眼圈 声音 底气 心里 内心 精神 态度 眼里 眼中".split()
)

# Colons after a name that introduce its quote (李家超：「…」).
QUOTE_COLONS = frozenset("：:")

# The structural particles 的, 地, 得: a quoted phrase right before one is a modifier the clause runs through
# (“天才”的, 不“躺平”地), not words set off as said.
STRUCTURAL_PARTICLES = frozenset("的地得")

# Nouns of a kind of person a demonstrative points back with (该负责人, 这位专家), and the ends of the titles written
# before a name that make that person one of the kind (局长张大海… 该负责人表示; 教授李国祥… 这位专家认为).
_HEAD_TITLES = ("长", "主任", "书记", "经理", "总裁", "主席", "总监")
_EXPERT_TITLES = ("教授", "研究员", "院士", "学家", "学者", "专家", "博士", "医师", "工程师", "分析师")
TITLES_OF_KIND: dict[str, tuple[str, ...]] = {
    "负责人": _HEAD_TITLES,
    "专家": _EXPERT_TITLES,
    "学者": _EXPERT_TITLES,
}
