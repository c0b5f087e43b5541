"""Publishing platforms recognised by fingerprint when a page's domain has no site plugin.

* WordPress: ``<meta name="generator" content="WordPress …">``, ``/wp-content/`` asset paths,
  ``wp-caption``/``wp-block-image`` figures; the post body is ``.entry-content``.
* TRS WCM (拓尔思), the CMS behind many Chinese government and news sites (China Youth Net,
  theorychina.org.cn …): the body is ``div.TRS_Editor``.
* WeChat official-account articles (``div#js_content.rich_media_content``) found without their
  URL: saved pages and copies on other hosts read like ``mp.weixin.qq.com`` (:mod:`cqnews.sites.wechat`).

Verified on the shared corpus: WordPress on the AEB/Fundus pages that carry these fingerprints,
TRS on the China Youth Net and en.theorychina.org.cn pages (see ``benchmarks/sites.py``).
"""

from __future__ import annotations

from ..extract.metadata import match_quote_style
from .base import Layout, Platform, has_class
from .wechat import WECHAT_CONTENT, WeChatArticle

__all__ = ["TRSEditor", "WeChatPage", "WordPress", "WordPressLayout"]

_ENTRY = f"//*[{has_class('entry-content')}]"


class WordPressLayout(Layout):
    """Classic and block-editor themes: the post is ``.entry-content``, the title ``h1.entry-title``."""

    NAME = "wordpress"
    BODY = f"({_ENTRY})[1]"
    HEADLINE = f"//h1[{has_class('entry-title')}]"
    DATE = f"//time[{has_class('entry-date')}]/@datetime"
    BYLINE = f"(//*[{has_class('byline')}])[1]"
    TAGS = "//a[@rel='tag']"
    # Jetpack share/like/related blocks and theme widgets injected into the content; lists and
    # headings made only of links (related-post teasers); pull quotes that repeat the text.
    DROP = (
        f".//*[{has_class('sharedaddy')} or {has_class('jp-relatedposts')} or {has_class('wp-block-buttons')}"
        f" or {has_class('addtoany_share_save_container')} or {has_class('yarpp-related')}"
        f" or {has_class('wp-caption-text')} or self::figcaption or {has_class('post-tags')}"
        " or contains(@class, 'related') or contains(@class, 'newsletter') or contains(@class, 'promo')"
        " or contains(@class, 'pullquote') or self::aside or self::form]"
        " | .//ul[li][not(li[not(a) or text()[normalize-space()]])]"
        " | .//*[self::h2 or self::h3 or self::h4][a][not(text()[normalize-space()])]"
    )
    DROP_TEXT = (r"&(?:amp;)?lt;span data-mce", r"(?:read next|latest stories|popular on .{2,30})$")

    def headline(self) -> str | None:
        """The ``h1.entry-title``, spelled with the page title's quote marks when they say the same.

        Themes typeset the title with curly quotes; an unknown site's page gets the same choice
        as the generic path (:func:`~cqnews.extract.metadata.match_quote_style`).
        """
        found = super().headline()
        return match_quote_style(found, self.page.meta) if found else None


class WordPress(Platform):
    """Any WordPress site."""

    NAME = "wordpress"
    # Cheapest first: the head holds the generator tag and the theme's files on almost every
    # WordPress page; the two whole-page scans run on the other pages (and on every page of an
    # unknown site that is not WordPress), so they look at script, figure and div elements only.
    DETECT = (
        "/html/head/meta[@name='generator'][starts-with(@content, 'WordPress')]",
        "(/html/head/link[contains(@href, '/wp-content/') or contains(@href, '/wp-includes/')])[1]",
        "(//script[contains(@src, '/wp-content/') or contains(@src, '/wp-includes/')])[1]",
        (
            f"(//figure[contains(@class, 'wp-')] | //div[contains(@class, 'wp-')])"
            f"[{has_class('wp-caption')} or {has_class('wp-block-image')}][1]"
        ),
    )
    LAYOUTS = (WordPressLayout,)


class TRSLayout(Layout):
    """Text inside ``div.TRS_Editor``; everything else (title, dates) from the page metadata."""

    NAME = "trs"
    BODY = "(//div[contains(@class, 'TRS_Editor')])[1]"
    PARAGRAPHS = ".//p | .//h2 | .//h3 | .//h4 | .//blockquote"


class TRSEditor(Platform):
    """Sites on TRS WCM."""

    NAME = "trs"
    DETECT = ("(//div[contains(@class, 'TRS_Editor')])[1]",)
    LAYOUTS = (TRSLayout,)
    LANGUAGE = "zh"
    TIMEZONE = "Asia/Shanghai"


class WeChatPage(Platform):
    """A WeChat article page without its URL: the ``rich_media`` template's content container."""

    NAME = "wechat-page"
    DETECT = (f"({WECHAT_CONTENT}[{has_class('rich_media_content')}])[1]",)
    LAYOUTS = (WeChatArticle,)
    LANGUAGE = "zh"
    TIMEZONE = "Asia/Shanghai"
