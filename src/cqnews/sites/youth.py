"""China Youth Net (youth.cn and its channels), on the TRS WCM platform.

Verified on real pages: news.youth.cn 2024 and an edu.youth.cn 2017 article; both keep the text
in ``div.TRS_Editor`` inside ``div#container``.
"""

from __future__ import annotations

from .base import Layout, Site, has_class

__all__ = ["ChinaYouth"]


class Container(Layout):
    """``div#container`` > ``div.TRS_Editor``; title in ``div.page_title`` or the page ``<h1>``."""

    NAME = "trs-container"
    BODY = "(//div[@id='container']//div[contains(@class, 'TRS_Editor')])[1]"
    HEADLINE = (
        f"//div[{has_class('page_title')}]/h1 | //div[{has_class('page_bt')}]//h1"
        f" | //h1[not(ancestor::*[{has_class('header')}])]"
    )
    DATE = "//span[@id='page_right']/text()[1] | //span[@id='pubtime']"
    PARAGRAPHS = ".//p | .//h2 | .//h3 | .//blockquote"


class ChinaYouth(Site):
    """China Youth Net."""

    NAME = "youth"
    DOMAINS = ("youth.cn",)
    LAYOUTS = (Container,)
    LANGUAGE = "zh"
    TIMEZONE = "Asia/Shanghai"
