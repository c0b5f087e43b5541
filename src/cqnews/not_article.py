"""Whether the extracted body reads as an article: a warning when it has no blocks, no paragraph of running
text, or mostly lines of code or configuration (a TOML file, a JSON dump, source code with comments).

These are checks on the finished body, kept apart from :mod:`cqnews.pipeline`, which runs the stages: they
only add warnings and change nothing else of the Article.
"""

from __future__ import annotations

import csv
import re

from lxml.html import HtmlElement

from .document import looks_like_html
from .draft import Draft
from .feed_input import feed_read_no_body
from .lexicon.prose_scripts import PROSE_SCRIPTS, PROSE_SENTENCE_ENDS
from .lexicon.punctuation_zh import SENTENCE_END_MARKS
from .text import cjk_ratio

# A key assignment or a bracketed structure opening a line: configuration or code, not prose.
_CODE_LINE = re.compile(r"""\s*(?:[\w.-]+\s*[=:]\s*["'\[{(]|[\[{]\s*["'\w])""")
# Wider, for the share of such lines: any assignment, a line opening or closing a bracket, a quoted
# item of a list, a statement of a programming language (a lower-case keyword, then a bracket, colon or
# semicolon on the line: "for x in xs:", "import os;"). Prose never writes "word =" and rarely opens a
# paragraph with a bracket or a lower-case keyword.
_STRUCTURE_LINE = re.compile(
    r"""\s*(?:[\w.-]+\s*=|[\w.-]+\s*:\s*["'\[{(]|[\[{(<\]})]|["'][^"'\n]*["']\s*[,:\]}]"""
    r"""|(?:def|class|import|from|for|if|elif|else|while|return|with|try|except|function|const|let|var)\b[^\n]{0,200}?[:;{(])"""
)


# A whole input that is one http(s) URL, or one word ending in a page file's extension ("page.html",
# "crawl/story.htm.gz"): a name given where the page was meant. Read from the text alone: parse() never
# touches the file system.
_URL_ONLY = re.compile(r"\s*https?://\S+\s*")
_FILE_NAME_ONLY = re.compile(r"\s*[^\s<>]+\.(?:s?html?|xhtml|txt|warc)(?:\.gz)?\s*", re.IGNORECASE)
_MAX_NAME_CHARS = 4096  # longer one-line input is never taken for a name


def path_or_url_warning(text: str) -> str | None:
    """A warning when the whole input is one URL or one file name: ``parse("page.html")`` reads those
    characters as the page; the warning says how to hand over the page's content instead. A line break around the
    name (a line read from a file: ``parse(line)``) makes no second line."""
    if len(text) > _MAX_NAME_CHARS or "\n" in text.strip():
        return None
    if _URL_ONLY.fullmatch(text):
        return (
            f"the input is a URL ({text.strip()!r}), not a page: cqnews does not fetch; "
            "pass the response to cqnews.parse_response() or its bytes to cqnews.parse()"
        )
    if names_a_file(text):
        return (
            f"the input names a file ({text.strip()!r}) and was read as a one-line page: pass the file's bytes, "
            "cqnews.parse(open(path, 'rb').read()), or use cqnews.parse_many([path])"
        )
    return None


def markup_warning(text: str) -> str | None:
    """A warning when ``parse_text`` is handed an HTML page (``<html>…``, or a saved page after a line of notes):
    the tags are read as words of the body, a quote's speaker may be an attribute."""
    if not looks_like_html(text):
        return None
    return "the text is HTML markup, read as plain text (tags and all): pass the page to cqnews.parse() instead"


