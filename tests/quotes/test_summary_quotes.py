"""Quotes in the summary (standfirst, dek, 导语/摘要): Quote.part SUMMARY, offsets into Article.summary.

Made-up pages; the expected values are written by reading them.
"""

from __future__ import annotations

import pytest

import cqnews
from cqnews import QuoteKind, QuotePart
from cqnews.models import Article, Extraction, ExtractionMethod, Quote
from cqnews.notebook import article_html
from cqnews.render import article_markdown
from cqnews.table import QUOTE_COLUMNS, article_row, quote_rows

URL = "https://news.example.org/2026/05/12/story.html"


def _page(description: str, headline: str, paragraphs: list[str], lang: str = "en") -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f'<html lang="{lang}"><head><title>{headline}</title><meta name="description" content="{description}">'
        f"</head><body><article><h1>{headline}</h1>{body}</article></body></html>"
    )


_FLOOD = [
    "The river at Millbrook rose another half metre overnight, and the county opened two shelters in the gym.",
    "Officials urged families on the low streets to leave before Thursday, when more rain is forecast.",
    "“The next two days matter most,” said Karen Oduya, who runs the county's emergency office.",
]


def _check_invariant(article: Article) -> None:
    for quote in article.quotes:
        assert article.quote_source(quote)[quote.start : quote.end] == quote.text
        if quote.part is QuotePart.SUMMARY:
            assert article.summary is not None and quote.block == len(article.body)
            with pytest.raises(IndexError):
                _ = article.body[quote.block]  # (never another block's text)
        else:
            assert article.body[quote.block].text[quote.start : quote.end] == quote.text
    assert Article.model_validate_json(article.model_dump_json()) == article


def _summary_quotes(article: Article) -> list[Quote]:
    return [quote for quote in article.quotes if quote.part is QuotePart.SUMMARY]


def test_direct_quote_of_a_standfirst() -> None:
    summary = "“We are not leaving,” residents of Millbrook told us as the floodwater rose."
    article = cqnews.parse(_page(summary, "Residents vow to stay", _FLOOD), url=URL)
    _check_invariant(article)
    [quote] = _summary_quotes(article)
    assert quote.kind is QuoteKind.DIRECT
    assert quote.text.rstrip(",") == "We are not leaving"
    assert quote.speaker is not None and quote.speaker.role == "residents of Millbrook"
    assert article.quotes[-1] is quote  # (after the body's quotes)
    body = [q for q in article.quotes if q.part is QuotePart.BODY]
    assert [q.speaker.name for q in body if q.kind is QuoteKind.DIRECT and q.speaker] == ["Karen Oduya"]


def test_indirect_quote_of_a_dek_with_the_speaker_named_in_the_body() -> None:
    summary = "Whitfield said on Monday the Harbour Bridge would reopen in May."
    paragraphs = [
        "Repairs on the Harbour Bridge began last year after engineers found cracks in two of its piers.",
        "“We have checked every bolt,” Mayor Dana Whitfield told reporters at the city hall.",
        "The council has set aside four million dollars for the work.",
    ]
    article = cqnews.parse(_page(summary, "Bridge to reopen in spring", paragraphs), url=URL)
    _check_invariant(article)
    [quote] = _summary_quotes(article)
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == "the Harbour Bridge would reopen in May"
    assert quote.cue == "said"
    assert quote.speaker is not None and quote.speaker.name == "Dana Whitfield"


def test_body_quotes_are_the_same_with_and_without_the_summary() -> None:
    with_summary = cqnews.parse(_page("“We are not leaving,” residents told us.", "Stay", _FLOOD), url=URL)
    without = cqnews.parse(_page("Rain is forecast for Thursday in the county.", "Stay", _FLOOD), url=URL)
    body = [q for q in with_summary.quotes if q.part is QuotePart.BODY]
    assert body == without.quotes
    assert len(with_summary.quotes) == len(without.quotes) + 1


def test_summary_copied_from_the_first_paragraph_gives_no_second_quote() -> None:
    first = "Mayor Dana Whitfield said on Monday the Harbour Bridge would reopen in May."
    paragraphs = [first, "Repairs began last year after engineers found cracks in two of its piers."]
    for summary in (first, first[:48] + "…"):  # a copy, and a description cut short
        article = cqnews.parse(_page(summary, "Bridge to reopen", paragraphs), url=URL)
        assert _summary_quotes(article) == []
        assert [q.text for q in article.quotes] == ["the Harbour Bridge would reopen in May"]


