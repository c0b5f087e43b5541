"""Photo-credit words of Chinese, Japanese and Korean, as data: the picture labels, the marks between a label and the
names, the shot, source and supplied-by words, the reporter words and ranks, the Korean labels.

Plain strings, joined into the patterns of :mod:`cqnews.credit_text.photo_zh`, :mod:`~cqnews.credit_text.photo_ja`
and :mod:`~cqnews.credit_text.photo_ko` (longest first); :mod:`cqnews.lexicon.credits` re-exports every name.
"""

from __future__ import annotations

from .bodies_zh import ORG_HEADS, PLACE_ENDS

__all__ = [
    "CJK_BAR_MARKS",
    "CJK_LABEL_MARKS",
    "CJK_PHOTO_LABELS",
    "CJK_PICTURE_WORDS",
    "CJK_POOL_WORDS",
    "CJK_REPORTER_RANKS",
    "CJK_REPORTER_WORDS",
    "CJK_REPORTER_WORDS_SIMPLIFIED",
    "CJK_SHOT_WORDS",
    "CJK_SOURCE_FROM",
    "CJK_SOURCE_WORDS",
    "CJK_SUPPLIED_BY",
    "CJK_SUPPLIED_WORDS",
    "CREDIT_LEAD_MARKS",
    "JA_DATE_UNITS",
    "JA_SHOT_WORD",
    "KO_FILE_PHOTO_WORDS",
    "KO_PHOTO_LABELS",
    "KO_REPORTER_WORDS",
    "KO_SPACED_PHOTO_LABELS",
    "KO_SUPPLIED_WORDS",
    "ZH_FILE_PICTURE_LABELS",
    "ZH_PICTURE_LABELS",
    "ZH_PICTURE_OPENERS",
    "ZH_TEXT_AND_PICTURES",
]

# Chinese notes that a picture is a file picture, the one table of them: a label before the credit's outlet and
# names, no organisation of its own there ("…。资料图片 新华社记者 李四 摄"); a note alone closing a caption, its
# credit note (lexicon.credit_orgs.ZH_ORGS: "（资料照片）"); a label opening a caption line (ZH_PICTURE_LABELS:
# "资料图：重庆夜景。"). Longer forms first.
ZH_FILE_PICTURE_LABELS: tuple[str, ...] = (
    "资料图片", "资料图", "资料照片", "资料照", "資料圖片", "資料圖", "資料照片", "資料照",
)

# Chinese labels opening a caption line that names the kind of picture ("资料图：重庆夜景。", "示意图：…"): a line
# opening with one of them and a colon is a caption whether or not a credit follows.
ZH_PICTURE_LABELS: tuple[str, ...] = (
    *ZH_FILE_PICTURE_LABELS, "示意图", "效果图", "配图", "图注", "圖註", "图说", "圖說",
)

# Openers of a caption that say what the picture shows, without a colon ("图为15号线列车。", "上图为…", "左图中…");
# a paragraph opening so is a caption whether or not a credit follows.
ZH_PICTURE_OPENERS: tuple[str, ...] = (
    "图为", "圖為", "图片为", "圖片為",
    *(f"{side}{pic}{verb}" for side in "上下左右" for pic in "图圖" for verb in "为為中是"),
)

# Photo credits written in Han characters: Chinese (simplified and traditional) and Japanese. Plain strings,
# joined into the patterns of cqnews.credit_text.photo_zh (longest first).
# The label before the names ("图/新华社", "圖／中央社", "写真：共同", "撮影・山田太郎", "写真提供：共同通信",
# "图文：王伟"; "供图：视觉中国" supplied by, "图据：新华社" picture after).
CJK_PHOTO_LABELS: tuple[str, ...] = (
    "图", "摄影", "图片", "照片", "摄", "圖", "攝影", "圖片", "攝", "写真", "撮影", "画像", "写真提供", "提供",
    "图文", "圖文", "供图", "供圖", "图据", "圖據",
)

# The bars WeChat's editors write between a label and the names, or the names and 摄 ("摄影 | 王明", "图丨王明",
# "王明丨摄"): the half- and full-width bar, and 丨 standing for one.
CJK_BAR_MARKS = "|｜丨"
# The marks between such a label and the names: colons, slashes, the Japanese middle dot and equals sign, and the bars.
CJK_LABEL_MARKS = ":：/／・=＝" + CJK_BAR_MARKS

# The units of a Japanese caption's date ("＝同国で2019年5月", "＝東京都内で３日"): what follows the equals sign is
# where and when the picture was taken, no credit.
JA_DATE_UNITS = "年月日"
# The Japanese shot word after the taker, closing such a caption's last part ("＝５日午前、新宿区、山田太郎撮影").
JA_SHOT_WORD = "撮影"

# "Shot by" after the names ("张三 摄", "王小明／攝", Japanese "田中一郎撮影"), and "text and pictures" there ("□王明
# 文/图": the reporter wrote the story and took its pictures).
CJK_SHOT_WORDS: tuple[str, ...] = (
    "摄影", "摄", "拍摄", "攝影", "攝", "拍攝", "撮影", "文/图", "文／图", "文/圖", "文／圖",
)
# "Text and pictures" written before the names too ("…桥墩。文/图 王明", "文/图：王明"): after a caption's stop the
# picture's credit; a line holding only it is the article's byline, which the byline readers take.
ZH_TEXT_AND_PICTURES: tuple[str, ...] = ("文/图", "文／图", "文/圖", "文／圖")

