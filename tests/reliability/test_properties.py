"""Property tests: whatever the input, a parse returns a consistent Article or raises ParseError.

Hypothesis generates HTML (nested tags, attributes, entities, comments, quote marks, CJK, controls),
plain-text dumps and raw bytes. For every result:

* the only exceptions are :class:`~cqnews.ParseError` subclasses;
* every quote points at its text: ``a.quote_source(q)[q.start:q.end] == q.text`` (the body block's, or the summary's);
* the Article round-trips through JSON and through pickle unchanged.
"""

from __future__ import annotations

import pickle

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cqnews

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

_TAGS = ["p", "div", "span", "b", "i", "a", "h1", "h2", "li", "ul", "blockquote", "table", "tr", "td", "br", "img",
         "script", "style", "article", "section", "figure", "figcaption", "time", "meta", "title", "header", "footer"]
_WORDS = ["Chongqing", "said", "the", "mayor", "“We will build it,”", '"Yes," she said.', "according to", "表示", "他说：“好。”",
          "「引用」", "‘quoted’", "Photo:", "Reporter:", "责任编辑：张三", "Xinhua", "2024-05-17", "2024年5月17日", "&amp;",
          "&#8220;", "&nbsp;", "»", "—", "\u00a0", "\u3000", "\u200b", "\n", "\t", "  ", "&", "<", ">", "'", '"']

_text = st.one_of(
    st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join),
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30),
)
_attrs = st.dictionaries(
    st.sampled_from(["class", "id", "href", "src", "lang", "property", "name", "content", "datetime", "style", "x"]),
    st.text(alphabet=st.characters(blacklist_characters='"', codec="utf-8"), max_size=20),
    max_size=3,
)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    def render(tag: str, attrs: dict[str, str], inner: list[str], closed: bool) -> str:
        attr_text = "".join(f' {k}="{v}"' for k, v in attrs.items())
        return f"<{tag}{attr_text}>" + "".join(inner) + (f"</{tag}>" if closed else "")

    return st.builds(render, st.sampled_from(_TAGS), _attrs, st.lists(children, max_size=5), st.booleans())


_markup = st.recursive(
    st.one_of(_text, st.just("<!-- c -->"), st.just("<!--"), st.just("<![CDATA[x]]>"), st.just("<?pi x?>"), st.just("</p>")),
    _element,
    max_leaves=40,
)
html_pages = st.builds(
    lambda lang, head, body: f'<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body>{body}</body></html>',
    st.sampled_from(["en", "zh-CN", "", "xx", "ja"]),
    st.lists(_markup, max_size=3).map("".join),
    st.lists(_markup, min_size=1, max_size=8).map("".join),
)
text_dumps = st.lists(st.one_of(_text, st.sampled_from(_WORDS)), min_size=1, max_size=30).map("\n".join)


def _check_article(article: cqnews.Article) -> None:
    for quote in article.quotes:
        in_summary = quote.part is cqnews.QuotePart.SUMMARY
        assert quote.block == len(article.body) if in_summary else 0 <= quote.block < len(article.body)
        assert article.quote_source(quote)[quote.start : quote.end] == quote.text
        assert quote.start <= quote.end
    for image in article.images:
        assert image.position is None or 0 <= image.position <= len(article.body)
    assert cqnews.Article.model_validate_json(article.model_dump_json()) == article
    assert pickle.loads(pickle.dumps(article)) == article
    assert article.model_dump_json() == article.model_dump_json()


def _parse(call, *args, **kwargs) -> None:
    try:
        article = call(*args, **kwargs)
    except cqnews.ParseError as error:
        assert str(error)
        return
    _check_article(article)


@SETTINGS
@given(html_pages)
def test_generated_html(page: str) -> None:
    _parse(cqnews.parse, page)


@SETTINGS
@given(html_pages, st.sampled_from(["utf-8", "gb18030", "big5", "shift_jis", "cp1252", "utf-16"]), st.booleans())
def test_generated_html_as_bytes(page: str, encoding: str, declare: bool) -> None:
    data = page.encode(encoding, errors="replace")
    _parse(cqnews.parse, data, content_type=f"text/html; charset={encoding}" if declare else None)


@SETTINGS
@given(text_dumps)
def test_generated_text_dumps(text: str) -> None:
    _parse(cqnews.parse_text, text)
    _parse(cqnews.parse, text)


@SETTINGS
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    _parse(cqnews.parse, data)


@SETTINGS
@given(st.binary(max_size=400), st.sampled_from(["<html><body><p>", "<meta charset=gbk><p>", "\ufeff<p>", ""]))
def test_bytes_after_markup(data: bytes, prefix: str) -> None:
    _parse(cqnews.parse, prefix.encode("utf-8") + data + b"</p>")


@SETTINGS
@given(st.text(max_size=300))
def test_arbitrary_strings(text: str) -> None:
    _parse(cqnews.parse, text)


@pytest.mark.parametrize("text", [
    "<p>bad \ud800 surrogate and more text after it, enough to be a paragraph.</p>",
])
def test_lone_surrogates_in_html_strings(text: str) -> None:
    article = cqnews.parse(text)
    assert "more text after it" in article.text
    _check_article(article)


def test_lone_surrogates_in_text_dumps() -> None:
    article = cqnews.parse_text("plain text with a \udcff surrogate in it, and a full sentence after it.")
    _check_article(article)


@SETTINGS
@given(st.lists(st.one_of(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=25).map(" ".join), st.text(min_size=1, max_size=80)),
                min_size=1, max_size=6),
       st.sampled_from(["en", "zh", None]))
def test_quote_finder_offsets(texts: list[str], language: str | None) -> None:
    """The quote finder directly (until it is wired into parse): offsets always point at the text."""
    quotes = pytest.importorskip("cqnews.enrich.quotes")
    blocks = [cqnews.Block(text=text) for text in texts]
    for quote in quotes.find_quotes(blocks, language):
        assert blocks[quote.block].text[quote.start : quote.end] == quote.text
