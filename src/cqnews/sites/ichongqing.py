"""iChongqing (www.ichongqing.info): the English-language portal of Chongqing, on WordPress.

What is verified and what is not — no saved HTML page of the site exists offline:

* verified on a real page: the **text dump** conventions, from ``examples/ichongqing-liangjiang.txt``
  (a copy of a real article): captions are their own paragraph ending in a photo credit
  ``(iChongqing/Truman PENG)``; site chrome ("iChongqing Title", slogans, cookie banner) surrounds
  the story. :meth:`IChongqing.parse_text` relies only on these.
* verified on other WordPress sites only: the HTML layouts below are the WordPress platform
  layout (``.entry-content``, ``h1.entry-title``, ``wp-caption``) and the WordPress AMP plugin
  layout (``.amp-wp-article-content``), which ichongqing.info is built on (``/wp-content/`` assets,
  ``/YYYY/MM/DD/slug/`` permalinks with ``/amp/`` variants). Their selectors are not checked against
  an ichongqing.info page; if the theme differs, the fingerprint fails and the page takes the
  generic path with a warning.
"""

from __future__ import annotations

import re

from ..deadline import NO_DEADLINE, Deadline
from ..draft import Draft, ImageDraft
from ..models import Block
from .base import Layout, Site, has_class
from .platforms import WordPressLayout

__all__ = ["IChongqing"]

# A caption line of a dump: the credit closes it, "(iChongqing/Truman PENG)", "(Photo/Xinhua)".
_CAPTION_LINE = re.compile(r"\((?:iChongqing|Photo|Photo by|Xinhua|CNS|VCG|IC)\s*/\s*[^()]{2,60}\)\s*$", re.IGNORECASE)
_CHROME_LINE = re.compile(r"^iChongqing\s+Title$", re.IGNORECASE)


class WordPressPost(WordPressLayout):
    """Desktop post page (unverified on a real ichongqing.info page: WordPress conventions)."""

    NAME = "wordpress"


class AmpPost(Layout):
    """The ``/amp/`` variant made by the WordPress AMP plugin (unverified, as above)."""

    NAME = "amp"
    BODY = f"/descendant::*[{has_class('amp-wp-article-content')}][1]"
    HEADLINE = f"//h1[{has_class('amp-wp-title')}]"
    DATE = f"//*[{has_class('amp-wp-posted-on')}]/time/@datetime"
    BYLINE = f"//*[{has_class('amp-wp-byline')}]"
    DROP = f".//*[{has_class('wp-caption-text')}]"


class IChongqing(Site):
    """iChongqing, the reference site: English WordPress, photo credits "(iChongqing/NAME)"."""

    NAME = "ichongqing"
    DOMAINS = ("ichongqing.info",)
    ARTICLE_URL = r"/\d{4}/\d{2}/\d{2}/[^/?#]+"
    LAYOUTS = (WordPressPost, AmpPost)
    LANGUAGE = "en"
    TIMEZONE = "Asia/Shanghai"

    def parse_text(self, text: str, deadline: Deadline = NO_DEADLINE) -> Draft:
        """A dump: caption lines become caption-only images placed before the next block."""
        draft = super().parse_text(text, deadline)
        blocks: list[Block] = []
        for block in draft.blocks:
            if _CHROME_LINE.match(block.text):
                continue
            if _CAPTION_LINE.search(block.text):
                draft.images.append(ImageDraft(src=None, caption=block.text, position=len(blocks)))
            else:
                blocks.append(block)
        draft.blocks = blocks
        return draft
