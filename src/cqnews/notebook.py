"""How an :class:`~cqnews.models.Article` shows itself in a notebook and at the prompt.

``Article._repr_html_`` (Jupyter's rich view), ``Article._repr_markdown_`` and ``Article.__repr__`` call
the functions of this module. Everything that comes from the page is data: every string is
HTML-escaped, only ``http``/``https`` URLs become links or images, and no attribute or style is taken
from the page, so a hostile page cannot run a script or restyle the notebook through its view. Every element of
page text has ``dir="auto"`` (meta items are ``<bdi>``): right-to-left text reads right to left, and a bidi override
in a quote, a name or a caption ends with its element instead of reversing the speaker chip or the meta line after it.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .models import Article, Block, BlockKind, Image, Quote, QuotePart
from .render import article_markdown, headline_repeats_summary, markdown_text, published_text
from .text import valid_utf8

if TYPE_CHECKING:
    from .batch import Result

__all__ = ["article_html", "article_repr", "quote_speaker_label", "result_html", "result_markdown", "safe_http_url"]

_REPR_HEADLINE_CHARS = 72
_MAX_NESTING = 3  # quote inside quote inside quote; deeper ones are shown as plain text of their parent

# Our own style sheet, scoped to the view's class; no style value is ever taken from the page.
# Colours are translucent so that the view reads on light and dark notebook themes alike.
_STYLE = """<style>
.cqnews-article{max-width:46em;line-height:1.5}
.cqnews-article .cqnews-meta{opacity:.75;font-size:.9em;margin:.2em 0 .8em}
.cqnews-article .cqnews-summary{font-weight:600}
.cqnews-article mark.cqnews-direct{background:rgba(255,196,0,.35);color:inherit;border-radius:2px}
.cqnews-article mark.cqnews-indirect{background:rgba(90,150,255,.22);color:inherit;border-radius:2px}
.cqnews-article .cqnews-speaker{display:inline-block;font-size:.75em;line-height:1.3;padding:0 .45em;
margin:0 .25em;border:1px solid rgba(127,127,127,.6);border-radius:.8em;vertical-align:.1em;white-space:nowrap}
.cqnews-article .cqnews-unattributed{opacity:.6;font-style:italic}
.cqnews-article figure{margin:.8em 0}
.cqnews-article figure img{max-width:100%;height:auto}
.cqnews-article figcaption{font-size:.9em;opacity:.85}
.cqnews-article .cqnews-credit{opacity:.75;font-style:italic}
</style>"""

# Closing quote marks (and the punctuation inside them) that the chip follows rather than precedes.
_CLOSERS = frozenset("\"'”’」』»›〞,.!?，。！？")

_BLOCK_TAG = {
    BlockKind.PARAGRAPH: "p",
    BlockKind.HEADING: "h3",
    BlockKind.BLOCKQUOTE: "blockquote",
    BlockKind.LIST_ITEM: "li",
}


def _esc(text: str) -> str:
    """Page text as HTML text or attribute value (quotes escaped too)."""
    return html.escape(text, quote=True)


def safe_http_url(url: str | None) -> str | None:
    """``url`` when it is an absolute ``http(s)`` URL without spaces or control characters, else ``None``.

    Only such URLs become links or images in the notebook view: ``javascript:``, ``data:``,
    ``vbscript:`` and relative URLs are shown as nothing.
    """
    if not url or any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def quote_speaker_label(quote: Quote) -> str:
    """Who the quote is credited to, as a short label: the name, else the role, else "unattributed"."""
    if quote.speaker is None:
        return "unattributed"
    return quote.speaker.name or quote.speaker.role or "unnamed source"


def article_repr(article: Article) -> str:
    """A one-line summary: headline, site, publication date and how many blocks, quotes and images."""
    headline = article.headline
    if headline is not None and len(headline) > _REPR_HEADLINE_CHARS:
        headline = headline[: _REPR_HEADLINE_CHARS - 1] + "…"
    site = article.site or article.extraction.plugin
    published = article.published.date().isoformat() if article.published else None
    return (
        f"Article(headline={headline!r}, site={site!r}, published={published!r}, "
        f"blocks={len(article.body)}, quotes={len(article.quotes)}, images={len(article.images)})"
    )


def article_html(article: Article) -> str:
    """The article as an HTML fragment for notebooks: headline, facts, body with quotes, images."""
    parts = ['<div class="cqnews-article">', _STYLE]
    parts.append(f'<h2 dir="auto">{_esc(article.headline or "(no headline)")}</h2>')
    parts.append(f'<p class="cqnews-meta">{" · ".join(f"<bdi>{item}</bdi>" for item in _meta_items(article))}</p>')
    if article.summary and not headline_repeats_summary(article):
        summary = "".join(_marked_text(article.summary, _summary_quotes(article), 0, len(article.summary)))
        parts.append(f'<p class="cqnews-summary" dir="auto">{summary}</p>')
    parts.extend(_body_html(article))
    parts.extend(_footer_html(article))
    parts.append("</div>")
    return "\n".join(parts)


def result_html(result: Result) -> str:
    """A :func:`~cqnews.parse_many` result for notebooks: where it came from (file, WARC record, URL, seconds), then
    its article's view, or its error's class and message."""
    where = '<p class="cqnews-meta">' + " · ".join(f"<bdi>{item}</bdi>" for item in _source_items(result)) + "</p>"
    if result.article is not None:
        return f'<div class="cqnews-result">{where}\n{article_html(result.article)}</div>'
    error = result.error
    what = f"<strong>{_esc(error.type)}</strong>: {_esc(error.message)}" if error is not None else "no article"
    return f'<div class="cqnews-article">{_STYLE}{where}<p dir="auto">{what}</p></div>'


def _source_strings(result: Result) -> list[str]:
    """The file, record id and URL given, as valid text: a file name that is not UTF-8 (lone surrogates) has its
    bytes as backslash escapes, which the notebook's JSON messages, UTF-8 only, can carry."""
    source = result.source
    return [
        item if valid_utf8(item) else item.encode("utf-8", "backslashreplace").decode("utf-8")
        for item in (source.file, source.record_id, source.url) if item
    ]