def test_summary_copied_from_a_late_paragraph_gives_no_second_quote() -> None:
    # (the opening blocks are searched first, then the whole body: a copy of the fifth paragraph is found too)
    late = "Councillor Ruth Ambler said the ferry timetable would change in June."
    filler = [f"Work on pier {n} of the harbour went on through a long and windy spring." for n in range(4)]
    for paragraphs in ([late, *filler], [*filler, late]):
        article = cqnews.parse(_page(late, "Ferry changes", paragraphs), url=URL)
        assert _summary_quotes(article) == []
        assert [q.text for q in article.quotes] == ["the ferry timetable would change in June"]


def test_description_cut_short_repeats_the_body_quote() -> None:
    paragraphs = [
        "The Rovers lost 2-1 at home on Saturday, their third defeat in a row.",
        "“We kept believing in the plan until the very last minute,” coach Tom Ashby said after the game.",
        "The club will play away at Dunmore next week.",
    ]
    cut_word = "The Rovers lost again. “We kept believing in the plan until the very last min…"
    cut_mark = "The Rovers lost again. “We kept believing in the plan until the very [more]"
    for summary in (cut_word, cut_mark):
        article = cqnews.parse(_page(summary, "Rovers lose", paragraphs), url=URL)
        assert _summary_quotes(article) == [], summary
        assert [q.text for q in article.quotes] == ["We kept believing in the plan until the very last minute,"]


def test_summary_without_quote_and_headline_quote_add_nothing() -> None:
    article = cqnews.parse(_page("Rain is forecast for Thursday.", "“We will win,” says coach", _FLOOD), url=URL)
    assert _summary_quotes(article) == []
    assert all("We will win" not in q.text for q in article.quotes)


def test_chinese_summary_quote() -> None:
    summary = "市交通局局长王建国12日表示，跨江大桥将于五月正式通车。"
    paragraphs = [
        "跨江大桥自去年开工以来，施工单位已完成主塔和桥面的全部浇筑工作。",
        "“我们对每一个螺栓都做了检查。”王建国在发布会上说。",
        "大桥全长三千二百米，通车后两岸通行时间将缩短一半。",
    ]
    article = cqnews.parse(_page(summary, "跨江大桥五月通车", paragraphs, "zh-CN"), url=URL)
    _check_invariant(article)
    [quote] = _summary_quotes(article)
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text.startswith("跨江大桥将于五月正式通车")
    assert quote.cue == "表示"
    assert quote.speaker is not None and quote.speaker.name == "王建国"


def test_chinese_description_cut_from_the_first_paragraph() -> None:
    first = "新华社武汉6月3日电 市水务局专家3日在武汉介绍今年长江汛期防洪准备工作的总体情况。"
    paragraphs = [first, "目前全市各类堤防已完成检修，防汛物资储备充足。"]
    summary = "长江汛期准备就绪 新华社武汉6月3日电 市水务局专家3日在武汉介绍今年长江汛期防洪准备工作的总"
    article = cqnews.parse(_page(summary, "长江汛期准备就绪", paragraphs, "zh-CN"), url=URL)
    assert _summary_quotes(article) == []


def test_chinese_marked_digest_quote() -> None:
    paragraphs = [
        "今年一季度，全市新增就业岗位三万余个，其中制造业占四成。",
        "人社局有关负责人介绍，下一步将继续加大对中小企业的扶持力度。",
    ]
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    html = (
        '<html lang="zh-CN"><head><title>就业形势稳定</title></head><body><h1>就业形势稳定</h1>'
        '<div class="summary">“稳就业就是稳民生。”市人社局局长李华在会上强调。</div>'
        f"<article>{body}</article></body></html>"
    )
    article = cqnews.parse(html, url=URL)
    _check_invariant(article)
    if article.summary is None or "稳就业" not in article.summary:
        pytest.skip("the page's digest is not read as its summary")
    [quote] = _summary_quotes(article)
    assert quote.kind is QuoteKind.DIRECT
    assert quote.text.startswith("稳就业就是稳民生")
    assert quote.speaker is not None and quote.speaker.name == "李华"


def test_views_tables_and_validation_know_the_part() -> None:
    summary = "“We are not leaving,” residents of Millbrook told us as the floodwater rose."
    article = cqnews.parse(_page(summary, "Residents vow to stay", _FLOOD), url=URL)
    [quote] = _summary_quotes(article)
    index = article.quotes.index(quote)
    rows = quote_rows(article)
    assert QUOTE_COLUMNS[-1] == "part"
    assert [row["part"] for row in rows].count("summary") == 1 and rows[index]["part"] == "summary"
    assert article_row(article)["quotes"][index]["part"] == "summary"
    html = article_html(article)
    summary_html = html.split('class="cqnews-summary"', 1)[1].split("</p>", 1)[0]
    assert "<mark" in summary_html and "We are not leaving" in summary_html
    assert "(in the summary)" in article_markdown(article)
    schema = Article.model_json_schema()
    assert schema["$defs"]["Quote"]["properties"]["part"]["default"] == "body"
    with pytest.raises(ValueError, match="summary quote"):
        Article.model_validate({**article.model_dump(), "summary": None})
    misplaced = quote.model_copy(update={"block": 0})
    with pytest.raises(ValueError, match="summary quote"):
        Article(summary=summary, body=article.body, quotes=[misplaced], extraction=Extraction(method=ExtractionMethod.GENERIC))


