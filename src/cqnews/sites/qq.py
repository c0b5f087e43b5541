"""Tencent News (new.qq.com, news.qq.com).

Verified on real pages: new.qq.com 2024 (``div#ArticleContent``, paragraphs as ``div.qnt-p``) and
a 2016 news.qq.com page (``div#Cnt-Main-Article-QQ``).
"""

from __future__ import annotations

from datetime import date

from .base import Layout, Site, has_class

__all__ = ["Tencent"]


class Rain(Layout):
    """new.qq.com/rain/a/… since about 2020."""

    NAME = "rain"
    BODY = "//div[@id='ArticleContent']"
    PARAGRAPHS = f".//div[{has_class('qnt-p')}] | .//p[not(ancestor::div[{has_class('qnt-p')}])]"
    HEADLINE = f"//div[{has_class('content-article')}]/h1"
    DATE = f"//div[@id='article-author']//span[{has_class('time')}] | //meta[@name='apub:time']/@content"


class MainArticle2016(Layout):
    """news.qq.com before about 2018: ``div#Cnt-Main-Article-QQ``."""

    NAME = "cnt-main-2016"
    VALID_UNTIL = date(2018, 6, 1)
    BODY = "//div[@id='Cnt-Main-Article-QQ']"
    HEADLINE = f"//div[{has_class('hd')}]/h1"
    DATE = f"//span[{has_class('a_time')}] | //span[{has_class('article-time')}]"
    BYLINE = f"//div[{has_class('QQeditor')}]"
    DROP = f".//*[{has_class('mbArticleSharePic')} or {has_class('rv-root-v2')}]"


class Tencent(Site):
    """Tencent News."""

    NAME = "qq"
    DOMAINS = ("qq.com",)
    LAYOUTS = (Rain, MainArticle2016)
    LANGUAGE = "zh"
    TIMEZONE = "Asia/Shanghai"
