"""CGTN (news.cgtn.com, www.cgtn.com).

Verified on a real page: the article body of a 2019 news page (``div#cmsMainContent``, a
body-only fragment). Headline and date selectors come from the same CMS's full pages and are
not verified offline; the metadata fills them when they miss.
"""

from __future__ import annotations

from .base import Layout, Site, has_class

__all__ = ["CGTN"]


class CmsMain(Layout):
    """Paragraphs are ``div.text`` blocks inside ``div#cmsMainContent``; pictures in ``div.cmsImage``."""

    NAME = "cms-main"
    BODY = "//div[@id='cmsMainContent']"
    PARAGRAPHS = f".//div[{has_class('text')}] | ./p | ./h2 | ./h3 | ./blockquote"
    HEADLINE = f"//h1[{has_class('news-title')}] | //div[{has_class('news-title')}]/h1"
    DATE = f"//span[{has_class('date')}]"
    IMAGES = f"//div[@id='cmsMainContent']//div[{has_class('cmsImage')}]"
    CAPTION = f".//div[{has_class('imageCaption')}]//p[{has_class('title')}]"


class CGTN(Site):
    """China Global Television Network."""

    NAME = "cgtn"
    DOMAINS = ("cgtn.com",)
    LAYOUTS = (CmsMain,)
    # No LANGUAGE: the site publishes in more than one language.
    TIMEZONE = "Asia/Shanghai"
