"""Chinese nouns of people: kin, spouses and the sex they name, the writer, groups, pronouns, a person's state."""

from __future__ import annotations

import re

from .titles_zh import TITLE_ENDS

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
# Nouns of a partner not (yet) wed, by the partner's sex (张伟的女朋友, 李娜和男友): the one named before a girlfriend
# or a fiancée is a man, before a boyfriend or a fiancé a woman.
PARTNER_SEX = {
    **dict.fromkeys("女友 女朋友 未婚妻".split(), "f"),
    **dict.fromkeys("男友 男朋友 未婚夫".split(), "m"),
}
FEMALE_NOUNS: tuple[str, ...] = tuple(
    """妻子 女儿 母亲 妈妈 儿媳 姐姐 妹妹 奶奶 外婆 姥姥 孙女 女友 未婚妻 姑姑 阿姨 老婆 太太 夫人 女士 小姐
    女子 女生 女孩 嫂子 大嫂 嫂嫂 弟媳 大姐 二姐 婆婆 岳母 继母 养母 堂姐 表姐 堂妹 表妹 婶婶 舅妈 姨妈
    其母 其妻 其女 大妈 大娘 大婶 老太 阿婆 阿嬷 阿妈 阿姐 阿嫂 阿婶 阿妹 阿嫲""".split()
)
# Nouns of a person's relatives and companions: after an owner (张伟的妻子) they name someone else; some with the 儿
# of northern speech, which jieba tags a name (老伴儿/nr, 孙女儿/nr).
KIN_NOUNS: tuple[str, ...] = (
    *MALE_NOUNS, *FEMALE_NOUNS, *"家人 亲属 家属 亲戚 朋友 好友 同事 同学 室友 邻居 老伴 助手 秘书 导师".split(),
    *"老伴儿 老婆儿 孙女儿 外孙儿 媳妇儿".split(),
)
# Measure words of people: 一名, 数位, 几个.
PERSON_MEASURES: tuple[str, ...] = ("名", "位", "个", "些", "批")
# How the article's writer names themself (记者注意到, 笔者了解到): never who a 他/她 stands for.
WRITER_WORDS = frozenset("记者 笔者 本报记者 本台记者 本刊记者 小编".split())
# Verbs of the writer reaching someone (记者联系了该店老板, 记者致电当事人), and what may close them (了, 上, 到): the
# person after them is the other side (对方) of the talk that follows.
CONTACT_VERBS = frozenset("联系 联络 致电 电话联系 采访 找到 拨通 询问 咨询 问询 见到".split())
CONTACT_ENDS = frozenset("了 上 到 过".split())
# Words for two people named before (二人均称, 夫妇俩表示): the first named speaks for both.
PAIR_WORDS = frozenset("二人 两人 二者 两位 两名 夫妻 夫妇 夫妻俩 夫妇俩 母女 父子 母子 父女 兄弟 姐妹".split())
# Labels a credit puts before its writers' names (新华社记者 张伟、李娜 北京电, 通讯员 王芳): those named
# after them wrote the article, they are no subject of it.
REPORTER_LABELS: tuple[str, ...] = ("记者", "通讯员", "实习生")
# Words that never open a speaker, whatever jieba tags them: 随后, 此前, 对此, 那时候, 数度 (several times).
NOT_SPEAKER_WORDS = frozenset(
    """然后 随后 之后 此后 此前 目前 近日 日前 当时 后来 最后 此外 另外 对此 同时 其中 只是 就是 还是
    也是 但是 可是 不过 因此 所以 然而 而且 并且 于是 接着 另据 据悉 今天 昨天 明天 今年 去年 明年 本月
    上月 下月 当天 当日 月份 这时 那时 这时候 那时候 时候 这会儿 那会儿 这阵子 那阵子 那天 这天 那年 那晚 那夜
    那一刻 这一刻 任内 任上 期间 其间 此间 其时 数度 多度 首先 其次 随即 立即 当场 再次 一再 曾经 已经
    当中 之中 文中 片中 书中 當中 書中 自行 亲自 独自 擅自 私自 親自 獨自""".split()
)
# Ends of a noun of a kind of person (农民, 店主, 游客, 商户, 司机, 网友): after a place (四川|农民) no body's name.
PEOPLE_KIND_ENDS: tuple[str, ...] = tuple("民 主 客 户 友 工 员 者 人 属 众 生 师 司机 贩 匠 手 农".split())
# Session 62: ends of a dictionary noun of an owner, a kind of person too (餐馆老板, 小吃店老板娘): 涉事|餐馆老板 is
# a description, no organisation's name.
OWNER_ENDS: tuple[str, ...] = ("老板", "老板娘")
# The parties of a case at law (被告, 原告), nouns of a kind of person that end in no end of PEOPLE_KIND_ENDS.
LITIGANTS = frozenset("被告 原告 被告方 原告方 控方 辩方".split())
# The ends of PEOPLE_KIND_ENDS of one character (友, 员, 工, 农), as a set: a character jieba may read into a name.
PEOPLE_KIND_END_CHARS = frozenset(e for e in PEOPLE_KIND_ENDS if len(e) == 1)
# Ends of a noun of a kind of person or a title a name may follow (农民工, 村民, 教师, 律师, 主任, 议员).
PERSON_NOUN_ENDS: tuple[str, ...] = (*PEOPLE_KIND_ENDS, *TITLE_ENDS)
# Nouns of ordinary people that end otherwise (老百姓, 打工仔, 小伙子): a kind of person, no one named.
# (同行, 同事, 同僚: peers, colleagues; 硅谷同行 is no one's name.)
PEOPLE_WORDS = frozenset(
    """百姓 老百姓 打工仔 小伙 小伙子 姑娘 大妈 大爷 阿姨 大叔 大姐 老汉 老太 老伯
    同行 同事 同僚""".split()
)
# Determiners of "some" that open with 有 (有些家属, 有的村民): part of the description, no "there is" to drop.
SOME_WORDS: tuple[str, ...] = ("有些", "有的")
# Words that make a name a group (刘万友、陈春付等人): the speaker is the person named first.
PLURAL_MARKS = frozenset("等 等人".split())
# Words that stand before a cue as its subject: nouns of any kind, 他/她, and documents jieba reads as verbs
# (报道/v 指…).
SUBJECT_PRONOUNS = frozenset("他 她 他们 她们 佢 佢哋".split())
# The pronouns of one person spoken of: he, she.
HE_SHE: tuple[str, ...] = ("他", "她")
# Determiners of more than one person (很多年轻人, 一些学者, 两名警员, 数位专家): their description is never
# what a 他/她 stands for.
PLURAL_DETERMINERS: tuple[str, ...] = tuple("很多 许多 不少 一些 有些 众多 诸多 部分 大批 大量 各".split())
PLURAL_NUMERALS = frozenset("两二三四五六七八九十百千多数几")
# Parts of the body and the voice a speaker moves while speaking (压低声音说, 眼含泪水说, 拍拍胸脯说).
BODY_PARTS = frozenset(
    """声音 嗓门 嗓音 语调 头 脑袋 眉头 眉毛 眼睛 双眼 眼眶 眼泪 泪水 泪花 嘴 嘴角 嘴唇 脸 脸庞 手 双手 手臂 胳膊
    肩 肩膀 胸脯 胸口 腰 身子 身体 腿 大腿 脚""".split()
)
# (Session 61) Where in the body words are said, between a speaker and the cue (王大爷|嘴里念叨着, 她|口中喃喃道): a
# place, never the speaker nor part of the speaker's name.
MOUTH_PLACES = frozenset("嘴里 嘴上 嘴边 口中 口里 嘴中".split())
# Nouns of a person's state that open a predicate about them with a verb or adjective after (刘洋|信心满满,
# 王明|心情激动, 她|脸色凝重, 王明的|眼里含着泪): never part of the name before them.
STATE_NOUNS = frozenset(
    "信心 心情 脸色 神情 表情 语气 情绪 眼神 眼眶 眼圈 声音 底气 心里 内心 精神 态度 眼里 眼中".split()
)
# Ends of a noun of people a verb may describe before a name (教师, 职工, 工人, 律师, 村民, 老人).
PEOPLE_END_CHARS = ("师", "工", "员", "人", "民", "者", "生", "家", "长")
# Demonstratives that point back at a person (这位市长, 该男子).
PERSON_POINTERS = ("这位", "那位", "这名", "该名", "该位", "该")
# Ends of a noun of people (专家, 村民, 工人): the head of a relative clause that is a person.
PERSON_HEAD_CHARS = ("人", "家", "者", "员", "民", "工", "生", "师", "长", "友")
# What follows a noun of people that are more than one: the plural suffix, adverbs of many acting.
PLURAL_AFTER = frozenset("们 纷纷 都 均 一起 一致 一同 齐".split())
# Measures of one person (一名, 一位): the noun they count is a person's, whatever it ends in (一位邻居, 一名保安).
ONE_PERSON_MEASURES = ("名", "位")
# The pronouns of a third person a clause with no subject goes on with (not 我: the one quoted speaks of themself).
THIRD_PERSON_PRONOUNS = frozenset("他 她 他们 她们 其".split())
# The one told inside a report: 他/她, or 自己 (the speaker as the report names them).
TOLD_PRONOUNS: tuple[str, ...] = (*HE_SHE, "自己")
# Reflexives after a subject, before its verb (王明自己说, 老人自我介绍说, 李华本人表示): the subject itself, no part of
# its name or role.
REFLEXIVES: tuple[str, ...] = ("自己", "自我", "本人")

