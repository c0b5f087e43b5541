"""Reading a Chinese speaker's noun phrase before a cue: 河南省委副书记、省长王凯 -> 王凯 (role 河南省委副书记、省长)."""

from __future__ import annotations

import re

from . import quote_patterns as P
from .speaker_phrases import Who

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
    seg = _zh_trim(text[start:hi])
    if seg in P.ZH_NOT_SPEAKERS or seg.endswith(P.ZH_MODAL_ENDS):
        return None  # 人们普遍认为, 可以说: nobody in particular is reported
    if not seg or seg in P.ZH_ZERO_SUBJECTS:
        return Who("", "pronoun", start=hi)  # 并认为… : the clause's subject is left out
    if seg in P.ZH_PRONOUNS or seg[-1:] in ("他", "她") or seg[-2:] in P.ZH_PRONOUNS:
        pron = seg[-2:] if seg[-2:] in P.ZH_PRONOUNS else seg[-1]
        return Who(pron, "pronoun", start=start + len(seg) - len(pron), gender=P.ZH_PRONOUNS[pron])
    for suffix in P.ZH_TITLE_SUFFIXES:
        rest = seg[: -len(suffix)]
        if seg.endswith(suffix) and len(rest) >= 2:
            name = rest if len(rest) <= 3 and all(is_cjk(c) for c in rest) else zh_name_at_end(rest)
            if name:  # 习近平总书记, 钟南山院士, 国家主席习近平 …
                return Who(name, "person", role=(rest[: -len(name)] + suffix) if len(name) < len(rest) else suffix, start=start)
    if seg.startswith(P.ZH_DESC_LEADS) or seg.endswith(P.ZH_PERSON_HEADS):
        desc = seg[2:] if seg.startswith("还有") else seg[1:] if seg.startswith("有") else seg
        return Who(desc, "desc", role=desc, start=start)
    if len(seg) <= 3:  # 王凯, 哈马斯, 校方: the whole subject is the name
        return Who(seg, "org" if seg.endswith(P.ZH_ORG_SUFFIXES) else "person", start=start)
    name = zh_name_at_end(seg)
    if name:
        return Who(name, "person", role=seg[: -len(name)].rstrip("、的") or None, start=start)
    if len(seg) <= 12 or seg.endswith(P.ZH_ORG_SUFFIXES):
        return Who(seg, "org", start=start)
    return Who(seg, "desc", role=seg, start=start)


def _zh_trim(seg: str) -> str:
    """Drop leading 据/根据/在 and trailing adverbs and 在…时 phrases between speaker and cue."""
    for lead in (*P.ZH_CONNECTIVES, *P.ZH_AS_LEADS, "根据", "据", "在", "但", "而", "并"):
        if seg.startswith(lead) and len(seg) > len(lead) + 1:
            seg = seg[len(lead) :]
    seg = seg[:-1] if seg.endswith("所") else seg
    if seg.endswith("时"):  # 习近平总书记主持召开…会议时指出
        for suffix in P.ZH_TITLE_SUFFIXES:
            at = seg.find(suffix)
            if 0 < at < len(seg) - len(suffix):
                seg = seg[: at + len(suffix)]
                break
    changed = True
    while changed and seg:
        changed = False
        for adv in P.ZH_SKIPPABLE:
            if seg.endswith(adv) and len(seg) > len(adv):
                seg, changed = seg[: -len(adv)], True
        at = seg.rfind("在")
        if at > 0 and seg.endswith(("时", "上", "中", "里", "后", "前")):
            seg, changed = seg[:at], True
        if len(seg) > 3 and seg.endswith("地"):
            seg, changed = seg[:-3], True
        cut = len(seg)
        while cut > 2 and seg[cut - 1] in P.ZH_TIME_CHARS:
            cut -= 1
        if cut < len(seg) and any(ch.isdigit() or ch in "本今去当" for ch in seg[cut:]):
            seg, changed = seg[:cut], True  # 哈马斯本月6日
    return seg


def zh_name_at_end(seg: str) -> str | None:
    dots = ZH_DOTS_RE.search(seg)
    if dots is not None:
        first = dots.start()
        i = first
        while i > 0 and first - i < 4 and seg[i - 1] not in _ZH_NAME_CHARS_STOP and is_cjk(seg[i - 1]):
            i -= 1
        return seg[i:] if i < first else None
    for honorific in P.ZH_HONORIFICS:
        if seg.endswith(honorific) and len(seg) > len(honorific):
            k = len(seg) - len(honorific)
            if seg[k - 1] in P.ZH_SURNAMES:
                return seg[k - 1 :]
    if len(seg) >= 4 and seg[-4:-2] in P.ZH_DOUBLE_SURNAMES:
        return seg[-4:]
    if not all(is_cjk(c) for c in seg[-2:]):
        return None
    three = len(seg) >= 3 and seg[-3] in P.ZH_SURNAMES and is_cjk(seg[-3]) and not (
        seg[-3] in _ZH_ROLE_END and seg[-2] in P.ZH_SURNAMES
    )
    two = len(seg) >= 2 and seg[-2] in P.ZH_SURNAMES
    if three and not (two and len(seg) >= 4 and seg[-4:-2] in _ZH_ROLE_WORDS):
        return seg[-3:]
    if two and not seg.endswith(P.ZH_PERSON_HEADS + P.ZH_ORG_SUFFIXES):
        return seg[-2:]
    return None


# Interpuncts of transliterated names as pages write them (a lost "·" often shows as "?").
ZH_DOTTED_RE = re.compile(r"[\u4e00-\u9fff]{1,12}(?:[·・•?？][\u4e00-\u9fff]{1,8})+")
ZH_DOTS_RE = re.compile(r"(?<=[\u4e00-\u9fff])[·・•?？](?=[\u4e00-\u9fff])")
ZH_HONORIFIC_RE = re.compile("[" + "".join(sorted(P.ZH_SURNAMES)) + "](?:" + "|".join(P.ZH_HONORIFICS) + ")")
_ZH_ROLE_WORDS = frozenset("主任 书记 部长 省长 市长 县长 经理 主席 委员 教授 记者 总裁 董事 院长 局长 处长 厅长 校长 社长 会长".split())


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
