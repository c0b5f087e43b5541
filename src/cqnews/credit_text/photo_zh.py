"""Chinese photo credits: "（新华社记者 张三 摄）", "张三/摄", "视觉中国供图", "图片来源：…", "图/…".

Split out of :mod:`cqnews.credit_text.photo`, which calls :func:`zh_photo_credits` for a credit
body with Han characters and :func:`zh_tail` for a caption that ends in one. Every pattern is bounded.
"""

from __future__ import annotations

import re

from ..lexicon.captions import UP_POINTERS
from ..lexicon.credits import (
    CJK_BAR_MARKS,
    CJK_LABEL_MARKS,
    CJK_PHOTO_LABELS,
    CJK_PICTURE_WORDS,
    CJK_POOL_WORDS,
    CJK_REPORTER_RANKS,
    CJK_REPORTER_WORDS,
    CJK_SHOT_WORDS,
    CJK_SOURCE_FROM,
    CJK_SOURCE_WORDS,
    CJK_SUPPLIED_BY,
    CJK_SUPPLIED_WORDS,
    ZH_CREDIT_BODY_HEADS,
    ZH_FILE_PICTURE_LABELS,
    ZH_SHOT_PLACE_PREPOSITIONS,
    ZH_SHOT_PLACES,
    ZH_TEXT_AND_PICTURES,
)
from ..models import Credit, CreditRole
from .names import dedupe_credits, looks_like_org, looks_like_person, merge_split_names, normalize_person_name, org_name
from .patterns import canonical_org

__all__ = ["ZH_REPORTER", "is_zh_credit", "zh_photo_credits", "zh_release_start", "zh_tail"]


