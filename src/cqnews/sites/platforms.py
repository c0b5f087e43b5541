"""Publishing platforms recognised by fingerprint when a page's domain has no site plugin.

* WordPress: ``<meta name="generator" content="WordPress …">``, ``/wp-content/`` asset paths,
  ``wp-caption``/``wp-block-image`` figures; the post body is ``.entry-content``.
* TRS WCM (拓尔思), the CMS behind many Chinese government and news sites (China Youth Net,
  theorychina.org.cn …): the body is ``div.TRS_Editor``.
* WeChat official-account articles (``div#js_content.rich_media_content``) found without their
  URL: saved pages and copies on other hosts read like ``mp.weixin.qq.com`` (:mod:`cqnews.sites.wechat`).

Verified on the shared corpus: WordPress on the AEB/Fundus pages that carry these fingerprints,
TRS on the China Youth Net and en.theorychina.org.cn pages (see ``benchmarks/sites.py``).

Every page of an unknown site is tested for all three, so the fingerprints in the page body are
read in one Python pass over its ``script``, ``figure`` and ``div`` elements, shared by the three
platforms (:func:`body_fingerprints`): five whole-page XPath scans cost about four times as much.
"""

from __future__ import annotations

import re
import weakref
from threading import local

from lxml.html import HtmlElement

from ..extract.metadata import match_quote_style
from .base import Layout, Platform, has_class
from .wechat import WeChatArticle

__all__ = ["TRSEditor", "WeChatPage", "WordPress", "WordPressLayout", "body_fingerprints"]

# XPath's normalize-space() collapses these four; has_class() matches whole words between them.
_XML_SPACE = re.compile(r"[ \t\r\n]+")
_WORDPRESS_ASSETS = ("/wp-content/", "/wp-includes/")
_WORDPRESS_FIGURES = frozenset({"wp-caption", "wp-block-image"})


def _class_words(element: HtmlElement) -> list[str]:
    return _XML_SPACE.split(element.get("class") or "")


def _scan(root: HtmlElement) -> frozenset[str]:
    found: set[str] = set()
    for element in root.iter("script"):
        src = element.get("src")
        if src and any(asset in src for asset in _WORDPRESS_ASSETS):
            found.add(WordPress.NAME)
    # (the tag and the id are read only where the class holds the word looked for: a class word is in its string)
    for element in root.iter("figure", "div"):
        classes = element.get("class")
        if not classes:
            continue
        if "wp-" in classes and not _WORDPRESS_FIGURES.isdisjoint(_class_words(element)):
            found.add(WordPress.NAME)
        if "TRS_Editor" in classes and element.tag == "div":
            found.add(TRSEditor.NAME)
        if "rich_media_content" in classes and _wechat_content(element):
            found.add(WeChatPage.NAME)
    return frozenset(found)


def _wechat_content(element: HtmlElement) -> bool:
    return element.tag == "div" and element.get("id") == "js_content" and "rich_media_content" in _class_words(element)


_last = local()  # per thread: the last page scanned (a weak reference) and its fingerprints


def body_fingerprints(root: HtmlElement) -> frozenset[str]:
    """The ``NAME`` of each platform whose fingerprint is in the page body (one pass, kept for the page).

    * WordPress: a ``script`` loading ``/wp-content/`` or ``/wp-includes/`` files, or a ``figure``
      or ``div`` with the class ``wp-caption`` or ``wp-block-image``;
    * TRS: a ``div`` whose class contains ``TRS_Editor``;
    * WeChat: the ``div#js_content`` with the class ``rich_media_content``.

    The platforms are tested one after the other on the same page: the pass runs once, its result
    is kept (with a weak reference to ``root``, so no page stays in memory) until another page comes.
    """
    cached: tuple[weakref.ref[HtmlElement], frozenset[str]] | None = getattr(_last, "scan", None)
    if cached is not None and cached[0]() is root:
        return cached[1]
    found = _scan(root)
    _last.scan = (weakref.ref(root), found)
    return found



class WordPressLayout(Layout):
    """Classic and block-editor themes: the post is ``.entry-content``, the title ``h1.entry-title``."""

    NAME = "wordpress"
    BODY = f"/descendant::*[{has_class('entry-content')}][1]"
    HEADLINE = f"//h1[{has_class('entry-title')}]"
    DATE = f"//time[{has_class('entry-date')}]/@datetime"
    BYLINE = f"/descendant::*[{has_class('byline')}][1]"
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
    # WordPress page; the page body (scripts, caption figures) is read on the other pages.
    DETECT = (
        "/html/head/meta[@name='generator'][starts-with(@content, 'WordPress')]",
        "(/html/head/link[contains(@href, '/wp-content/') or contains(@href, '/wp-includes/')])[1]",
    )
    LAYOUTS = (WordPressLayout,)

    @classmethod
    def detect(cls, root: HtmlElement) -> bool:
        """The generator tag or theme files in the head, else WordPress scripts or figures in the page."""
        return super().detect(root) or cls.NAME in body_fingerprints(root)


class TRSLayout(Layout):
    """Text inside ``div.TRS_Editor``; everything else (title, dates) from the page metadata."""

    NAME = "trs"
    BODY = "/descendant::div[contains(@class, 'TRS_Editor')][1]"
    PARAGRAPHS = ".//p | .//h2 | .//h3 | .//h4 | .//blockquote"


class TRSEditor(Platform):
    """Sites on TRS WCM."""

    NAME = "trs"
    LAYOUTS = (TRSLayout,)
    LANGUAGE = "zh"
    TIMEZONE = "Asia/Shanghai"

    @classmethod
    def detect(cls, root: HtmlElement) -> bool:
        """A ``div`` whose class contains ``TRS_Editor``."""
        return cls.NAME in body_fingerprints(root)


class WeChatPage(Platform):
    """A WeChat article page without its URL: the ``rich_media`` template's content container."""

    NAME = "wechat-page"
    LAYOUTS = (WeChatArticle,)
    LANGUAGE = "zh"
    TIMEZONE = "Asia/Shanghai"

    @classmethod
    def detect(cls, root: HtmlElement) -> bool:
        """The template's content container, ``div#js_content.rich_media_content``."""
        return cls.NAME in body_fingerprints(root)
