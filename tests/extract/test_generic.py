"""The generic path on hand-written pages that carry the usual chrome around an article."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

import cqnews
from cqnews import BlockKind, ExtractionMethod
from tests.paths import DATA


@pytest.fixture(scope="module")
def english() -> cqnews.Article:
    return cqnews.parse((DATA / "generic_news.html").read_bytes(), url="https://herald.example/news/ferry")


@pytest.fixture(scope="module")
def chinese() -> cqnews.Article:
    return cqnews.parse((DATA / "generic_news_zh.html").read_bytes(), url="https://news.example.cn/a/1.html")


def test_english_metadata(english: cqnews.Article) -> None:
    assert english.headline == "River town reopens its old ferry after 40 years"
    assert english.summary == "The crossing was closed in 1985."
    assert english.published == datetime(2024, 3, 5, 9, 30, tzinfo=UTC)
    assert english.updated == datetime(2024, 3, 6, 11, 0, tzinfo=UTC)
    assert english.language == "en"
    assert english.dateline == "Hexham"
    assert english.tags == ["ferries", "transport", "local history"]
    assert english.extraction.method is ExtractionMethod.GENERIC
    assert english.extraction.encoding == "utf-8"


def test_english_body_without_chrome(english: cqnews.Article) -> None:
    texts = [block.text for block in english.body]
    assert texts[0].startswith("HEXHAM – The wooden ferry")
    assert texts[-1].startswith("Councillor Peter Hall said the service")
    assert any(block.kind is BlockKind.HEADING and block.text == "A long campaign" for block in english.body)
    joined = english.text
    for chrome in ["cookies", "I Agree", "Related articles", "Bridge closure", "Copyright", "Privacy policy", "Tweet"]:
        assert chrome not in joined
    assert "River town reopens" not in joined  # the headline is not repeated as body


def test_chinese_gb2312_page(chinese: cqnews.Article) -> None:
    assert chinese.extraction.encoding == "gb18030"
    assert chinese.headline == "重庆两江新区举办影视产业峰会"
    assert chinese.language == "zh"
    assert chinese.dateline == "重庆"
    assert chinese.published == datetime(2021, 5, 17, 10, 20, tzinfo=timezone(timedelta(hours=8)))
    texts = [block.text for block in chinese.body]
    assert texts[0].startswith("本报重庆5月16日电")
    assert texts[-1] == "张红兵表示，重庆是拍摄和制作各类影视作品的宝地，具有无限的潜力和魅力。"
    for chrome in ["责任编辑", "分享到", "版权所有", "举报"]:
        assert chrome not in chinese.text


def test_article_round_trips(english: cqnews.Article) -> None:
    import pickle

    assert cqnews.Article.model_validate_json(english.model_dump_json()) == english
    assert pickle.loads(pickle.dumps(english)) == english
    assert "properties" in cqnews.Article.model_json_schema()


def test_index_page_gives_warning() -> None:
    html = "<html><head><title>Home</title></head><body>" + "".join(
        f'<li><a href="/n/{i}">Item {i}</a></li>' for i in range(30)
    ) + "</body></html>"
    article = cqnews.parse(html)
    assert article.extraction.warnings


def test_headline_keeps_a_kicker_the_h1_repeats() -> None:
    """An <h1> equal to the whole declared title keeps its "KICKER | " part (not a site name)."""
    page = (
        "<html><head><title>BUDGET 3.0 | Sars gets R4bn to hire army of debt collectors</title>"
        '<meta property="og:title" content="BUDGET 3.0 | Sars gets R4bn to hire army of debt collectors">'
        "</head><body><article><h1>BUDGET 3.0 | Sars gets R4bn to hire army of debt collectors</h1>"
        "<p>" + "The revenue service will hire more debt collectors this year, the minister said. " * 4 + "</p>"
        "</article></body></html>"
    )
    assert cqnews.parse(page).headline == "BUDGET 3.0 | Sars gets R4bn to hire army of debt collectors"


def _headline_page(head: str, h1: str) -> str:
    """A small article page: ``head`` markup, an <h1> and a paragraph of running text."""
    body = "<p>" + "The council met on Tuesday and agreed the plan after a long debate, officials said. " * 4 + "</p>"
    return f"<html><head>{head}</head><body><article><h1>{h1}</h1>{body}</article></body></html>"


def test_headline_takes_the_title_quote_marks_when_the_words_agree() -> None:
    """<h1> and JSON-LD write ’ and ‘…’, og:title and <title> write ': the <title> spelling wins."""
    head = (
        "<title>Strava unveils 'family' plan and weeds out leaderboard cheats | TechCrunch</title>"
        '<meta property="og:title" content="Strava unveils \'family\' plan and weeds out leaderboard cheats | TechCrunch">'
        '<meta property="og:site_name" content="TechCrunch">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Strava unveils \u2018family\u2019 plan and weeds out leaderboard cheats"}</script>'
    )
    page = _headline_page(head, "Strava unveils ‘family’ plan and weeds out leaderboard cheats")
    assert cqnews.parse(page).headline == "Strava unveils 'family' plan and weeds out leaderboard cheats"


