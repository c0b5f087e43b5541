"""Site and Layout check their declarations when a class is defined; broken plugins are reported."""

from __future__ import annotations

from datetime import date, datetime
from importlib import metadata

import pytest

import cqnews
from cqnews import sites
from cqnews.sites import Layout, Platform, PluginDefinitionError, Site, registry
from cqnews.timezones import CHINA_TZ, zone


class Body(Layout):
    NAME = "body"
    BODY = "//article"


def test_a_valid_declaration_defines_the_class() -> None:
    class Fine(Site):
        NAME = "fine"
        DOMAINS = ("fine.example",)
        LAYOUTS = (Body,)
        LANGUAGE = "ko"
        TIMEZONE = "Asia/Seoul"

    assert Fine.LAYOUTS == (Body,)


def test_a_broken_xpath_fails_at_definition_naming_class_and_constant() -> None:
    with pytest.raises(PluginDefinitionError, match=r"Broken\.BODY is not a valid XPath.*//div\[@class="):
        class Broken(Layout):
            NAME = "broken"
            BODY = "//div[@class="


def test_a_relative_selector_and_the_rest_are_checked_too() -> None:
    with pytest.raises(PluginDefinitionError, match=r"\.CAPTION is not a valid XPath"):
        class BadCaption(Layout):
            BODY = "//article"
            CAPTION = ".//p[["


def test_a_selector_that_is_not_a_string_fails() -> None:
    with pytest.raises(PluginDefinitionError, match=r"\.HEADLINE must be an XPath string"):
        class Listed(Layout):
            HEADLINE = 1  # type: ignore[assignment]


def test_drop_text_regexes_compile_and_form_a_tuple() -> None:
    with pytest.raises(PluginDefinitionError, match=r"DROP_TEXT: '\(unclosed' is not a valid regex"):
        class BadRegex(Layout):
            DROP_TEXT = ("(unclosed",)
    with pytest.raises(PluginDefinitionError, match=r"DROP_TEXT must be a tuple"):
        class BareString(Layout):
            DROP_TEXT = "Share this"  # type: ignore[assignment]


def test_layout_names_must_be_unique_within_a_site() -> None:
    class Other(Layout):
        NAME = "body"
        BODY = "//main"

    with pytest.raises(PluginDefinitionError, match=r"two layouts are called 'body'"):
        class Twice(Site):
            NAME = "twice"
            LAYOUTS = (Body, Other)


def _dated(name: str, until: date) -> type[Layout]:
    return type(name, (Layout,), {"NAME": name, "BODY": "//article", "VALID_UNTIL": until})


def test_valid_until_dates_are_distinct_and_newest_first() -> None:
    old, older = _dated("old", date(2021, 1, 1)), _dated("older", date(2018, 1, 1))

    class Ordered(Site):
        NAME = "ordered"
        LAYOUTS = (Body, old, older)

    with pytest.raises(PluginDefinitionError, match=r"layout 'old' is valid until 2021-01-01, not before"):
        class Reversed(Site):
            NAME = "reversed"
            LAYOUTS = (Body, older, old)
    same = _dated("same", date(2021, 1, 1))
    with pytest.raises(PluginDefinitionError, match=r"list layouts newest first, each with its own end date"):
        class SameDay(Site):
            NAME = "sameday"
            LAYOUTS = (old, same)


def test_layouts_must_be_layout_classes() -> None:
    with pytest.raises(PluginDefinitionError, match=r"LAYOUTS holds .* not a Layout subclass"):
        class Instance(Site):
            NAME = "instance"
            LAYOUTS = ("//article",)  # type: ignore[assignment]


def test_site_name_domains_and_article_url_are_checked() -> None:
    with pytest.raises(PluginDefinitionError, match=r"NAME must be a non-empty string"):
        class Nameless(Site):
            LAYOUTS = (Body,)
    with pytest.raises(PluginDefinitionError, match=r"DOMAINS must be a tuple of domains"):
        class OneString(Site):
            NAME = "onestring"
            DOMAINS = "one.example"  # type: ignore[assignment]
    with pytest.raises(PluginDefinitionError, match=r"ARTICLE_URL: .* is not a valid regex"):
        class BadUrl(Site):
            NAME = "badurl"
            ARTICLE_URL = r"/(\d+"


