"""The notebook view (``Article._repr_html_``), ``_repr_markdown_`` and the compact ``repr``.

The hostile article below carries, in every field that reaches the view, the tricks a page could
use against a notebook: script tags, event attributes, ``javascript:``/``data:`` URLs, attribute
break-outs and style sheets. The view must show them as text and run none of them.
"""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html
from markdown_it import MarkdownIt

import cqnews
from cqnews.models import (
    Article,
    Block,
    BlockKind,
    Credit,
    CreditRole,
    DatePrecision,
    Extraction,
    ExtractionMethod,
    Image,
    Quote,
    QuoteKind,
    Speaker,
)
from cqnews.notebook import article_html, safe_http_url

# The payloads build their marker by concatenation, so the word "pwned" appears in the DOM only if one runs.
SCRIPT = "<script>document.title='pw'+'ned';document.body.dataset.hit='pw'+'ned'</script>"
ONERROR = "<img src=x onerror=\"document.title='pw'+'ned'\">"
BREAKOUT = "\" onerror=\"document.title='pw'+'ned'\" x=\""
STYLE = "</style><style>.cqnews-article{display:none}</style>"
URL_BREAKOUT = "\"/onerror=\"document.title='pw'+'ned'\"/x=\""  # no spaces: a valid-looking http URL
LINK = "[click](javascript:document.title='pw'+'ned')"


def hostile_article() -> Article:
    body_text = f"Before {SCRIPT} “We will {ONERROR} win,” said {STYLE} the mayor. {LINK}"
    start = body_text.index("We will")
    end = body_text.index(" win,") + len(" win,")
    quote = Quote(
        text=body_text[start:end],
        kind=QuoteKind.DIRECT,
        speaker=Speaker(name=f"Mayor {SCRIPT}", role=BREAKOUT),
        mention=ONERROR,
        cue=f"said{BREAKOUT}",
        block=1,
        start=start,
        end=end,
    )
    return Article(
        url="javascript:document.title='pw'+'ned'",
        site=f"site{SCRIPT}",
        language=f"en{BREAKOUT}",
        headline=f"Headline {SCRIPT}{ONERROR}",
        summary=f"Summary {STYLE}",
        authors=[f"Writer {ONERROR}"],
        published=datetime(2024, 5, 1, 9, 30, tzinfo=UTC),
        body=[
            Block(kind=BlockKind.HEADING, text=f"Heading {SCRIPT}"),
            Block(text=body_text),
            Block(kind=BlockKind.LIST_ITEM, text=f"item {ONERROR}"),
            Block(kind=BlockKind.BLOCKQUOTE, text=LINK),
        ],
        quotes=[quote],
        images=[
            Image(src="javascript:document.title='pw'+'ned'", alt=ONERROR, caption=f"Caption {SCRIPT}", position=0),
            Image(src="data:image/svg+xml,<svg onload=\"document.title='pw'+'ned'\"/>", caption="data URL", position=1),
            Image(
                src=f"http://127.0.0.1:9/a.png{URL_BREAKOUT}",
                alt=BREAKOUT,
                caption=f"Breakout {STYLE}",
                credits=[Credit(role=CreditRole.PHOTOGRAPHER, name="X", raw=f"Photo: {ONERROR}")],
                position=2,
            ),
            Image(src="http://127.0.0.1:9/b.png", alt="fine", caption="A fine picture", position=None),
        ],
        extraction=Extraction(method=ExtractionMethod.GENERIC, warnings=[f"warning {SCRIPT}"]),
    )


def test_repr_is_one_short_line(seed_text: str) -> None:
    article = cqnews.parse_text(seed_text)
    text = repr(article)
    assert text.startswith("Article(headline='Liangjiang New Area")
    assert "blocks=13, quotes=11, images=5" in text
    assert len(text) < 200 and "\n" not in text


def test_repr_escapes_control_characters() -> None:
    article = Article(headline="Bold \x1b[1mtext\x1b[0m\nline", extraction=Extraction(method=ExtractionMethod.TEXT))
    assert "\x1b" not in repr(article) and "\n" not in repr(article)
    assert "published=None, blocks=0, quotes=0, images=0" in repr(article)


def test_safe_http_url() -> None:
    assert safe_http_url("https://example.com/a.jpg?x=1") == "https://example.com/a.jpg?x=1"
    for bad in (
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:image/png;base64,AAAA",
        "//example.com/a",
        "/a.jpg",
        "http://",
        "https://exa mple.com/",
        "http://a.com/\x00",
        "vbscript:x",
        None,
        "",
    ):
        assert safe_http_url(bad) is None, bad


def test_html_view_of_the_seed(seed_text: str) -> None:
    article = cqnews.parse_text(seed_text)
    tree = lxml.html.fragment_fromstring(article._repr_html_())
    assert tree.findtext("h2").startswith("Liangjiang New Area")
    marks = tree.xpath("//mark")
    assert len(marks) == len(article.quotes) == 11  # nested ones too: a direct quote inside an indirect one
    chips = [span.text for span in tree.xpath("//span[contains(@class, 'cqnews-speaker')]")]
    assert chips.count("Zhang Hongbin") == 3 and "Liu Xiaonian" in chips
    captions = tree.xpath("//figcaption")
    assert len(captions) == 5 and "(iChongqing/Truman PENG)" in captions[0].text_content()
    # The first caption comes after the second paragraph, where the dump had it.
    assert [el.tag for el in tree.xpath("*[self::p or self::figure]")][2:4] == ["p", "figure"]