def _any(words: tuple[str, ...]) -> str:
    """An alternation of table words, longest first (so that "摄影" is tried before "摄")."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_MARK = "[" + re.escape(CJK_LABEL_MARKS) + "]"
_SHOT_MARK = "[/／" + re.escape(CJK_BAR_MARKS) + "]"  # ("张三/摄", "张三丨摄")

# Chinese photo-credit tails (the tail is at most a few dozen characters, see zh_tail).
# "重庆日报记者 张三 摄/视觉重庆": the outlet that distributes the picture may follow 摄 after a slash, or in brackets
# ("王明 摄（人民图片）"; the closing bracket may be stripped with the credit's own).
# A shot word before a slash opens the label form ("摄影/王伟", read by _ZH_PHOTO_BY): no outlet after an empty name.
# A bar may stand before 摄 as the slash does ("张三丨摄").
_ZH_SHOT = re.compile(
    rf"^(?!(?:{_any(CJK_POOL_WORDS)})\s*(?:{_any(CJK_SHOT_WORDS)})$)(?!(?:{_any(CJK_SHOT_WORDS)})\s*[/／])(?P<who>.{{0,40}}?)\s*(?:{_SHOT_MARK}\s*)?(?:{_any(CJK_SHOT_WORDS)})(?:\s*(?:[/／]\s*|[（(])(?P<outlet>[\u4e00-\u9fff]{{2,10}})[）)]?)?$"
)


# (a photo label and its slash or colon may open it, as "by" does: "圖／市交通局提供", "照片：市交通局提供")
_ZH_SUPPLIED = re.compile(
    rf"^(?:(?:{_any(CJK_PICTURE_WORDS)})\s*[/／:：]\s*|{_any(CJK_SUPPLIED_BY)})?(?P<who>.{{0,40}}?)\s*"
    rf"(?:{_any(CJK_SUPPLIED_WORDS)})$"
)


_ZH_SOURCE = re.compile(
    # (a file-picture note may open the picture word: "资料图片来源：视觉中国"; WeChat's bar stands for the colon:
    # "来源丨人民日报")
    rf"^(?:(?:资料|資料)?(?:图片|照片|图像|图文|视频|圖片|圖像|影像|視頻))?(?:{_any(CJK_SOURCE_WORDS)})\s*[:：{re.escape(CJK_BAR_MARKS)}]\s*(?P<who>.{{1,40}})$"
    # a picture word and "comes from" without a colon: "图片来源于网络", "照片来自受访者", "圖片來自中央社"
    rf"|^(?:{_any(CJK_PICTURE_WORDS)})(?:{_any(CJK_SOURCE_FROM)})\s*(?P<whom>.{{1,20}})$"
)


_ZH_PHOTO_BY = re.compile(rf"^(?:{_any(CJK_PHOTO_LABELS)})\s*{_MARK}\s*(?P<who>.{{1,40}})$")


# A photographer's label before the names, with a space and no colon ("特约摄影 李杰", "摄影记者 王芳 李杰").
_ZH_PHOTOGRAPHER = re.compile(
    r"^(?:特约|首席|本报|本台|特約|本報)?(?:摄影|攝影)(?:记者|記者)?\s+(?P<who>[\u4e00-\u9fff·]{2,5}(?:\s+[\u4e00-\u9fff·]{2,5}){0,3})$"
)


ZH_REPORTER = re.compile(
    rf"^(?P<org>[^\s]{{0,12}}?)(?:{_any(CJK_REPORTER_RANKS)}){{0,2}}(?:{_any(CJK_REPORTER_WORDS)})"
    rf"\s*(?P<names>.*)$"
)


# A file-picture note before a credit's outlet or names, a space after it ("资料图片 新华社记者 李四 摄").
_FILE_LABEL = re.compile(rf"^(?:{_any(ZH_FILE_PICTURE_LABELS)})\s+")
# "Text and pictures" before the names, a space or a colon after it ("文/图 王明", "文/图：本报记者 王明";
# lexicon.credits.ZH_TEXT_AND_PICTURES): the label, no name; the names after it (two to five characters each).
_TEXT_AND_PICTURES = re.compile(rf"^(?:{_any(ZH_TEXT_AND_PICTURES)})\s*[:：]?\s*(?=[\u4e00-\u9fff])")
_TEXT_AND_PICTURES_NAMES = re.compile(r"[\u4e00-\u9fff·]{2,5}(?:\s+[\u4e00-\u9fff·]{2,5}){0,3}")


_FORMS = (_ZH_SOURCE, _ZH_SHOT, _ZH_SUPPLIED, _ZH_PHOTO_BY, _ZH_PHOTOGRAPHER)

# A picture label before the names of a form that closes with 摄 ("图/记者 王明 摄"): a label, not the outlet.
_LEADING_LABEL = re.compile(rf"^(?:{_any(CJK_PHOTO_LABELS)})\s*{_MARK}\s*")


# A date written after a credit, a space or a comma before it, as Taiwan's agency dates its pictures
# ("中央社記者李華攝 115年5月12日", "李華攝，2024年5月12日", a year of the Republic or of the common era): the day the
# picture was taken, no part of the names.
# (Started only where a run of blanks or a comma starts, each part possessive: linear on long runs of blanks.)
_TRAILING_DATE = re.compile(r"(?<![\s，,])(?=[\s，,])\s*+[，,]?\s*+(?:\d{2,4}年)?\d{1,2}月\d{1,2}日$")


def _undated(body: str) -> str:
    """``body`` without the date written after its credit ("李華攝 115年5月12日" -> "李華攝")."""
    return _TRAILING_DATE.sub("", body.rstrip(), count=1) if body.rstrip().endswith("日") else body


def is_zh_credit(body: str) -> bool:
    """A whole Chinese credit form: "张三 摄", "视觉中国供图", "图片来源：视觉中国", "图/张三", a date after it or
    not ("中央社記者李華攝 115年5月12日")."""
    body = _undated(body)
    return any(pattern.match(body) for pattern in _FORMS)


def _form_body(body: str) -> tuple[str, bool, str | None]:
    """The names of a credit form ("张三 摄" -> "张三"), whether the form names only an outlet (来源：…), and
    the outlet written after 摄 ("摄/视觉重庆")."""
    for pattern in _FORMS:
        match = pattern.match(body)
        if match:
            who = match.group("who") or match.groupdict().get("whom") or ""
            who = _LEADING_LABEL.sub("", who) if pattern is _ZH_SHOT else who
            return who.strip(" ：:/"), pattern is _ZH_SOURCE, match.groupdict().get("outlet")
    return body, False, None


# Where the picture was taken, closing the names ("记者在现场拍摄" -> "在现场", "李杰 在一线"): no part of a name.
_SHOT_PLACE = re.compile(rf"\s*(?:{_any(ZH_SHOT_PLACE_PREPOSITIONS)})?(?:{_any(ZH_SHOT_PLACES)})$")


# An outlet that released the picture, then its photographer in brackets ("新华社发（王伟 摄）"): Xinhua's form.
_RELEASED = re.compile(r"^(?P<outlet>[\u4e00-\u9fff]{2,8}发)\s*[（(](?P<inner>[^（()）]{1,40})[）)]$")


# Between the names of a credit: marks and spaces, and a second reporter's role ("本报记者 王伟 通讯员 李红 摄": the
# role is no name).
_NAME_BREAK = re.compile(rf"[、，,；;/／\s]+|(?:{_any(CJK_REPORTER_WORDS)})")


def _released_read(body: str) -> str:
    """"新华社发（王伟 摄）" read as "新华社发 王伟 摄" (a known outlet only); any other body as it is."""
    released = _RELEASED.match(body.strip())
    if released and canonical_org(released.group("outlet")):
        return f"{released.group('outlet')} {released.group('inner')}"
    return body


def zh_photo_credits(body: str, raw: str, role: CreditRole) -> list[Credit]:
    body, org_only, outlet = _form_body(_undated(_released_read(body).strip(" （）()【】[]「」")))
    body = _FILE_LABEL.sub("", body, count=1)  # "资料图片 新华社记者 李四": the note names no outlet
    body = _TEXT_AND_PICTURES.sub("", body, count=1)  # "文/图 王明": the label is no name
    if org_only:
        role = CreditRole.SOURCE  # 来源：… names an outlet, never a photographer
    known = canonical_org(body) if " " in body else None
    if known and outlet is None:
        return [Credit(role=role, organization=known, raw=raw)]  # "图/IC photo": one outlet written in words
    org: str | None = None
    rep = ZH_REPORTER.match(body)
    if rep:
        org = rep.group("org").strip() or None
        body = _SHOT_PLACE.sub("", rep.group("names"), count=1)  # "记者在现场拍摄": a place, no name
    people, orgs = _people_and_orgs(merge_split_names([p for p in _NAME_BREAK.split(body) if p]), org_only)
    if org:
        orgs.insert(0, org_name(org))
    if outlet:
        orgs.append(outlet)
    if people:
        first = orgs[0] if orgs else None
        credits = [Credit(role=role, name=p, organization=first, raw=raw) for p in people]
        credits.extend(Credit(role=role, organization=o, raw=raw) for o in orgs[1:])
        return dedupe_credits(credits)
    if not orgs and rep is not None and not body.strip() and not org_only:
        return [Credit(role=role, raw=raw)]  # "（本报记者 摄）", "通讯员供图": a role naming no one, only the kind
    return dedupe_credits([Credit(role=role, organization=o, raw=raw) for o in orgs])


def _people_and_orgs(parts: list[str], org_only: bool) -> tuple[list[str], list[str]]:
    """The people and the organisations a Chinese credit's parts name, in order (only organisations when
    ``org_only``: a source label names no photographer); a lone part is an organisation when no person."""
    people: list[str] = []
    orgs: list[str] = []
    for part in parts:
        if not org_only and looks_like_person(part):
            people.append(normalize_person_name(part))
        elif looks_like_org(part) or len(parts) == 1 or _zh_credit_body(part):
            orgs.append(org_name(part))
    return people, orgs


_MIN_BODY_NAME = 3
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def _zh_credit_body(part: str) -> bool:
    """Is ``part`` a body's name, Han characters ending in a body's head ("县融媒体中心", "江城日报")?"""
    return len(part) >= _MIN_BODY_NAME and bool(_HAN_ONLY.fullmatch(part)) and part.endswith(ZH_CREDIT_BODY_HEADS)


def zh_tail(text: str) -> tuple[int, str] | None:
    """A Chinese credit closing the text without brackets ("… 新华社记者 张三 摄", "张三/摄", "视觉中国供图")."""
    # (a mark pointing up at the picture before the credit parts it from the caption as a stop does: "…桥墩。▲王明 摄")
    tail_start = max(text.rfind(c) for c in ("。", "！", "？", "；", ";", *UP_POINTERS)) + 1
    tail = text[tail_start:]
    if len(tail) > 40:
        # No sentence end close by: take the last whitespace-separated run of at most 40 characters.
        tail_start = len(text) - 40
        space = text.find(" ", tail_start)
        if space == -1:
            return None
        tail_start = space + 1
        tail = text[tail_start:]
    stripped = tail.strip()
    offset = tail_start + (len(tail) - len(tail.lstrip()))
    if tail_start > 0 and _text_and_pictures(stripped):
        return offset, stripped  # "…桥墩。文/图 王明": after the caption's stop
    labelled = _labelled_after_space(stripped)
    if labelled is not None:
        return offset + labelled, stripped[labelled:]
    for pattern in _FORMS:
        match = pattern.match(stripped)
        if not match:
            continue
        if pattern is _ZH_SHOT or pattern is _ZH_SUPPLIED:
            start = _closing_run(text, match, offset)
            if start is None:
                return None
            offset = start
        return offset, text[offset:].strip()
    return None


def _text_and_pictures(tail: str) -> bool:
    """Is ``tail`` "文/图" and one to four names ("文/图 王明", "文/图：王明 李华")?"""
    label = _TEXT_AND_PICTURES.match(tail)
    return label is not None and _TEXT_AND_PICTURES_NAMES.fullmatch(tail, label.end()) is not None


# The longest last token read as the credit of a 摄 form ("张三") or of a 供图 form ("市文化和旅游局") when the text
# before it cannot be split off.
_MAX_GLUED_NAME = 5
_MAX_GLUED_SUPPLIER = 12


def _closing_run(text: str, match: re.Match[str], offset: int) -> int | None:
    """Where the credit of a 摄/供图 form matched at ``offset`` starts: the last "org记者 name name" run, cut at the
    last sentence-internal comma; None when the names are glued to the caption's text."""
    supplied = match.re is _ZH_SUPPLIED
    who = match.group("who")
    cut = max(who.rfind(c) for c in ("，,、：:" if supplied else "，,：:"))
    body = who[cut + 1 :].strip()
    if not body:
        return None
    if cut < 0 < match.start("who"):
        return offset  # "图片由受访者提供": the supplier's "由" opens the credit
    label = _label_before_colon(who, cut)
    if label is not None:
        return offset + match.start("who") + label  # "图：张三 摄": the photo label before the colon opens the credit
    offset += match.start("who") + cut + 1  # (a supplier word may open the match before ``who``: "图片由…，记者 …")
    filed = _FILE_LABEL.match(body)
    if filed is not None and _credit_run(body[filed.end() :]):
        lead = len(who) - cut - 1 - len(who[cut + 1 :].lstrip())
        return offset + lead  # "资料图片 新华社记者 李四 摄": the file-picture note opens the credit
    if not ZH_REPORTER.match(body):
        # "图为重庆夜景 张三 摄": only the last token is the credit; glued text cannot be split.
        tokens = body.split()
        last = tokens[-1]
        if len(last) > (_MAX_GLUED_SUPPLIER if supplied else _MAX_GLUED_NAME):
            return None
        start = text.rfind(last, offset)
        if len(tokens) > 1 and _zh_credit_body(tokens[-2]):
            body_start = text.rfind(tokens[-2], offset, start)
            start = body_start if body_start >= 0 else start  # "县融媒体中心 李杰 摄": the body opens the credit
        offset = start
    return offset


