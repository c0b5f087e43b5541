"""Euronews (euronews.com), English edition.

Verified on real pages (the Fundus test pages of 2024 and 2026): the text is in
``div.c-article-content``. The site gives its article a shorter headline in ``og:title`` than
the visible ``<h1>`` ("… reports of leaks to violent gangs" against "… reports of information
leaks …"); the layout takes the declared one, as the site's own sharing and listings do.
"""

from __future__ import annotations

from .base import DECLARED_TITLE, Layout, Site, has_class

__all__ = ["Euronews"]


class ArticleNewsy(Layout):
    """``article.o-article-newsy`` pages (2024-): body ``div.c-article-content``."""

    NAME = "article-newsy"
    BODY = f"/descendant::div[{has_class('c-article-content')}][1]"
    HEADLINE = DECLARED_TITLE
    SUMMARY = "//meta[@property='og:description']/@content"
    DROP = f".//div[{has_class('widget')}]"  # embedded widgets: related stories, videos, newsletters


class Euronews(Site):
    """Euronews, the pan-European broadcaster's site."""

    NAME = "euronews"
    DOMAINS = ("euronews.com",)
    LAYOUTS = (ArticleNewsy,)
    # No LANGUAGE: the site publishes in more than one language.
    # No TIMEZONE: UK and EU zones have daylight saving; the pages write their offsets.
