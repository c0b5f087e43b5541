"""A caption that is only a credit chain ("Anna Roe/dpa", "Tom Reed/Valley Times"): read by :mod:`.captions` for a
caption element and by :mod:`.caption_lines` for a body line right under a picture."""

from __future__ import annotations

import re

from ..credit_text.names import looks_like_org, looks_like_person
from ..credit_text.patterns import canonical_org
from ..credit_text.photo_parse import known_given
from ..lexicon.punctuation_zh import SENTENCE_END_MARKS, ZH_SENTENCE_END_SET, ZH_SENTENCE_ENDS
from ..models import Credit
from ..text import normalize_space
from .credits import parse_photo_credit

__all__ = ["SENTENCE_BREAK", "agency_chain"]

SENTENCE_BREAK = re.compile("[" + SENTENCE_END_MARKS + r"][\"'”’)]?\s+(?=\S)")

# The marks that chain the parts of a credit: "Anna Roe/dpa", "picture alliance / dpa | Anna Roe", "X via Y".
_CHAIN_MARK = re.compile(r"/|\||\bvia\b")
_MAX_CHAIN_CHARS = 120


def agency_chain(text: str) -> list[Credit]:
    """The credits of a caption that is only a credit chain naming known agencies and people ("Anna Roe/dpa",
    "Reuters/Anna Roe", "Anna Roe/AFP via Getty Images"): a credit, not a caption. Empty for anything else
    ("Paris/Berlin" names no agency; a sentence is a caption, and so is a Chinese one, whose stop has no space after
    it: "工人在检修大桥。图/视觉中国" is a caption and its credit)."""
    text = normalize_space(text)
    if len(text) > _MAX_CHAIN_CHARS or not _CHAIN_MARK.search(text) or SENTENCE_BREAK.search(text):
        return []
    if any(mark in ZH_SENTENCE_END_SET for mark in text.rstrip(ZH_SENTENCE_ENDS)):
        return []
    credits = parse_photo_credit(text)
    if _taker_and_outlet(credits):
        return credits
    orgs = [c.organization for c in credits if c.organization]
    if not orgs or not all(canonical_org(org) for org in orgs):
        return []
    return credits if all(c.name is None or looks_like_person(c.name) for c in credits) else []


def _taker_and_outlet(credits: list[Credit]) -> bool:
    """One taker whose name opens with a known given name, and the outlet, of an organisation's shape though no
    table knows it ("Tom Reed/Valley Times", "Anna Roe | Lakeside Media Group"): a caption that is only the credit."""
    if len(credits) != 1:
        return False
    name, outlet = credits[0].name, credits[0].organization
    return bool(name and outlet and known_given(name) and looks_like_person(name) and looks_like_org(outlet))