def test_summary_repeating_the_headline_is_not_read() -> None:
    # (the description is the title: its quote is the headline's, which is not read; the views hide such a summary)
    headline = "“We will win the league this year,” says coach Tom Ashby"
    for summary in (headline, headline.upper() + "."):
        article = cqnews.parse(_page(summary, headline, _FLOOD), url=URL)
        assert article.summary is not None
        assert _summary_quotes(article) == [], summary
        assert all("league" not in q.text for q in article.quotes)


def test_arrow_and_spark_rows_carry_the_part() -> None:
    pa = pytest.importorskip("pyarrow")
    from cqnews.table import arrow_schema

    summary = "“We are not leaving,” residents of Millbrook told us as the floodwater rose."
    article = cqnews.parse(_page(summary, "Residents vow to stay", _FLOOD), url=URL)
    [quote] = _summary_quotes(article)
    table = pa.Table.from_pylist([article_row(article)], schema=arrow_schema())
    quotes = table.column("quotes").to_pylist()[0]
    assert [row["part"] for row in quotes] == [q.part.value for q in article.quotes]
    index = article.quotes.index(quote)
    assert quotes[index]["part"] == "summary" and quotes[index]["block"] == len(article.body)
    pytest.importorskip("pyspark")
    from cqnews.spark import spark_schema

    [struct] = [field.dataType.elementType for field in spark_schema().fields if field.name == "quotes"]
    assert struct.fieldNames()[-1] == "part"


def test_summary_that_fails_to_read_leaves_the_body_quotes(monkeypatch: pytest.MonkeyPatch) -> None:
    from cqnews.enrich.quotes import summary as summary_module

    def failing(*args: object, **kwargs: object) -> list[Quote]:
        raise ValueError("made-up failure")

    without = cqnews.parse(_page("Rain is forecast for Thursday in the county.", "Stay", _FLOOD), url=URL)
    monkeypatch.setattr(summary_module, "summary_quotes", failing)
    article = cqnews.parse(_page("“We are not leaving,” residents told us.", "Stay", _FLOOD), url=URL)
    assert article.quotes == without.quotes and article.quotes  # (the body's quotes stand)
    assert any("in the summary" in warning and "made-up failure" in warning for warning in article.extraction.warnings)


def test_a_split_summary_quote_continues_within_the_summary() -> None:
    paragraphs = [
        "The river at Millbrook rose another half metre overnight, and the county opened two shelters in the gym.",
        "“The next two days matter most,” said Karen Oduya, who runs the county's emergency office. “Please leave.”",
    ]
    summary = "“We are not leaving,” said Ann Brook, a resident. “This is our home and we will stay.”"
    article = cqnews.parse(_page(summary, "Residents stay", paragraphs), url=URL)
    _check_invariant(article)
    first, second = _summary_quotes(article)
    assert (first.text.rstrip(","), second.text.rstrip(".")) == ("We are not leaving", "This is our home and we will stay")
    assert first.continues is None and second.continues == article.quotes.index(first)
    assert [q.speaker.name for q in (first, second) if q.speaker] == ["Ann Brook", "Ann Brook"]
    assert [first, second] in article.utterances  # (one utterance, after the body's)
    assert article.utterances[-1] == [first, second]


def test_the_summary_counts_in_max_quote_chars() -> None:
    summary = "“We are not leaving,” residents of Millbrook told us as the floodwater rose."
    body_chars = sum(len(text) for text in _FLOOD)
    html = _page(summary, "Residents vow to stay", _FLOOD)
    tight = cqnews.parse(html, url=URL, options=cqnews.ParseOptions(max_quote_chars=body_chars + 10))
    assert _summary_quotes(tight) == [] and tight.quotes  # (the body searched, the summary past the budget)
    assert any("summary" in w and "max_quote_chars" in w for w in tight.extraction.warnings)
    roomy = cqnews.parse(html, url=URL, options=cqnews.ParseOptions(max_quote_chars=body_chars + len(summary)))
    assert len(_summary_quotes(roomy)) == 1
    assert not any("max_quote_chars" in w for w in roomy.extraction.warnings)
