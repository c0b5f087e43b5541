"""Chinese personal names: surnames, honorifics, the interpuncts and characters of transliterated names, and
the words that never end or make a given name."""

from __future__ import annotations

from .cue_words_zh import CUE_ADVERBS, MANNER_WORDS, SAY_AFTER_CUE
from .segmenter_repairs_zh import DEGREE_ADVERB_CHARS, GLUED_FUNCTION_WORDS
from .titles_zh import ROLE_END_CHARS, SURNAME_TITLES

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
    # and surnames of a word of their own that a title or a cue around them makes a name (花 "flower, to spend":
    # 首席经济学家花/v 长江/ns 认为 is 花长江; 荆, 冀, 狄, 晁, 戈, 雍, 茹, 檀, 尧, 卿, 漆 open few other words)
    "花荆冀狄晁戈雍茹檀尧卿漆"
)
DOUBLE_SURNAMES = frozenset(
    """欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 宇文 司徒 夏侯 令狐
    端木 澹台 公冶 宗政 淳于 申屠 万俟 呼延 东郭 拓跋 独孤""".split()
)
# Double surnames that are also words of their own (东方明珠, 东方航空): a name only before a verb of saying.
DOUBLE_SURNAME_WORDS = frozenset("东方".split())
# Honorific suffixes that make a surname a name: 王先生, 徐女士.
HONORIFICS: tuple[str, ...] = ("先生", "女士", "小姐", "太太")
# The same and 夫人 (李夫人), each of one sex: after a surname, a person named, no relative left unnamed (王女士 is
# no 女士 of someone's; speakers.sexed_antecedent_zh).
SEXED_ADDRESS_NOUNS = frozenset((*HONORIFICS, "夫人"))
# English courtesy words Hong Kong writes after a surname (陳Sir, 李Madam: a police officer, a teacher), lower case.
LATIN_COURTESY = ("sir", "madam", "miss")
# Interpuncts of transliterated names as pages write them (a question mark is never one: 为何未提蔡祥令？汤某某).
# (‧, the hyphenation point, in Taiwanese pages: 蒂姆‧庫克; ．, a full-width stop: 唐納．川普)
NAME_DOTS = frozenset("·・•‧．･")
# Characters that end a transliterated name run on into the sentence: 米歇尔・布兰深表赞同 -> 米歇尔・布兰.
NOT_IN_TRANSLITERATION = frozenset(
    "的在是和与及也都对将说表认称指强深已向从被把等为了还又就曾并而则所这那其于年月日时怎么办吗呢吧啊你我他她们像"
)
# Hong Kong surnames that are also ordinary characters (区 "district", 利 "profit", 源 "source", 劳 "labour"): not
# SURNAMES, read as one only where jieba's model reads a name and a cue follows its glued end (区诺/轩续/指).
ORDINARY_HK_SURNAMES = frozenset("区 利 官 植 源 劳".split())
# Adverbs (of degree, of still) jieba tags as lone characters (zg) after a name, never the end of one
# (张伟|很高兴, 李华|仍表示): those of degree but 越 and 愈, which end given names (王越, 韩愈), and 较 and 颇, which
# jieba reads as adverbs (d) of their own.
NOT_GIVEN_ENDS = (DEGREE_ADVERB_CHARS - frozenset("较颇越愈")) | frozenset("仍")
# Adverbs jieba reads as the given name of a lone surname before a verb or a preposition (梁常/nr 在臉書, 黎續/nr 稱:
# Liang often, Lai went on): a surname and one of them there is no full name the surname stands for.
ADVERBS_AFTER_SURNAME = GLUED_FUNCTION_WORDS | CUE_ADVERBS | NOT_GIVEN_ENDS | frozenset("常总曾只才昨今")
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
# Time words after a lone surname that are never its given name (梁|昨(說), 王|今天(表示)): the day it was said.
NEVER_GIVEN_NAMES = frozenset("昨 昨天 今天 明天 前天 昨日 今日 近日 日前 当天 當天 昨晚 今晨 昨晨".split())
# Characters that stop a dotted name read backwards from its first interpunct (the end of a role, 的, 和, 国 …).
NOT_BEFORE_DOT = ROLE_END_CHARS | frozenset("的在和与及、国市省州区县村镇")
# Nouns of a user before the name they go by in quote marks (网友“小雨点”留言称).
HANDLE_NOUNS: tuple[str, ...] = ("网友", "网民", "博主", "用户", "昵称为", "网名为", "账号", "楼主", "up主", "UP主")
# What follows a user's handle in quote marks (网友“清风”：“…”, 网友“清风”留言称, 博主“旅行的猫”在微博写道): the
# handle is the name of the one who posts or speaks, no words said.
HANDLE_FOLLOWERS: tuple[str, ...] = (
    "：", ":", "留言", "发帖", "发文", "评论", "回复", "称", "说", "表示", "写道", "在", "发布", "吐槽", "感叹", "直言"
)
# What ends a word of origin before a noun of people (江苏籍|游客, 美籍|华人): no name, whatever jieba tags it.
ORIGIN_END = "籍"
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
# What stands for a given name withheld (王某, 恽某): the one character before it is a surname, in the tables or not.
ANONYMOUS_GIVEN = "某"
# Where a given name ends (enrich/segmenter/core.py): one-character verbs that do stand between a name and a
# verb of saying (王明笑说, 王明曾表示 …).
NOT_GIVEN_VERBS = MANNER_WORDS | SAY_AFTER_CUE | frozenset("笑叹哭喊叫骂问答回接补讲谈写读念唱劝想看听曾已将要会能")
# Characters that end given names and that jieba reads alone as verbs when nothing follows them (陈秀/如, 林育/如,
# 林育/喜: the phrase before a cue, read alone): the name's last character.
GIVEN_END_VERBS = frozenset("如 喜".split())
# Heads of organisations' names that end many given names (王建国, 李卫国, 张建军): a three-character name ending
# in one is a person's.
GIVEN_NAME_HEADS = frozenset("国军")
# Dictionary words jieba tags as a person's name (洪水/nr, 柳树/nr, 熊猫/nr) that name things in the news, never
# people; words that are also common given names (白云, 海燕, 高峰, 汪洋) are left out.
NOT_NAME_WORDS = frozenset(
    """洪水 山洪 洪峰 雷雨 梅雨 林火 龙卷风 甘霖 钱财 毛巾 马匹 牛羊 李子 柳絮 桂花 兰花 丁香 柳树 杨树 松树 柏树
    桑树 玉米 苗木 田野 田园 钟声 秋收 熊猫 熊掌 鹿角 孔雀 燕子 叶子 宋体 易燃 梁柱 范畴 康复 祝福 红旗 蓝天
    金秋"""
    # (zhspk39) verbs, adjectives and nouns of things or offices jieba tags as names after a noun or a pronoun
    # (病人陈述/nr 过往病史, 他们张贴/nr): words of the language, found by tagging a word list, not from any page
    """ 陈述 陈列 陈旧 张贴 张开 张望 张扬 张力 吴语 胡同 罗盘 谢谢 韩流 唐突 许可 苏醒 卢布 魏碑 阎王 杜绝 姜汤
    顾问 汤圆 乔木 贺信 齐全 宁可 华丽 祝贺 师傅 耿直 冉冉 顾客"""
    # (probezh50c) the short name of an office jieba tags a name (董秘: 董事会秘书, the board's secretary)
    """ 董秘"""
    # (Session 62) the fields and shores of rural and flood reports jieba tags a name (蹲在田埂/nr 上): found by tagging
    # a list of such words, not from any page
    """ 田埂 田垄 麦田 麦子 沙滩 田坎""".split()
)
# What stands for a given name withheld (汤某某, 陈某).
WITHHELD_GIVEN_NAMES = frozenset(("某", "某某"))
# What opens a familiar name written in Latin letters after it (阿Ken, 阿May).
FAMILIAR_LEADS = frozenset("阿")
NOT_IN_GIVEN_NAME_AFTER_QUOTE = frozenset("说表认谈在是的对也都称指向把被从就还又讲介告提")
# Honorifics and titles after a lone surname (先生, 教授, 警官).
LONE_SURNAME_TITLES = frozenset((*HONORIFICS, *SURNAME_TITLES, "警官"))
# Honorifics after a full name that are courtesy only, naming the person themself and never a relative (太太
# after a name is his wife).
COURTESY_HONORIFICS = frozenset(h for h in HONORIFICS if h != "太太")
# Yi surnames of two characters (沙马拉且, 吉克阿呷, 曲比阿果): the name is the surname and a given name of two
# characters, which jieba cuts anywhere (沙马拉/nr 且/zg, 阿西/ns 木/n 呷/v).
YI_SURNAMES = frozenset(
    "沙马 沙玛 吉克 阿西 阿苏 俄木 曲比 吉伍 海来 勒格 阿约 木乃 瓦扎 吉尔 阿库 依火 果基 阿于 吉力 尔古"
    " 苏呷 俄底 阿的 巫其 克惹 阿牛 吉木 日火 井曲".split()  # (not 马海, 罗洪: a Han surname and given name too)
)
# Surnames jieba reads as a preposition (向/p: towards, to) before the given name after them (农机手/向/立新/说): after
# a noun of a kind of person, with a verb of saying after the given name, the surname.
SURNAMES_READ_AS_PREPOSITIONS = frozenset("向")
