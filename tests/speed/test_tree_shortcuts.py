"""Shortcuts of the document tree stage and of the generic path must give what the long way gives."""

from __future__ import annotations

import pytest
from lxml import etree

from cqnews.char_refs import CHAR_REF, replace_char_ref, resolve_char_refs
from cqnews.document import parse_tree
from cqnews.extract.generic import _detached, bare_extraction
from cqnews.extract.image_furniture import _VIDEO_HINTS, _VIDEO_PARTS, video_marked
from cqnews.extract.image_sources import _PLACEHOLDER_SRC, BAD_SRC, _placeholder, bad_src
from cqnews.options import DEFAULT_OPTIONS

# Code points around every bound where a reference stops being kept as written.
_EDGES = (
    *range(0x00, 0x41), *range(0x7D, 0x82), *range(0xD7FE, 0xD802), *range(0xDBFE, 0xDC02),
    *range(0xDFFE, 0xE002), *range(0xFFFC, 0x10002), *range(0x10FFFD, 0x110002),
    8217, 8220, 160, 39, 38, 55000, 57999, 58000, 999_999, 1_000_000, 1_114_111, 1_114_112, 10**7, 10**8, 16**7,
)


def _spellings(code: int) -> list[str]:
    return [f"&#{code};", f"&#{code}", f"&#00{code};", f"&#{code}7;", f"&#x{code:x};", f"&#X{code:X}",
            f"&#x000{code:x}", f"&#x{code:x}f;"]


@pytest.mark.parametrize("code", _EDGES)
def test_references_resolve_as_the_full_substitution(code: int) -> None:
    for spelling in _spellings(code):
        text = f"a{spelling}b &#{spelling}"
        assert resolve_char_refs(text) == CHAR_REF.sub(replace_char_ref, text), spelling


def test_text_without_a_changed_reference_is_the_same_object() -> None:
    text = "<p>It&#8217;s &#39;fine&#39; &amp; &#160;done</p>"
    assert resolve_char_refs(text) is text


def test_lent_region_goes_back_in_place() -> None:
    root = parse_tree(
        "<html><body><div class='page'><p>before</p><article class='post'><p>one</p>tail<p>two</p>"
        "</article>after<p>last</p></div></body></html>",
        DEFAULT_OPTIONS,
    )
    page = etree.tostring(root)
    region = root.find(".//article")
    with _detached(region) as detached:
        assert detached.tag == "html"
        assert [el.tag for el in detached.iter()] == ["html", "body", "div", "article", "p", "p"]
        assert detached.find(".//div").get("class") == "page"
        assert region.tail == "after"  # (what a copy of the region holds too)
    assert etree.tostring(root) == page
    assert region.getparent() is root.find(".//div")


def test_trafilatura_leaves_the_lent_region_as_it_was() -> None:
    # The region is lent, not copied: trafilatura must copy its input before it prunes or converts it.
    paragraphs = "".join(
        f"<p>The council met on day {k} to weigh the new bridge, and the mayor said the plan would go ahead.</p>"
        for k in range(8)
    )
    root = parse_tree(
        "<html><body><nav><a href='/'>Home</a></nav><div class='main'><article class='post-content'>"
        f"<h2>Bridge</h2>{paragraphs}<div class='share'>Share this</div></article></div>"
        "<footer>Contact</footer></body></html>",
        DEFAULT_OPTIONS,
    )
    page = etree.tostring(root)
    region = root.find(".//article")
    with _detached(region) as detached:
        document = bare_extraction(detached, None, fast=True)
    assert "the mayor said" in getattr(document, "text", "")
    assert etree.tostring(root) == page


def test_video_hints_hold_every_video_word() -> None:
    """``video_marked`` reads the class words only when the class holds a hint: each video word needs one."""
    assert all(any(hint in part for hint in _VIDEO_HINTS) for part in _VIDEO_PARTS)


@pytest.mark.parametrize(
    ("markup", "marked"),
    [
        ('<div class="VideoPlayer wrap">', True),
        ('<div class="jw-JWPlayer">', True),
        ('<div class="c-brightcove__box">', True),
        ('<div class="aspect-video">', False),
        ('<div class="article-image-video">', False),
        ('<div class="story-body">', False),
        ("<div data-video-id='1'>", True),
        ("<div>", False),
    ],
)
def test_video_marked(markup: str, marked: bool) -> None:
    assert video_marked(etree.fromstring(markup + "</div>", etree.HTMLParser()).find(".//div")) is marked


_ADDRESSES = (
    "https://cdn.example.com/img/LOGO.png",
    "/media/Photo-1.JPG",
    "https://x.example.com/ads/banner_728.gif",
    "/static/Spacer.GIF",
    "/p/ſpacer.gif",  # a long s: re's case-blind search pairs it with "s", str.lower() does not
    "/p/Blank.gif",
    "https://x.example.com/story/harbour-at-dawn.jpg",
    "data:image/gif;base64,R0lGOD",
    "/bilder/Glück-LAZYLOAD.jpg",
    "/img/transparent.png\n",
)


@pytest.mark.parametrize("address", _ADDRESSES)
def test_lower_cased_source_patterns_match_as_the_case_blind_ones(address: str) -> None:
    assert bad_src(address) is (BAD_SRC.search(address) is not None)
    assert _placeholder(address) is (_PLACEHOLDER_SRC.search(address) is not None)
