"""Markdown renderings of an :class:`~cqnews.models.Article` (``cqnews parse --format markdown``).

Page text is data here too: Markdown and HTML syntax in it is escaped, so a headline such as
``<img src=x onerror=…>`` or ``[click](javascript:…)`` prints as the characters the page wrote and never
becomes a tag or a link when the Markdown is displayed (in a notebook, on a web page). Each piece of page text
holding right-to-left letters or bidi controls is isolated (U+2068 … U+2069, its own controls balanced): an override
the page left open (U+202E) never reverses the speaker, the cue or the quote marks after it on the line.
"""

from __future__ import annotations

import re

from .lexicon.punctuation import BIDI_CONTROLS, DIRECTION_MARKS
from .models import Article, BlockKind, DatePrecision, Quote, QuoteKind, QuotePart
from .text import same_words

__all__ = [
    "ARTICLE_SEPARATOR",
    "article_markdown",
    "headline_repeats_summary",
    "markdown_text",
    "summary_repeats_headline",
    "to_markdown",
]

ARTICLE_SEPARATOR = "\n\n---\n"
"""What :func:`to_markdown` ends with: a horizontal rule that keeps consecutive articles apart."""

_PREFIX = {
    BlockKind.PARAGRAPH: "",
    BlockKind.HEADING: "## ",
    BlockKind.BLOCKQUOTE: "> ",
    BlockKind.LIST_ITEM: "- ",
}

# Inline syntax: emphasis, code, links and images, tables. "<" and an entity-like "&" become entities
# (every Markdown dialect reads those; not all honour a backslash before "<").
_INLINE_RE = re.compile(r"[\\`*_\[\]|~]")
_ENTITY_RE = re.compile(r"<|&(?=#?\w+;)")
_ENTITIES = {"<": "&lt;", "&": "&amp;"}
# A block opener at the start of a line: heading, quote, list item, thematic break, setext underline.
_LINE_START_RE = re.compile(r"^([#>+=-]|\d+(?=[.)]))")
# Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, …, their presentation forms) and bidi controls.
_BIDI_RE = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff"
    + DIRECTION_MARKS + BIDI_CONTROLS + "]"
)
_CONTROL_RE = re.compile("[" + BIDI_CONTROLS + "]")
_OPENERS = frozenset("\u202a\u202b\u202d\u202e\u2066\u2067\u2068")  # PDF U+202C, PDI U+2069 close
_ISOLATE_OPENERS = frozenset("\u2066\u2067\u2068")  # (LRI, RLI, FSI; the others open an embedding or override)
_FSI, _PDI, _PDF = "\u2068", "\u2069", "\u202c"


def markdown_text(text: str) -> str:
    """``text`` escaped for Markdown: it renders as itself, never as markup, a tag or a link."""
    text = " ".join(text.split())
    escaped = _INLINE_RE.sub(lambda m: "\\" + m.group(0), text)
    escaped = _ENTITY_RE.sub(lambda m: _ENTITIES[m.group(0)], escaped)
    # A digit cannot be backslash-escaped: an ordered-list number is defused at its "." or ")".
    escaped = _LINE_START_RE.sub(lambda m: m.group(0) + "\\" if m.group(0)[0].isdigit() else "\\" + m.group(0), escaped)
    return isolated(escaped) if _BIDI_RE.search(escaped) else escaped


def isolated(text: str) -> str:
    """``text`` as a bidi isolate (U+2068 … U+2069) whose controls are balanced: one it opens and leaves open is
    closed at its end, a closer with nothing open in it is dropped, so nothing it holds acts on the text after it."""
    kept: list[str] = []
    opened: list[str] = []
    isolates = 0  # (isolates in ``opened``: a PDI closes nothing when there is none)
    start = 0
    for match in _CONTROL_RE.finditer(text):
        char = match.group(0)
        kept.append(text[start:match.start()])
        start = match.end()
        if char in _OPENERS:
            opened.append(char)
            isolates += char in _ISOLATE_OPENERS
        elif char == _PDI and isolates:  # closes the last isolate and the embeddings opened inside it
            while opened.pop() not in _ISOLATE_OPENERS:
                pass
            isolates -= 1
        elif char == _PDF and opened and opened[-1] not in _ISOLATE_OPENERS:  # the last embedding, none in an isolate
            opened.pop()
        else:
            continue  # (a stray closer: it would close what surrounds the text)
        kept.append(char)
    kept.append(text[start:])
    closers = "".join(_PDI if char in _ISOLATE_OPENERS else _PDF for char in reversed(opened))
    return _FSI + "".join(kept) + closers + _PDI


