"""The site plugin layer: resolution, layout versions, fallbacks, third-party plugins, text dumps."""

from __future__ import annotations

import sys
import tomllib
from datetime import date
from importlib import metadata
from pathlib import Path

import pytest

import cqnews
from cqnews import ExtractionMethod, UnknownSiteError, sites
from cqnews.sites import registry
from cqnews.testing import assert_matches_expected, check, load_expected, read_page
from tests.paths import EXAMPLES, SEED, SITES

FIXTURES = SITES
PLUGIN = EXAMPLES / "plugin"
PEOPLE = FIXTURES / "magichtml_finance.people.com.cn_1e20e02712.html.gz"
PEOPLE_URL = "http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html"


@pytest.fixture(autouse=True)
def _fresh_registry():
    sites.refresh()
    yield
    sites.refresh()


# -- resolution -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://english.news.cn/20230115/x/c.html", "xinhua"),
        ("http://www.he.xinhuanet.com/news/2012-06/04/content_25340717.htm", "xinhua"),
        ("https://web.archive.org/web/20120611024252/http://www.he.xinhuanet.com/news/x.htm", "xinhua"),
        ("https://en.people.cn/n3/2024/0510/c90000-1.html", "people"),
        ("https://www.ichongqing.info/2021/05/17/liangjiang/", "ichongqing"),
        ("https://www.ichongqing.info/2021/05/17/liangjiang/amp/", "ichongqing"),
        ("www.sohu.com/a/780060546_458722", "sohu"),
        ("https://www.ecns.cn/news/2024-05-20/detail.shtml", "chinanews"),
    ],
)
def test_domain_resolution_longest_suffix(url: str, name: str) -> None:
    site = sites.for_url(url)
    assert site is not None and site.NAME == name


def test_article_url_pattern_limits_a_site_to_articles() -> None:
    assert sites.for_url("https://www.ichongqing.info/category/news/") is None
    assert sites.for_url("https://example.org/2021/05/17/x/") is None


def test_unknown_site_name_raises() -> None:
    with pytest.raises(UnknownSiteError, match="no site plugin called 'nope'"):
        cqnews.parse("<html><body><p>x</p></body></html>", site="nope")
    with pytest.raises(UnknownSiteError):
        cqnews.parse_text("Some text.", site="nope")


def test_explicit_site_wins_over_url() -> None:
    article = cqnews.parse(read_page(PEOPLE), url="https://example.org/a.html", site="people")
    assert (article.site, article.extraction.layout) == ("people", "rm_txt")


def test_site_records_method_plugin_layout() -> None:
    article = cqnews.parse(read_page(PEOPLE), url=PEOPLE_URL)
    assert article.extraction.method is ExtractionMethod.SITE
    assert (article.site, article.extraction.plugin, article.extraction.layout) == ("people", "people", "rm_txt")


# -- layouts: versions and fallbacks ----------------------------------------------------------------


def test_crawl_date_picks_the_layout_valid_then() -> None:
    xinhua = sites.get("xinhua")
    assert xinhua.candidates(date(2013, 1, 1))[0].NAME == "regional-2012"
    assert xinhua.candidates(date(2020, 6, 1))[0].NAME == "p-detail-2020"
    assert xinhua.candidates(date(2024, 1, 1))[0].NAME == "detail-2021"
    assert xinhua.candidates(None)[0].NAME == "detail-2021"


def test_layout_valid_at_crawl_date_that_misses_warns_and_next_layout_serves() -> None:
    page = read_page(FIXTURES / "newspaper4k_chinese_article_002.html.gz")
    article = cqnews.parse(page, url="http://www.news.cn/fortune/2023-11/17/c_1129981476.htm", crawl_date=date(2012, 6, 1))
    assert article.extraction.layout == "detail-2021"
    assert any("regional-2012" in warning for warning in article.extraction.warnings)


def test_changed_layout_falls_back_to_generic_never_empty() -> None:
    html = read_page(PEOPLE).decode("utf-8")
    mutated = html.replace("rm_txt_con", "article-text-v2").replace('class="layout rm_txt cf"', 'class="layout story"')
    article = cqnews.parse(mutated, url=PEOPLE_URL)
    assert article.extraction.method is ExtractionMethod.GENERIC
    assert article.site is None
    assert any("people: no layout fits the page" in warning for warning in article.extraction.warnings)
    assert len(article.body) > 10
    assert article.body[0].text.startswith("5月9日，国务院新闻办举行")


