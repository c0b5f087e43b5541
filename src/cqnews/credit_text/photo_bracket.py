"""Whether the text of a bracket closing a caption is its credit ("(Photo/Xinhua)", "(AP)", "(Port Authority handout)",
"(Anna Roe/The Ledger)", "[사진 부산시 제공]") or caption text ("(left)", "(file)"). Split out of
:mod:`cqnews.credit_text.photo`, whose tail split calls :func:`bracket_is_credit`.
"""

from __future__ import annotations

import re

from ..lexicon.credits import NAMED_GIVER_WORDS, PICTURE_NOUNS
from ..text import HAN_RE
from .names import is_name_phrase, looks_like_org, looks_like_person
from .patterns import CAPTION_STOP_WORDS, CREDIT_PREFIX, OUTLET_PHOTO_BY, canonical_org, giver_note
from .photo_bare import bare_credit
from .photo_ko import ko_file_agency, ko_spaced_credit
from .photo_parse import MAX_CREDIT_CHARS, worded_agency
from .photo_zh import is_zh_credit

__all__ = ["PICTURE_NOUN_FORMS", "bracket_is_credit"]


def bracket_is_credit(inner: str) -> bool:
    """Is ``inner``, the text of a bracket that ends a caption, a credit: one a mark tells
    (:func:`_marked_bracket`), else one read from its words (:func:`_unmarked_bracket_is_credit`)?"""
    if len(inner) > MAX_CREDIT_CHARS:
        return False
    marked = _marked_bracket(inner)
    return _unmarked_bracket_is_credit(inner) if marked is None else marked


def _marked_bracket(inner: str) -> bool | None:
    """Whether a bracket's text is a credit when something marks it as one or not: a giver's note, a credit
    keyword, an agency, an outlet's photo word or Chinese script; None when nothing does."""
    if giver_note(inner) or _named_giver(inner):
        return True  # "(Courtesy photo)", "(Submitted photo)", "(Port Authority handout)"
    if CREDIT_PREFIX.match(inner) and CREDIT_PREFIX.match(inner).end() > 0:  # type: ignore[union-attr]
        return True
    if canonical_org(inner) or worded_agency(inner) or ko_file_agency(inner) or ko_spaced_credit(inner):
        return True  # "(AP)", "（新华社发）", "(foto Ansa)", "[연합뉴스 자료사진]", "[사진 부산시 제공]"
    outlet_photo = OUTLET_PHOTO_BY.match(inner)
    if outlet_photo:  # "(Express photo by Ravi Kumar)": the outlet, its photo word, the taker
        return is_name_phrase(inner[outlet_photo.end() :])
    if HAN_RE.search(inner):
        return is_zh_credit(inner)
    return None


def _unmarked_bracket_is_credit(inner: str) -> bool:
    """Is a bracket's text that no mark makes a credit one by its words: a bare credit, names and agencies
    joined by slashes or "via", or a short name ("(Anna Roe)"); words that stay in a caption ("(left)") are none."""
    if inner.casefold() in CAPTION_STOP_WORDS:
        return False
    if canonical_org(inner) or bare_credit(inner):
        return True  # a bracket holds what closes a caption bare: "(Anna Roe for The Ledger)"
    if "/" in inner or " via " in inner:
        parts = [p.strip() for p in re.split(r"/|\s+via\s+", inner)]
        return all(
            p and not p.isdigit() and len(p.split()) <= 8 and (is_name_phrase(p) or looks_like_org(p)) for p in parts
        )
    return is_name_phrase(inner) and (looks_like_person(inner) or looks_like_org(inner) or len(inner.split()) <= 3)


PICTURE_NOUN_FORMS = frozenset((*PICTURE_NOUNS, *(noun + "s" for noun in PICTURE_NOUNS)))
_MAX_GIVER_WORDS = 6


def _named_giver(inner: str) -> bool:
    """Is ``inner``, a bracket's text, a name of at most six words then a giver word of
    lexicon.credits.NAMED_GIVER_WORDS, a photo word after it or not ("Port Authority handout", "Harbour Trust
    handout photo")? The name gave the picture."""
    words = inner.split()
    if words and words[-1].casefold() in PICTURE_NOUN_FORMS:
        words.pop()
    if len(words) < 2 or len(words) > _MAX_GIVER_WORDS + 1 or words[-1].casefold() not in NAMED_GIVER_WORDS:
        return False
    return is_name_phrase(" ".join(words[:-1]))
