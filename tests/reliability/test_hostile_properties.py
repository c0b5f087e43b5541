"""Structure-aware fuzzing: article pages whose parts are hostile, one property for all of them.

Hypothesis builds pages that look like articles (head metadata, JSON-LD, a body of paragraphs and
figures) and fills the places where real pages carry data with hostile values: malformed and
dangerous URLs, character references to controls, JSON-LD escapes of lone surrogates, impossible
dates and zones, and elements with many attributes. The property is the promise of
docs/reliability.md: an Article whose JSON dumps (and pickles), or a ParseError, within the CPU budget.
"""

from __future__ import annotations

import json
import pickle
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cqnews
from tests.cpu_bar import cpu_bar

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
CPU_PROMISE_S = 5.0

_hostile_urls = st.one_of(
    st.sampled_from([
        "http://[::1/a.jpg", "https://[zz::]/p.png", "http://a.com:70000/x.jpg", "//[/x.jpg", "javascript:alert(1)",
        " JAVASCRIPT:alert(1)", "file:///etc/hosts", "data:text/html,<script>x</script>", "vbscript:x",
        "https://a.com/\u0000.jpg", "https://a.com/a b.jpg", "\t//cdn.a.com/p.jpg\n", "/rel/p.jpg", "p.jpg", "",
        "http://a.com/%zz", "http://user:pass@a.com/p.jpg", "https://例え.jp/写真.jpg", "http://a.com/" + "a" * 3000,
    ]),
    st.text(max_size=40),
)
_references = st.one_of(
    st.integers(min_value=0, max_value=0x20).map(lambda n: f"&#{n};"),
    st.integers(min_value=0, max_value=0x20).map(lambda n: f"&#x{n:X};"),
    st.sampled_from(["&#xD800;", "&#xDFFF;", "&#xFFFE;", "&#xFFFF;", "&#x110000;", "&#99999999999;", "&#x7f;", "&#0000000001;",
                     "&#x" + "0" * 50 + "1;", "&#", "&#x;", "&amp;", "&nosuch;", "&#8220;"]),
)
_dates = st.one_of(
    st.sampled_from([
        "Mon, 01 Jan 99999999999999999999 00:00:00 +0000", "2024-02-30T10:00:00Z", "2024-05-17T25:61:61+99:99",
        "2024-05-17T10:00:00+05:75", "0000-00-00", "9999-12-31T23:59:59-23:59", "2024年13月45日", "1e308", "NaN",
        "-2024-05-17", "2024-05-17T10:00:00.999999999999Z", "Tue, 31 Feb 2024 10:00:00 GMT",
    ]),
    st.text(max_size=30),
)
_words = st.sampled_from(["Chongqing", "said", "the mayor", "“We will build it,”", '"Yes," she said.', "表示", "他说：“好。”",
                          "Photo: Li Wei/Xinhua", "By Ann Lee", "according to officials", "新华社重庆5月17日电"])
_text = st.one_of(
    st.lists(st.one_of(_words, _references), min_size=1, max_size=12).map(" ".join),
    st.text(max_size=40),
)


def _attrs(count: int, distinct: bool) -> str:
    return " ".join(f"a{i if distinct else 0}=v" for i in range(count))


_json_value = st.one_of(_text, _dates, _hostile_urls, st.integers(), st.none())


def _json_ld(headline: str, author: str, date: str, image: str, surrogate: bool) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline, "datePublished": date,
            "author": [{"@type": "Person", "name": author}], "image": {"@type": "ImageObject", "url": image, "caption": headline}}
    text = json.dumps(data, ensure_ascii=True)
    if surrogate:  # a JSON escape that decodes to a lone surrogate
        text = text.replace('"headline": "', '"headline": "\\ud800', 1).replace('"name": "', '"name": "\\udfff', 1)
    return f'<script type="application/ld+json">{text}</script>'


_head = st.builds(
    lambda title, date, url, image, ld: (
        f'<title>{title}</title><meta property="og:title" content="{title}">'
        f'<meta property="article:published_time" content="{date}"><link rel="canonical" href="{url}">'
        f'<meta property="og:image" content="{image}">{ld}'
    ),
    _text, _dates, _hostile_urls, _hostile_urls,
    st.builds(_json_ld, _text, _text, _dates, _hostile_urls, st.booleans()),
)
_figure = st.builds(
    lambda src, caption, credit, many: (
        f'<figure {_attrs(*many)}><img src="{src}" data-src="{src}" srcset="{src} 800w" width="800" height="500">'
        f"<figcaption>{caption}<span class=credit>{credit}</span></figcaption></figure>"
    ),
    _hostile_urls, _text, _text,
    st.tuples(st.sampled_from([0, 3, 450, 600, 2000]), st.booleans()),
)
_paragraph = st.builds(lambda parts: "<p>" + " ".join(parts) + "</p>", st.lists(_text, min_size=1, max_size=6))
_body = st.lists(st.one_of(_paragraph, _figure, _text.map(lambda t: f"<h2>{t}</h2>")), min_size=1, max_size=12).map("".join)
pages = st.builds(
    lambda head, body, lang: f'<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body><article>{body}</article></body></html>',
    _head, _body, st.sampled_from(["en", "zh-CN", "", "x\u0001"]),
)


def _promise_kept(call, *args, **kwargs) -> None:
    start = time.thread_time()
    try:
        article = call(*args, **kwargs)
    except cqnews.ParseError as error:
        assert str(error)
    else:
        dumped = article.model_dump_json()
        assert cqnews.Article.model_validate_json(dumped) == article
        assert pickle.loads(pickle.dumps(article)) == article
        for quote in article.quotes:
            assert article.quote_source(quote)[quote.start : quote.end] == quote.text
        for image in article.images:
            assert image.src is None or not image.src.lower().lstrip().startswith(("javascript:", "file:", "vbscript:", "data:"))
    assert time.thread_time() - start < cpu_bar(CPU_PROMISE_S)


@SETTINGS
@given(pages, st.one_of(st.none(), _hostile_urls))
def test_hostile_article_pages(page: str, url: str | None) -> None:
    _promise_kept(cqnews.parse, page, url=url)


@SETTINGS
@given(pages, st.sampled_from(["utf-8", "gb18030", "shift_jis", "cp1252"]), st.booleans())
def test_hostile_article_pages_as_bytes(page: str, encoding: str, declare: bool) -> None:
    data = page.encode(encoding, errors="replace")
    _promise_kept(cqnews.parse, data, content_type=f"text/html; charset={encoding}" if declare else None)


@SETTINGS
@given(st.lists(st.one_of(_text, _dates, _hostile_urls), min_size=1, max_size=20).map("\n".join), st.one_of(st.none(), _hostile_urls))
def test_hostile_text_dumps(text: str, url: str | None) -> None:
    _promise_kept(cqnews.parse_text, text, url)
