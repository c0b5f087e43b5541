"""NetEase News (163.com).

Verified on real pages: a 2024 163.com/dy article (``div.post_body``) and a 2020 news.163.com
article (``div#endText``).
"""

from __future__ import annotations

from datetime import date

from .base import Layout, Site, has_class

__all__ = ["NetEase"]

# Pictures are ``p.f_center``; their caption is the short plain paragraph right after.
_CAPTION = "following-sibling::p[1][not(@class) and string-length(normalize-space()) < 60]"
# Closing credit lines: "文/栗思", "编辑/倪家宁".
_CREDIT = (
    "p[string-length(normalize-space()) < 30"
    " and (starts-with(normalize-space(), '文/') or starts-with(normalize-space(), '编辑/'))]"
)


class PostBody(Layout):
    """Since about 2021: ``div.post_body`` (no ``#endText``)."""

    NAME = "post_body"
    FINGERPRINT = f"//div[{has_class('post_body')}][not(.//div[@id='endText'])]"
    BODY = f"/descendant::div[{has_class('post_body')}][1]"
    HEADLINE = f"//h1[{has_class('post_title')}]"
    DATE = f"//div[{has_class('post_info')}]/text()[1]"
    BYLINE = f"//div[{has_class('post_body')}]/{_CREDIT}"
    DROP = f".//p[{has_class('f_center')}]/{_CAPTION} | ./{_CREDIT} | .//*[{has_class('post_statement')}]"
    IMAGES = f"//div[{has_class('post_body')}]//p[{has_class('f_center')}][.//img]"
    CAPTION = _CAPTION


class EndText(Layout):
    """Before about 2021: ``div#endText``; ``p.otitle`` holds the original title."""

    NAME = "endText"
    VALID_UNTIL = date(2021, 6, 1)
    BODY = "//div[@id='endText']"
    HEADLINE = f"//div[{has_class('post_content_main')}]/h1"
    DATE = f"//div[{has_class('post_time_source')}]/text()[1]"
    DROP = f".//p[{has_class('otitle')}] | .//*[{has_class('ep-source')} or {has_class('gg200x300')}]"


class NetEase(Site):
    """NetEase (网易)."""

    NAME = "netease"
    DOMAINS = ("163.com",)
    LAYOUTS = (PostBody, EndText)
    LANGUAGE = "zh"
    TIMEZONE = "Asia/Shanghai"
