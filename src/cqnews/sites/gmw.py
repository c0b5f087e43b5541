"""Guangming Online (gmw.cn and its channels).

Verified on real pages: news.gmw.cn 2024 (``div.u-mainText``) and a 2017 channel page
(``div#contentMain``).
"""

from __future__ import annotations

from datetime import date

from .base import Layout, Site, has_class

__all__ = ["Guangming"]


class MainText(Layout):
    """Since about 2020: ``div.u-mainText``; editor in ``div.m-zbTool`` ("[ 责编：张倩 ]")."""

    NAME = "u-mainText"
    BODY = f"/descendant::div[{has_class('u-mainText')}][1]"
    HEADLINE = f"//h1[{has_class('u-title')}]"
    DATE = f"//span[{has_class('m-con-time')}]"
    BYLINE = f"//span[{has_class('m-con-source')}] | //div[{has_class('m-zbTool')}]/span[{has_class('liability')}]"
    DROP = f".//div[{has_class('m-zbTool')}]"


class ContentMain(Layout):
    """Before about 2020: ``div#contentMain``; captions are ``p.pictext`` or 楷体 ``<font>`` after pictures."""

    NAME = "contentMain"
    VALID_UNTIL = date(2020, 1, 1)
    BODY = "//div[@id='contentMain']"
    HEADLINE = "//h1[@id='articleTitle']"
    DATE = "//span[@id='pubTime']"
    BYLINE = "//*[@id='contentLiability']"
    DROP = f".//p[{has_class('pictext')}] | .//p[font[contains(@style, '楷体')]] | .//*[@id='contentLiability']"
    IMAGES = "//div[@id='contentMain']/p[img]"
    CAPTION = f"following-sibling::p[1][{has_class('pictext')} or font[contains(@style, '楷体')]]"


class Guangming(Site):
    """Guangming Daily's site."""

    NAME = "gmw"
    DOMAINS = ("gmw.cn",)
    LAYOUTS = (MainText, ContentMain)
    LANGUAGE = "zh"
    TIMEZONE = "Asia/Shanghai"
