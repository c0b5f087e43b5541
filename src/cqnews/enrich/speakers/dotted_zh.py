"""Transliterated names joined by an interpunct in Chinese text (梅里克·加兰, 唐纳・川普): where such a name starts
and ends in the sentence around it. :func:`trim_dotted_tail` takes a page's text in either script and answers in
it; the others take simplified text.
"""

from __future__ import annotations

import re

from ...lexicon.names_zh import MINORITY_NAME_PARTS
from ...lexicon.personal_names_zh import NAME_DOTS, NOT_BEFORE_DOT, NOT_IN_TRANSLITERATION
from ...lexicon.pos_tags_zh import NAME_TAGS
from ...text import is_cjk_char
from .. import segmenter

__all__ = ["ZH_DOTS_RE", "ZH_DOTTED_RE", "dotted_run_at_end", "dotted_word_at_end", "trim_dotted_tail"]

def dotted_run_at_end(seg: str, first: int) -> str | None:
    """The dotted name ending ``seg`` whose first interpunct is at ``first``: up to four characters before it."""
    i = first
    while i > 0 and first - i < 4 and seg[i - 1] not in NOT_BEFORE_DOT and is_cjk_char(seg[i - 1]):
        i -= 1
    return seg[i:] if i < first else None


def dotted_word_at_end(seg: str) -> str | None:
    """The dotted name the segmenter reads as the last word of ``seg`` (tagged a name, with an interpunct), if any:
    美国总统|唐纳・川普, 俄罗斯总统|弗拉基米尔・普京 (no title, and a first part of five characters whole)."""
    toks = segmenter.tag(seg)
    last = toks[-1] if toks else None
    if last is None or last.end != len(seg) or not _dotted_name(last):
        return None
    return last.word


def trim_dotted_tail(run: str) -> str:
    """Cut a dotted name's last part where the sentence resumes (at most 5 characters stay), and its
    first part where the sentence before it ends; "" when a side is left empty (宿舍怎么办？面对 is a
    question mark, not a lost interpunct)."""
    bounds = _dotted_bounds(segmenter.to_simplified(run))
    if bounds is None or bounds == (0, 0):
        return run if bounds is None else ""
    return run[_read_start(run, bounds[0]) : _read_end(run, bounds[1])]


def _read_start(run: str, begin: int) -> int:
    """``begin``, or later where the segmenter's dotted name starts (实名指控|索菲·马丁: the characters counted before
    the dot are the sentence's words)."""
    name = next(filter(_dotted_name, segmenter.tag(run)), None)
    return name.start if name is not None and begin < name.start < _first_dot(run) else begin


def _read_end(run: str, end: int) -> int:
    """``end``, or sooner where the segmenter's dotted name ends (阿卜杜拉·哈桑|看来, 玛丽亚·加西亚|不愿: the
    characters counted after the dot are the sentence's words); later where the segmenter's name ends in a part
    of a minority's names holding a function character (古丽米拉·阿不都|说: 都 "all" ends no name counted)."""
    whole = next(filter(_dotted_name, segmenter.tag(run)), None)
    if whole is not None and whole.end > end and _minority_parts(whole.word[_last_dot(whole.word) + 1 :]):
        return whole.end
    name = next(filter(_dotted_name, segmenter.tag(run[:end])), None)
    return end if name is None or name.end <= _last_dot(run) + 1 else min(end, name.end)


def _minority_parts(part: str) -> bool:
    """Is ``part`` one or two parts of a minority's names in a row (阿不都, 阿不都热合曼)?"""
    return part in MINORITY_NAME_PARTS or any(
        part[:k] in MINORITY_NAME_PARTS and part[k:] in MINORITY_NAME_PARTS for k in range(2, len(part) - 1)
    )


def _dotted_bounds(run: str) -> tuple[int, int] | None:
    """Where the name of :func:`trim_dotted_tail` starts and ends in ``run`` (None: all of it)."""
    dot = _last_dot(run)
    if dot < 0:
        return None
    end = dot + 1
    while end < len(run) and end - dot <= 5 and run[end] not in NOT_IN_TRANSLITERATION:
        end += 1
    first = _first_dot(run)
    begin = first
    while begin > 0 and run[begin - 1] not in NOT_IN_TRANSLITERATION:
        begin -= 1
    if end - dot < 2 or begin == first:
        return 0, 0
    return begin, end


def _dotted_name(t: segmenter.Token) -> bool:
    """Is ``t`` a word the segmenter tags a name with an interpunct inside it (梅里克·加兰)?"""
    return t.tag in NAME_TAGS and ZH_DOTS_RE.search(t.word) is not None


def _first_dot(run: str) -> int:
    """Where the first interpunct of ``run`` is (``run`` holds one)."""
    return min(k for k in (run.find(ch) for ch in NAME_DOTS) if k >= 0)


def _last_dot(run: str) -> int:
    """Where the last interpunct of ``run`` is, -1 when it holds none."""
    return max(run.rfind(ch) for ch in NAME_DOTS)


# Interpuncts of transliterated names as pages write them.
_DOTS = "".join(sorted(NAME_DOTS))
ZH_DOTTED_RE = re.compile(r"[\u4e00-\u9fff]{1,12}(?:[" + _DOTS + r"][\u4e00-\u9fff]{1,8})+")


ZH_DOTS_RE = re.compile(r"(?<=[\u4e00-\u9fff])[" + _DOTS + r"](?=[\u4e00-\u9fff])")
