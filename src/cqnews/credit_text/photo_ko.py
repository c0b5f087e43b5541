"""Korean photo credits: "사진=연합뉴스", "(사진: 김철수 기자)", "… 시장. 연합뉴스 제공".

Korean captions sign with a label and an equals sign or a colon, name a photographer with the title
after the name ("김철수 기자", Hangul has no capital letters to tell a name), and credit a source with
"제공" (supplied) after it. :mod:`cqnews.credit_text.photo` calls :func:`ko_credits` for a credit body
with Hangul and :func:`ko_tail` for a caption that may end in a "제공" credit. Every pattern is bounded.
"""

from __future__ import annotations

import re

from ..lexicon.credit_lines import KO_REPORTER_LINE
from ..lexicon.credits import KO_FILE_PHOTO_WORDS, KO_PHOTO_LABELS, KO_SPACED_PHOTO_LABELS, KO_SUPPLIED_WORDS
from ..models import Credit, CreditRole
from .patterns import canonical_org

__all__ = [
    "HANGUL",
    "KO_LABEL",
    "KO_REPORTER",
    "ko_credits",
    "ko_file_agency",
    "ko_lead",
    "ko_spaced_credit",
    "ko_tail",
]

HANGUL = re.compile("[\uac00-\ud7a3]")


def _any(words: tuple[str, ...]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


# The label and its mark at the start of a credit ("사진=", "사진 : ").
KO_LABEL = re.compile(rf"^(?:{_any(KO_PHOTO_LABELS)})\s*[=＝:：]\s*")
KO_REPORTER = KO_REPORTER_LINE
# "사진" and a space before a Korean source, no mark ("사진 연합뉴스", "사진 부산시 제공"): the label, as "사진=".
_SPACED_LABEL = re.compile(rf"^(?:{_any(KO_SPACED_PHOTO_LABELS)})\s+(?=[\uac00-\ud7a3])")
_SUPPLIED = re.compile(rf"(?<!\s)\s*+(?:{_any(KO_SUPPLIED_WORDS)})$")
# A credit closing a caption after its last sentence: one word and "제공", perhaps after "사진" ("… 시장. 연합뉴스
# 제공", "… 시장. 사진 부산시 제공").
_TAIL = re.compile(
    rf"(?<=[.!?)])\s*(?P<credit>(?:(?:{_any(KO_SPACED_PHOTO_LABELS)})\s+)?[^\s.!?)]{{1,20}}\s*(?:{_any(KO_SUPPLIED_WORDS)}))$"
)
_TAIL_WINDOW = 60
# A credit after a slash closing a caption's last sentence, as Korean papers sign a picture ("… 있다. /연합뉴스",
# "… 있다. /김철수 기자"): an organisation or a reporter and the title.
_SLASH_TAIL = re.compile(r"(?<=[.!?)])\s*/\s*(?P<credit>[^\s/.!?][^/.!?]{0,24})$")


_FILE_PHOTO = re.compile(rf"(?<!\s)\s+(?:{_any(KO_FILE_PHOTO_WORDS)})$")


def ko_file_agency(text: str) -> str | None:
    """The agency of a Korean agency's file-photo note ("연합뉴스 자료사진" -> "연합뉴스"; lexicon.credits.
    KO_FILE_PHOTO_WORDS), a known agency only, else None."""
    found = _FILE_PHOTO.search(text) if HANGUL.search(text) else None
    agency = text[: found.start()].strip() if found else ""
    return agency if agency and canonical_org(agency) else None


def ko_credits(body: str, raw: str, role: CreditRole) -> list[Credit] | None:
    """The credits of a Korean credit body without its label ("김철수 기자", "연합뉴스 제공", "연합뉴스", "연합뉴스
    자료사진"; "사진" and a space before them), or None when ``body`` is no Korean form (the general parser then reads
    it)."""
    label = _SPACED_LABEL.match(body)
    if label is not None:
        return _ko_body_credits(body[label.end() :], raw, role) or _ko_body_credits(body, raw, role)
    return _ko_body_credits(body, raw, role)


def ko_spaced_credit(text: str) -> bool:
    """Is ``text`` "사진", a space and a Korean credit ("사진 연합뉴스", "사진 부산시 제공", "사진 김철수 기자")?"""
    label = _SPACED_LABEL.match(text)
    return label is not None and _ko_body_credits(text[label.end() :], text, CreditRole.PHOTOGRAPHER) is not None


def _ko_body_credits(body: str, raw: str, role: CreditRole) -> list[Credit] | None:
    body = ko_file_agency(body) or _SUPPLIED.sub("", body).strip()
    reporter = KO_REPORTER.match(body)
    if reporter:
        org = reporter.group("org")
        return [Credit(role=role, name=reporter.group("name"), organization=canonical_org(org or "") or org, raw=raw)]
    if body and " " not in body and HANGUL.search(body):
        return [Credit(role=role, organization=canonical_org(body) or body, raw=raw)]
    return None


def ko_tail(text: str) -> tuple[int, str] | None:
    """A "… 제공" credit or a slash before an organisation or a reporter ("… 있다. /뉴스1") closing a Korean caption:
    (start offset, credit), or None."""
    slash = _SLASH_TAIL.search(text, max(0, len(text) - _TAIL_WINDOW)) if "/" in text[-_TAIL_WINDOW:] else None
    if slash is not None and _ko_signature(slash.group("credit")):
        return slash.start("credit"), slash.group("credit")
    if not text.endswith(KO_SUPPLIED_WORDS) or not HANGUL.search(text[-_TAIL_WINDOW:]):
        return None
    window = max(0, len(text) - _TAIL_WINDOW)
    match = _TAIL.search(text, window)
    return (match.start("credit"), match.group("credit")) if match else None


def _ko_signature(credit: str) -> bool:
    """A Korean organisation or reporter signing a picture ("연합뉴스", "뉴스1", "김철수 기자")."""
    return bool(HANGUL.search(credit)) and bool(canonical_org(credit) or KO_REPORTER.match(credit))


# A Korean agency's picture opens its caption with the place and the agency in brackets, perhaps the photographer
# and an equals sign: "(서울=연합뉴스) 김철수 기자 = 시민들이 …", "[서울=뉴시스]김철수 기자 = …",
# "(부산=연합뉴스) 시민들이 …".
_LEAD = re.compile(r"^[(\[]\s*[^\s=()\[\]]{1,12}\s*=\s*(?P<org>[^=()\[\]]{1,16}?)\s*[)\]]\s*")
_LEAD_REPORTER = re.compile(r"(?P<reporter>[^=()\[\]]{2,20}?)\s*=\s+")


def ko_lead(text: str) -> tuple[str | None, list[Credit]] | None:
    """The caption and the credit of "(서울=연합뉴스) 김철수 기자 = <caption>" (the reporter may be missing), or None
    when ``text`` opens otherwise."""
    found = _LEAD.match(text)
    if found is None or not HANGUL.search(found.group("org")):
        return None
    org = found.group("org")
    known = canonical_org(org)
    name = None
    end = found.end()
    signed = _LEAD_REPORTER.match(text, end)
    reporter = KO_REPORTER.match(signed.group("reporter")) if signed else None
    if signed is not None and reporter is not None and not reporter.group("org"):
        name, end = reporter.group("name"), signed.end()
    elif not known:
        return None  # "(서울=시청)": a place and a name, no agency signing the picture
    credit = Credit(role=CreditRole.PHOTOGRAPHER, name=name, organization=known or org, raw=text[:end].strip(" ="))
    return (text[end:].strip() or None), [credit]