# Nouns of the people living in a place, after its name (台中|市民, 新北|居民, 高雄|市民): jieba may read the place
# apart (台/q 中/f) or glue the 市 of 市民 to it (高雄市/民).
RESIDENT_NOUNS = frozenset("市民 居民 县民 区民 镇民 村民".split())
# Nouns of an old person (老人说, 老太太说): the one person the text described as old before their name (see
# OLD_AGE_MARKERS) is the one the noun names again.
OLD_PERSON_NOUNS = frozenset("老人 老人家 老汉 老太 老太太 老先生 老大爷".split())
# Nouns written right after a person's name as an apposition (85岁的陈秀英老人, 王小明同学), by which the text names
# that person again (这位老人说, 老人说 -> 陈秀英): those of an old person (not 老人家, no apposition), 同学, 同志.
NOUNS_AFTER_NAMES = OLD_PERSON_NOUNS - {"老人家"} | frozenset("同学 同志".split())
# Nouns of an elder a reporter writes after a full name as a form of address (张秀英奶奶, 李德老先生, 王丽华老人):
# the name is the speaker, the noun the role (a surname alone before one is ADDRESS_AFTER_SURNAME's: 田大妈); and a
# pupil's 同学 (李思远同学说 -> 李思远, role 同学).
_ELDER_ADDRESS = frozenset("奶奶 爷爷 老奶奶 老爷爷 大爷 大妈 大娘 婆婆 阿婆 阿伯".split())
ADDRESS_AFTER_FULL_NAMES: tuple[str, ...] = tuple(sorted(NOUNS_AFTER_NAMES - {"同志"} | _ELDER_ADDRESS))
# Those nouns and 同志 (comrade) are forms of address, no title: after a title and a name (区长王刚同志, 退休教师张秀英
# 奶奶) the role is the title written before the name, never the title and the address glued (区长同志).
ADDRESSES_AFTER_NAMES = frozenset((*ADDRESS_AFTER_FULL_NAMES, "同志"))

