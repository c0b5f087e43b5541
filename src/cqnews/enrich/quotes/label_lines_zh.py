"""Chinese labels of a quote, as interviews and features write them: a label and a colon opening the paragraph
before it (中国社科院研究员张明：“…”, 张晓燕（县人民医院护士长）：“…”, 记者：“…”), or a dash and a label ending the
paragraph after it (“…”——参赛选手 张一鸣) or in brackets ending it (“…”（王明语）): the label is the speaker, with its
role."""

from __future__ import annotations

from ...lexicon import quotes_zh as QZ
from ...lexicon.people_nouns_zh import PERSON_NOUN_ENDS
from ...lexicon.pos_tags_zh import ASPECT_TAGS, NAME_TAGS
from ...lexicon.quotes_zh import ZH_NOT_IN_LABEL
from .. import segmenter
from ..speakers.noun_phrase_zh import noun_phrase
from ..speakers.phrases import Who
from .colon_clause_zh import colon_before
from .spans import Span
from .text import Cues, blank, space_before

__all__ = ["zh_after_tag", "zh_colon_label", "zh_dash_credit", "zh_label_who"]


def zh_colon_label(text: str, sp: Span, s: int, cues: Cues) -> Who | None:
    """The speaker a label opening the paragraph names right before the colon of the quote at ``sp``: a person
    with the role before the name or in brackets after it, or a kind of person with no name (记者, 主持人); None
    when the words before the colon are no such label (a clause, a cue, a heading such as 原标题)."""
    colon = colon_before(text, s, sp)
    colon = _bar_before(text, s, sp) if colon is None else colon
    if colon is None or not blank(text, 0, s):
        return None
    label = _past_lead(text[s:colon].strip())
    lo = colon - len(label)
    if not label or len(label) > QZ.ZH_LABEL_MAX or any(c in ZH_NOT_IN_LABEL for c in label) or cues.between(lo, colon):
        return None
    if label.endswith(QZ.ZH_LABEL_BRACKETS[1]) and QZ.ZH_LABEL_BRACKETS[0] in label:
        return _name_and_bracketed_role(label, lo)
    return zh_label_who(label, lo)  # (种植户 李华：“…”: the role before a space, as after a dash)


def _past_lead(label: str) -> str:
    """The label past a bullet, a section number or a column tag opening the paragraph before it (01 | 王明,
    ▍王明, 一、王明, 【对话】王明 -> 王明); the label as written when nothing else is left ([【王明】])."""
    m = QZ.ZH_LABEL_LEAD_RE.match(label)
    return label[m.end() :] if m is not None and m.end() < len(label) else label


def _bar_before(text: str, s: int, sp: Span) -> int | None:
    """Where the bar right before the quote at ``sp`` stands (white space may stand around it: 王明 | “…”), not
    before ``s``; None when the quote follows no bar."""
    at = space_before(text, s, sp.open) - 1
    return at if at >= s and text[at] in QZ.ZH_LABEL_BARS else None


def zh_after_tag(text: str, at: int) -> bool:
    """Is all before ``at`` a short tag in square brackets opening the paragraph (【现场声】, 〔采访〕, [同期]): a label
    of what the line after it is, which leaves a quote right after it heading its paragraph?"""
    head = text[:at].strip()
    close = QZ.ZH_SQUARE_TAG_BRACKETS.get(head[:1])
    return close is not None and head.endswith(close) and head.find(close) == len(head) - 1 and len(head) <= _TAG_MAX


# How long a tag opening a paragraph may be, its brackets included.
_TAG_MAX = 10