def test_chip_follows_the_closing_quote_mark() -> None:
    text = "“We are ready,” Zhang said."
    quote = Quote(text="We are ready,", kind=QuoteKind.DIRECT, speaker=Speaker(name="Zhang"), block=0, start=1, end=14)
    article = Article(body=[Block(text=text)], quotes=[quote], extraction=Extraction(method=ExtractionMethod.TEXT))
    assert 'We are ready,</mark>”<span class="cqnews-speaker" dir="auto">Zhang</span> Zhang said.' in article._repr_html_()


def test_summary_equal_to_headline_shown_once() -> None:
    article = Article(
        headline="Rain in Chongqing",
        summary="Rain in  Chongqing.",
        extraction=Extraction(method=ExtractionMethod.GENERIC),
    )
    assert article._repr_html_().count("Rain in") == 1
    assert article._repr_markdown_().count("Rain in") == 1


def test_hostile_article_is_inert_html() -> None:
    html = article_html(hostile_article())
    tree = lxml.html.fragment_fromstring(html)
    assert tree.xpath("//script") == []
    assert len(tree.xpath("//style")) == 1  # our own style sheet, nothing from the page
    for element in tree.iter():
        assert not [name for name in element.attrib if name.startswith("on") or name == "style"], element.tag
    assert [img.get("src") for img in tree.xpath("//img")] == [
        f"http://127.0.0.1:9/a.png{URL_BREAKOUT}",  # one attribute value, quote marks and all
        "http://127.0.0.1:9/b.png",
    ]
    assert tree.xpath("//a") == []  # the javascript: URL is no link
    # The page's text is all there, as text.
    assert f"Headline {SCRIPT}{ONERROR}" == tree.findtext("h2")
    assert LINK in tree.text_content() and STYLE in tree.text_content()


def test_markdown_of_hostile_article_renders_as_text() -> None:
    """The Markdown, rendered by a CommonMark renderer that passes raw HTML through, holds no markup from the page."""
    markdown = hostile_article()._repr_markdown_()
    tree = lxml.html.fragment_fromstring(MarkdownIt("commonmark").render(markdown), create_parent="div")
    assert tree.xpath("//script | //img | //style | //a") == []
    for element in tree.iter():
        assert not [name for name in element.attrib if name.startswith("on")], element.tag
    assert tree.findtext("h1") == f"Headline {SCRIPT}{ONERROR}"
    assert LINK in tree.text_content()


def test_nested_and_malformed_quotes() -> None:
    text = "He said “a ‘b’ c” and more."
    speaker = Speaker(name="Li")
    quotes = [
        Quote(text=text[8:17], kind=QuoteKind.INDIRECT, speaker=speaker, block=0, start=8, end=17),
        *[Quote(text="b", kind=QuoteKind.DIRECT, speaker=speaker, block=0, start=12, end=13) for _ in range(5000)],
        Quote(text="x", kind=QuoteKind.DIRECT, block=0, start=20, end=99),  # outside the text: not marked
        Quote(text="x", kind=QuoteKind.DIRECT, block=7, start=0, end=1),  # no such block: not shown
    ]
    article = Article(body=[Block(text=text)], quotes=quotes, extraction=Extraction(method=ExtractionMethod.TEXT))
    tree = lxml.html.fragment_fromstring(article._repr_html_())
    assert len(tree.xpath("//mark")) == 3  # the outer quote and two levels of the repeated inner one
    paragraph = tree.xpath("//p[mark]")[0]
    for chip in paragraph.xpath(".//span[contains(@class, 'cqnews-speaker')]"):
        chip.drop_tree()
    assert paragraph.text_content() == text  # every character once, in order


def _dated(published: datetime, precision: DatePrecision) -> Article:
    return Article(
        headline="Bridge opens",
        published=published,
        published_precision=precision,
        body=[Block(text="The bridge opened on Monday.")],
        extraction=Extraction(method=ExtractionMethod.GENERIC),
    )


def test_date_without_time_shows_no_midnight() -> None:
    """A page that gave only a day: the facts line and the Markdown show the day, not an invented 00:00."""
    article = _dated(datetime(2024, 5, 17, tzinfo=UTC), DatePrecision.DAY)
    assert "2024-05-17" in article_html(article) and "00:00" not in article_html(article)
    assert "*Published:* 2024-05-17  " in article._repr_markdown_()


def test_date_with_time_keeps_it() -> None:
    article = _dated(datetime(2024, 5, 17, 9, 30, tzinfo=UTC), DatePrecision.MINUTE)
    assert "2024-05-17 09:30" in article_html(article)
    assert "2024-05-17T09:30" in article._repr_markdown_()
