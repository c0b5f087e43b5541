"""The lead of the clause before a Chinese cue, read across the marks it holds: a name before a parenthesis
(巴兹·奥尔德林(Buzz Aldrin)在采访中表示), a user's handle in quote marks (网友“小雨点”留言称), and the clause read
across a parenthesis (美国有线电视新闻网（CNN）报道). Used by :mod:`.phrases_zh`.
"""

from __future__ import annotations

from ...lexicon.bodies_zh import DATELINE_ENDS, DOC_NOUNS, PUBLISHING_ACCOUNTS
from ...lexicon.cue_words_zh import PUBLISH_VERBS
from ...lexicon.function_words_zh import PHRASE_PREPOSITIONS
from ...lexicon.people_nouns_zh import REPORTER_LABELS
from ...lexicon.personal_names_zh import HANDLE_NOUNS
from ...lexicon.punctuation_zh import ZH_BOUNDARY, ZH_CLAUSE_BREAKS_MIXED, ZH_MAIN_CLOSING_MARKS
from ...text import is_cjk_char, run_start
from . import names_zh as N
from .phrases import Who
from .trim_zh import zh_trim

__all__ = [
    "ZH_BOUNDARY",
    "account_before",
    "handle_before",
    "named_before_parenthesis",
    "past_parenthesis",
    "past_title",
    "title_after_document",
]

def named_before_parenthesis(text: str, floor: int, start: int, hi: int) -> Who | None:
    """巴兹·奥尔德林(Buzz Aldrin)在采访中表示: the name before the parenthesis, when the clause
    after it is only 在…中 (no subject of its own)."""
    if not (text.startswith("在", start) and start > floor and text[start - 1] in ")）"):
        return None
    opening = max(text.rfind("(", floor, start), text.rfind("（", floor, start))
    if opening <= floor or not text[start:hi].endswith(("中", "上", "时", "里", "后", "前")):
        return None
    name_start = run_start(text, ZH_BOUNDARY, floor, opening)
    seg = text[name_start:opening]
    name = N.name_at_end(seg)
    return Who(name, "person", role=seg[: -len(name)].rstrip("、的") or None, start=name_start) if name else None


def handle_before(text: str, floor: int, start: int, hi: int) -> Who | None:
    """网友“小雨点”留言称: the name a user goes by, in quote marks after the noun of a user, right before the cue
    (and a verb of posting, or a phrase of a preposition saying where: 网友“小雨点”在论坛发文称); the noun is the
    role. After the noun of an account (微信公众号“某某发布”(发布)消息称, 官方微博“某某公安”通报称) the name is the
    account's, a body that speaks. None when the clause is otherwise."""
    if start <= floor or text[start - 1] not in ZH_MAIN_CLOSING_MARKS:
        return None
    if zh_trim(text[start:hi]) not in _POSTED and not text.startswith(_WHERE_LEADS, start):
        return None
    quoted = _quoted_before(text, floor, start)
    if quoted is None:
        return None
    opening, handle, lead = quoted
    role = zh_trim(text[lead:opening])
    if not role and start == hi and _bare_handle(text, lead, opening, handle):
        return Who(handle, "person", start=opening + 1)  # “大红矛”表示: the name alone opens the clause
    if role.endswith(PUBLISHING_ACCOUNTS):  # 微信公众号“某某发布”消息称: the account is named after its kind
        return Who(handle, "org", role=role, start=opening + 1)
    return Who(handle, "person", role=role, start=opening + 1) if role.endswith(HANDLE_NOUNS) else None


# What stands between a handle and the cue once trimmed: nothing (留言, 消息 go), or a verb of publishing (发布消息称).
_POSTED = ("", *PUBLISH_VERBS)


def _bare_handle(text: str, lead: int, opening: int, handle: str) -> bool:
    """Does the name in quote marks, right before the cue, open its clause alone (，“大红矛”表示; not “双开”通报称, a
    document's name): at a paragraph's start or after a mark of a clause, a short name of Han characters (no words
    said: no mark of a pause nor an end)?"""
    opens = opening == 0 or text[opening - 1] in ZH_CLAUSE_BREAKS_MIXED  # (not after a colon: 他说：“不知道”并表示…)
    short = _BARE_HANDLE_MIN <= len(handle) <= _BARE_HANDLE_MAX and all(map(is_cjk_char, handle))
    return lead == opening and opens and short