def _credit_run(names: str) -> bool:
    """An outlet's reporter and names ("新华社记者 李四"), or one short name ("李四")."""
    return bool(ZH_REPORTER.match(names)) or (" " not in names and 0 < len(names) <= _MAX_GLUED_NAME)


_PHOTO_LABEL_END = re.compile(rf"(?:^|[\s。！？；;，,、])(?P<label>{_any(CJK_PHOTO_LABELS)})\s*$")


def _label_before_colon(who: str, cut: int) -> int | None:
    """Where a photo label standing alone before the colon at ``cut`` opens ("… 活动。 图：张三 摄", "图：本报记者 张三
    摄"): the label belongs to the credit, not the caption. None when no colon is at ``cut`` or other text is glued
    to the label ("现场图：张三 摄" keeps its words)."""
    if cut < 0 or who[cut] not in ":：":
        return None
    found = _PHOTO_LABEL_END.search(who, 0, cut)
    return found.start("label") if found is not None else None


_LABELLED_FORMS = (_ZH_SOURCE, _ZH_PHOTO_BY)


def _labelled_after_space(tail: str) -> int | None:
    """Where a labelled credit starts after a space, when the tail holds more before it: a caption without a
    closing stop, then "图/王伟" or "图片来源：视觉中国" (the label opens the credit, so the text before the space is
    the caption). None when the whole tail is one form, or no labelled form follows a space."""
    if any(pattern.match(tail) for pattern in _FORMS):
        return None
    space = tail.find(" ")
    while space != -1:
        rest = tail[space + 1 :]
        if any(pattern.match(rest) for pattern in _LABELLED_FORMS):
            return space + 1
        space = tail.find(" ", space + 1)
    return None


def zh_release_start(text: str, start: int) -> int:
    """Where a credit found at ``start`` begins when a known outlet's "发" (released by) stands right before it, after
    the caption's last stop: "…进行检修。新华社发（王伟 摄）" -> the start of "新华社发"; else ``start``."""
    before = text[:start].rstrip()
    if not before.endswith("发"):
        return start
    stop = max(before.rfind(mark) for mark in "。！？；; ")
    outlet = before[stop + 1 :]
    return stop + 1 if 3 <= len(outlet) <= 9 and canonical_org(outlet) else start
