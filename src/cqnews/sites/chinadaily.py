"""China Daily (chinadaily.com.cn, its channels and the Chinese site cn.chinadaily.com.cn).

Verified on real pages: an English picture story (2024, ``div.picshow``) and a Chinese article
(2023, ``div.article#Content``). The English text-article layout (``div#Content`` under
``div.main_art``) shares the same body selector.
"""

from __future__ import annotations

from .base import Layout, Site, has_class

__all__ = ["ChinaDaily"]


class English(Layout):
    """www.chinadaily.com.cn: ``div.main_art`` with the text in ``div#Content``."""

    NAME = "english"
    FINGERPRINT = f"//div[{has_class('main_art')}]//div[@id='Content']"
    BODY = "/descendant::div[@id='Content'][1]"
    HEADLINE = f"//div[{has_class('main_art')}]//h1"
    DATE = f"//span[{has_class('info_l')}]/text()[1]"
    DROP = ".//figcaption | .//*[@id='div_currpage']"
    IMAGES = "//div[@id='Content']//figure[.//img]"
    CAPTION = ".//figcaption"


class Chinese(Layout):
    """Chinese channels (china.chinadaily.com.cn …): ``div.container-left2`` with ``div.article``."""

    NAME = "chinese"
    FINGERPRINT = f"//div[{has_class('container-left2')}]//div[@id='Content']"
    BODY = "/descendant::div[@id='Content'][1]"
    HEADLINE = f"//h1[{has_class('dabiaoti')}]"
    DATE = f"//div[{has_class('fenx')}]/div[{has_class('xinf-le')}][2]"
    DROP = f".//div[contains(., '责任编辑') and not(.//p)] | .//*[{has_class('selectpage')}]"


class ChinaDaily(Site):
    """China Daily."""

    NAME = "chinadaily"
    DOMAINS = ("chinadaily.com.cn", "chinadaily.cn")
    LAYOUTS = (English, Chinese)
    # No LANGUAGE: the site publishes in more than one language.
    TIMEZONE = "Asia/Shanghai"