def _source_items(result: Result) -> Iterator[str]:
    for item in _source_strings(result):
        if (link := safe_http_url(item)) is not None and item == result.source.url:
            yield f'<a href="{_esc(link)}" target="_blank" rel="noopener noreferrer nofollow">{_esc(link)}</a>'
        else:
            yield _esc(item)
    yield f"{result.seconds:.2f} s"


def result_markdown(result: Result) -> str:
    """The same as Markdown: the source line, then the article (or the error), page text escaped."""
    items = [markdown_text(item) for item in _source_strings(result)]
    where = " · ".join([*items, f"{result.seconds:.2f} s"])
    if result.article is not None:
        return f"{where}\n\n{article_markdown(result.article)}"
    error = result.error
    what = f"**{markdown_text(error.type)}**: {markdown_text(error.message)}" if error is not None else "no article"
    return f"{where}\n\n{what}\n"


def _meta_items(article: Article) -> Iterator[str]:
    """The meta line, each item escaped: publisher (or site), date, dateline, language, authors, method."""
    site = article.publisher or article.site or article.extraction.plugin
    link = safe_http_url(article.url)
    if link is not None:
        label = site or urlsplit(link).hostname or link
        yield f'<a href="{_esc(link)}" target="_blank" rel="noopener noreferrer nofollow">{_esc(label)}</a>'
    elif site:
        yield _esc(site)
    if (published := published_text(article, sep=" ")) is not None:
        yield _esc(published)
    if article.dateline:
        yield _esc(article.dateline)
    if article.language:
        yield _esc(article.language)
    if article.authors:
        yield "by " + _esc(", ".join(article.authors))
    yield _esc(_method(article))


def _method(article: Article) -> str:
    extraction = article.extraction
    detail = "/".join(part for part in (extraction.plugin, extraction.layout) if part)
    return f"{extraction.method.value} ({detail})" if detail else extraction.method.value


def _summary_quotes(article: Article) -> list[Quote]:
    return [quote for quote in article.quotes if quote.part is QuotePart.SUMMARY]


def _body_html(article: Article) -> Iterator[str]:
    """Body blocks in order, quotes highlighted, images at their positions, list items grouped."""
    quotes_by_block: dict[int, list[Quote]] = {}
    for quote in article.quotes:
        if quote.part is QuotePart.BODY:  # (a summary quote's block is len(body): it is marked in the summary)
            quotes_by_block.setdefault(quote.block, []).append(quote)
    images_at: dict[int, list[Image]] = {}
    for image in article.images:
        at = image.position if image.position is not None else len(article.body)
        images_at.setdefault(min(max(at, 0), len(article.body)), []).append(image)
    in_list = False
    for index, block in enumerate(article.body):
        figures = [_figure_html(image) for image in images_at.get(index, [])]
        opens_list = block.kind is BlockKind.LIST_ITEM
        if in_list and (figures or not opens_list):
            yield "</ul>"
            in_list = False
        yield from figures
        if opens_list and not in_list:
            yield "<ul>"
            in_list = True
        yield _block_html(block, quotes_by_block.get(index, []))
    if in_list:
        yield "</ul>"
    yield from (_figure_html(image) for image in images_at.get(len(article.body), []))