# Before a shot word, not a photographer's name: Japanese "代表撮影", a pool photo taken for all the press.
CJK_POOL_WORDS: tuple[str, ...] = ("代表",)

# Where the picture was taken, written between a reporter word and the shot word ("记者在现场拍摄", "记者现场拍摄",
# "本报记者 李杰 在一线拍摄"): a place, no part of the names; "at" or "from" may open it.
ZH_SHOT_PLACES: tuple[str, ...] = ("现场", "一线", "空中", "現場", "一線")
ZH_SHOT_PLACE_PREPOSITIONS: tuple[str, ...] = ("在", "从", "從")

# Heads of the body a Chinese credit may name before its photographer with no reporter word ("（县融媒体中心 李杰
# 摄）", "（江城日报 王芳 摄）", "县委宣传部 李杰 供图"): a part of three characters or more ending in one is the
# organisation, no name. The organisation heads of the speaker rules (bodies_zh.ORG_HEADS, one table) without the
# heads that name a place or a side ("江城县 李杰 摄" names where, not whose), and their traditional forms.
_NO_CREDIT_BODY_HEADS = frozenset(("国", "方面"))
ZH_CREDIT_BODY_HEADS: tuple[str, ...] = tuple(
    head
    for head in ORG_HEADS
    if head not in _NO_CREDIT_BODY_HEADS and not (len(head) == 1 and head in PLACE_ENDS)
) + ("報", "臺", "網", "辦")

# "Source" before a colon ("图片来源：视觉中国", "圖片來源：中央社", and the short "图源：视觉中国").
CJK_SOURCE_WORDS: tuple[str, ...] = ("来源", "来自", "出处", "來源", "來自", "出處", "图源", "圖源")

# "Comes from" after a picture word, with no colon ("图片来源于网络", "照片来自受访者", "图片源自新华社"), and "per"
# after the short picture word ("图据网络", "图据新华社": the picture as given by).
CJK_PICTURE_WORDS: tuple[str, ...] = ("图片", "照片", "图像", "圖片", "圖像", "图", "圖")
CJK_SOURCE_FROM: tuple[str, ...] = (
    "来源于", "来自于", "来自", "源自", "來源於", "來自於", "來自", "源自於", "据", "據",
)

# "Supplied by" after the names ("视觉中国供图", "受訪者提供").
CJK_SUPPLIED_WORDS: tuple[str, ...] = ("供图", "提供", "供稿", "供圖")

# "By" before the supplier of such a credit ("图片由受访者提供", "由受訪者提供"): no part of the name.
CJK_SUPPLIED_BY: tuple[str, ...] = ("图片由", "照片由", "图像由", "圖片由", "圖像由", "由")

# Marks that papers set before a credit's reporter word as layout ("□记者 张三 摄", "■本报记者 王伟"): no part of
# the credit's outlet.
CREDIT_LEAD_MARKS = "□■◆◇●○★☆"

# "Reporter" between an outlet and the names ("新华社记者 张三", "中央社記者王小明"), and the roles beside it
# (通讯员 correspondent, 实习生 intern: "本报记者 张三 实习生 李四 摄").
# The simplified forms alone are what the byline patterns read (extract.boilerplate, enrich.credits.bylines,
# lexicon.reporting_zh.CREDIT_LEAD_RE).
CJK_REPORTER_WORDS_SIMPLIFIED: tuple[str, ...] = ("记者", "通讯员", "实习生")
CJK_REPORTER_WORDS: tuple[str, ...] = (*CJK_REPORTER_WORDS_SIMPLIFIED, "記者", "通訊員", "實習生")
# A reporter's rank or seat written right before the reporter word ("见习记者 王明", "特约记者", "本报记者"): part
# of the role, never the outlet's name ("（见习记者 王明 摄）" names no outlet "见习").
CJK_REPORTER_RANKS: tuple[str, ...] = (
    "特约", "实习", "见习", "资深", "本报", "本台", "首席", "摄影", "特約", "實習", "見習", "資深", "本報", "攝影",
)

# Korean photo credits: a label before "=" or a colon ("사진=연합뉴스", "사진: 김철수 기자", "그래픽=…"), the
# reporter's title after the name ("김철수 기자"), "supplied by" after the source ("연합뉴스 제공").
# "사진 제공" (photo supplied) is a label too ("[사진 제공=서울시]"); the longer labels come first.
KO_PHOTO_LABELS: tuple[str, ...] = ("사진 제공", "사진제공", "사진", "그래픽", "영상", "자료사진")
# The labels that also sign with a space before the source and no mark ("[사진 연합뉴스]", "(사진 부산시 제공)",
# "사진 김철수 기자"); "영상", "그래픽" before a space open a description ("영상 캡처"), not a source.
KO_SPACED_PHOTO_LABELS: tuple[str, ...] = ("사진 제공", "사진제공", "사진")

KO_REPORTER_WORDS: tuple[str, ...] = ("기자", "특파원", "통신원", "사진기자")

KO_SUPPLIED_WORDS: tuple[str, ...] = ("제공",)
# "File photo" after a Korean agency closing a caption in brackets ("[연합뉴스 자료사진]", "(뉴스1 자료사진)"): the
# agency's old picture, the agency the credit.
KO_FILE_PHOTO_WORDS: tuple[str, ...] = ("자료사진", "자료 사진")
