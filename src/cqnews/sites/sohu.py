"""Sohu (sohu.com).

Verified on a real page: a 2024 www.sohu.com/a/ article (``article#mp-editor``).
"""

from __future__ import annotations

from .base import Layout, Site, has_class

__all__ = ["Sohu"]


class MpEditor(Layout):
    """Self-media articles: ``article#mp-editor``; the "back to Sohu" link closes the text."""

    NAME = "mp-editor"
    BODY = "//article[@id='mp-editor']"
    HEADLINE = f"//div[{has_class('text-title')}]/h1"
    DATE = "//span[@id='news-time']"
    BYLINE = f"//div[{has_class('user-info')}]//h4"
    DROP = ".//*[@data-role='original-link'] | .//p[contains(., '返回搜狐')]"


class Sohu(Site):
    """Sohu."""

    NAME = "sohu"
    DOMAINS = ("sohu.com",)
    LAYOUTS = (MpEditor,)
    LANGUAGE = "zh"
    TIMEZONE = "Asia/Shanghai"
