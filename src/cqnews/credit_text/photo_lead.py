"""Photo credits written before the caption: "Foto: dpa | Erst fiel der Turm.", "(Photo by Anna Roe/Getty Images)
Crowds gather at the gate.", "（新华社发）市民在江边散步。".

Split out of :mod:`cqnews.credit_text.photo`, whose :func:`~cqnews.credit_text.photo.split_photo_credit` tries
these before the credits that close a caption. Every scan is linear in the input.
"""

from __future__ import annotations

import re

from ..lexicon.punctuation_zh import ZH_SENTENCE_ENDS
from ..models import Credit
from ..text import HAN_RE
from .names import OPEN_FOR, looks_like_person
from .patterns import CREDIT_PREFIX, canonical_org
from .photo_bare import bare_credit
from .photo_parse import MAX_CREDIT_CHARS, credits_from_body, is_agency, is_strong_credit, worded_agency
from .photo_zh import is_zh_credit

__all__ = ["inside_leading_bracket", "leading_bracket", "leading_credit", "zh_leading_credit"]

_CLOSE_FOR = {opener: close for close, opener in OPEN_FOR.items()}


# Between a credit written first and the caption: a bar or a dash; a spaced slash, which also chains
# credits ("picture alliance / dpa"), counts at its last place only.
_LEAD_BREAK = re.compile(r"(?<!\s)\s++[|–—]\s++")
_LEAD_SLASH = re.compile(r"(?<!\s)\s++/\s++")
_MAX_LEAD_CREDIT_WORDS = 8
_MIN_LEAD_CAPTION_WORDS = 4


def leading_credit(text: str) -> tuple[str | None, list[Credit]] | None:
    """A credit written before the caption: "Foto: dpa | Erst fiel der Turm.", "Photo: AFP – Crowds gather …",
    "Anna Roe/The Ledger: Crowds gather …".

    Only after a credit keyword, or a chain of names and agencies before a colon, and only when what follows the
    break reads as a sentence; a credit parted by a bar ("© Arne Dedert/dpa | Arne Dedert") stays one credit.
    """
    prefix = CREDIT_PREFIX.match(text)
    if not prefix or prefix.end() == 0:
        return _chain_before_colon(text)
    breaks = [_LEAD_BREAK.search(text, prefix.end()), *list(_LEAD_SLASH.finditer(text, prefix.end()))[-1:]]
    for found in sorted((b for b in breaks if b is not None), key=lambda b: b.start()):
        credit, caption = text[: found.start()].strip(), text[found.end() :].strip()
        if len(credit.split()) <= _MAX_LEAD_CREDIT_WORDS and _reads_as_sentence(caption):
            credits = credits_from_body(credit, credit)
            if credits:
                return caption, credits
    return _capitals_then_sentence(text, prefix.end())


# The credit's words in capitals after its label ("PHOTO: DANA WHITFIELD", "Foto: LENA HARTMANN/DPA"), then the
# caption's first word, a capital and a small letter ("Vendors"); possessive, for a linear scan.
_CAPITALS_RUN = re.compile(r"((?:[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž.'’&/-]*+\s++){1,6}+)(?=[A-ZÀ-ÞĀ-Ž][a-zß-ÿ])")


def _capitals_then_sentence(text: str, start: int) -> tuple[str | None, list[Credit]] | None:
    """A labelled credit in capitals run straight into the caption, no break between ("PHOTO: DANA WHITFIELD
    Vendors set up stalls on Saturday."): the credit ends where a word in sentence case opens a sentence."""
    run = _CAPITALS_RUN.match(text, start)
    if run is None:
        return None
    credit, caption = text[: run.end()].strip(), text[run.end() :].strip()
    words = run.group(1).split()
    if not _reads_as_sentence(caption) or (len(words) == 1 and not canonical_org(words[0])):
        return None  # "Photo: US Navy sailors …": one word in capitals is an agency the tables know, or no credit
    credits = credits_from_body(credit, credit)
    return (caption, credits) if credits else None