def zh_dash_credit(text: str, sp: Span) -> Who | None:
    """The speaker a dash and a label right after the quote at ``sp`` name, the label ending the paragraph
    (“…”——参赛选手 张一鸣, “…” —— 志愿者王芳), or a label in brackets ending it (“…”（王明语）), the quote opening the
    paragraph or right after a tag opening it (【心声】“…”——村民 王明); None for anything else."""
    if sp.close is None or not (blank(text, 0, sp.open) or zh_after_tag(text, sp.open)):
        return None
    k = sp.close + 1
    while k < len(text) and text[k].isspace():
        k += 1
    if text[k : k + 1] in QZ.ZH_CREDIT_BRACKETS:
        return _bracketed_credit(text, k)
    dash = k
    while k < len(text) and text[k] in QZ.ZH_CREDIT_DASHES:
        k += 1
    label = text[k:].strip().rstrip("。")
    if k == dash:
        return None
    return zh_label_who(label, len(text) - len(text[k:].lstrip()))


def _bracketed_credit(text: str, k: int) -> Who | None:
    """The speaker a label in brackets at ``k`` names, the brackets ending the paragraph (“…”（合作社理事长 王丽）,
    “…”（王明语）: 语 marks the words as the named person's); None when other words follow the brackets."""
    close = text.find(QZ.ZH_CREDIT_BRACKETS[text[k]], k + 1, k + 2 + QZ.ZH_LABEL_MAX)
    if close < 0 or text[close + 1 :].strip().strip("。."):
        return None
    inner = text[k + 1 : close]
    label = inner.strip()
    label = label[:-1] if label[-1:] in QZ.ZH_WORDS_OF_ENDS else label
    return zh_label_who(label, close - len(inner.lstrip()))


def zh_label_who(label: str, lo: int) -> Who | None:
    """The person or kind of person a label at ``lo`` names (参赛选手 张一鸣: the role before a space, the name after
    it; 张明; 记者); None for a clause or a label too long or holding a mark no label holds."""
    if not label or len(label) > QZ.ZH_LABEL_MAX or any(c in ZH_NOT_IN_LABEL for c in label):
        return None
    role, _, name = label.replace("\u3000", " ").rpartition(" ")
    if role and _a_name(name):  # 参赛选手 张一鸣: the name after the space, the role before it
        who = noun_phrase(name, lo + len(label) - len(name))
        return Who(who.mention, "person", role=role.strip(), start=who.start) if who.kind == "person" else None
    return _label_who(label, lo)


def _label_who(label: str, lo: int) -> Who | None:
    """The person or kind of person a label names; None for a clause (王明联系了记者, 王明痛批/q 李华: a verb, a
    preposition or an adverb in it, or a name before the last)."""
    toks = segmenter.tag(label)
    if any(t.tag[:1] in QZ.ZH_LABEL_CLAUSE_TAG_HEADS or t.tag in ASPECT_TAGS for t in toks):
        return None
    who = noun_phrase(label, lo)
    before_name = len(label) - len(who.mention)
    named_before = any(t.tag in NAME_TAGS and t.start < before_name for t in toks)
    if who.kind == "person" and _a_name(who.mention) and label.endswith(who.mention) and not named_before:
        return who
    if who.kind == "desc" and who.mention == label and label.endswith(PERSON_NOUN_ENDS):
        return who  # 记者, 主持人: a kind of person, no name
    return None


def _name_and_bracketed_role(label: str, lo: int) -> Who | None:
    """张晓燕（县人民医院护士长）: the name before the brackets, the role in them (none for 化名, 音译)."""
    opening = label.index(QZ.ZH_LABEL_BRACKETS[0])
    name, role = label[:opening].strip(), label[opening + 1 : -1].strip()
    if not _a_name(name):
        return None
    who = noun_phrase(name, lo)
    if who.kind != "person":
        return None
    if role and role not in QZ.ZH_LABEL_NOT_ROLES:
        who.role = f"{who.role}，{role}" if who.role else role
    return who


def _a_name(mention: str) -> bool:
    """Is ``mention`` a person's name as the segmenter reads it (张明/nr; not 观点, 专家)?"""
    toks = segmenter.tag(mention)
    return bool(toks) and all(t.tag in NAME_TAGS for t in toks)