def test_headline_drops_quote_marks_only_the_h1_adds() -> None:
    head = (
        "<title>Pink hair sparks mockery… the mystery of the colour - Lebanon News</title>"
        '<meta property="og:title" content="Pink hair sparks mockery… the mystery of the colour">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "\\"Pink hair sparks mockery\\"… the mystery of the colour"}</script>'
    )
    page = _headline_page(head, '"Pink hair sparks mockery"… the mystery of the colour')
    assert cqnews.parse(page).headline == "Pink hair sparks mockery… the mystery of the colour"


def test_headline_quote_marks_follow_most_sources_without_a_matching_title() -> None:
    """The <title> is another story's SEO line: ’ of the <h1> and JSON-LD beats ' of og:title alone."""
    head = (
        "<title>'Bad idea': Mexico pushes back on steel tariffs</title>"
        '<meta property="og:title" content="Mexico to fight \'illogical\' steel tariffs">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Mexico to fight \u2018illogical\u2019 steel tariffs"}</script>'
    )
    page = _headline_page(head, "Mexico to fight ‘illogical’ steel tariffs")
    assert cqnews.parse(page).headline == "Mexico to fight ‘illogical’ steel tariffs"


def test_headline_keeps_the_h1_over_a_different_social_title() -> None:
    """og:title with other words (a sharing headline) does not replace the <h1> the <title> repeats."""
    head = (
        "<title>Chelsea send clear message of intent in battling win over Tottenham | Evening Standard</title>"
        '<meta property="og:title" content="Chelsea send clear message of intent">'
        '<meta property="og:site_name" content="Evening Standard">'
    )
    page = _headline_page(head, "Chelsea send clear message of intent in battling win over Tottenham")
    assert cqnews.parse(page).headline == "Chelsea send clear message of intent in battling win over Tottenham"


def test_headline_drops_site_name_joined_without_spaces_and_trailing_byline() -> None:
    from cqnews.extract.metadata import clean_headline

    assert clean_headline("南海トラフ、一時調査 巨大地震、基準達せず：中日新聞Web", "中日新聞Web") == (
        "南海トラフ、一時調査 巨大地震、基準達せず"
    )
    assert clean_headline("Roommate agrees to interview | The Gateway Pundit | by Cristina Laila", "The Gateway Pundit") == (
        "Roommate agrees to interview"
    )
    assert clean_headline("Stand By Me - The Times", "The Times") == "Stand By Me"


def test_headline_drops_hangul_section_and_site_suffix() -> None:
    from cqnews.extract.metadata import clean_headline

    title = "장동혁, 한동훈 제명했지만… '윤 어게인' 절연 ·외연 확장 부담 커졌다-정치ㅣ한국일보"
    assert clean_headline(title, "한국일보") == "장동혁, 한동훈 제명했지만… '윤 어게인' 절연 ·외연 확장 부담 커졌다"
    assert clean_headline("코로나-19 확산세 꺾였다 | 한국일보", "한국일보") == "코로나-19 확산세 꺾였다"


def test_headline_echo_with_other_quote_marks_leaves_the_body() -> None:
    # The <title> spells the quotes straight, the <h1> (kept as the first block) curly.
    html = (
        "<html><head><title>Mayor calls plan 'bold'</title></head><body><article>"
        "<h1>Mayor calls plan ‘bold’</h1>"
        "<p>The mayor on Monday described the transport plan as bold and said the city would vote on it in May.</p>"
        "<p>Council members were divided over the cost of the plan, which runs to several billion dollars over ten years.</p>"
        "</article></body></html>"
    )
    article = cqnews.parse(html)
    assert article.headline is not None and "bold" in article.headline
    assert all("Mayor calls plan" not in block.text for block in article.body)
    assert article.body[0].text.startswith("The mayor on Monday")


