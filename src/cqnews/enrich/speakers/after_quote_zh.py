"""A Chinese speaker named right after a quote that opens its paragraph ("…”赫山区泉交河镇居民杨一飞谈起…)."""

from __future__ import annotations

import re

from ...lexicon import quotes_zh as QZ
from ...lexicon.personal_names_zh import NOT_IN_GIVEN_NAME_AFTER_QUOTE, SURNAMES
from ...lexicon.pos_tags_zh import NAME_TAGS
from ...lexicon.punctuation_zh import ZH_BOUNDARY
from ...lexicon.titles_zh import TITLE_HEADS
from ...text import run_end
from .. import segmenter
from .phrases import Who
from .phrases_zh import page_form

# The titles and nouns of a kind of person a name follows (居民, 主任), longest first (for the pattern below).
_TITLE_ENDS = tuple(sorted(QZ.ZH_PERSON_HEADS + TITLE_HEADS, key=len, reverse=True))
_ZH_NAME_AFTER_QUOTE_RE = re.compile(
    "(?:" + "|".join(_TITLE_ENDS) + ")"
    + "([" + "".join(sorted(SURNAMES)) + "][\u4e00-\u9fff]{1,2})"
)


def zh_person_after_quote(text: str, lo: int) -> Who | None:
    """ "…”赫山区泉交河镇居民杨一飞谈起…": a person named by a title right after a quote, in its clause
    (traditional characters read as simplified ones, the name given as the page writes it)."""
    window = text[lo : lo + _ZH_AFTER_QUOTE]
    simp = segmenter.to_simplified(window)
    who = _person_after_quote(simp, 0)
    if who is None:
        return None
    who.start += lo
    if simp is not window:
        who.mention = page_form(who.mention, simp, window)
        who.role = window[: len(who.role)] if who.role is not None else None
    return who


# How far after a quote its speaker's clause is read.
_ZH_AFTER_QUOTE = 40


def _person_after_quote(text: str, lo: int) -> Who | None:
    end = run_end(text, ZH_BOUNDARY, lo, lo + _ZH_AFTER_QUOTE)
    m = _ZH_NAME_AFTER_QUOTE_RE.search(text, lo, end)
    if m is None:
        return _name_word_after_title(text, lo, end)
    name = _name_at(text, m.start(1), end) or m.group(1)
    if len(name) == 3 and name[2] in NOT_IN_GIVEN_NAME_AFTER_QUOTE:
        name = name[:2]
    return Who(name, "person", role=text[lo : m.start(1)] or None, start=lo)


def _name_word_after_title(text: str, lo: int, end: int) -> Who | None:
    """A name with no surname of the tables that the segmenter reads as one word of three characters or more right
    after a title or a noun of a kind of person (“…”居民|巴特尔谈起…, a minority's name); the words before it are
    the role."""
    toks = segmenter.tag(text[lo:end])
    for i in range(1, len(toks)):
        t, before = toks[i], toks[i - 1]
        if t.tag in NAME_TAGS and len(t.word) >= 3 and before.word.endswith(_TITLE_ENDS):
            return Who(t.word, "person", role=text[lo : lo + t.start], start=lo)
    return None


def _name_at(text: str, at: int, end: int) -> str | None:
    """The name the segmenter reads at ``at``, in the clause up to ``end``: a word tagged a name (欧阳明远, of a double
    surname), or the two characters before a word that runs across the third (王明|今年60岁: 今 opens 今年); None when
    it reads neither (the characters the pattern matched are taken)."""
    toks = segmenter.tag(text[at:end])
    if toks and toks[0].tag in NAME_TAGS and 2 <= len(toks[0].word) <= 4:
        return toks[0].word
    ends = {t.end for t in toks}
    return text[at : at + 2] if 2 in ends and 3 not in ends else None
