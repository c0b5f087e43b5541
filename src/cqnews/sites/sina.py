"""Sina News (news.sina.com.cn, finance.sina.com.cn and other channels).

Verified on real pages: news.sina.com.cn 2024 (``div#article``) and finance.sina.com.cn 2016
(``div#artibody``).
"""

from __future__ import annotations

from datetime import date

from .base import Layout, Site, has_class

__all__ = ["Sina"]

_CHROME = (
    f".//*[{has_class('show_author')} or {has_class('ct_hqimg')} or {has_class('article-notice')}"
    f" or starts-with(@id, 'ad_') or {has_class('appendQr_wrap')}]"
)


class Article(Layout):
    """Since about 2018: ``div#article`` with ``h1.main-title``."""

    NAME = "article"
    BODY = "//div[@id='article']"
    HEADLINE = f"//h1[{has_class('main-title')}]"
    DATE = f"//span[{has_class('date')}]"
    BYLINE = f"//p[{has_class('show_author')}]"
    DROP = _CHROME


class Artibody(Layout):
    """Before about 2018: ``div#artibody`` with ``h1#artibodyTitle``."""

    NAME = "artibody"
    VALID_UNTIL = date(2018, 1, 1)
    DROP_TEXT = (r"进入【.{2,12}】讨论$",)
    BODY = "//div[@id='artibody']"
    HEADLINE = "//h1[@id='artibodyTitle']"
    DATE = "//span[@id='pub_date'] | //span[@class='time-source']/text()[1]"
    DROP = _CHROME


class Sina(Site):
    """Sina."""

    NAME = "sina"
    DOMAINS = ("sina.com.cn", "sina.cn")
    LAYOUTS = (Article, Artibody)
    LANGUAGE = "zh"
    TIMEZONE = "Asia/Shanghai"