def test_layout_with_empty_body_falls_back_to_generic() -> None:
    html = read_page(PEOPLE).decode("utf-8")
    start = html.index('<div class="rm_txt_con cf">') + len('<div class="rm_txt_con cf">')
    # Move the text out of the container: the fingerprint still matches, the body is empty.
    mutated = html[:start] + "</div><div class='moved'>" + html[start:]
    article = cqnews.parse(mutated, url=PEOPLE_URL)
    assert article.extraction.method is ExtractionMethod.GENERIC
    assert any("found no body text" in warning for warning in article.extraction.warnings)
    assert article.body


# -- platforms ------------------------------------------------------------------------------------

WORDPRESS_PAGE = """<!DOCTYPE html><html lang="en"><head><meta name="generator" content="WordPress 6.4.2">
<title>Hotpot week opens - Example Blog</title></head><body>
<header><nav><a href="/">Home</a></nav></header>
<article><h1 class="entry-title">Hotpot week opens</h1>
<time class="entry-date published" datetime="2024-05-02T10:00:00+08:00">May 2</time>
<div class="entry-content">
<p>The city's hotpot week opened on Thursday with more than 200 restaurants taking part in the event.</p>
<div class="wp-caption"><img src="/wp-content/uploads/2024/05/pot.jpg" width="800" height="600"><p class="wp-caption-text">A pot. (iChongqing/Truman PENG)</p></div>
<p>Organisers expect a million visitors over the coming seven days, they said in a statement.</p>
<div class="sharedaddy"><p>Share this:</p></div>
</div><a rel="tag" href="/tag/food">Food</a></article>
<footer><p>Copyright 2024</p></footer></body></html>"""


def test_wordpress_platform_on_unknown_domain() -> None:
    article = cqnews.parse(WORDPRESS_PAGE, url="https://blog.example.org/2024/05/02/hotpot/")
    assert article.extraction.method is ExtractionMethod.PLATFORM
    assert (article.extraction.plugin, article.extraction.layout, article.site) == ("wordpress", "wordpress", None)
    assert article.headline == "Hotpot week opens"
    assert [block.text for block in article.body] == [
        "The city's hotpot week opened on Thursday with more than 200 restaurants taking part in the event.",
        "Organisers expect a million visitors over the coming seven days, they said in a statement.",
    ]
    assert article.tags == ["Food"]


def test_ichongqing_html_uses_wordpress_layout_under_its_name() -> None:
    article = cqnews.parse(WORDPRESS_PAGE, url="https://www.ichongqing.info/2024/05/02/hotpot/")
    assert (article.site, article.extraction.layout) == ("ichongqing", "wordpress")
    assert article.published is not None and article.published.isoformat().startswith("2024-05-02T10:00")


def test_trs_platform_fingerprint() -> None:
    html = "<html><body><h1>标题</h1><div class='TRS_Editor'><p>" + "正文内容很长。" * 20 + "</p></div></body></html>"
    article = cqnews.parse(html, url="http://www.example.gov.cn/a.html")
    assert (article.extraction.method, article.extraction.plugin) == (ExtractionMethod.PLATFORM, "trs")


def test_unknown_page_takes_the_generic_path() -> None:
    html = "<html><head><title>A story</title></head><body><article><p>" + "Plain words here. " * 30 + "</p></article></body></html>"
    article = cqnews.parse(html, url="https://unknown.example/story")
    assert article.extraction.method is ExtractionMethod.GENERIC
    assert (article.extraction.plugin, article.extraction.layout) == (None, None)


# -- text dumps -----------------------------------------------------------------------------------


def test_ichongqing_text_dump_reports_the_site() -> None:
    article = cqnews.parse_text(SEED.read_text(), url="https://www.ichongqing.info/2021/05/17/liangjiang-new-area/")
    assert article.site == "ichongqing"
    assert (article.extraction.plugin, article.extraction.layout) == ("ichongqing", "text")
    assert article.headline == "Liangjiang New Area: Build An Inland Highland for Film and Television Production"
    assert article.body[0].text.startswith("Chongqing – The 2021 Chongqing Liangjiang New Area Film and Television")
    assert article.body[-1].text.startswith("At present, Liangjiang New Area is accelerating the construction")
    # The five captions with their "(iChongqing/Truman PENG)" credits are not body text.
    assert not any("(iChongqing/" in block.text for block in article.body)


