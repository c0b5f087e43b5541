"""Tables for Chinese person names beyond a surname and a given name: the parts of Tibetan, Mongolian, Uyghur
and Kazakh names written in Han characters without an interpunct (扎西顿珠, 格桑多吉, 巴特尔, 买买提, 斯琴高娃).

Such a name opens with no surname of the tables (or with one only by chance: 其美多吉), so it is read by its parts:
a name is one part of three characters or more (巴特尔, 其其格, 古丽娜尔) or two or three parts in a row (扎西 + 顿珠,
斯琴 + 毕力格). A part of two characters alone is no name here (卓玛, 尼玛, 乌兰: also words or places). Parts that
are also common words (才让 "only then let", 向巴 "toward Pakistan", 阿曼 Oman) are left out.
"""

from __future__ import annotations

# Tibetan name parts (扎西 "luck", 多吉 "vajra", 卓玛 "Tara" ...).
_TIBETAN = """
扎西 顿珠 格桑 多吉 多杰 次仁 旺堆 央金 拉姆 卓玛 卓嘎 平措 旦增 丹增 尼玛 达瓦 达娃 普布 索朗 德吉 边巴 洛桑 强巴
白玛 仁青 罗布 嘉措 加措 曲珍 次旦 巴桑 益西 央宗 米玛 贡布 旺姆 措姆 其美 群培 桑珠 坚参 坚赞 阿旺 土登 顿旦
多布杰 旺杰 旺久 次珍 德庆 琼达 拉珍 措吉 格列 巴珠 次央 玉珍 欧珠 曲扎 旺青 拉毛 才旦 更登 贡觉 尕藏 桑杰 仁增
赤列 占堆 嘎玛 噶玛 次吉 德央 斯朗 泽仁 泽旺 降央 降措 昂旺 索南 旦巴 顿登 吉美 仓央 格勒 仁青 拉巴次仁 卓玛拉姆
"""
# Mongolian name parts (巴特尔 "hero", 其其格 "flower", 斯琴 + 高娃 ...).
_MONGOLIAN = """
巴特尔 其其格 朝克图 斯琴 高娃 乌兰 图雅 娜仁 萨仁 格日勒 巴图 宝音 额尔德尼 苏和 孟和 那日松 阿拉坦 敖登 其木格
乌云 塔娜 吉日嘎拉 满都拉 哈斯 朝鲁 特木尔 巴雅尔 毕力格 乌日娜 萨日娜 格根 额尔敦 宝力高 苏日娜 巴音 阿古拉
阿木尔 朝格图 青格勒 那顺 德力格尔 斯日古楞 宝力道 吉雅 白音 乌力吉 孟克 巴根 乌恩 苏布达 乌仁 图门 巴雅斯古楞
额尔登 格日乐 吉日木图 那木吉拉 乌日根 查干 其其日格 呼和巴特尔 阿拉腾
"""
# Uyghur and Kazakh name parts (买买提, 艾力, 古丽 "flower", 阿依古丽 ...).
_TURKIC = """
买买提 艾力 阿不都 阿卜杜 阿卜杜勒 热依拉 古丽 阿依古丽 努尔 艾尼 吐尔逊 阿布都 热合曼 克里木 买合木提 艾买提
帕提古丽 迪丽热巴 古丽娜尔 玉素甫 吾买尔 依明 米吉提 阿迪力 努尔兰 伊力哈木 热依汗 阿依夏 祖丽 帕丽达 艾合买提
阿力木 艾克拜尔 吐尔洪 买买提明 肉孜 尼亚孜 热西提 阿里木 库尔班 阿依努尔 古丽米拉 木合塔尔 艾尔肯 吐逊
努尔古丽 热娜 托合提 依布拉音 艾则孜 吾斯曼 买尔旦 阿不来提 牙生 亚森 伊敏 艾散 沙塔尔 吐尔地 阿合买提 哈力克
巴哈尔 米热 海米提 叶尔兰 别克 加娜尔 阿依达娜 巴合提 叶尔肯 阿斯哈尔 古丽娜 哈斯木 热孜万 阿依提拉 迪娜拉
"""
MINORITY_NAME_PARTS: frozenset[str] = frozenset((_TIBETAN + _MONGOLIAN + _TURKIC).split())
# How long a name of parts is, in characters, and in how many parts at most.
MINORITY_NAME_SIZE = (3, 8)
MINORITY_NAME_MAX_PARTS = 3
# What jieba tags a word it reads in place of a name after a title (主任|和平/nz, 局长|安全/an): a noun or an
# adjective, never a verb or a function word.
NAME_LIKE_WORD_TAGS = frozenset("nr nz n an a ns".split())
# Characters that end given names as often as they end titles and nouns of people (王建生, 徐俊生 as 学生, 医生): a
# word tagged a name of a surname and two characters so ending is a name (enrich.speakers.names_zh.person_word).
GIVEN_ENDS_AS_TITLES: tuple[str, ...] = ("生",)
