"""Banyuetan (banyuetan.org), Xinhua's current-affairs magazine.

Verified on a real page: a 2020 article (``div#detail_content``).
"""

from __future__ import annotations

from .base import Layout, Site, has_class

__all__ = ["Banyuetan"]


class DetailContent(Layout):
    """``div.detail_tit`` holds title and date; the text is ``div#detail_content``."""

    NAME = "detail_content"
    BODY = "//div[@id='detail_content']"
    HEADLINE = f"//div[{has_class('detail_tit')}]/h1"
    DATE = f"//div[{has_class('detail_tit_time')}]"
    # The first paragraph is the byline, "半月谈记者 史卫燕".
    BYLINE = "//div[@id='detail_content']/p[starts-with(normalize-space(), '半月谈记者')]"
    DROP = (
        "./p[starts-with(normalize-space(), '半月谈记者')]"
        f" | .//*[{has_class('detail_page')} or {has_class('page')}]"
    )


class Banyuetan(Site):
    """Banyuetan (半月谈)."""

    NAME = "banyuetan"
    DOMAINS = ("banyuetan.org",)
    LAYOUTS = (DetailContent,)
    LANGUAGE = "zh"
    TIMEZONE = "Asia/Shanghai"
