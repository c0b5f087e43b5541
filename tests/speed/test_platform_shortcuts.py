"""Speed shortcuts in platform detection and the chrome filter, which must answer as the slow way did.

* The WordPress, TRS and WeChat fingerprints in the page body are read in one pass shared by the
  three platforms (they were one XPath scan each): same answers, and no answer carried to another page.
* The author-bio prompt ("For more information, please visit:") is searched only in blocks holding
  the phrase.
"""

from __future__ import annotations

import lxml.html
import pytest

from cqnews.extract.boilerplate import is_boilerplate
from cqnews.sites.platforms import TRSEditor, WeChatPage, WordPress, body_fingerprints


def _page(body: str, head: str = "") -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><head>{head}</head><body>{body}<p>Some text.</p></body></html>")


@pytest.mark.parametrize(
    ("body", "platform"),
    [
        ('<script src="https://example.org/wp-includes/js/jquery.js"></script>', "wordpress"),
        ('<figure class="wp-block-image size-large"><img src="a.jpg"></figure>', "wordpress"),
        ('<div class="alignleft\twp-caption" id="attachment_1"><img src="a.jpg"></div>', "wordpress"),
        ('<div class="article TRS_Editor_v2"><p>Text</p></div>', "trs"),
        ('<div id="js_content" class="rich_media_content autoTypeSetting"><p>Text</p></div>', "wechat-page"),
    ],
)
def test_each_body_fingerprint_names_its_platform(body: str, platform: str) -> None:
    root = _page(body)
    assert body_fingerprints(root) == {platform}
    detected = {cls.NAME for cls in (WordPress, TRSEditor, WeChatPage) if cls.detect(root)}
    assert detected == {platform}


@pytest.mark.parametrize(
    "body",
    [
        '<figure class="wp-captioned"><img src="a.jpg"></figure>',  # a longer word, not the class
        '<span class="wp-caption">Caption</span>',  # not a figure or div
        '<script>var u = "/wp-content/x.js";</script>',  # in the code, not the src
        '<div id="js_content"><p>Text</p></div>',  # the WeChat container needs its class
        '<div class="rich_media_content"><p>Text</p></div>',  # ... and its id
        '<p class="TRS_Editor">Text</p>',  # the TRS class on a paragraph
    ],
)
def test_near_misses_are_no_platform(body: str) -> None:
    root = _page(body)
    assert body_fingerprints(root) == frozenset()
    assert not any(cls.detect(root) for cls in (WordPress, TRSEditor, WeChatPage))


def test_head_fingerprint_alone_is_wordpress() -> None:
    assert WordPress.detect(_page("", head='<meta name="generator" content="WordPress 6.4">'))


def test_the_answer_for_one_page_is_not_given_for_the_next() -> None:
    trs = _page('<div class="TRS_Editor"><p>Text</p></div>')
    plain = _page("<div><p>Text</p></div>")
    assert TRSEditor.detect(trs)
    assert not TRSEditor.detect(plain)
    assert TRSEditor.detect(trs)


@pytest.mark.parametrize(
    ("text", "chrome"),
    [
        ("Jane Roe writes about farm policy. For more information, please visit:", True),
        ("FOR MORE INFORMATION PLEASE VISIT", True),
        ("For more information about the plan, the council published a report.", False),
        ("x" * 130 + " for more information, please visit:", False),  # the prompt starts too far in
    ],
)
def test_author_bio_prompt(text: str, chrome: bool) -> None:
    assert is_boilerplate(text) is chrome
