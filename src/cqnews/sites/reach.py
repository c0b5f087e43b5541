"""Reach plc tabloids: the Mirror (mirror.co.uk) and the Daily Star (dailystar.co.uk), English.

Verified on real pages (the Fundus test pages of 2024 and 2026). Both sites share one CMS and
changed design together:

* ``article-body`` (2026-): the text is in ``article#article-body`` between ad boxes
  (``BoxStyles_box-container…``), picture groups (``div[data-testid=image-group]``), the byline
  block and the lead text (``h2.LeadText…``, the standfirst);
* ``articleBody`` (2024, also live blogs and AMP pages): ``div.article-body[itemprop=articleBody]``
  with ``figure``/``div.image-container`` pictures, "read more" asides and embed sections.

Both designs write a shorter headline in ``og:title`` than the visible ``<h1>`` on many stories
("… booking the right day could save you thousands" without "Walt"); the layouts take the
declared one, as the sites' own sharing and listings do (like ``euronews`` and ``dailymail``).
Each site closes stories with a house prompt (newsletter, "Do you have a story to tell?",
"READ MORE:" links): these lines are dropped.
"""

from __future__ import annotations

from .base import DECLARED_TITLE, Layout, Site, has_class

__all__ = ["DailyStar", "Mirror"]

_HOUSE_PROMPTS = (
    r"READ MORE:",
    r"Do you have a story to tell\?",
    r"Are protests breaking out in your area\?",
    r"Check out more of the Daily Star",
    r"For the latest breaking news and stories from across the globe",
)


class ArticleBody2026(Layout):
    """``article#article-body`` pages (2026-)."""

    NAME = "article-body"
    BODY = "//article[@id='article-body']"
    # The 2026 design's og:title is a shortened share title ("…her sister, 11'" for the visible
    # "…her 11-year-old sister’"); the page's own headline is the <h1>.
    HEADLINE = "//h1"
    SUMMARY = "//article[@id='article-body']/h2[contains(@class, 'LeadText')]"
    DROP = (
        ".//h2[contains(@class, 'LeadText')] | .//div[contains(@class, 'Byline_')]"
        " | .//div[contains(@class, 'BoxStyles_box-container')] | .//div[@data-testid='image-group']"
        " | .//button"
    )
    DROP_TEXT = _HOUSE_PROMPTS
    # The lead picture (inside the slide-viewer button) and the picture groups between paragraphs.
    IMAGES = (
        "//article[@id='article-body']//div[@data-testid='leadimage']"
        " | //article[@id='article-body']//div[@data-testid='image-group']"
    )
    CAPTION = ".//*[contains(@class, 'caption-title')]"  # p.ImageCaption_… or span.ImageEmbed_…
    CREDIT = ".//*[contains(@class, 'caption-credit')]"


class ArticleBody2024(Layout):
    """``div.article-body[itemprop=articleBody]`` pages (2024), live blogs and AMP pages included."""

    NAME = "articleBody"
    FINGERPRINT = f"//div[@itemprop='articleBody'][{has_class('article-body')}]"
    BODY = f"({FINGERPRINT})[1]"
    HEADLINE = DECLARED_TITLE
    SUMMARY = f"//div[{has_class('lead-content')}]/p"
    DROP = (
        f".//figure | .//div[{has_class('image-container')}] | .//aside | .//section[@data-embed-group]"
    )
    DROP_TEXT = _HOUSE_PROMPTS


class Mirror(Site):
    """The Daily Mirror's site."""

    NAME = "mirror"
    DOMAINS = ("mirror.co.uk",)
    LAYOUTS = (ArticleBody2026, ArticleBody2024)
    LANGUAGE = "en"
    # No TIMEZONE: UK and EU zones have daylight saving; the pages write their offsets.


class DailyStar(Site):
    """The Daily Star's site."""

    NAME = "dailystar"
    DOMAINS = ("dailystar.co.uk",)
    LAYOUTS = (ArticleBody2026, ArticleBody2024)
    LANGUAGE = "en"
    # No TIMEZONE: UK and EU zones have daylight saving; the pages write their offsets.
