"""Tables of what is not article text: site chrome, banners, share bars, footers, credit lines.

Each table is data, so adding a case is one line: patterns for how a block starts are tried at
its first character only, and a few patterns that may stand anywhere are searched. Only short
blocks are tested (boilerplate is short), which keeps the cost linear.
"""

from __future__ import annotations

import re

from ..lexicon.bylines import BY_WORDS, BYLINE_LABEL_WORDS, BYLINE_WRITTEN_BY
from ..lexicon.credit_lines import (
    AGENCY_MATERIAL_LINE,
    ARABIC_BYLINE,
    CONTRIBUTION_LINE,
    CREDIT_SENTENCE_END,
    KO_REPORTER_LINE,
    ZH_PICTURE_CAPTION,
    ZH_REPORTER_QUESTION,
)
from ..lexicon.credits import CJK_REPORTER_WORDS_SIMPLIFIED, CREDIT_LEAD_MARKS
from ..lexicon.editions import PRINT_EDITION
from ..lexicon.letters import CAPITAL_LETTER
from ..lexicon.punctuation_zh import ZH_CLAUSE_BREAKS
from ..lexicon.sign_offs import SIGN_OFF_MAX_CHARS, SIGN_OFF_PATTERNS
from ..lexicon.teasers import READ_ALSO_LABELS

__all__ = [
    "BOILERPLATE_MAX_CHARS",
    "is_boilerplate",
    "is_credit_line",
    "is_sign_off",
    "is_trailer",
    "split_credit_lead",
]

BOILERPLATE_MAX_CHARS = 400
"""Blocks longer than this are never taken for boilerplate."""

