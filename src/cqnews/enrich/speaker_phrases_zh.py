"""Reading a Chinese speaker's noun phrase before a cue: 河南省委副书记、省长王凯 -> 王凯 (role 河南省委副书记、省长)."""

from __future__ import annotations

import re

from ..text import is_cjk_char
from . import quote_patterns as P
from .speaker_phrases import Who

_ZH_LIKE_RE = re.compile(r"像([\u4e00-\u9fff]{1,6}[·・•?？][\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{2,4})这样的([\u4e00-\u9fff]{1,8})$")
_ZH_BOUNDARY = "，。！？；：”」』,;:!?\n（）()"
_ZH_ROLE_END = frozenset("任长员授理席记官家者师士人生事委裁军使督")
_ZH_NAME_CHARS_STOP = _ZH_ROLE_END | frozenset("的在和与及、国市省州区县村镇")


def zh_subject_before(text: str, lo: int, hi: int) -> Who | None:
    """Read the Chinese subject ending at ``hi`` (the cue): 河南省委副书记、省长王凯."""
    if hi > lo and text[hi - 1] in ")）":  # 斯蒂芬妮·席尔霍尔茨（Stephanie Schierholz）表示
        opening = max(text.rfind("(", max(lo, hi - 80), hi), text.rfind("（", max(lo, hi - 80), hi))
        hi = opening if opening > lo else hi
    start = hi
    floor = max(lo, hi - 80)
    while start > floor and text[start - 1] not in _ZH_BOUNDARY:
        start -= 1
    if text.startswith("在", start) and start > floor and text[start - 1] in ")）":
        # 巴兹·奥尔德林(Buzz Aldrin)在采访中表示: read the name before the parenthesis
        opening = max(text.rfind("(", floor, start), text.rfind("（", floor, start))
        if opening > floor:
            name_start = opening
            while name_start > floor and text[name_start - 1] not in _ZH_BOUNDARY:
                name_start -= 1
            if text[start:hi].endswith(("中", "上", "时", "里", "后", "前")):  # 在…中: no subject of its own
                seg = text[name_start:opening]
                name = zh_name_at_end(seg)
                if name:
                    return Who(name, "person", role=seg[: -len(name)].rstrip("、的") or None, start=name_start)
    seg = _zh_trim(text[start:hi])
    close = seg.rfind("》")
    opening = seg.rfind("《", 0, close)
    if 0 <= opening < close and len(seg) - close <= 4:  # 《政府工作报告》为何提出: the document speaks
        year = opening
        while year > 0 and (seg[year - 1].isdigit() or seg[year - 1] == "年" and year == opening):
            year -= 1  # 2020年《政府工作报告》
        year = year if year < opening - 1 else opening
        return Who(seg[year : close + 1], "org", start=start + year)
    like_at = text.rfind("像", floor, hi) if "这样的" in seg else -1
    like = _ZH_LIKE_RE.match(_zh_trim(text[like_at:hi])) if like_at >= 0 else None
    if like:  # 像戴夫·汉森这样的专家认为: the person named is the speaker
        return Who(like.group(1), "person", role=like.group(2), start=like_at + 1)
    if seg in P.ZH_NOT_SPEAKERS or seg.endswith(P.ZH_MODAL_ENDS):
        return None  # 人们普遍认为, 可以说: nobody in particular is reported
    if not seg or seg in P.ZH_ZERO_SUBJECTS:
        return Who("", "pronoun", start=hi)  # 并认为… : the clause's subject is left out
    if seg in P.ZH_PRONOUNS or seg[-1:] in ("他", "她") or seg[-2:] in P.ZH_PRONOUNS:
        pron = seg[-2:] if seg[-2:] in P.ZH_PRONOUNS else seg[-1]
        return Who(pron, "pronoun", start=start + len(seg) - len(pron), gender=P.ZH_PRONOUNS[pron])
    for suffix in P.ZH_TITLE_SUFFIXES if seg.endswith(P.ZH_TITLE_SUFFIXES) else ():
        rest = seg[: -len(suffix)]
        if seg.endswith(suffix) and len(rest) >= 2:
            name = rest if len(rest) <= 3 and all(is_cjk_char(c) for c in rest) else zh_name_at_end(rest)
            if name:  # 习近平总书记, 钟南山院士, 国家主席习近平 …
                return Who(name, "person", role=(rest[: -len(name)] + suffix) if len(name) < len(rest) else suffix, start=start)
    titled = seg.endswith(_ZH_TITLE_HEADS) and seg not in _ZH_TITLE_HEADS  # a bare 创始人 is someone named before
    if titled and not _name_after_title(seg) or 3 <= len(seg) <= 5 and seg.endswith("者"):
        return Who(seg, "desc", role=seg, start=start)  # IMF第一副总裁, 经营者: a title with no name
    if seg.startswith(P.ZH_DESC_LEADS) or seg.endswith(P.ZH_PERSON_HEADS):
        desc = seg[2:] if seg.startswith("还有") else seg.removeprefix("有")
        return Who(desc, "desc", role=desc, start=start)
    if len(seg) <= 3:  # 王凯, 哈马斯, 校方: the whole subject is the name
        return Who(seg, "org" if seg.endswith(P.ZH_ORG_SUFFIXES) else "person", start=start)
    name = zh_name_at_end(seg) or _name_after_title(seg)
    if name:
        return Who(name, "person", role=seg[: -len(name)].rstrip("、的") or None, start=start)
    if len(seg) <= 12 or seg.endswith(P.ZH_ORG_SUFFIXES):
        return Who(seg, "org", start=start)
    return Who(seg, "desc", role=seg, start=start)