def test_language_and_timezone_are_checked() -> None:
    with pytest.raises(PluginDefinitionError, match=r"LANGUAGE must be a lower-case ISO 639 code"):
        class English(Site):
            NAME = "english"
            LANGUAGE = "English"
    with pytest.raises(PluginDefinitionError, match=r"TIMEZONE: unknown time zone 'Mars/Olympus'"):
        class Mars(Site):
            NAME = "mars"
            TIMEZONE = "Mars/Olympus"


def test_the_chinese_flag_is_refused_with_its_replacement() -> None:
    with pytest.raises(PluginDefinitionError, match=r'CHINESE is gone: declare LANGUAGE = "zh" and TIMEZONE'):
        class Old(Site):
            NAME = "old"
            CHINESE = True


def test_platform_fingerprints_are_checked() -> None:
    with pytest.raises(PluginDefinitionError, match=r"DETECT is not a valid XPath"):
        class BadPlatform(Platform):
            NAME = "badplatform"
            DETECT = ("//meta[@name='generator'",)


def test_fixed_zones_need_no_tz_database() -> None:
    assert zone("Asia/Shanghai") is CHINA_TZ
    seoul = zone("Asia/Seoul")
    assert seoul.utcoffset(datetime(2024, 7, 1)) == seoul.utcoffset(datetime(2024, 1, 1))
    assert str(seoul.utcoffset(None)) == "9:00:00"


KOREAN_PAGE = """<html><head><title>x</title></head><body><article>
<p>2024년 5월 17일 서울에서 열린 회의에서 참석자들은 새로운 교통 정책에 대해 오랫동안 논의했다. 시는 다음 달부터 시행한다고 밝혔다.</p>
<time>2024-05-17 10:20</time></article></body></html>"""


def test_site_timezone_is_the_default_for_naive_times() -> None:
    class SeoulDaily(Site):
        NAME = "seouldaily"
        DOMAINS = ("seoul-daily.example",)
        LAYOUTS = (type("Article", (Layout,), {"NAME": "article", "BODY": "//article", "DATE": "//time"}),)
        LANGUAGE = "ko"
        TIMEZONE = "Asia/Seoul"

    sites.register(SeoulDaily)
    try:
        article = cqnews.parse(KOREAN_PAGE, url="https://www.seoul-daily.example/a/1")
    finally:
        sites.refresh()
    assert article.site == "seouldaily"
    assert article.published is not None and article.published.isoformat() == "2024-05-17T10:20:00+09:00"
    # Elsewhere the same page's time stays naive: no zone is guessed.
    assert cqnews.parse(KOREAN_PAGE, url="https://other.example/a/1").published.tzinfo is None


def test_a_plugin_that_fails_to_load_is_reported_on_its_domain(monkeypatch: pytest.MonkeyPatch) -> None:
    entry = metadata.EntryPoint(name="people.com.cn", value="no_such_module:Site", group=registry.ENTRY_POINT_GROUP)
    monkeypatch.setattr(registry, "_entry_points", lambda: (entry,))
    sites.refresh()
    try:
        article = cqnews.parse(KOREAN_PAGE, url="http://finance.people.com.cn/n1/2024/0510/c1004-1.html")
        other = cqnews.parse(KOREAN_PAGE, url="https://other.example/a/1")
        dump = cqnews.parse_text("A line of text that is long enough to be prose, and ends here.", url="http://people.com.cn/a")
        row = next(row for row in sites.available() if row.error)
    finally:
        sites.refresh()
    message = "site plugin no_such_module:Site for people.com.cn failed to load (ModuleNotFoundError"
    assert any(warning.startswith(message) for warning in article.extraction.warnings)
    assert any(warning.startswith(message) for warning in dump.extraction.warnings)
    assert not any("failed to load" in warning for warning in other.extraction.warnings)
    assert "ModuleNotFoundError" in (row.error or "")


def test_extract_page_returns_the_plugin_that_read_the_page() -> None:
    from cqnews.document import parse_tree
    from cqnews.extract.metadata import read_metadata
    from cqnews.options import DEFAULT_OPTIONS

    root = parse_tree(KOREAN_PAGE, DEFAULT_OPTIONS)
    draft, plugin = sites.extract_page(root, "https://other.example/a/1", read_metadata(root))
    assert plugin is None and draft.method is cqnews.ExtractionMethod.GENERIC
    draft, plugin = sites.extract_page(root, None, read_metadata(root), site="wordpress")
    assert plugin is not None and plugin.NAME == "wordpress"