def test_ichongqing_text_dump_captions_become_images() -> None:
    draft = sites.get("ichongqing")().parse_text(SEED.read_text())
    captions = [image.caption for image in draft.images]
    assert len(captions) == 5
    assert captions[0] == "The opening ceremony of the Liangjiang Film and Television Industry Summit Forum. (iChongqing/Truman PENG)"
    assert draft.images[0].position == 2 and draft.images[0].src is None


def test_text_dump_of_unknown_site_is_plain_text_path() -> None:
    article = cqnews.parse_text(SEED.read_text(), url="https://example.org/x")
    assert article.extraction.method is ExtractionMethod.TEXT and article.site is None


# -- third-party plugins ----------------------------------------------------------------------------


@pytest.fixture()
def installed_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Install examples/plugin the way pip would, minus pip: a dist-info with its entry points on sys.path."""
    dist = tmp_path / "cqnews_example_site-0.1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: cqnews-example-site\nVersion: 0.1.0\n")
    # The entry points exactly as the package's pyproject.toml declares them.
    declared = tomllib.loads((PLUGIN / "pyproject.toml").read_text())["project"]["entry-points"]
    lines = [f"[{group}]\n" + "".join(f"{name} = {value}\n" for name, value in points.items()) for group, points in declared.items()]
    (dist / "entry_points.txt").write_text("\n".join(lines))
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.syspath_prepend(str(PLUGIN / "src"))
    monkeypatch.delitem(sys.modules, "cqnews_example_site", raising=False)
    sites.refresh()
    return PLUGIN / "src" / "cqnews_example_site"


def test_example_plugin_declares_one_entry_point_per_domain() -> None:
    declared = tomllib.loads((PLUGIN / "pyproject.toml").read_text())["project"]["entry-points"]["cqnews.sites"]
    assert declared == {"cqwb.example": "cqnews_example_site:EveningPost", "m.cqwb.example": "cqnews_example_site:EveningPost"}


def test_example_plugin_is_found_lazily_and_parses_its_page(installed_example: Path) -> None:
    rows = {row.name: row for row in sites.available()}
    assert rows["cqwb"].source == "cqnews-example-site"
    assert set(rows["cqwb"].domains) >= {"cqwb.example", "m.cqwb.example"}
    assert rows["cqwb"].layouts == ("story-2024", "legacy-2019")
    case = load_expected(installed_example / "sample.expected.json")
    article = cqnews.parse((installed_example / "sample.html").read_bytes(), url=case["url"])
    assert_matches_expected(article, case["expected"])


def test_third_party_plugin_is_not_imported_for_other_domains(installed_example: Path) -> None:
    sites.refresh()
    cqnews.parse(read_page(PEOPLE), url=PEOPLE_URL)
    assert "cqnews_example_site" not in sys.modules
    assert sites.for_url("https://m.cqwb.example/a").NAME == "cqwb"
    assert "cqnews_example_site" in sys.modules


def test_third_party_plugin_overrides_builtin(monkeypatch: pytest.MonkeyPatch) -> None:
    entry = metadata.EntryPoint(name="people.com.cn", value="cqnews.sites.sohu:Sohu", group=registry.ENTRY_POINT_GROUP)
    monkeypatch.setattr(registry, "_entry_points", lambda: (entry,))
    sites.refresh()
    assert sites.for_url(PEOPLE_URL).NAME == "sohu"
    # The longer built-in suffix still wins for its own subdomain.
    assert sites.for_url("https://www.sohu.com/a/1").NAME == "sohu"


def test_broken_plugin_does_not_break_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    entry = metadata.EntryPoint(name="people.com.cn", value="no_such_module:Site", group=registry.ENTRY_POINT_GROUP)
    monkeypatch.setattr(registry, "_entry_points", lambda: (entry,))
    sites.refresh()
    article = cqnews.parse(read_page(PEOPLE), url=PEOPLE_URL)
    assert article.site == "people"
    assert any(row.error for row in sites.available())


def test_register_at_run_time() -> None:
    @sites.register
    class Local(sites.Site):
        NAME = "local"
        DOMAINS = ("local.example",)
        LAYOUTS = (sites.GenericLayout,)

    assert sites.for_url("https://news.local.example/a").NAME == "local"
    assert sites.get("local") is Local


def test_available_rows_for_the_cli() -> None:
    rows = sites.rows()
    names = [row[0] for row in rows]
    assert {"ichongqing", "xinhua", "people", "wordpress", "trs"} <= set(names)
    assert all(len(row) == 5 and all(isinstance(cell, str) for cell in row) for row in rows)


# -- cqnews.testing -------------------------------------------------------------------------------


def test_assert_matches_expected_gives_a_unified_diff() -> None:
    article = cqnews.parse(read_page(PEOPLE), url=PEOPLE_URL)
    with pytest.raises(AssertionError) as info:
        assert_matches_expected(article, {"headline": "Wrong", "body_contains": ["河南", "not there"]})
    message = str(info.value)
    assert '-  "headline": "Wrong"' in message
    assert '+  "headline": "在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）"' in message
    assert "<missing> not there" in message
    assert check(article, {"site": "people", "published": "2024-05-10"}) is None


def test_unknown_expected_key_is_an_error() -> None:
    article = cqnews.parse(read_page(PEOPLE), url=PEOPLE_URL)
    with pytest.raises(KeyError):
        check(article, {"headlines": "x"})


# -- images of declared figures ---------------------------------------------------------------------


def test_declared_figures_give_captions_and_positions() -> None:
    from cqnews.decoding import decode
    from cqnews.document import parse_tree
    from cqnews.extract.metadata import read_metadata
    from cqnews.options import DEFAULT_OPTIONS

    html = decode(read_page(FIXTURES / "magichtml_163.com_bb5f5ce0c7.html.gz"), None).text
    root = parse_tree(html, DEFAULT_OPTIONS)
    draft, _ = sites.extract_page(root, "https://www.163.com/dy/article/J22CN60P0514R9KQ.html", read_metadata(root))
    assert [image.caption for image in draft.images] == ["车主们将车停在外面小树林中", "图为浦东新区合庆镇益民村民委员会", "图为停车场道闸 资料图"]
    first = draft.images[0]
    assert first.src is not None and first.src.startswith("https://nimg.ws.126.net/")
    # The first picture stands between "出乎意料的是…" and the subheading "停车乱象普遍外溢".
    assert draft.blocks[first.position - 1].text == "出乎意料的是，标准化物业的管理效果并不如设想那般美好。"
    assert draft.blocks[first.position].text == "停车乱象普遍外溢"
    assert draft.bylines == ["文/栗思", "编辑/倪家宁"]


def test_print_edition_note_is_a_credit_line_not_body() -> None:
    from cqnews.extract.boilerplate import is_credit_line

    assert is_credit_line("《 人民日报 》（ 2024年05月10日   04 版）")
    assert is_credit_line("《光明日报》（2024年05月20日 03版）")
    assert not is_credit_line("《人民日报》评论指出，经济持续回升向好（2024年）的态势没有改变。")


def test_credit_lines_lose_the_brackets_around_them() -> None:
    from cqnews.sites.layout import unwrap_brackets

    assert unwrap_brackets("(责编：胡永秋、杨光宇)") == "责编：胡永秋、杨光宇"
    assert unwrap_brackets("【责任编辑：严玉洁】") == "责任编辑：严玉洁"
    assert unwrap_brackets("[ 责编：张倩 ]") == "责编：张倩"
    assert unwrap_brackets("记者 张三 (实习)") == "记者 张三 (实习)"
    assert unwrap_brackets("(a) and (b)") == "(a) and (b)"


def test_tag_lines_and_opinion_disclaimers_are_boilerplate() -> None:
    from cqnews.extract.boilerplate import is_boilerplate

    assert is_boilerplate("关键字： LPR")
    assert is_boilerplate("Tags: economy, trade")
    assert is_boilerplate("Opinion articles reflect the views of their authors, not necessarily those of China.org.cn.")
    assert is_boilerplate("Mitchell Blatt is a columnist with China.org.cn. For more information please visit:")
    assert not is_boilerplate("Keywords matter less than the story, the editor said in an interview on Monday.")


def test_reach_2026_layout_takes_the_visible_headline_not_the_share_title() -> None:
    html = (
        "<html><head><meta property='og:title' content=\"Man seen 'near lake, 40'\"></head><body>"
        "<h1>Man seen ‘near the lake’ by a 40-year-old walker</h1>"
        "<article id='article-body'><p>A man was seen near the lake early on Sunday by a walker who "
        "alerted the police, officers said in a statement on Monday morning.</p>"
        "<p>Police asked anyone who was in the area between six and eight in the morning to come "
        "forward with any information they might have.</p></article></body></html>"
    )
    article = cqnews.parse(html, url="https://www.dailystar.co.uk/news/latest-news/man-seen-1234")
    assert (article.site, article.extraction.layout) == ("dailystar", "article-body")
    assert article.headline == "Man seen ‘near the lake’ by a 40-year-old walker"
