"""Daily Express (express.co.uk), English.

Verified on a real page (the Fundus test page of July 2024, a live blog): the text is in
``div[data-type=article-body]``, a standfirst ``div.text-description`` and, on live blogs, the
entries (``div.live-events__entry``: time, heading, text). A WhatsApp community promotion and
"READ MORE" boxes sit among the paragraphs and are dropped. The site writes a shorter headline
in ``og:title`` than the visible ``<h1>`` (a live blog's rolling "… LIVE: …" headline); the layout
takes the declared one, as the site's own sharing and listings do (like ``euronews``).
"""

from __future__ import annotations

from .base import Layout, Site, has_class

__all__ = ["Express"]


class ArticleBody(Layout):
    """``div[data-type=article-body]`` pages (2024)."""

    NAME = "article-body"
    BODY = "(//div[@data-type='article-body'])[1]"
    HEADLINE = "//meta[@property='og:title']/@content | //h1"
    DROP = (
        f".//div[{has_class('whatsapp-group')}] | .//div[{has_class('related-articles')}]"
        f" | .//div[{has_class('newsletter-pure')}] | .//figure | .//aside"
    )
    DROP_TEXT = (r"READ MORE\b", r"Get \d+% off annual subscription")


class Express(Site):
    """The Daily Express's site."""

    NAME = "express"
    DOMAINS = ("express.co.uk",)
    LAYOUTS = (ArticleBody,)
    CHINESE = False