def _page_with_sidebar() -> str:
    paragraph = "The council approved the budget on Monday after a long debate about bus routes and school funding, officials said."
    article = "".join(f"<p>{paragraph} Item {n}.</p>" for n in range(8))
    sidebar = "".join(f"<li><a href='/s/{n}'>Story number {n} in the list of most read stories today</a></li>" for n in range(40))
    return (
        "<html><body><nav><ul>" + sidebar + "</ul></nav>"
        "<div class='page'><div class='post'><h1>Budget approved</h1><div class='post-body'>" + article + "</div></div>"
        "<aside><ul>" + sidebar + "</ul></aside></div></body></html>"
    )


def test_article_region_holds_the_paragraphs_and_not_the_page() -> None:
    from cqnews.document import parse_tree
    from cqnews.extract.container import block_texts
    from cqnews.extract.generic import article_region
    from cqnews.options import DEFAULT_OPTIONS

    root = parse_tree(_page_with_sidebar(), DEFAULT_OPTIONS)
    region = article_region(root, block_texts(root), int(root.xpath("count(//*)")))
    assert region is not None
    assert region.get("class") == "post-body"  # the paragraphs' own container, not the post around it
    assert len(region.findall(".//p")) == 8


def test_article_region_is_none_without_enough_running_text() -> None:
    from cqnews.document import parse_tree
    from cqnews.extract.container import block_texts
    from cqnews.extract.generic import article_region
    from cqnews.options import DEFAULT_OPTIONS

    root = parse_tree("<html><body><div><p>Short one.</p><p>Another short line.</p></div></body></html>", DEFAULT_OPTIONS)
    assert article_region(root, block_texts(root), int(root.xpath("count(//*)"))) is None


def test_generic_body_from_the_region_leaves_the_page_tree_untouched() -> None:
    from lxml import etree

    from cqnews.document import parse_tree
    from cqnews.extract.generic import extract_body
    from cqnews.options import DEFAULT_OPTIONS

    root = parse_tree(_page_with_sidebar(), DEFAULT_OPTIONS)
    before = etree.tostring(root)
    result = extract_body(root, None)
    assert etree.tostring(root) == before
    texts = [block.text for block in result.blocks]
    assert sum(text.startswith("The council approved") for text in texts) == 8
    assert not any("Story number" in text for text in texts)
    assert result.container is not None and result.container.get("class") == "post-body"


def test_embed_code_written_out_in_text_is_removed() -> None:
    from cqnews.extract.blocks import strip_embedded_markup

    text = (
        'The attacks rose in June. <iframe title="Chart" src="https://example.com/c/1/"></iframe>'
        '<script type="text/javascript">!function(){if(a<b){run()}}();</script> Officials said more was coming.'
    )
    assert strip_embedded_markup(text) == "The attacks rose in June.  Officials said more was coming."
    assert strip_embedded_markup('Prices: a < b, and <script src="x.js">never closed') == (
        "Prices: a < b, and never closed"
    )



_COUNTY_PARAS = [
    "11月17日上午，全县秋季农业生产推进会在县政府三楼会议室召开，副县长周建国出席会议并讲话。",
    "会议总结了今年以来全县农业生产工作情况，分析了当前面临的形势，安排部署了下一阶段的重点任务。各乡镇要抓好秋收秋种，确保颗粒归仓。",
    "会议强调，要加强农田水利基础设施建设，推广节水灌溉技术，提高农业综合生产能力，做好农产品质量安全监管工作。",
    "会议要求，各乡镇各部门要压实责任，加强协作，确保各项任务按时保质完成。",
    "各乡镇分管负责同志、县直有关部门主要负责同志参加会议。",
]