# What a source publishes: 国际能源署的报告显示 -> 国际能源署.
_ZH_SOURCE_DOCS: tuple[str, ...] = ("的报告", "的测算", "的数据", "的统计", "的研究", "的调查", "的消息", "的公告", "发布的报告")


# Words before a speaker that are not part of it: 而, 据, 在 …
_ZH_LEADS: tuple[str, ...] = (*P.ZH_CONNECTIVES, *P.ZH_AS_LEADS, "根据", "据", "在", "但", "而", "并")


def _zh_trim(seg: str) -> str:
    """Drop leading 据/根据/在 and trailing adverbs and 在…时 phrases between speaker and cue;
    记者从X获悉 -> X; X的报告显示 -> X."""
    for lead in ("从", "授权"):  # 记者17日从国家卫生健康委(获悉), 中国人民银行授权全国银行间同业拆借中心(公布)
        at = seg.rfind(lead)
        if at >= 0 and len(seg) - at - len(lead) >= 2:
            seg = seg[at + len(lead) :]

    for lead in _ZH_LEADS if seg.startswith(_ZH_LEADS) else ():  # one C call when none opens it
        if seg.startswith(lead) and len(seg) > len(lead) + 1:
            seg = seg[len(lead) :]
    seg = seg.removesuffix("所")
    if seg.endswith("时"):  # 习近平总书记主持召开…会议时指出
        for suffix in P.ZH_TITLE_SUFFIXES:
            at = seg.find(suffix)
            if 0 < at < len(seg) - len(suffix):
                seg = seg[: at + len(suffix)]
                break
    changed = True
    while changed and seg:
        changed = False
        for adv in P.ZH_SKIPPABLE if seg.endswith(P.ZH_SKIPPABLE) else ():  # one C call when none ends it
            if seg.endswith(adv) and len(seg) > len(adv):
                seg, changed = seg[: -len(adv)], True
        at = seg.rfind("在")
        if at >= 0 and seg.endswith(("时", "上", "中", "里", "后", "前")):  # 并在日记里(写到): no subject left
            seg, changed = seg[:at], True
        if len(seg) > 3 and seg.endswith("地"):
            seg, changed = seg[:-3], True
        cut = len(seg)
        while cut > 2 and seg[cut - 1] in P.ZH_TIME_CHARS:
            cut -= 1
        if cut < len(seg) and any(ch.isdigit() or ch in "本今去当" for ch in seg[cut:]):
            seg, changed = seg[:cut], True  # 哈马斯本月6日
    for doc in _ZH_SOURCE_DOCS if seg.endswith(_ZH_SOURCE_DOCS) else ():
        if seg.endswith(doc) and len(seg) > len(doc) + 1:
            return seg[: -len(doc)]
    if seg.endswith(("报告中", "文章中", "声明中", "信中", "报告里", "文章里")):
        for verb in ("发给", "发布的", "发表的", "撰写的", "的"):  # ING发给客户的报告中(写道) -> ING
            at = seg.find(verb)
            if at >= 2:
                return seg[:at]
    return seg


# Titles that a name follows directly: 博士生泰勒斯, 研究员米歇尔 (a name without a common surname).
_ZH_TITLE_HEADS: tuple[str, ...] = tuple(
    """博士生 研究生 学生 研究员 教授 记者 主任 经理 总裁 董事长 主席 部长 大使 参赞 公使 院长 校长 局长 市长 省长
    书记 创始人 负责人 发言人 专家 分析师 工程师 医生 总监 顾问 执行官 会长 社长 导演 作家 总统 总理 首相""".split()
)


_ZH_NAME_AFTER_QUOTE_RE = re.compile(
    "(?:" + "|".join(sorted(P.ZH_PERSON_HEADS + _ZH_TITLE_HEADS, key=len, reverse=True)) + ")"
    + "([" + "".join(sorted(P.ZH_SURNAMES)) + "][\u4e00-\u9fff]{1,2})"
)
_ZH_NOT_IN_GIVEN_NAME = frozenset("说表认谈在是的对也都称指向把被从就还又讲介告提")


