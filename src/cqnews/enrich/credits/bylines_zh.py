"""Chinese bylines and credit lines into typed credits ("本报记者 张三 李四", "责任编辑：王五", "来源：新华社").

The Chinese half of :func:`cqnews.enrich.credits.bylines.parse_credit_line`, which calls it for lines
written in Han characters.
"""

from __future__ import annotations

import re

from ...credit_text.names import looks_like_org, looks_like_person, merge_split_names, normalize_person_name, org_name
from ...credit_text.patterns import (
    NON_PERSON_WORDS,
    ZH_BYLINE_LABEL,
    ZH_BYLINE_ROLES,
    ZH_HANDLE_ROLES,
    ZH_NAME_HANDLE,
    ZH_ORGS,
)
from ...models import Credit, CreditRole

__all__ = ["parse_zh_line"]

# The end of a byline after the names: "摄" (a picture), "报道", or the place reported from and 报道 / 報導 after a
# space or a slash ("记者 张三 北京报道", "記者王小明／台北報導"): the place is no name. Each blank run is taken whole
# (possessive) from its first blank: linear in a run of blanks.
_CLOSING_BRACKET = r"\s*+(?:[)）]\s*+)?$"
_REPORTED_FROM = re.compile(
    r"(?<!\s)(?:\s*+(?:[/／]\s*+)?(?:摄影?|拍摄|报道|報導)|(?:\s++|\s*+[/／]\s*+)[\u4e00-\u9fff]{2,8}(?:报道|報導))"
    + _CLOSING_BRACKET
)
# A byline that credits a picture ("新华社记者 张三 摄").
_SHOT = re.compile(r"(?:摄|摄影|拍摄)" + _CLOSING_BRACKET)


def parse_zh_line(text: str) -> list[Credit]:
    """The credits of a Chinese byline or credit line: "本报记者 张三 李四", "新华社记者 张三 摄", "责任编辑：王五",
    several labels in one line; without a label, a short list of Chinese names (up to a date) is its authors."""
    credits: list[Credit] = []
    matches = list(ZH_BYLINE_LABEL.finditer(text))
    if not matches:
        return _unlabelled_names(text)
    for index, match in enumerate(matches):
        label = match.group(0).rstrip(" :：/|｜丨／・")
        role = ZH_BYLINE_ROLES.get(label, CreditRole.AUTHOR)
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        segment = text[match.end() : end].strip()
        # The organisation written just before the label: "新华社记者 张三".
        prev_end = matches[index - 1].end() if index else 0
        before = text[prev_end : match.start()].strip()
        org = None
        if before and not (index and before):
            org = before.split()[-1] if before.split() else None
            if org and not any(org.endswith(o) or org == o for o in ZH_ORGS):
                org = org if looks_like_org(org) else None
        raw_start = text.rfind(org, prev_end, match.start()) if org else -1
        raw = text[raw_start if raw_start >= 0 else match.start() : end].strip()
        if role is CreditRole.SOURCE:
            source = re.split(r"\s+|[|｜()（）\[\]【】]", segment)[0].strip(" 。，,") if segment else ""
            if source:
                credits.append(Credit(role=role, organization=org_name(source), raw=raw))
            continue
        if _SHOT.search(segment):
            role = CreditRole.PHOTOGRAPHER  # "新华社记者 张三 摄" credits a picture
        segment = _REPORTED_FROM.sub("", segment)
        segment = re.split(r"[|｜(（)）\[\]【】]", segment)[0]
        credits.extend(_zh_names(segment, role, org, raw))
    return credits


def _unlabelled_names(text: str) -> list[Credit]:
    """The authors of a Chinese line with no label: names only when the line (up to a date) is a short list of
    Chinese names ("张三 李四", "张三、李四 2024年5月1日"); none otherwise."""
    digit = re.search(r"\d", text)
    if digit:
        text = text[: digit.start()].strip()
    parts = merge_split_names([p for p in re.split(r"[、，,\s]+", text) if p])
    if len(text) > 24 or not parts or len(parts) > 4 or not all(looks_like_person(p) for p in parts):
        return []
    return [Credit(role=CreditRole.AUTHOR, name=p, raw=text) for p in parts]


def _zh_names(segment: str, role: CreditRole, org: str | None, raw: str) -> list[Credit]:
    """The people named after a Chinese label: "胡永秋、杨光宇", "严玉洁 王辉", an editor's handle "alonliu"."""
    out: list[Credit] = []
    for part in merge_split_names([p for p in re.split(r"[、，,；;/\s]+", segment) if p]):
        part = part.strip(" 。")
        if looks_like_person(part):
            out.append(Credit(role=role, name=normalize_person_name(part), organization=org, raw=raw))
        elif role in ZH_HANDLE_ROLES and ZH_NAME_HANDLE.fullmatch(part) and part.casefold() not in NON_PERSON_WORDS:
            out.append(Credit(role=role, name=part, organization=org, raw=raw))
    return out