# Patterns for the start of a block (tried with match: one position per block).
_LEADING_PATTERNS: tuple[str, ...] = (
    # cookie and consent banners
    r"(?:i agree|accept(?: all)?(?: cookies)?|got it|ok|close|skip to (?:main )?content)\W*$",
    r"(?:our )?(?:privacy (?:statement|policy)|terms of (?:use|service))\b.{0,60}$",
    # share bars, newsletter and app prompts
    r"(?:share(?: this)?(?: article| story)?|share on \w+|follow us|tweet|email|print|copy link|whatsapp)\W*$",
    r"(?:read more|related(?: articles| stories| news| posts)?|more from|recommended|you may also like"
    r"|most (?:read|popular))\s*[:：]?\s*$",
    r"(?:advertisement|sponsored(?: content)?|story continues below|continue reading)\W*$",
    # in-article promotions and tool lines
    r"(?:read more|see more|also read|more|related|watch|listen|also on \S+)\s*[:：|]",
    r"(?:don'?t miss|also on [\w.]+)\b",
    # the same in other languages ("Les også: …", "(Leggi anche su: …)", "Lire aussi : …")
    r"[(\[]?\s?(?:" + "|".join(READ_ALSO_LABELS) + r")\s?[:：]",
    r"(?:order reprints|print(?: article)?|comments?|tags|sorry!?|thanks for signing up!?|tell us what you think\W*)$",
    r"(?:an error has occurred|keep an eye on your inbox|like this story\? share it)",
    r"(?:write to|contact) .{3,60} at \S+@\S+$",
    r"https?://\S+$",
    r"\[\w+[^\]]{0,300}\].{0,200}\[/\w+\]$",
    r"(?:updated|published|posted|last updated)(?: at| on)?\s*:?\s*\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?\W*$",
    # a relative time under the headline ("3 hours ago", "Updated 5 mins ago", "2小时前")
    r"(?:(?:updated|published|posted)\s+)?\d{1,3}\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?"
    r"|months?)\s+ago\W*$",
    r"\d{1,3}\s*(?:秒|分钟|小时|天|周)前$",
    r"(?:about us|contact us|about uscontact us|leaving a message|feedback)\W*$",
    r"(?:tags?|keywords?|关键字|关键词|标签)\s*[:：]",
    # copyright and legal footers ("© 2026 …", "(c) County News", and as Japanese and Chinese sites write them,
    # without a space or in full-width brackets: "©県民新聞社", "（c）県民新聞社", "Copyright©2026")
    r"(?:copyright|©|\(c\))\s",
    r"(?:copyright(?![a-z])|©|[(（]c[)）])\s?[\d\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3©]",
    # Chinese portals
    r"(?:分享到|分享|扫一扫|打印|关闭窗口|返回顶部|责任编辑已?隐藏|相关新闻|相关阅读|延伸阅读|推荐阅读|热点推荐|更多精彩|点击进入)",
    r"(?:【?纠错】?|【?打印】?|【?关闭】?)$",
    r"[【\[]?\s?(?:字体|字号)\s?[:：]",  # the text-size switcher ("【字体：大 中 小】")
    r"(?:上一篇|下一篇)\s*[:：]",
    # a government site's footer: who runs the site ("主办：江城市人民政府办公室", "技术支持：…", "网站标识码")
    r"(?:主办|承办|协办|技术支持|运行维护|运维)(?:单位)?\s*[:：]|网站标识码",
    # a government page's record of the document, in a table above it ("索引号：… 发布机构：…", "主题分类：…")
    r"(?:索引号|发布机构|发文机关|发文机构|主题分类|主题词|成文日期|公开方式|公开范围|公开时限|有效性)\s*[:：]",
)
# Phrases that may stand anywhere in a short block: plain substring tests on the lower-cased
# text, far cheaper than a regular expression searched at every position.
_ANYWHERE_PHRASES: tuple[str, ...] = (
    "by continuing to browse", "by continuing to use", "we use cookies", "this site uses cookies",
    "this website uses cookies", "cookie policy", "cookie settings",
    "download the app", "download our app",
    "this copy is for your personal, non-commercial use", "this copy is for your personal non-commercial use",
    "click here", "clicking here",
    "for any inquiries, please email",
    "all rights reserved",
    "not necessarily those of", "do not necessarily reflect", "if you would like to contribute",
    "illegal and undesirable information", "illegal or undesirable information", "report illegal", "reporting illegal",
    "版权所有", "未经授权", "不得转载", "违法和不良信息举报", "举报电话", "举报邮箱", "icp备", "网上有害信息举报",
    "京公网安备",
)
# An author bio's closing link prompt. Searched only in blocks holding the phrase: as a leading
# pattern its lazy ``.{0,120}?`` cost three quarters of the time of every block's match.
_INFO_PHRASE = "for more information"
_INFO_PROMPT = re.compile(r".{0,120}?\bfor more information,? please visit\s*:?\s*$", re.IGNORECASE)
_NEWSLETTER_WORDS = ("newsletter", "inbox")
_SIGN_UP = re.compile(r"\b(?:sign up|subscribe)\b")
_LEADING = re.compile("|".join(f"(?:{p})" for p in _LEADING_PATTERNS), re.IGNORECASE)

