"""Xinhua (news.cn, xinhuanet.com and its regional channels such as he.xinhuanet.com).

Verified on real pages: ``www.news.cn`` 2023 (``div#detail``), ``www.xinhuanet.com`` 2020
(``div#p-detail``), ``english.news.cn`` 2023 (``div#detailContent``, a body-only fragment) and
the 2012 table layout of the Hebei channel (a Wayback Machine capture).
"""

from __future__ import annotations

from datetime import date

from lxml.html import HtmlElement

from ..draft import ImageDraft
from .base import Layout, Site, has_class

__all__ = ["Xinhua"]

# Caption paragraphs of english.news.cn: one navy span (color #000080) and nothing else.
_NAVY_CAPTION = "p[span[contains(@style, '#000080')] and not(text()[normalize-space()])]"


class Detail2021(Layout):
    """www.news.cn since the 2021 redesign: ``div#detail``, title in ``span.title``."""

    NAME = "detail-2021"
    BODY = "//div[@id='detail']"
    HEADLINE = f"(//div[{has_class('head-line')}]//span[{has_class('title')}] | //h1/span[{has_class('title')}])[1]"
    DATE = f"//div[{has_class('mheader')}]/div[{has_class('info')}]/text()[1]"
    DROP = ".//*[@id='articleEdit']"


class PDetail2020(Layout):
    """www.xinhuanet.com before the 2021 redesign: ``div#p-detail``; captions in ``<font>`` after pictures."""

    NAME = "p-detail-2020"
    VALID_UNTIL = date(2021, 7, 1)
    BODY = "//div[@id='p-detail']"
    HEADLINE = f"//div[{has_class('h-title')}] | //h1[@id='title']"
    DATE = f"//span[{has_class('h-time')}]"
    DROP = (
        f".//*[{has_class('lb')} or {has_class('zan-wap')} or {has_class('p-tags')}]"
        " | .//p[font and preceding-sibling::p[1][.//img]]"
    )
    IMAGES = "//div[@id='p-detail']/p[.//img]"
    CAPTION = "following-sibling::p[1][font]"


class EnglishDetail(Layout):
    """english.news.cn: ``div#detailContent``.

    The story ends with "■"; a photo gallery follows: each picture, then a short and a long
    caption paragraph (the long one closes with the credit, "(Xinhua/Mao Siqian)"). The lead
    pictures' captions are the same two paragraphs, styled as navy spans.
    """

    NAME = "english"
    BODY = "//div[@id='detailContent']"
    HEADLINE = f"//div[{has_class('Btitle')}] | //h1"
    DATE = f"//div[{has_class('wzzy')}]//span[{has_class('time')}]"
    DROP = f"./{_NAVY_CAPTION} | ./p[preceding-sibling::p[contains(., '■')]]"
    IMAGES = "//div[@id='detailContent']/p[.//img]"
    # The two paragraphs after a picture, when they are captions: navy (lead) or after the "■" (gallery).
    CAPTION = (
        "following-sibling::p[position() <= 2][not(.//img)]"
        "[span[contains(@style, '#000080')] or preceding-sibling::p[contains(., '■')]]"
    )

    def figure(self, figure: HtmlElement) -> ImageDraft | None:
        """The picture with its two caption paragraphs joined (the credit closes the second)."""
        draft = super().figure(figure)
        if draft is not None:
            draft.caption = " ".join(self.select(self.CAPTION, figure)) or None
        return draft


class Regional2012(Layout):
    """Regional channels' table layout of the early 2010s (he.xinhuanet.com …)."""

    NAME = "regional-2012"
    VALID_UNTIL = date(2016, 1, 1)
    BODY = "/descendant::td[contains(@style, 'font-size:14px')][p][1]"
    HEADLINE = "//td/b/font[contains(@style, 'font-size:20px')]"
    DATE = "//td[contains(@style, 'font-size:12px')]/font[contains(., '(')][1]"
    BYLINE = f"//td[{has_class('topxian')}]/font[contains(., '作者')]"


class Xinhua(Site):
    """Xinhua News Agency, Chinese and English."""

    NAME = "xinhua"
    DOMAINS = ("news.cn", "xinhuanet.com", "xinhua.org")
    LAYOUTS = (Detail2021, EnglishDetail, PDetail2020, Regional2012)
    # No LANGUAGE: the site publishes in more than one language.
    TIMEZONE = "Asia/Shanghai"