def published_text(article: Article, sep: str = "T") -> str | None:
    """``published`` as text: the day alone when the page gave no time (``published_precision`` ``day``), so
    that no view shows a midnight the page never wrote."""
    if article.published is None:
        return None
    if article.published_precision is DatePrecision.DAY:
        return article.published.date().isoformat()
    return article.published.isoformat(sep=sep)


def headline_repeats_summary(article: Article) -> bool:
    """True when the summary says the same words as the headline (case, spacing and punctuation aside)."""
    return summary_repeats_headline(article.summary, article.headline)


def summary_repeats_headline(summary: str | None, headline: str | None) -> bool:
    """:func:`headline_repeats_summary` of the two texts: such a summary is left out of the views, and its quotes
    are not read (they are the headline's: docs/quotes.md "Quotes in the summary")."""
    if not summary or not headline:
        return False
    return same_words(summary, headline)


def _speaker_md(quote: Quote) -> str:
    if quote.speaker is None:
        return "*unattributed*"
    if quote.speaker.name:
        return f"**{markdown_text(quote.speaker.name)}**"
    return f"*{markdown_text(quote.speaker.role or 'unnamed source')}*"


def _quote_line(quote: Quote) -> str:
    """A direct quote in quote marks; an indirect one as reported speech, without marks. A quote of the
    summary says so ("in the summary")."""
    cue = f" ({markdown_text(quote.cue)})" if quote.cue else ""
    where = " (in the summary)" if quote.part is QuotePart.SUMMARY else ""
    if quote.kind is QuoteKind.DIRECT:
        return f"- {_speaker_md(quote)}{cue}{where}: “{markdown_text(quote.text)}”"
    return f"- {_speaker_md(quote)}{cue}{where}, reported: {markdown_text(quote.text)}"


def _fact_lines(article: Article) -> list[str]:
    facts = [
        ("Publisher", article.publisher),
        ("Published", published_text(article)),
        ("Dateline", article.dateline),
        ("Authors", ", ".join(article.authors) or None),
        ("Language", article.language),
        ("URL", article.url),
    ]
    return [f"*{label}:* {markdown_text(value)}  " for label, value in facts if value]


def _image_lines(article: Article) -> list[str]:
    lines = []
    for image in article.images:
        text = markdown_text(image.caption or image.alt or "(no caption)")
        credit = "; ".join(c.raw for c in image.credits)
        lines.append(f"- {text}" + (f" — {markdown_text(credit)}" if credit else ""))
    return lines


def article_markdown(article: Article) -> str:
    """The article as Markdown, without the closing separator (``Article._repr_markdown_``)."""
    lines: list[str] = [f"# {markdown_text(article.headline or '(no headline)')}", ""]
    lines += _fact_lines(article)
    if article.summary and not headline_repeats_summary(article):
        lines += ["", f"**{markdown_text(article.summary)}**"]
    lines.append("")
    for block in article.body:
        lines += [_PREFIX[block.kind] + markdown_text(block.text), ""]
    if article.images:
        lines += ["## Images", *_image_lines(article), ""]
    if article.quotes:
        lines += ["## Quotes", *(_quote_line(q) for q in article.quotes), ""]
    extraction = article.extraction
    method = extraction.method.value + (f" ({extraction.plugin})" if extraction.plugin else "")
    lines.append(f"*Extraction:* {markdown_text(method)}")
    if extraction.warnings:
        lines += ["", *(f"- *Warning:* {markdown_text(w)}" for w in extraction.warnings)]
    return "\n".join(lines)


def to_markdown(article: Article) -> str:
    """The article as Markdown: headline, facts, body, images and quotes with their speakers.

    Ends with :data:`ARTICLE_SEPARATOR` (a horizontal rule), so articles written one after another
    stay apart. A summary that only repeats the headline is left out; indirect quotes are printed as
    reported speech, not inside quote marks.
    """
    return article_markdown(article) + ARTICLE_SEPARATOR