# What a reader calls a person by before the noun of their kind: an age (73岁的|老党员), a cohort (00后|游客), a
# school grade (初二|学生, 高三|学生, 大一|新生): part of the role, no time word or number to drop, never a name.
SCHOOL_GRADE_RE = re.compile("[初高大研][一二三四]")
PERSON_MODIFIER_RE = re.compile(
    "(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})岁的?|(?:[0-9]{2}|[〇零一二三四五六七八九]{2})后|"
    + SCHOOL_GRADE_RE.pattern
)

# Kin relations read backwards: X的儿子Y makes X Y's 父亲 or 母亲, X的丈夫Y makes X Y's 妻子. Each noun of a
# relative, and the nouns of the relation the other way round.
PARENT_NOUNS = frozenset("父亲 母亲 爸爸 妈妈".split())
CHILD_NOUNS = frozenset("儿子 女儿 孩子".split())
KIN_INVERSES: dict[str, frozenset[str]] = {
    **dict.fromkeys(PARENT_NOUNS, CHILD_NOUNS),
    **dict.fromkeys(CHILD_NOUNS, PARENT_NOUNS),
    **dict.fromkeys(HUSBAND_NOUNS, WIFE_NOUNS),
    **dict.fromkeys(WIFE_NOUNS, HUSBAND_NOUNS),
}
# Owners that stand for someone named before in a kin phrase (他的父亲, 孩子的母亲): a pronoun or a noun of a child.
KIN_OWNERS = frozenset("他 她 其 孩子 男孩 女孩".split())
# Words that describe someone before their name as old (退休教师王桂兰, 年过七旬的李秀珍).
OLD_AGE_MARKERS: tuple[str, ...] = ("退休", "年过", "古稀", "耄耋", "七旬", "八旬", "九旬", "花甲")
# The youngest age (N岁) read as old.
OLD_AGE = 60