# How long a name a user goes by may be when it stands alone in quote marks as a speaker (大红矛, 老刘).
_BARE_HANDLE_MIN, _BARE_HANDLE_MAX = 2, 6


# How long a user's name in quote marks may be.
_HANDLE_SIZE = 12
# Prepositions opening a phrase between the handle and the cue (在论坛上, 向记者): where or to whom the user posted.
_WHERE_LEADS = tuple(PHRASE_PREPOSITIONS)


def _quoted_before(text: str, floor: int, start: int) -> tuple[int, str, int] | None:
    """The name in quote marks whose closing mark stands right before ``start`` (“小雨点”, 「某市发布」): where its
    opening mark is, the name, and where the clause holding it opens; None when the name is empty, longer than a
    handle or holds a mark of a clause. (The caller has seen the closing mark at ``start - 1``.)"""
    opening = max(text.rfind("“", floor, start - 1), text.rfind("「", floor, start - 1))
    name = text[opening + 1 : start - 1]
    if opening < floor or not 0 < len(name) <= _HANDLE_SIZE or any(ch in ZH_BOUNDARY for ch in name):
        return None
    return opening, name, run_start(text, ZH_BOUNDARY, floor, opening)


def account_before(text: str, floor: int, start: int, hi: int) -> Who | None:
    """据“平安某市”微信公众号消息, “某市发布”官方微博称: the account's name in quote marks right before the noun of an
    account is the source (the noun its role), when nothing but a frame word (据) opens the clause before the marks.
    None when the clause is otherwise (the words after the marks are no account, or someone owns it)."""
    if start <= floor or text[start - 1] not in ZH_MAIN_CLOSING_MARKS:
        return None
    account = zh_trim(text[start:hi])
    if not account.endswith(PUBLISHING_ACCOUNTS) or not text[start:hi].startswith(account):
        return None
    quoted = _quoted_before(text, floor, start)
    if quoted is None:
        return None
    opening, name, lead = quoted
    return Who(name, "org", role=account, start=opening + 1) if not zh_trim(text[lead:opening]) else None


def past_parenthesis(text: str, floor: int, start: int, hi: int) -> tuple[int, str]:
    """The clause before a cue read across a parenthesis it holds: 美国有线电视新闻网（CNN）报道(称) ->
    美国有线电视新闻网报道, starting where the clause before the parenthesis starts."""
    if not (start > floor and text[start - 1] in ")）"):
        return start, text[start:hi]
    opening = max(text.rfind("(", floor, start), text.rfind("（", floor, start))
    if opening <= floor or text[opening - 1] in ZH_BOUNDARY:
        return start, text[start:hi]
    begin = run_start(text, ZH_BOUNDARY, floor, opening)
    if text[begin:opening].endswith(DATELINE_ENDS) or any(w in text[opening:start] for w in REPORTER_LABELS):
        return start, text[start:hi]  # 新华社北京3月5日电（记者王明）|国务院总理…: a dateline and credit go
    return begin, text[begin:opening] + text[start:hi]




def past_title(text: str, floor: int, start: int, hi: int) -> int:
    """Where the clause before a cue starts when the mark it stopped at stands inside a title in 《》
    (《财新》杂志的报道《邵氏“弃儿”》称: the quote marks are the title's, the clause opens before 《邵氏): the start
    of the clause before the title, ``start`` when the clause holds no title's close left open."""
    if start <= floor or text[start:hi].count("》") <= text[start:hi].count("《"):
        return start
    opening = text.rfind("《", floor, start)
    if opening < floor or "》" in text[opening:start]:
        return start
    return run_start(text, ZH_BOUNDARY, floor, opening)


def title_after_document(text: str, start: int, hi: int) -> int:
    """Where the clause before a cue ends when it closes on the title of a document named by its noun before it
    (人民日报的报道《新“三农”》称: the report is the paper's, read as 人民日报的报道): before the title, ``hi`` when the
    clause is otherwise (《政府工作报告》提出: the title alone, the document speaks)."""
    if not text[start:hi].endswith("》"):
        return hi
    opening = text.rfind("《", start, hi)
    return opening if opening > start and text[start:opening].endswith(_DOC_NOUNS) else hi


# The nouns of a document, as a tuple for str.endswith.
_DOC_NOUNS = tuple(DOC_NOUNS)