def table_data_warning(text: str) -> str | None:
    """A warning when a text dump is table data (CSV, TSV: an export handed over as a page): its header line of
    three to 100 short column names, then rows of as many fields (quoted fields may hold the delimiter), read as
    paragraphs, the header as the headline. Only the first 30 lines (8 KB) are read."""
    lines = text[:_TABLE_CHARS].splitlines()
    if len(text) > _TABLE_CHARS:
        lines = lines[:-1]  # (cut by the prefix)
    lines = [line for line in lines[:_TABLE_LINES] if line.strip()]
    if len(lines) < _TABLE_MIN_ROWS + 1:
        return None
    for delimiter, name in _DELIMITERS:
        header = lines[0].split(delimiter)
        if not 3 <= len(header) <= 100 or not all(_COLUMN_NAME.fullmatch(field.strip()) for field in header):
            continue
        rows = list(csv.reader(lines[1:], delimiter=delimiter))
        if 5 * sum(len(row) == len(header) for row in rows) >= 4 * len(rows):
            return (
                f"the input looks like table data ({name}, {len(header)} columns: {lines[0][:80]!r}), not a page: "
                "each row was read as a paragraph"
            )
    return None


_TABLE_CHARS = 8192
_TABLE_LINES = 30
_TABLE_MIN_ROWS = 4
_DELIMITERS = ((",", "comma-separated"), ("\t", "tab-separated"), (";", "semicolon-separated"), ("|", "pipe-separated"))
# A column name: a word or a few ("id", "published_at", "Author name", "\"title\""), no sentence.
_COLUMN_NAME = re.compile(r'"?[^\W\d][\w.()/#-]{0,39}(?: [\w.()/#-]{1,20}){0,3}"?')


def framed_page_warning(root: HtmlElement) -> str | None:
    """A warning for a page whose article sits in an ``<iframe srcdoc="…">`` (an embed or a preview tool's
    wrapper): the frame's markup is an attribute value, no text of the page, so the body came out empty without
    saying why. Asked only of a page with no body."""
    for frame in root.iter("iframe"):
        markup = frame.get("srcdoc") or ""
        if looks_like_html(markup) and "<p" in markup.lower():
            return (
                f"the page's text may be inside an <iframe srcdoc> ({len(markup)} characters of markup), which is "
                "not read: parse that markup itself, cqnews.parse(iframe.get('srcdoc'))"
            )
    return None


def scripted_page_warning(root: HtmlElement) -> str | None:
    """A warning for a page whose article a script writes in (a client-side app): the markup sits in a
    ``<script type="text/template">`` (or another type no browser runs), or the text in a script's data (``window.
    __INITIAL_STATE__ = {…}``, a ``<script type="application/json">`` of megabytes). cqnews runs no script, so the
    body came out empty without saying why. Asked only of a page with no body; only scripts of over 2,000 characters
    are read, each once."""
    for script in root.iter("script"):
        code = script.text or ""
        kind = (script.get("type") or "").strip().lower()
        if len(code) < _SCRIPT_MIN_CHARS or kind == "application/ld+json":
            continue
        if kind not in _SCRIPT_TYPES and not kind.endswith("json"):
            if looks_like_html(code) and "<p" in code.lower():
                return (
                    f"the page's text may be inside a <script type={kind!r}> ({len(code)} characters of markup), a "
                    "template a script fills in, which is not read: parse that markup itself, cqnews.parse(script.text)"
                )
            continue
        state = None if kind.endswith("json") else _PAGE_STATE.search(code)
        if kind.endswith("json") or state is not None:
            name = state.group(1) if state is not None else script.get("id") or kind
            return (
                f"the page may be written by a script from its data ({name}, {len(code)} characters), which is not "
                "run: render the page first (a headless browser) or read the article from that data"
            )
    return None


# Script types a browser runs (and an absent one): any other type is data or a template, never run.
_SCRIPT_TYPES = frozenset(
    ("", "module", "text/javascript", "application/javascript", "text/ecmascript", "application/ecmascript")
)
_SCRIPT_MIN_CHARS = 2000
# A client-side app's state handed over in a global: window.__INITIAL_STATE__ = {, __NUXT__=(function…
_PAGE_STATE = re.compile(r"(__[A-Za-z][A-Za-z0-9_]{0,60}?__)\s{0,20}=\s{0,20}[{(\[]")


