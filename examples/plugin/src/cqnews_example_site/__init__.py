"""Chongqing Evening Post (cqwb.example): an example cqnews site plugin with two layout versions."""

from __future__ import annotations

from datetime import date

from cqnews.sites import Layout, Site, has_class

__all__ = ["EveningPost"]


class Story2024(Layout):
    """Current design: ``article.story`` with ``div.story-body``."""

    NAME = "story-2024"
    BODY = f"//article[{has_class('story')}]//div[{has_class('story-body')}]"
    HEADLINE = f"//article[{has_class('story')}]//h1"
    BYLINE = f"//p[{has_class('byline')}]"
    DATE = "//time/@datetime"
    DROP = f".//*[{has_class('share')} or {has_class('related')}]"
    TAGS = f"//ul[{has_class('tags')}]/li"


class Legacy2019(Layout):
    """Design used until 2024: a ``div#content`` of paragraphs."""

    NAME = "legacy-2019"
    VALID_UNTIL = date(2024, 1, 1)
    BODY = "//div[@id='content']"
    HEADLINE = "//div[@id='title']"


class EveningPost(Site):
    """Chongqing Evening Post (example)."""

    NAME = "cqwb"
    DOMAINS = ("cqwb.example",)
    LAYOUTS = (Story2024, Legacy2019)
    LANGUAGE = "en"
    TIMEZONE = "Asia/Shanghai"  # times the pages write without an offset are China time
