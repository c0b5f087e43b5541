"""Chinese heads of bodies and organisations, places, outlets, documents and the accounts news is published on."""

from __future__ import annotations

# Nouns of a side or a group that follow a title before a verb of saying (律师方面称, 公司高层表示, 死者家属说), a
# surname's character first: no name of two characters jieba reads as a noun (区长/文军/n 表示).
SIDE_NOUNS = frozenset("方面 高层 家属 团队 代表 同志 人员 一方 双方 团体 集团 单位 部门 机构 官方".split())
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
# Heads of bodies that end in 所 (城关派出所, 律师事务所, 证券交易所), simplified: the notice reader
# (quotes.notice_zh) keeps their 所, which the reading of a subject drops as the particle of 所说 (他所说).
SUO_BODY_HEADS: tuple[str, ...] = tuple("派出所 研究所 事务所 交易所 招待所".split())
# A party to something, named by one character and 方 (校方, 警方, 以方): an organisation.
PARTY = "方"
# Nouns of a publication that may report on its own: 报道中, 信中, 声明中 (a document, not a person).
DOC_NOUNS = frozenset(
    """报道 报告 文章 信 声明 公告 通报 通知 公报 白皮书 文件 研究 调查 消息 新闻 社论 评论 博客 微博 帖子
    视频 通告 新闻稿 研报 年报 财报""".split()
)
# Session 60: the rulings, indictments and statements of facts a court, a prosecutors' office or a school issues,
# read right after the body (该县人民法院一审判决认为, 台北地检署起诉书指出, 涉事学校发布情况说明称): the body speaks,
# not its document; the instance of a ruling (一审, 二审) before it goes with it.
RULING_DOCS: tuple[str, ...] = tuple("判决书 裁定书 起诉书 起诉状 判决 裁定 情况说明".split())
RULING_INSTANCES: tuple[str, ...] = tuple("一审 二审 终审 再审 初审".split())
# Messages one receives on a phone or by post (一条短信, 一封邮件, 一条提示), besides the documents of DOC_NOUNS.
MESSAGE_NOUNS: tuple[str, ...] = tuple("短信 簡訊 信息 訊息 邮件 郵件 私信 来信 提示 提醒 留言 弹窗".split())
# Notices a body or a person publishes (发布警情通报, 发出预警, 发布消费提示), simplified: the words quoted after them
# and a colon are the notice's, its issuer's (quotes.notice_zh).
NOTICE_NOUNS: tuple[str, ...] = tuple(
    "通报 通告 公告 通知 声明 公报 提示 提醒 预警 警示 倡议 倡议书 公开信 告知书 情况说明 消息".split()
)
# A person's or a body's own accounts (王明的微博写道 -> 王明): what they post there is theirs to have said.
# And the short forms of an official account and the platforms jieba tags a name (官微/nr: 官方微博, 官博,
# 小红书/nr): 该企业曾在官微发布声明称 -> 该企业.
ACCOUNT_NOUNS: tuple[str, ...] = (
    *("微博", "博客", "推特", "脸书", "朋友圈", "公众号", "社交账号", "官方账号"),
    *("官微", "官博", "小红书"),
)
# Last characters of places' names (石家庄, 连云港): a word so ending after a title is no name.
PLACE_ENDS = frozenset("省市县区州庄城镇村乡山江河湖岛港湾府堡坡")
# A place's party committee and government by its level (石家庄|市委常委, 河北|省政府): a word opening with one after a
# "name" ending as places do is that place's organ, the "name" the place.
LOCAL_ORGANS: tuple[str, ...] = tuple(
    lvl + organ for lvl in "省市县区州" for organ in ("委", "政府", "政協", "政协", "人大")
)
# Districts and counties: jieba reads some of their names as a person's (荣昌/nr 区, 武侯区/nr); with 区 or 县 after
# it (or at its end) such a "name" is the place, never a person (no given name ends with them).
DISTRICT_ENDS = frozenset("区县")
# The accounts news is published on, written as a kind and 号 (微信公众号, 视频号, 抖音号, 头条号): the kinds.
ACCOUNT_KINDS = frozenset("公众 视频 订阅 服务 抖音 头条 快手 百家 企鹅 微博".split())
ACCOUNT_MARK = "号"
# The accounts a body publishes on, as the noun after the account's name in quote marks (据“平安某市”微信公众号消息).
_KIND_ACCOUNTS = tuple(kind + ACCOUNT_MARK for kind in sorted(ACCOUNT_KINDS))
PUBLISHING_ACCOUNTS: tuple[str, ...] = (*ACCOUNT_NOUNS, *_KIND_ACCOUNTS, "客户端")
# Words between an outlet's name and the account it publishes on (人民日报官方微博, 央视新闻微信公众号), dropped in this
# order to read the outlet's name.
CHANNEL_LEADS: tuple[str, ...] = ("官方", "微信")
# The levels of a place that open a body's name (市卫健委, 省政府, 县教育局), which jieba's model may glue to a
# conjunction before them (而市, 但省: no words).
PLACE_LEVELS = frozenset("市省县区州镇乡村")
# Last characters of countries and capitals (美国, 北京, 东京), which end no piece of a person's name.
NATION_ENDS = frozenset("国京")
# What a numeral counts countries or the sides of a strait by (两国外长, 三国领导人, 两岸专家): the count opens the
# speaker's phrase, no number to drop (jieba cuts 两|国外|长, 两|国|元首).
COUNTED_SIDES = frozenset("国國岸")
# (zhspk7) Documents of three characters ending in 书 (判决书称, 起诉书指): a source that speaks like an
# organisation, never a person a later 他/她 stands for (not 秘书, 支书: people).
WRIT_NOUNS = frozenset(
    """判决书 起诉书 裁定书 鉴定书 意见书 倡议书 说明书 通知书 决定书 证明书 计划书 报告书 申请书 承诺书 协议书
    检讨书 悔过书 建议书 抗诉书 答辩书 上诉书 声明书 公开信 举报信 请愿书 陈情书""".split()
)
# Nouns of a place ending in 地 of three characters or more, never a word of manner with its 地 before a cue
# (enrich/speakers/glued_zh.py: 坦率地说, but 目的地, 所在地).
PLACE_NOUNS_OF_DI = frozenset(
    "目的地 所在地 发源地 殖民地 根据地 出生地 集散地 聚集地 所属地 户籍地 居住地 注册地 原产地 栖息地 出发地"
    " 策源地 试验地 示范地 旅游地 目标地 来源地 生产地 登记地 案发地 事发地 驻扎地 避难地 落脚地 主产地".split()
)
# What ends the name of a news outlet (新华社, 联合报, 《纽约时报》): an outlet reports without 据 (路透社报道，…).
OUTLET_HEADS: tuple[str, ...] = ("社", "报", "》", "电视台", "广播", "新闻网", "网")
# Cues an outlet reports with (据 before them is not needed after an outlet).
OUTLET_CUES = frozenset("报道 报导".split())
# An organisation's head and 方 (the side of): the organisation named before with that head (教育局… 局方回覆指
# -> 教育局); not 院方 (医院, 法院, 学院: the head is a word of its own), nor 警方 and 校方, bodies of their own.
PARTY_SIDES: dict[str, str] = {"局方": "局", "署方": "署", "厅方": "厅"}
# One-character names of countries before 军 (德军, 苏军, 越军, 韩军: an army jieba may tag as a name): a two-character
# name ending in 军 (李军, 王军, 胡军) opens with no such character.
ARMY_COUNTRIES = frozenset("美日俄英法德苏韩朝越中以伊印巴叙乌意土")
# Demonstratives before an organisation's head (该公司, 这家公司, 此机构), in simplified characters.
ORG_POINTERS = ("该", "这", "此")
# Demonstratives that make a pointer with a measure word glued to them before a title (该股/q 董秘, 此股/q: this
# stock, for its company; not 这股, a measure of a force or a smell): the title's holder is unnamed (Session 63).
MEASURE_POINTERS = frozenset("该此")
# Demonstratives that point back at an organisation named before (该局, 这家公司, 此机构); not 本 (本报: the
# writer's own) nor 其 (an owner).
BODY_POINTERS = ("该", "这家", "该家", "这个", "此")
# How a dateline ends before its credit (新华社北京3月5日电, 本报讯).
DATELINE_ENDS = ("电", "讯")
# What may stand before a document's noun that stands for one just published (声明, 该声明, 这份声明).
DOC_POINTERS = frozenset(("", "该", "这", "此", "这篇", "这份", "这封", "该份", "该篇", "此份"))