# Lines that credit people or a source rather than tell the story; they feed Article.credits.
_CREDIT_LINE = re.compile(
    r"^\s*(?:[(（\[【［]\s*)?(?:"
    r"(?:executive |chief |copy )?editors?\s*[:：]|edited by\b|editing by\b|source\s*[:：]|"
    r"translated by\b|translators?\s*[:：]|"
    r"reporters?\s*[:：]|writers?\s*[:：]|authors?\s*[:：]|contributors?\s*[:：]|photos?\s*[:：]|"
    # (WeChat's editors write a bar for the colon: "来源丨人民日报", "编辑 | 王明")
    r"责任编辑|编辑\s*[:：|｜丨]|实习编辑|审核\s*[:：|｜丨]|校对\s*[:：|｜丨]|来源\s*[:：|｜丨]|作者\s*[:：|｜丨]|本文来源|"
    r"文\s*[/:：|｜丨]|图\s*[/:：|｜丨]|撰文\s*[:：|｜丨]|摄影\s*[:：|｜丨]|记者\s*[:：|｜丨]|通讯员\s*[:：|｜丨]|[（(]?责编"
    r"|编审\s*[:：|｜丨]|监制\s*[:：|｜丨]|策划\s*[:：|｜丨]"
    r")",
    re.IGNORECASE,
)
_CREDIT_LINE_MAX_CHARS = 120
# A line that is a byline: a by-word and a name of two capitalised words at least ("By Jane Roe and John
# Doe, Staff Writers", "Von Anna Berg", "By: Jane Roe"). A determiner after the by-word is a heading ("By The
# Numbers").
_BY_WORDS = "|".join(w.capitalize() for w in BY_WORDS)
_NAME_WORD = CAPITAL_LETTER + r"[\w'’.\-]*"
_BYLINE_LINE = re.compile(
    rf"^(?:{_BY_WORDS}|BY|(?:Written|Reported|Reporting|Words) by|(?:By|BY|(?:Written|Reported|Words) by):)\s+"
    rf"(?!(?:The|A|An|This|That|These|Those|Our|Their|His|Her|Its|My|Your)\b){_NAME_WORD}\s+{_NAME_WORD}"
    # a writer's label before the name, in the languages of lexicon.bylines ("Autor: Anna Roe", "Текст: …")
    rf"|^(?i:{'|'.join(BYLINE_LABEL_WORDS)})\s*[:：]\s*{_NAME_WORD}\s+{_NAME_WORD}"
    rf"|^{ARABIC_BYLINE}"  # "بقلم أحمد علي"
    # "written by" in other languages ("Écrit par Jean Dupont", "Propos recueillis par Paul Durand")
    rf"|^(?i:{'|'.join(BYLINE_WRITTEN_BY)})\s+{_NAME_WORD}\s+{_NAME_WORD}"
)
# "本报记者 李明 通讯员 王芳", "新华社记者 张伟 李娜 摄", "（记者 刘翰书）": a reporter's label, then only names
# and labels, each after a space ("记者从市交通局获悉" is a sentence), perhaps after a layout mark ("■记者 王伟":
# lexicon.credits.CREDIT_LEAD_MARKS). Names and labels are read alike, possessively: one way to read a line, so a
# line of many such words costs no backtracking.
_ZH_BYLINE_LINE = re.compile(
    rf"^[{CREDIT_LEAD_MARKS}（(【\[]?\s*[\u4e00-\u9fff]{{0,6}}?(?:{'|'.join(CJK_REPORTER_WORDS_SIMPLIFIED)})(?:\s+[\u4e00-\u9fff·]{{2,5}})++"
    r"(?:\s*摄)?\s*[）)】\]]?\s*$"
)

# A Chinese portal's information line under the headline: the date, then a labelled field ("2025-07-03 09:15
# 来源：长江日报 作者：王小明", "发布时间：2025年07月03日 来源：市政府办公室"). Its fields feed the byline
# finder; as a block it is page furniture.
_ZH_INFO_LINE = re.compile(
    r"^(?:(?:发布|更新)?(?:时间|日期)\s*[:：]\s*)?\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*[|｜丨]?\s*"
    r"(?:来源|稿源|信息来源|作者|编辑|责任编辑|发布者|浏览|阅读|点击|字号|來源|作者|編輯)\s*(?:次数|量)?\s*[:：]"
)

# A block at which the article is over: everything after it is site chrome.
_TRAILER = re.compile(
    r"^(?:related (?:articles|stories|news|posts)|recommended for you|more stories|you might also like|"
    r"相关新闻|相关阅读|相关报道|推荐阅读|热门推荐|延伸阅读)\s*[:：]?\s*$",
    re.IGNORECASE,
)


