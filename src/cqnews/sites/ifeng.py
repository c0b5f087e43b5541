"""ifeng / Phoenix New Media (ifeng.com).

Verified on a real page: a 2019 news.ifeng.com/c/ article. Its React build adds hashed suffixes
to class names (``text-3zQ3cZD4``), so selectors match on the stable prefix.
"""

from __future__ import annotations

from .base import Layout, Site

__all__ = ["Ifeng"]


class HashedReact(Layout):
    """news.ifeng.com/c/…: ``div.main_content-…`` > ``div.text-…``; pictures with captions are ``p`` too."""

    NAME = "react-2019"
    BODY = "(//div[starts-with(@class, 'main_content-')]//div[starts-with(@class, 'text-')])[1]"
    HEADLINE = "//h1[starts-with(@class, 'topic-')]"
    DATE = "//p[starts-with(@class, 'time-')]/span[1]"
    BYLINE = "//p[starts-with(@class, 'time-')]/span[2]"
    # Paragraphs only: an unclosed <blockquote> in the source swallows the rest of the story.
    PARAGRAPHS = ".//p"
    # A picture paragraph is followed by its caption paragraph.
    DROP = ".//p[preceding-sibling::p[1][.//img] and string-length(normalize-space()) < 60]"
    IMAGES = "(//div[starts-with(@class, 'main_content-')]//div[starts-with(@class, 'text-')])[1]//p[.//img]"
    CAPTION = "following-sibling::p[1][string-length(normalize-space()) < 60]"


class Ifeng(Site):
    """Phoenix New Media."""

    NAME = "ifeng"
    DOMAINS = ("ifeng.com",)
    LAYOUTS = (HashedReact,)
    LANGUAGE = "zh"
    TIMEZONE = "Asia/Shanghai"