def zh_person_after_quote(text: str, lo: int) -> Who | None:
    """ "…”赫山区泉交河镇居民杨一飞谈起…": a person named by a title right after a quote, in its clause."""
    end = lo
    while end < len(text) and end - lo < 40 and text[end] not in _ZH_BOUNDARY:
        end += 1
    m = _ZH_NAME_AFTER_QUOTE_RE.search(text, lo, end)
    if m is None:
        return None
    name = m.group(1)
    if len(name) == 3 and name[2] in _ZH_NOT_IN_GIVEN_NAME:
        name = name[:2]
    return Who(name, "person", role=text[lo : m.start(1)] or None, start=lo)


def _name_after_title(seg: str) -> str | None:
    for size in (2, 3, 4):
        rest = seg[-size:]
        head = seg[:-size]
        if len(rest) == size and head.endswith(_ZH_TITLE_HEADS) and all(is_cjk_char(c) for c in rest):
            if not any(c in _NOT_IN_TRANSLITERATION for c in rest) and not rest.endswith(_ZH_TITLE_HEADS + P.ZH_PERSON_HEADS):
                return rest
    return None


def zh_name_at_end(seg: str) -> str | None:
    dots = ZH_DOTS_RE.search(seg)
    if dots is not None:
        first = dots.start()
        i = first
        while i > 0 and first - i < 4 and seg[i - 1] not in _ZH_NAME_CHARS_STOP and is_cjk_char(seg[i - 1]):
            i -= 1
        return seg[i:] if i < first else None
    for honorific in P.ZH_HONORIFICS if seg.endswith(P.ZH_HONORIFICS) else ():
        if seg.endswith(honorific) and len(seg) > len(honorific):
            k = len(seg) - len(honorific)
            if seg[k - 1] in P.ZH_SURNAMES:
                return seg[k - 1 :]
    if len(seg) >= 4 and seg[-4:-2] in P.ZH_DOUBLE_SURNAMES:
        return seg[-4:]
    if not all(is_cjk_char(c) for c in seg[-2:]):
        return None
    three = len(seg) >= 3 and seg[-3] in P.ZH_SURNAMES and is_cjk_char(seg[-3]) and not (
        seg[-3] in _ZH_ROLE_END and seg[-2] in P.ZH_SURNAMES
    )
    two = len(seg) >= 2 and seg[-2] in P.ZH_SURNAMES
    if three and not (two and len(seg) >= 4 and seg[-4:-2] in _ZH_ROLE_WORDS):
        return seg[-3:]
    if two and not seg.endswith(P.ZH_PERSON_HEADS + P.ZH_ORG_SUFFIXES):
        return seg[-2:]
    return None


# Characters that end a transliterated name run on into the sentence: 米歇尔・布兰深表赞同 -> 米歇尔・布兰.
_NOT_IN_TRANSLITERATION = frozenset("的在是和与及也都对将说表认称指强深已向从被把等为了还又就曾并而则所这那其于年月日时怎么办吗呢吧啊你我他她们像")


def trim_dotted_tail(run: str) -> str:
    """Cut a dotted name's last part where the sentence resumes (at most 5 characters stay), and its
    first part where the sentence before it ends; "" when a side is left empty (宿舍怎么办？面对 is a
    question mark, not a lost interpunct)."""
    dot = max(run.rfind(ch) for ch in "·・•?？")
    if dot < 0:
        return run
    end = dot + 1
    while end < len(run) and end - dot <= 5 and run[end] not in _NOT_IN_TRANSLITERATION:
        end += 1
    first = min(k for k in (run.find(ch) for ch in "·・•?？") if k >= 0)
    begin = first
    while begin > 0 and run[begin - 1] not in _NOT_IN_TRANSLITERATION:
        begin -= 1
    if end - dot < 2 or begin == first or run[dot] in "?？" and (end - dot < 3 or first - begin < 2):
        return ""
    return run[begin:end]


# Interpuncts of transliterated names as pages write them (a lost "·" often shows as "?").
ZH_DOTTED_RE = re.compile(r"[\u4e00-\u9fff]{1,12}(?:[·・•?？][\u4e00-\u9fff]{1,8})+")
ZH_DOTS_RE = re.compile(r"(?<=[\u4e00-\u9fff])[·・•?？](?=[\u4e00-\u9fff])")
ZH_HONORIFIC_RE = re.compile("[" + "".join(sorted(P.ZH_SURNAMES)) + "](?:" + "|".join(P.ZH_HONORIFICS) + ")")
_ZH_ROLE_WORDS = frozenset("主任 书记 部长 省长 市长 县长 经理 主席 委员 教授 记者 总裁 董事 院长 局长 处长 厅长 校长 社长 会长".split())