def is_boilerplate(text: str) -> bool:
    """True when a block is site chrome (banner, share bar, footer) rather than article text."""
    if len(text) > BOILERPLATE_MAX_CHARS:
        return False
    if _LEADING.match(text) is not None:
        return True
    low = text.lower()
    if any(map(low.__contains__, _ANYWHERE_PHRASES)):  # (map: the loop runs in C)
        return True
    if _INFO_PHRASE in low and _INFO_PROMPT.match(text) is not None:
        return True
    if any(map(low.__contains__, _NEWSLETTER_WORDS)):
        # "Pick Six Newsletter", "Sign up for our daily newsletter ..."
        return (low.endswith("newsletter") and len(low) <= 52) or _SIGN_UP.search(low) is not None
    return False


def is_credit_line(text: str) -> bool:
    """True for a short line that credits an editor, source (a print-edition note, the agencies whose material
    the story uses), reporter, helping reporter or translator, or that is a byline ("By Jane Roe", "김민수 기자")."""
    return len(text) <= _CREDIT_LINE_MAX_CHARS and (
        _is_labelled_credit(text)
        or _BYLINE_LINE.match(text) is not None
        or _ZH_BYLINE_LINE.match(text) is not None
        or _ZH_INFO_LINE.match(text) is not None
        or PRINT_EDITION.match(text) is not None
        or AGENCY_MATERIAL_LINE.match(text) is not None
        or CONTRIBUTION_LINE.match(text) is not None
        or KO_REPORTER_LINE.match(text) is not None
    )


def _is_labelled_credit(text: str) -> bool:
    """A line that opens with a credit label ("记者：王明", "Source: Reuters") and reads as no sentence: an
    interview's question ("记者：今年的重点工作是什么？") is article text, a caption after the picture label
    ("图：工人们在检修大桥。 张明 摄") is the picture's."""
    return (
        _CREDIT_LINE.match(text) is not None
        and CREDIT_SENTENCE_END.search(text) is None
        and ZH_REPORTER_QUESTION.match(text) is None
        and ZH_PICTURE_CAPTION.match(text) is None
    )


# Chinese prose: the first clause or sentence mark of a paragraph, after the credit words before it.
_ZH_PROSE_MARK = re.compile(f"[{ZH_CLAUSE_BREAKS}]")
_ZH_PROSE_MIN_CHARS = 20


def split_credit_lead(text: str) -> tuple[str, str] | None:
    """A credit line that opens a paragraph of Chinese prose, and the prose: ("文/图 记者 陈静", "今天上午，…")
    of "文/图 记者 陈静 今天上午，…". The credit words end at the last space before the prose's first clause
    mark; None when ``text`` is no such paragraph (a whole line of credits stays one)."""
    mark = _ZH_PROSE_MARK.search(text)
    if mark is None:
        return None
    cut = text.rfind(" ", 0, mark.start())  # (block texts are normalised: U+3000 is a space here)
    head, rest = text[:cut].strip(), text[cut + 1 :].strip()
    if cut <= 0 or len(rest) < _ZH_PROSE_MIN_CHARS or _open_bracket(head) or not is_credit_line(head):
        return None
    return head, rest


def _open_bracket(text: str) -> bool:
    """Does ``text`` leave a bracket open ("（记者 岳品瑜" of "（记者 岳品瑜 董晗萱）今天…")?"""
    return any(text.count(opening) > sum(text.count(c) for c in closing) for opening, closing in _BRACKETS.items())


_BRACKETS = {"（": "）)", "(": ")）", "【": "】]", "[": "]】"}


def is_trailer(text: str) -> bool:
    """True for a heading after which only related links and chrome follow."""
    return len(text) <= 60 and _TRAILER.match(text) is not None


_SIGN_OFF = re.compile("|".join(f"(?:{p})" for p in SIGN_OFF_PATTERNS), re.IGNORECASE)


def is_sign_off(text: str) -> bool:
    """True for a line that signs the article off ("Email Jane Roe at jroe@example.com", "Follow us on
    Twitter", "Join our commenting forum"): what follows it is the page's, not the article's."""
    return len(text) <= SIGN_OFF_MAX_CHARS and _SIGN_OFF.match(text) is not None
