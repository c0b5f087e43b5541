"""Captions and photo credits, round 3 (issue 12): made-up pages for each layout rule."""

from __future__ import annotations

import lxml.html

from cqnews.enrich.captions import build_images
from cqnews.enrich.credits import parse_photo_credit, split_photo_credit
from cqnews.extract.images import find_images
from cqnews.models import Image

BASE = "https://news.example.com/2024/05/16/story.html"


def page(body: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><head></head><body>{body}</body></html>")


def images(body: str) -> list[Image]:
    return build_images(find_images(page(body), BASE))


def test_a_bar_between_two_spellings_keeps_both() -> None:
    credits = parse_photo_credit("© imago/Jan Roe | IMAGO/Jan Roe")
    assert {c.raw for c in credits} == {"© imago/Jan Roe | IMAGO/Jan Roe"}


def test_a_noscript_copy_beside_the_picture_does_not_hide_the_caption_beside_it() -> None:
    (image,) = images(
        """<article><p>Text of the story goes here.</p>
        <p class="caption"><span class="box"><picture>
          <img src="" data-src="/img/ring.jpg" width="960" height="540" alt="x">
          <noscript><img src="/img/ring.jpg" width="960" height="540"></noscript>
        </picture></span><span class="bu">We expect new watches and more.</span></p></article>"""
    )
    assert image.src == "https://news.example.com/img/ring.jpg"
    assert image.caption == "We expect new watches and more."


def test_a_dated_copyright_line_in_a_figure_is_not_a_credit() -> None:
    (image,) = images(
        """<article><p>Text of the story goes here.</p>
        <figure><img src="/img/school.jpg" width="900" height="500"><small>© 2024 The Paper</small>
          <figcaption>Only a few children came to school on Monday</figcaption></figure></article>"""
    )
    assert image.credits == []


def test_an_author_box_after_a_paragraph_is_not_a_credit() -> None:
    (image,) = images(
        """<article><figure><img src="/img/judge.jpg" width="870" height="559">
          <figcaption>A judge of the court</figcaption></figure>
          <p>More text of the story.</p><div class="author">Jan Roe</div></article>"""
    )
    assert image.credits == []


def test_brackets_that_annotate_names_are_not_a_credit() -> None:
    caption, credits = split_photo_credit("Anna Roe (Greens) and Jan Doe (Liberals)")
    assert caption == "Anna Roe (Greens) and Jan Doe (Liberals)"
    assert credits == []


def test_a_bracketed_agency_after_annotated_names_is_still_a_credit() -> None:
    caption, credits = split_photo_credit("Anna Roe (left) meets Jan Doe. (AP Photo/Jane Smith)")
    assert caption == "Anna Roe (left) meets Jan Doe."
    assert [(c.name, c.organization) for c in credits] == [("Jane Smith", "AP")]


def test_an_article_element_inside_the_story_is_not_another_story() -> None:
    root = page(
        """<article><h1>Fear will grow</h1><p>Text of the story goes here.</p>
          <article class="embed"><h1>Quoted post</h1>
            <figure><img src="/img/post.jpg" width="900" height="500"><figcaption>The post</figcaption></figure>
          </article></article>"""
    )
    assert [d.caption for d in find_images(root, BASE)] == ["The post"]


def test_a_custom_element_not_named_for_an_image_is_not_a_picture() -> None:
    assert images('<article><p>Text.</p><share-button data-src="/img/x.jpg"></share-button></article>') == []


def test_the_lead_picture_shown_again_with_another_caption_is_a_second_image() -> None:
    got = images(
        """<article><figure><img src="/img/smoke.jpg" width="900" height="500">
          <figcaption>Firefighters at the scene.</figcaption></figure>
        <p>Text of the story goes here.</p>
        <div class="gallery"><figure><img src="/img/drone.jpg" width="900" height="500">
          <figcaption>A drone in the air.</figcaption></figure>
        <figure><img src="/img/smoke.jpg" width="900" height="500">
          <figcaption>A dark cloud rises into the sky.</figcaption></figure></div></article>"""
    )
    assert [(im.src.rsplit("/", 1)[-1] if im.src else None, im.caption) for im in got] == [
        ("smoke.jpg", "Firefighters at the scene."),
        ("drone.jpg", "A drone in the air."),
        ("smoke.jpg", "A dark cloud rises into the sky."),
    ]


def test_the_same_picture_again_with_the_same_caption_is_one_image() -> None:
    got = images(
        """<article><figure><img src="/img/smoke.jpg" width="900" height="500">
          <figcaption>Firefighters at the scene.</figcaption></figure>
        <p>Text of the story goes here.</p>
        <figure class="lightbox"><img src="/img/smoke.jpg" width="900" height="500">
          <figcaption>Firefighters at the scene.</figcaption></figure></article>"""
    )
    assert [im.caption for im in got] == ["Firefighters at the scene."]


_LD = """<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
  "headline": "H", "image": [{"@type": "ImageObject", "contentUrl": "https://news.example.com/img/k.jpg",
  "author": {"@type": "Person", "name": "STR"}}]}</script>"""


def test_a_declared_credit_fills_in_when_the_caption_has_none() -> None:
    (image,) = images(
        _LD + """<article><p>Text of the story goes here.</p><figure><img src="/img/k.jpg" width="980" height="559">
        <figcaption>The leader at a parade.</figcaption></figure></article>"""
    )
    assert [c.organization or c.name for c in image.credits] == ["STR"]


def test_a_spaced_slash_between_words_of_the_caption_is_not_a_credit() -> None:
    text = "Prices rose in the north / south of the country"
    assert split_photo_credit(text) == (text, [])


def test_a_bold_heading_line_under_a_figure_is_not_a_caption() -> None:
    (image,) = images(
        """<article><p>Text of the story goes here.</p>
        <figure class="wp-block-image"><img src="/img/council.jpg" width="1024" height="768" alt=""></figure>
        <p><strong>What happens next</strong></p><p>More text of the story.</p></article>"""
    )
    assert image.caption is None


def test_a_srcset_without_spaces_after_its_commas_gives_the_largest_picture() -> None:
    (image,) = images(
        """<article><p>Text of the story goes here.</p><figure>
        <img src="https://img.example.com/a/960/p.jpg" srcset="https://img.example.com/a/120/p.jpg 120w,https://img.example.com/a/1280/p.jpg 1280w">
        <figcaption>A street in the rain.</figcaption></figure></article>"""
    )
    assert image.src == "https://img.example.com/a/1280/p.jpg"
