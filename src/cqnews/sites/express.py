"""Daily Express (express.co.uk), English.

Verified on real pages (the Fundus test page of July 2024, a live blog, and two 2019 pages of the
article-extraction benchmark): the text is in ``div[data-type=article-body]``, in
``div.text-description`` runs and, on live blogs, the entries (``div.live-events__entry``: time,
heading, text). Among the paragraphs sit "Related articles" boxes, photos with captions, a
WhatsApp community promotion, "READ MORE" boxes and link lines to other stories tagged
"[INSIGHT]": all are dropped. The site writes a shorter headline in ``og:title`` than the visible
``<h1>`` (a live blog's rolling "… LIVE: …" headline); the layout takes the declared one, as the
site's own sharing and listings do (like ``euronews``).
"""

from __future__ import annotations

from .base import DECLARED_TITLE, Layout, Site, has_class

__all__ = ["Express"]


class ArticleBody(Layout):
    """``div[data-type=article-body]`` pages (2019-2024)."""

    NAME = "article-body"
    BODY = "/descendant::div[@data-type='article-body'][1]"
    HEADLINE = DECLARED_TITLE
    DROP = (
        ".//div[contains(@class, 'related-articles')] | .//script"
        f" | .//div[{has_class('whatsapp-group')}] | .//div[{has_class('newsletter-pure')}]"
        f" | .//div[{has_class('photo')}] | .//div[{has_class('htmlappend')}] | .//figure | .//aside"
    )
    # "READ MORE" boxes, and link lines to other stories tagged "[INSIGHT]", "[ANALYSIS]" …
    DROP_TEXT = (
        r"READ MORE\b",
        r"Get \d+% off annual subscription",
        r"[^\[]*\[(?:INSIGHT|ANALYSIS|REVEAL|LATEST|POLL)\]",
    )


class Express(Site):
    """The Daily Express's site."""

    NAME = "express"
    DOMAINS = ("express.co.uk",)
    LAYOUTS = (ArticleBody,)
    LANGUAGE = "en"
    # No TIMEZONE: UK and EU zones have daylight saving; the pages write their offsets.
