"""Reporting words of Japanese, Korean and Turkish: the speaker is the sentence's topic or subject (marked
by a particle, or in Turkish set off by a comma), and the reporting verb follows the quote.

Read by :mod:`cqnews.enrich.quotes.topic`. Every pattern is bounded (no backtracking over a page).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["TOPIC_TABLES", "TopicTable"]


@dataclass(frozen=True, slots=True)
class TopicTable:
    """How one language reports speech after a quote and marks who speaks."""

    language: str
    after_quote: re.Pattern[str]  # matched right after the closing mark: 」と述べた / "고 말했다
    pointing: re.Pattern[str]  # in the next sentence, a verb pointing back at the quote: こう話した
    topic: re.Pattern[str]  # a topic or subject phrase with its particle (group 1: the phrase)
    titles: tuple[str, ...]  # office words written after a name: 首相, 대통령
    org_heads: tuple[str, ...]  # a phrase ending in one is an organisation: 省, 政府, 위원회
    pronouns: dict[str, str | None]  # subject pronouns (before their particle) -> gender
    not_speakers: frozenset[str]  # phrases with a topic particle that never speak: time words, anaphors
    separator: str  # "" (Japanese writes a name and its title together) or " " (Korean)
    anaphor_prefixes: tuple[str, ...] = ()  # a phrase opening with one points back: 同社 (the company)
    title_prefixes: frozenset[str] = frozenset()  # written before a title as a word of its own: 전 (former)
    last_topic: bool = False  # the speaker is the topic nearest the quote, not the sentence's first
    unnamed_markers: frozenset[str] = frozenset()  # a word making the phrase an unnamed source: 한 (a)
    verb_endings: tuple[str, ...] = ()  # a word so ending before the particle is a verb form: 한다는, 찾은
    titles_first: bool = False  # the office stands before the name (Turkish "Bakan Mehmet Şimşek")
    honorifics: frozenset[str] = frozenset()  # titles that are courtesy, no role: 氏, さん, 씨
    # the subject after the verb that follows the quote, ending the sentence ('"…" dedi Ahmet Yılmaz.'; group 1)
    subject_after_verb: re.Pattern[str] = re.compile(r"(?!)")
    # verbs whose subject stands before them and a colon opens the quote ('Bakan Mehmet Şimşek açıkladı: "…"'),
    # and the object words that may stand between the subject and the verb ("şunları söyledi": said the following)
    colon_verbs: frozenset[str] = frozenset()
    colon_objects: frozenset[str] = frozenset()


_JA_VERBS = (
    "述べ|語|話|強調|説明|指摘|明らかに|訴え|主張|答え|言っ|言い|発表|批判|呼びかけ|コメント|記し|書い|"
    "つぶやい|投稿|明か|認め|否定|謝罪|反論|応じ|振り返|評価|期待|要請|求め|表明|警告|念押し"
)
_JA_TOPIC_CHARS = "一-龯々〆ヵヶァ-ヴー・A-Za-zＡ-Ｚａ-ｚ0-9０-９"

JAPANESE = TopicTable(
    language="ja",
    # 」と述べた, 」と記者団に語った (up to twelve characters between と and the verb), 」とした, 」としている
    after_quote=re.compile(rf"と(?:[^。、「」『』\s]{{0,12}}?(?:{_JA_VERBS})|し(?:た|て|ている|ていた))"),
    pointing=re.compile(rf"(?:こう|そう|このように)(?:{_JA_VERBS})"),
    # 岸田文雄首相は / 国土交通省の担当者は / 山田さんが: a run of kanji, katakana or Latin letters
    # (joined by の), with さん/氏/ちゃん/くん, then は or が
    topic=re.compile(
        rf"(?<![{_JA_TOPIC_CHARS}])((?:[{_JA_TOPIC_CHARS}]{{1,20}}の){{0,2}}[{_JA_TOPIC_CHARS}]{{1,20}}(?:さん|ちゃん|くん)?)(?:は|が)"
    ),
    titles=(
        "官房長官", "幹事長", "委員長", "報道官", "広報担当者", "担当者", "首相", "大統領", "総裁", "知事",
        "市長", "町長", "村長", "区長", "社長", "会長", "大臣", "長官", "議員", "代表", "監督", "教授",
        "准教授", "被告", "容疑者", "選手", "主将", "投手", "捕手", "内野手", "外野手", "騎手", "棋士",
        "力士", "院長", "所長", "部長", "課長", "局長", "理事長",
        "学長", "校長", "弁護士", "医師", "記者", "氏", "さん", "ちゃん", "くん",
    ),
    org_heads=(
        "省", "庁", "局", "党", "政府", "銀行", "大学", "協会", "委員会", "警察", "署", "裁判所", "社", "会社",
        "機構", "財団", "組合", "連合", "本部", "事務所", "研究所",
    ),
    pronouns={"彼": "m", "彼女": "f", "彼ら": None},
    not_speakers=frozenset(
        "今日 昨日 明日 今回 今年 昨年 来年 今後 現在 同日 当日 これ それ あれ 私 私たち 僕 我々 一方 また".split()
    ),
    separator="",
    anaphor_prefixes=("同",),
    honorifics=frozenset(("氏", "さん", "ちゃん", "くん")),
)

_KO_VERBS = (
    "말했|밝혔|강조했|설명했|전했|덧붙였|지적했|주장했|답했|언급했|비판했|호소했|촉구했|발표했|말하|"
    "밝히|강조하|설명하|전하|덧붙이|지적하|주장하|했"
)

KOREAN = TopicTable(
    language="ko",
    # "고 말했다, "라고 밝혔다, "이라며, "며 (and, saying …: the next quote's verb is the same speaker's)
    after_quote=re.compile(rf"(?:(?:이?라)?고\s?(?:[^\s.\"“”]{{1,12}}\s)?(?:{_KO_VERBS})|(?:이?라)?며|(?:이?라)?면서)"),
    pointing=re.compile(rf"(?:이렇게|그렇게)\s(?:{_KO_VERBS})"),
    # 윤석열 대통령은 / 김 장관은 / 삼성전자는: up to three words, the last carrying 은/는/이/가
    # (도, "also", marks a subject too: 김 전 총리도 "…"라고 했다)
    topic=re.compile(
        r"(?<![가-힣A-Za-z0-9·])((?:[가-힣A-Za-z0-9·]{1,12}\s){0,2}[가-힣A-Za-z0-9·]{1,12}?)(?:은|는|이|가|도)(?=\s)"
    ),
    titles=(
        "최고위원", "대통령", "총리", "장관", "차관", "대표", "의원", "위원장", "대변인", "시장", "지사", "회장",
        "사장",
        "교수", "감독", "선수", "원내대표", "위원", "비서실장", "실장", "청장", "원장", "총재", "후보", "씨",
        "변호사", "검사", "판사", "기자", "관계자",
    ),
    org_heads=("부", "청", "처", "원", "위원회", "정부", "당", "은행", "그룹", "전자", "경찰", "법원", "검찰", "공사"),
    pronouns={"그": "m", "그녀": "f", "그들": None},
    not_speakers=frozenset("이날 오늘 어제 최근 또한 한편 특히 이어 이번 지난 현재 그것 이것 저 우리".split()),
    unnamed_markers=frozenset("한 다른 또 어느 일부 여러 모든 각 두 세 몇".split()),
    verb_endings=("다", "하", "있", "없", "되", "했", "된", "찾", "받", "밝히"),
    separator=" ",
    anaphor_prefixes=("해당", "동 "),
    honorifics=frozenset(("씨",)),
    title_prefixes=frozenset("전 현 신임 수석 부 공동 전직 초대".split()),
    last_topic=True,
)

_TR_VERBS = (
    "dedi|demişti|diyor|konuştu|kullandı|açıkladı|belirtti|vurguladı|kaydetti|söyledi|bildirdi|getirdi|ekledi|"
    "aktardı|değerlendirdi|yorumladı|yazdı|paylaştı|sordu|uyardı|yaptı|bulundu"
)
_TR_LINKS = (  # words between the quote and its verb: "diye konuştu", "ifadelerini kullandı"
    "diye|şeklinde|ifadesini|ifadelerini|sözlerini|sözlerine|görüşünü|açıklamasını|açıklamasında|"
    "değerlendirmesinde"
)
_TR_UPPER = "A-ZÇĞİÖŞÜ"

# Turkish has no topic particle: the subject opens the sentence, set off by a comma, and the verb closes it
# after the quote ('Bakan Mehmet Şimşek, "…" dedi.', '"…" diye konuştu.', '"…" ifadelerini kullandı.').
TURKISH = TopicTable(
    language="tr",
    after_quote=re.compile(rf"\s*,?\s*(?:(?:{_TR_LINKS})\s+)?(?:{_TR_VERBS})(?!\w)"),
    pointing=re.compile(r"(?!)"),  # (no pointing verb read in Turkish)
    topic=re.compile(
        rf"(?<![\w'’])((?:[{_TR_UPPER}][\w'’.\-]*|ve)(?:\s(?:[{_TR_UPPER}][\w'’.\-]*|ve)){{0,7}}),\s"
    ),
    titles=(
        "cumhurbaşkan", "başbakan", "bakan", "başkan", "sözcü", "vali", "müdür", "milletvekil", "büyükelçi",
        "komutan", "savcı", "rektör", "dekan", "prof.", "doç.", "dr.", "genel", "yardımcı", "teknik",
        "direktör", "kaptan", "antrenör", "uzman", "ekonomist", "hakem",
    ),
    org_heads=(
        "Bakanlığı", "Başkanlığı", "Valiliği", "Belediyesi", "Derneği", "Partisi", "Bankası", "Üniversitesi",
        "Kurumu", "Vakfı", "Şirketi", "Holding", "Federasyonu", "Kulübü", "Meclisi", "Hükümeti", "Ajansı",
    ),
    pronouns={"O": None},
    not_speakers=frozenset("Ancak Ayrıca Bu Bunun Böylece Ardından Öte Yandan Diğer Bu Nedenle Ve Dün Bugün".split()),
    separator=" ",
    titles_first=True,
    # (a subject takes no case suffix, which Turkish sets off a name with an apostrophe: '"…" dedi Ankara'da.')
    subject_after_verb=re.compile(
        rf"\s+((?:(?:Prof|Doç|Dr|Av|Op)\.\s)*[{_TR_UPPER}][\w\-]*(?:\s[{_TR_UPPER}][\w\-]*){{0,5}})(?=\s*[.!?,;]|\s*$)"
    ),
    colon_verbs=frozenset(_TR_VERBS.split("|")),
    colon_objects=frozenset("şunları şöyle şunu".split()),
)

TOPIC_TABLES: dict[str, TopicTable] = {"ja": JAPANESE, "ko": KOREAN, "tr": TURKISH}
