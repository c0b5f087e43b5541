"""China News Service (chinanews.com, chinanews.com.cn; English: ecns.cn).

Verified on a real page: a 2020 chinanews.com article (``div.left_zw``). The ecns.cn layout is not
verified offline: it uses the generic body with the site's tag, and is marked as such.
"""

from __future__ import annotations

from .base import GenericLayout, Layout, Site, has_class

__all__ = ["ChinaNews"]


class LeftZw(Layout):
    """chinanews.com article pages: ``div.left_zw`` body under ``div.content``."""

    NAME = "left_zw"
    BODY = f"/descendant::div[{has_class('left_zw')}][1]"
    HEADLINE = f"//div[{has_class('content')}]/h1 | //div[{has_class('left')}]/h1"
    DATE = f"//div[{has_class('left-t')}]/text()[1]"
    DROP = f".//table[{has_class('adInContent')}] | .//div[{has_class('adEditor')}]"


class EcnsGeneric(GenericLayout):
    """ecns.cn (unverified offline): generic body extraction under the site's name."""

    NAME = "ecns-generic"
    FINGERPRINT = "//link[contains(@href, 'ecns.cn')] | //a[contains(@href, 'ecns.cn')]"


class ChinaNews(Site):
    """China News Service."""

    NAME = "chinanews"
    DOMAINS = ("chinanews.com", "chinanews.com.cn", "ecns.cn")
    LAYOUTS = (LeftZw, EcnsGeneric)
    # No LANGUAGE: the site publishes in more than one language.
    TIMEZONE = "Asia/Shanghai"
