"""Chinese titles and offices: titles after a surname or before a name, ranks, the ends of a title or a role."""

from __future__ import annotations

# Titles that make a lone surname before them a way of naming someone: 张教授, 单院长.
SURNAME_TITLES = frozenset(
    """教授 院长 老师 主任 书记 经理 医生 律师 局长 部长 校长 所长 博士 队长 村长 县长 市长 省长 处长 科长
    总 总统 主席 总理 首相 议员 立委 议长 大使 镇长 乡长 区长 厅长 厂长 行长 站长 馆长 庭长 会长 社长 董事长
    委员 代表""".split()
)
# One-character titles Hong Kong and Taiwan papers write after a surname alone, once the full name is given (陳官:
# Magistrate Chen; 蘇揆: Premier Su, of 閣揆).
HK_SURNAME_TITLES = frozenset("官揆")
# Titles jieba's dictionary tags verbs, adverbs, distinguishing words or abbreviations (署长/v, 处长/v: the head of a
# department, of an office; 首相/d; 主任/b, 主编/b: a director, an editor in chief; 组长/v: a team leader; 立委/j,
# 常委/j, 上校/j: a legislator, a standing committee member, ranks): nouns, so that a name after one is read apart
# from it (立委李明 -> 立委/李明) and a given name after a surname read alone is joined to it (主任/蒋/立新/d).
TITLES_TAGGED_OTHERWISE = frozenset(
    "署长 处长 镇长 站长 首相 主任 主编 组长 立委 常委 上校 中校 少校 大校 总召".split()
)
# Titles jieba's model glues to the surname after them (绿委王/n 定宇, 团总召傅/n): a party's legislator (蓝委, 绿委,
# 白委, 橘委: Kuomintang, DPP, TPP, PFP), a legislator, a caucus whip.
TITLES_GLUED_TO_NAMES = frozenset("蓝委 绿委 白委 橘委 立委 总召".split())
# A body's first word jieba tags an adverb or a verb before its head's title (立法/d 院长: 立法院长, 立法议员; 警察/v
# 总监: 警察总监).
BODY_WORDS_TAGGED_OTHERWISE = frozenset("立法 警察".split())
# Titles a lone surname before them is joined to as a name (刘/zg 警官, 张/q 法官: jieba tags the surname as it
# will), though the person is not looked for under an earlier full name (a police officer is rarely named in full).
JOINED_TITLES = frozenset("警官 法官".split())
# Ranks written between a surname and its title (李副教授, 赵代市长, 王常务副市长).
TITLE_RANKS: tuple[str, ...] = ("常务副", "副", "代")
# Units whose head is a title ending in 长 (商务部长, 公安局长, 市长, 总会长): jieba may give the 长 to the name after
# it or leave it alone (总会/长/a 魏家祥).
UNIT_HEADS: tuple[str, ...] = tuple("部 局 厅 处 院 所 校 市 省 县 镇 村 区 州 团 组 科 室 队 社 行 署 会".split())
# Words that end a title or a role, never a name: 司法部长, 副书记, 发言人.
TITLE_ENDS: tuple[str, ...] = (
    "长", "书记", "主任", "主席", "总裁", "经理", "委员", "员", "人", "家", "师", "者", "官", "士", "生", "授", "记",
)
# Characters that end a role or title (主任, 记者, 教授): a surname before one is no name's first character.
ROLE_END_CHARS = frozenset("任长员授理席记官家者师士人生事委裁军使督")
# How the title of a body's head or officer ends (民进党|秘书长, 世卫组织|总干事, 市检察院|检察长, 市中院|法官,
# 县检察院|检察官): a noun so ending after the body's words, nobody named, is the office's unnamed holder, no
# organisation.
OFFICE_ENDS: tuple[str, ...] = ("长", "主任", "书记", "经理", "总裁", "主席", "总监", "干事", "官")
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
# The verb joining two offices one person holds (董事局主席兼首席执行官张勇): part of the title, no predicate.
OFFICE_JOINERS = frozenset("兼".split())
# The mark listing two offices written after one name (刘强董事长、总经理表示): one title of both, as with 兼.
OFFICE_LIST_MARKS = frozenset("、".split())
# Words ending as titles are tested in four ways that accept different words, so they stay apart:
# - ``segmenter.base.title_token``: a token tagged n, two characters or more, ending in TITLE_ENDS (议员/谭/文豪);
# - ``speakers.sounds_zh``: a token of any noun tag but a name's, two characters or more, ending in TITLE_HEADS or
#   TITLE_ENDS (so 大使, 总统, 首相 too, which end in no TITLE_ENDS), before a transliterated name;
# - ``speakers.edge_zh.title_word``: a word, whatever its tag, ending in TITLE_ENDS or a title written after a name
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
# Nouns of a kind of person a demonstrative points back with (该负责人, 这位专家), and the ends of the titles written
# before a name that make that person one of the kind (局长张大海… 该负责人表示; 教授李国祥… 这位专家认为).
_HEAD_TITLES = ("长", "主任", "书记", "经理", "总裁", "主席", "总监")
_EXPERT_TITLES = ("教授", "研究员", "院士", "学家", "学者", "专家", "博士", "医师", "工程师", "分析师")
TITLES_OF_KIND: dict[str, tuple[str, ...]] = {
    "负责人": _HEAD_TITLES,
    "专家": _EXPERT_TITLES,
    "学者": _EXPERT_TITLES,
}
# Last characters of nouns of a job or a kind of person (owners, vendors, customers); not 民 or 友, which end
# given names called alone (建民, 国友) as often as nouns (村民, 网友: tables of people nouns hold those).
JOB_END_CHARS = frozenset("员警医工主贩客")
ROLE_WORDS = frozenset(
    "主任 书记 部长 省长 市长 县长 经理 主席 委员 教授 记者 总裁 董事 院长 局长 处长 厅长 校长 社长 会长".split()
)

# The marks of rank before a title (副局长, 首席执行官, 总经理); jieba reads the first two apart from it (副/局长).
RANK_MARKS = ("副", "首席", "总")
# Malaysian honorifics written before a name (Datuk Seri, Tan Sri, Datuk, Datin, Tun), longest first: titles.
MALAYSIAN_HONORIFICS: tuple[str, ...] = ("拿督斯里", "拿汀斯里", "丹斯里", "拿督", "拿汀", "敦")
# How the title of the head of a unit ends (局长, 检察长, 护士长), and nouns so ending that are no head's title besides
# the nouns of kin and of people (people_nouns_zh.KIN_NOUNS, PEOPLE_WORDS): 家长, a parent.
HEAD_OF_UNIT_END = "长"
NOT_HEAD_OF_UNIT = frozenset(("家长",))