def test_a_short_chinese_notice_in_layout_tables_keeps_its_menus_out() -> None:
    # A county government portal: menu, left column and article in nested layout tables, five short
    # paragraphs (280 characters in all, most under 50). That was too little text to find the article
    # region by (a Han character now counts two), trafilatura read the whole page, and every menu cell
    # and the print/close links became body paragraphs.
    html = (
        "<html><head><meta charset='utf-8'><title>全县召开秋季农业生产推进会</title></head><body>"
        "<table><tr><td><a href='/'>首页</a> | <a href='/zwgk/'>政务公开</a> | <a href='/xwzx/'>新闻中心</a></td></tr></table>"
        "<table><tr><td><table><tr><td><a href='/a1'>通知公告</a></td></tr><tr><td><a href='/a2'>部门动态</a></td></tr>"
        "</table></td><td><table><tr><td><font size='5'><b>全县召开秋季农业生产推进会</b></font></td></tr>"
        "<tr><td><font>发布时间：2026-11-18 09:30 来源：县农业农村局</font></td></tr>"
        f"<tr><td><font size='3'>{'<br><br>'.join(_COUNTY_PARAS)}</font></td></tr>"
        "<tr><td>【<a href='javascript:window.print()'>打印本页</a>】【<a href='javascript:window.close()'>关闭窗口</a>】"
        "</td></tr></table></td></tr></table></body></html>"
    )
    article = cqnews.parse(html, url="https://www.county.example.gov.cn/xwzx/1.html")
    assert [block.text for block in article.body] == _COUNTY_PARAS


def test_a_photo_gallery_with_one_paragraph_is_not_one_glued_block() -> None:
    # A gallery article: one paragraph of text, then pictures with their captions. trafilatura took the
    # article element whole as one block (headline, byline, paragraph and every caption); read again
    # element by element it is one paragraph, which was not kept because it was one block only.
    html = (
        "<html lang='en'><head><title>PHOTOS: Scenes from the fair</title></head><body><nav><a href='/'>Home</a>"
        "</nav><article><h1>PHOTOS: Scenes from the fair</h1><p class='byline'>By Sam Ortega</p>"
        "<p>The county fair opened Thursday with livestock shows, a carnival midway and the annual pie contest.</p>"
        "<div class='gallery'>"
        "<div class='slide'><img src='/g/1.jpg'><div class='slide-caption'>Mia Lund, 9, shows her goat.</div></div>"
        "<div class='slide'><img src='/g/2.jpg'><div class='slide-caption'>Riders wait for the Ferris wheel.</div></div>"
        "</div></article><footer>© 2026 Ridge Gazette</footer></body></html>"
    )
    article = cqnews.parse(html, url="https://ridge.example/photos/fair")
    assert [block.text for block in article.body] == [
        "The county fair opened Thursday with livestock shows, a carnival midway and the annual pie contest."
    ]
    assert [image.caption for image in article.images] == ["Mia Lund, 9, shows her goat.", "Riders wait for the Ferris wheel."]
    assert article.authors == ["Sam Ortega"]


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        ("<h2>社区动态</h2>", "<p>据本台报道，街道办主任刘芳表示：“下月起增设两个便民服务点。”</p>"),
        ("<h1>城事</h1>", "<p>据晚报消息</p>"),
        ("<h2>Town notes</h2>", "<p>The library will open on Sundays from next month.</p>"),
    ],
)
def test_a_heading_trafilatura_runs_into_the_only_block_is_a_block_of_its_own(heading: str, paragraph: str) -> None:
    # A tiny page: one heading (not the title's headline) and one short paragraph. trafilatura gives the
    # body's text as one block, the heading first; the heading is no opening words of the paragraph.
    article = cqnews.parse(f"<html><body>{heading}{paragraph}</body></html>", url="https://example.cn/a/1.html")
    texts = [block.text for block in article.body]
    assert texts[-1] == paragraph[3:-4]
    assert all(not text.startswith(heading[4:-5] + " ") for text in texts)


def test_a_heading_elsewhere_that_opens_the_paragraphs_words_is_not_cut_from_them() -> None:
    # "Warning" is a sidebar heading; the one paragraph opens with the same word. The block is the paragraph's own
    # text, no heading run into it: it is kept whole.
    html = (
        "<html><body><p>Warning signs are everywhere in the old mill, the inspector said on Monday.</p>"
        "<aside><h3>Warning</h3></aside></body></html>"
    )
    article = cqnews.parse(html, url="https://example.com/a/2.html")
    assert [block.text for block in article.body] == [
        "Warning signs are everywhere in the old mill, the inspector said on Monday."
    ]