def _block_html(block: Block, quotes: list[Quote]) -> str:
    tag = _BLOCK_TAG[block.kind]
    return f'<{tag} dir="auto">{"".join(_marked_text(block.text, quotes, 0, len(block.text)))}</{tag}>'


def _nested_spans(quotes: Iterable[Quote], lo: int, hi: int) -> list[tuple[Quote, list[Quote]]]:
    """The quotes inside ``text[lo:hi]`` as top-level spans, each with the quotes wholly inside it.

    A span that crosses an earlier one or falls outside the text is left unmarked (the quote is
    still in ``Article.quotes``); a well-formed Article has none.
    """
    valid = sorted((q for q in quotes if lo <= q.start < q.end <= hi), key=lambda q: (q.start, -q.end))
    tops: list[tuple[Quote, list[Quote]]] = []
    for quote in valid:
        if tops and quote.start < tops[-1][0].end:
            if quote.end <= tops[-1][0].end:
                tops[-1][1].append(quote)
            continue
        tops.append((quote, []))
    return tops


def _marked_text(text: str, quotes: Iterable[Quote], lo: int, hi: int, depth: int = 0) -> Iterator[str]:
    """``text[lo:hi]`` escaped, each quote in a ``<mark>`` (nested quotes inside) and its speaker chip.

    Nesting stops at ``_MAX_NESTING`` levels, so no Article, however built, can recurse deeply.
    """
    if depth >= _MAX_NESTING:
        yield _esc(text[lo:hi])
        return
    cursor = lo
    for quote, inner in _nested_spans(quotes, lo, hi):
        yield _esc(text[cursor : quote.start])
        kind = quote.kind.value
        title = f"{kind} quote" + (f", cue: {quote.cue}" if quote.cue else "")
        yield f'<mark class="cqnews-quote cqnews-{kind}" title="{_esc(title)}" dir="auto">'
        yield from _marked_text(text, inner, quote.start, quote.end, depth + 1)
        cursor = _after_closing_marks(text, quote.end, hi)
        yield "</mark>" + _esc(text[quote.end : cursor]) + _chip(quote)
    yield _esc(text[cursor:hi])


def _after_closing_marks(text: str, end: int, hi: int) -> int:
    """Where the chip goes: after the quote marks and punctuation that close the quote."""
    limit = min(hi, end + 3)
    while end < limit and text[end] in _CLOSERS:
        end += 1
    return end


def _chip(quote: Quote) -> str:
    """The speaker chip after a quote; its tooltip gives the role and how the article names them."""
    label = quote_speaker_label(quote)
    details = []
    if quote.speaker is not None and quote.speaker.name and quote.speaker.role:
        details.append(quote.speaker.role)
    if quote.mention and quote.mention != label:
        details.append(f"as “{quote.mention}”")
    css = "cqnews-speaker" + (" cqnews-unattributed" if quote.speaker is None else "")
    title = f' title="{_esc("; ".join(details))}"' if details else ""
    return f'<span class="{css}"{title} dir="auto">{_esc(label)}</span>'


def _figure_html(image: Image) -> str:
    """An image with its caption and credits; the picture itself only for an http(s) source."""
    parts = ["<figure>"]
    src = safe_http_url(image.src)
    if src is not None:
        alt = image.alt or image.caption or ""
        parts.append(f'<img src="{_esc(src)}" alt="{_esc(alt)}" loading="lazy" referrerpolicy="no-referrer">')
    caption = _esc(image.caption or image.alt or "")
    credit = "; ".join(c.raw for c in image.credits)
    if credit:
        caption += f' <span class="cqnews-credit" dir="auto">{_esc(credit)}</span>'
    if caption:
        parts.append(f'<figcaption dir="auto">{caption}</figcaption>')
    parts.append("</figure>")
    return "".join(parts)


def _footer_html(article: Article) -> Iterator[str]:
    """Counts, and the extraction warnings folded away."""
    counts = (
        _count(len(article.body), "block"),
        _count(len(article.quotes), "quote") + " from " + _count(len(article.speakers), "speaker"),
        _count(len(article.images), "image"),
    )
    yield f'<p class="cqnews-meta">{" · ".join(counts)}</p>'
    warnings = article.extraction.warnings
    if warnings:
        items = "".join(f"<li>{_esc(w)}</li>" for w in warnings)
        summary = _count(len(warnings), "extraction warning")
        yield f"<details><summary>{summary}</summary><ul>{items}</ul></details>"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
