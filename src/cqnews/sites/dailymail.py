"""Daily Mail / MailOnline (dailymail.co.uk), English.

Verified on a real page (the Fundus test page of April 2024): the text is in
``div[itemprop=articleBody]`` as ``p.mol-para-with-font`` paragraphs and ``ul.mol-bullets-with-font``
lists, with picture groups (``div.mol-img-group``: image and ``p.imageCaption``) between them.
The captions often repeat a paragraph word for word, so the pictures are taken out as images
rather than left for the generic de-duplication (which then loses the paragraph). The bullet
summary above the byline is outside the body. The site writes a shorter headline in
``og:title`` than the long visible ``<h1>`` ("… here's how to check" against "… here's how to
check if you have the rare buck"); the layout takes the declared one, as the site's own sharing
and listings do (like ``euronews``).
"""

from __future__ import annotations

from .base import DECLARED_TITLE, Layout, Site, has_class

__all__ = ["DailyMail"]

_BODY = "//div[@itemprop='articleBody']"


class ArticleText(Layout):
    """``div#js-article-text`` pages (2024): body ``div[itemprop=articleBody]``."""

    NAME = "article-text"
    BODY = f"({_BODY})[1]"
    HEADLINE = DECLARED_TITLE
    DROP = (
        f".//div[{has_class('mol-img-group')}] | .//div[{has_class('mol-embed')}]"
        f" | .//div[{has_class('mol-video')}] | .//div[{has_class('related-carousel')}]"
    )
    IMAGES = f"{_BODY}//div[{has_class('mol-img-group')}]"
    CAPTION = f".//p[{has_class('imageCaption')}]"


class DailyMail(Site):
    """The Daily Mail's MailOnline site."""

    NAME = "dailymail"
    DOMAINS = ("dailymail.co.uk",)
    LAYOUTS = (ArticleText,)
    LANGUAGE = "en"
    # No TIMEZONE: UK and EU zones have daylight saving; the pages write their offsets.