def _chain_before_colon(text: str) -> tuple[str | None, list[Credit]] | None:
    """A credit chain of names and agencies written before the caption, a colon between ("Anna Roe/The Ledger: Crowds
    gather at the gate.", "REUTERS/Anna Roe: …"): the part before the first colon holds a slash, has at most eight
    words and reads as a bare credit (photo_bare.bare_credit) naming a person or a known agency, and what follows
    reads as a sentence with a capital first ("Mayor/Council: the two sides meet …" is a caption's heading)."""
    colon = text.find(": ", 0, MAX_CREDIT_CHARS)
    credit = text[:colon].strip() if colon > 0 else ""
    if "/" not in credit or len(credit.split()) > _MAX_LEAD_CREDIT_WORDS or not bare_credit(credit):
        return None
    if not any(looks_like_person(part) or is_agency(part) for part in map(str.strip, credit.split("/"))):
        return None  # "Police/Fire Service: Crews attend …": a heading of who is shown, no one credited
    caption = text[colon + 1 :].strip()
    if not caption[:1].isupper() or not _reads_as_sentence(caption):
        return None
    credits = credits_from_body(credit, credit)
    return (caption, credits) if credits else None


# A Chinese credit written first and parted from the caption by a space only ("记者 张伟 摄 5月12日，工人在码头
# 装卸集装箱。", "视觉中国供图 市民在江边散步。"): its closing word, then a space; 摄 with a space before it too
# (in "他拍摄 了…" it ends a verb).
_ZH_LEAD_ENDS = ("摄", "供图")
_MAX_ZH_LEAD = 24


def zh_leading_credit(text: str) -> tuple[str | None, list[Credit]] | None:
    """A Chinese credit form ending in 摄 or 供图 before the caption, a space between: only when the whole part
    before the space is a credit form and what follows is a Chinese sentence."""
    for word in _ZH_LEAD_ENDS:
        found = text.find(word, 0, _MAX_ZH_LEAD)
        end = found + len(word)
        if found <= 0 or not text[end : end + 1].isspace() or (word == "摄" and not text[found - 1].isspace()):
            continue
        credit, caption = text[:end].strip(), text[end:].strip()
        if is_zh_credit(credit) and HAN_RE.search(caption) and caption[-1] in ZH_SENTENCE_ENDS:
            credits = credits_from_body(credit, credit)
            if credits:
                return caption, credits
    return None


def inside_leading_bracket(text: str, start: int) -> bool:
    """Does a credit found at ``start`` begin inside the bracket that opens ``text``?"""
    close = _CLOSE_FOR.get(text[0])
    return close is not None and 0 < start <= text.find(close, 1)


def leading_bracket(text: str, *, any_caption: bool = False) -> tuple[str | None, list[Credit]] | None:
    """A bracketed credit written before the caption: "(Photo by Anna Roe/Getty Images) Crowds gather at the gate.",
    "（新华社发）市民在江边散步。": a label, an agency, an "A/B" chain or a Chinese credit form in the brackets, and
    only when what follows reads as a sentence (any caption text with ``any_caption``, when the credit found in
    the caption is the bracket's own)."""
    close = _CLOSE_FOR.get(text[0])
    end = text.find(close, 1, MAX_CREDIT_CHARS + 2) if close else -1
    if close is None or end < 0 or text.find(text[0], 1, end) >= 0:
        return None
    inner, caption = text[1:end].strip(), text[end + 1 :].strip()
    if not inner or not (is_strong_credit(inner) or canonical_org(inner) or worded_agency(inner)):
        return None  # (a bracketed name alone, "(Top Left)", may point at a part of the picture)
    if not caption or not (
        any_caption or _reads_as_sentence(caption) or (HAN_RE.search(caption) and caption[-1] in ZH_SENTENCE_ENDS)
    ):
        return None
    credits = credits_from_body(inner, text[: end + 1])
    return (caption, credits) if credits else None


def _reads_as_sentence(text: str) -> bool:
    """Several words, one of them lower case, ending like a sentence."""
    words = text.split()
    return (
        len(words) >= _MIN_LEAD_CAPTION_WORDS
        and text[-1] in ".!?\"”»)"
        and any(w[:1].islower() for w in words)
    )