def names_a_file(text: str) -> bool:
    """Whether the whole of ``text`` (one line, a line break around it allowed) is a page or crawl file's name
    (``story.html``, ``crawl.warc.gz``): the shape :func:`path_or_url_warning` warns of."""
    return len(text) <= _MAX_NAME_CHARS and _FILE_NAME_ONLY.fullmatch(text) is not None


def warn_if_not_article(draft: Draft) -> None:
    """Warn when the body may be no article: no blocks, no running text, or mostly code or configuration."""
    if not draft.blocks:
        feed_read_no_body(draft.warnings)
        draft.warnings.append("no body text found: the page may not be an article (index page, login wall)")
    elif not _has_prose(draft):
        draft.warnings.append("the body has no paragraph of running text: the page may not be an article")
    elif _mostly_structure(draft):
        draft.warnings.append("most body lines look like code or configuration: the page may not be an article")


def _mostly_structure(draft: Draft) -> bool:
    """More than half of the first blocks are assignments, brackets or quoted list items: a
    configuration file or source code with a few comment lines of prose (a TOML file with comments)."""
    blocks = draft.blocks[:_PROSE_BLOCKS]
    return len(blocks) >= 3 and 2 * sum(1 for block in blocks if _STRUCTURE_LINE.match(block.text)) > len(blocks)


def _has_prose(draft: Draft) -> bool:
    """At least one paragraph long enough to be running text (CJK text needs fewer characters, and so do the
    scripts of :data:`~cqnews.lexicon.prose_scripts.PROSE_SCRIPTS`: Arabic, Hebrew, Hindi, Thai …).

    A line of code or configuration (``key = "value"``, ``{"a": 1}``) is not running text, however
    long: a TOML or JSON file parses, with this warning. Only the first ``_PROSE_BLOCKS`` blocks are
    read: an article shows running text early, and a page of 70,000 lines must not pay a look at each.
    """
    for block in draft.blocks[:_PROSE_BLOCKS]:
        text = block.text
        if len(text) < _MIN_SYLLABIC_PROSE or _CODE_LINE.match(text):
            continue
        marked = any(mark in text for mark in _SENTENCE_ENDS)
        if marked and (len(text) >= 100 or cjk_ratio(text, 200) > 0.3 or _syllabic_ratio(text[:200]) > 0.3):
            return True
        if _script_prose(text, marked):
            return True
    return False


_SENTENCE_ENDS = SENTENCE_END_MARKS + PROSE_SENTENCE_ENDS


def _script_prose(text: str, marked: bool) -> bool:
    """Running text in a script of :data:`~cqnews.lexicon.prose_scripts.PROSE_SCRIPTS`: the script writes most of the
    paragraph's first 200 characters, and the paragraph is as long as the script's running text and ends a sentence
    with a mark (in a script that marks one: Thai, Lao, Khmer and Myanmar paragraphs need none)."""
    part = text[:200]
    written = len(part) - part.count(" ")
    for pattern, least, needs_mark in PROSE_SCRIPTS:
        if len(text) >= least and (marked or not needs_mark):
            if 2 * (len(part) - len(pattern.sub("", part))) > written:
                return True
    return False


# A sentence of 20 Han characters, kana or Hangul syllables ("市交通局局长李明表示，新桥将缓解老桥拥堵。") says what
# takes about 50 Latin letters: a short Chinese brief of such sentences is running text.
_MIN_SYLLABIC_PROSE = 20
# How many blocks are read for running text and for lines of code.
_PROSE_BLOCKS = 200
# Hangul syllables and kana: like Han ideographs, each stands for a syllable, so a Korean or Japanese
# sentence says in 40 characters what takes 100 in Latin letters.
_SYLLABLE_RUN = re.compile(r"[\u3040-\u30ff\uac00-\ud7a3]+")


def _syllabic_ratio(part: str) -> float:
    """Share of Hangul syllables and kana among the letters of ``part``."""
    letters = sum(map(str.isalpha, part))
    return (len(part) - len(_SYLLABLE_RUN.sub("", part))) / letters if letters else 0.0
