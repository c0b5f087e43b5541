"""Finding article images, captions and bylines in HTML (cqnews.extract.images, cqnews.extract.bylines)."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import lxml.html
import pytest

from cqnews.enrich.captions import build_images
from cqnews.extract.bylines import find_author_metadata, find_bylines
from cqnews.extract.images import find_images
from tests.cpu_bar import cpu_bar

BASE = "https://news.example.com/2024/05/16/story.html"


def page(body: str, head: str = "") -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def test_figure_with_figcaption_and_credit() -> None:
    root = page(
        """<article>
        <p>Intro paragraph.</p>
        <figure><img src="/img/a.jpg" alt="Alt A" width="800" height="600">
          <figcaption><span class="caption">Fans at the final</span>
          <span class="credit">(Image: Getty Images)</span></figcaption></figure>
        <p>Body.</p></article>"""
    )
    (draft,) = find_images(root, BASE)
    assert draft.src == "https://news.example.com/img/a.jpg"
    assert draft.alt == "Alt A"
    assert draft.caption == "Fans at the final"
    assert draft.credit == "(Image: Getty Images)"
    assert draft.position is None


def test_inline_credit_stays_in_caption_for_build_images() -> None:
    root = page(
        """<article><figure><img src="a.jpg">
        <figcaption>The King and Queen arrive (Picture: Getty)</figcaption></figure></article>"""
    )
    drafts = find_images(root, BASE)
    assert drafts[0].caption == "The King and Queen arrive (Picture: Getty)"
    (image,) = build_images(drafts)
    assert image.caption == "The King and Queen arrive"
    assert [(c.name, c.organization) for c in image.credits] == [(None, "Getty")]


def test_largest_variant_is_chosen() -> None:
    root = page(
        """<article>
        <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/lazy/b.jpg"
             srcset="/b-320.jpg 320w, /b-1280.jpg 1280w, /b-640.jpg 640w"></figure>
        <figure><img src="/placeholder.gif" data-lazy-src="/c.jpg"></figure>
        <figure><img class="lazyload" data-original="/d.jpg"></figure>
        <figure><picture><source srcset="/e-800.webp 800w, /e-1600.webp 1600w"><img src="/e-400.jpg"></picture></figure>
        </article>"""
    )
    assert [d.src for d in find_images(root, BASE)] == [
        "https://news.example.com/b-1280.jpg",
        "https://news.example.com/c.jpg",
        "https://news.example.com/d.jpg",
        "https://news.example.com/e-1600.webp",
    ]


def test_furniture_is_skipped() -> None:
    root = page(
        """<header class="site-header"><img src="/logo.png" alt="Logo"></header>
        <nav><img src="/nav-photo.jpg"></nav>
        <article>
          <div class="author-box"><img class="avatar" src="/people/jane.jpg"></div>
          <figure><img src="/story.jpg"><figcaption>The story photo</figcaption></figure>
          <div class="share-buttons"><img src="/share/facebook.png"></div>
          <img src="/pixel.gif" width="1" height="1">
          <div class="related-articles"><a href="/other-story.html"><img src="/other.jpg"></a></div>
          <img src="/icons/clock.png" width="16" height="16">
        </article>
        <aside class="sidebar"><img src="/ad.jpg"></aside>
        <footer><img src="/footer.jpg"></footer>"""
    )
    drafts = find_images(root, BASE)
    assert [(d.src, d.caption) for d in drafts] == [("https://news.example.com/story.jpg", "The story photo")]


def test_teaser_thumbnails_need_a_caption() -> None:
    root = page(
        """<article><p>Text.</p>
        <div class="list"><a href="/another-article.html"><img src="/teaser.jpg"></a>
        <a href="/another-article.html">Another article headline</a></div>
        <a href="/full/photo.jpg"><img src="/photo.jpg"></a></article>"""
    )
    assert [d.src for d in find_images(root, BASE)] == ["https://news.example.com/photo.jpg"]


def test_wordpress_captions() -> None:
    root = page(
        """<div class="entry-content">
        <div id="attachment_1" class="wp-caption aligncenter"><img class="size-full wp-image-1" src="/w1.jpg">
          <p class="wp-caption-text">The mayor speaks. (Photo: Jane Doe)</p></div>
        <figure class="wp-block-image size-large"><img src="/w2.jpg">
          <figcaption class="wp-element-caption">Crowds at the opening</figcaption></figure>
        </div>"""
    )
    drafts = find_images(root, BASE)
    assert [(d.src, d.caption) for d in drafts] == [
        ("https://news.example.com/w1.jpg", "The mayor speaks. (Photo: Jane Doe)"),
        ("https://news.example.com/w2.jpg", "Crowds at the opening"),
    ]


def test_table_caption() -> None:
    root = page(
        """<div class="post-body"><table class="tr-caption-container"><tbody>
        <tr><td><img src="/t.jpg"></td></tr>
        <tr><td class="tr-caption">A table caption</td></tr></tbody></table></div>"""
    )
    (draft,) = find_images(root, BASE)
    assert draft.caption == "A table caption"


def test_caption_div_next_to_image() -> None:
    root = page(
        """<article><div class="media"><img src="/m.jpg"></div>
        <div class="image-caption">Caption beside the image <span class="photo-credit">Reuters</span></div>
        <p>Body text.</p></article>"""
    )
    (draft,) = find_images(root, BASE)
    assert draft.caption == "Caption beside the image"
    assert draft.credit == "Reuters"


def test_plain_text_siblings_in_small_wrapper() -> None:
    root = page(
        """<article><div class="x1"><picture><source srcset="/p.jpg 960w"><img src="/p-small.jpg"></picture>
        <div class="x2">Chelsea fans produced a banner</div><div class="x3">REUTERS</div></div>
        <p>Body text.</p></article>"""
    )
    (draft,) = find_images(root, BASE)
    assert draft.src == "https://news.example.com/p.jpg"
    assert draft.caption == "Chelsea fans produced a banner"
    assert draft.credit == "REUTERS"


def test_same_src_once_and_noscript_fallback() -> None:
    root = page(
        """<article><figure><img src="/lazy.gif" data-src="/n.jpg"><noscript><img src="/n.jpg"></noscript>
        <figcaption>Once</figcaption></figure></article>"""
    )
    drafts = find_images(root, BASE)
    assert [(d.src, d.caption) for d in drafts] == [("https://news.example.com/n.jpg", "Once")]


def test_container_limits_the_search() -> None:
    root = page(
        """<main><article>
        <figure class="lead"><img src="/lead.jpg"><figcaption>Lead image</figcaption></figure>
        <div id="body"><p>Text.</p><figure><img src="/in.jpg"></figure><p>More.</p></div>
        </article></main>
        <div class="elsewhere"><figure><img src="/out.jpg"><figcaption>Other</figcaption></figure></div>"""
    )
    container = root.get_element_by_id("body")
    assert [d.src for d in find_images(root, BASE, container)] == [
        "https://news.example.com/lead.jpg",
        "https://news.example.com/in.jpg",
    ]


def test_strict_without_article() -> None:
    root = page(
        """<div><img src="/loose.jpg"></div>
        <div><figure><img src="/fig.jpg"><figcaption>In a figure</figcaption></figure></div>"""
    )
    assert [d.src for d in find_images(root, None)] == ["/fig.jpg"]


def test_many_images_are_fast() -> None:
    figures = "".join(
        f'<figure><div><img src="/i{i}.jpg"></div><figcaption>Caption {i} (Photo/Xinhua)</figcaption></figure><p>x</p>'
        for i in range(3000)
    )
    root = page(f"<article>{figures}</article>")
    started = time.process_time()
    drafts = find_images(root, BASE)
    assert len(drafts) == 3000
    assert drafts[2999].caption == "Caption 2999 (Photo/Xinhua)"
    assert time.process_time() - started < cpu_bar(3.0)


# --- bylines ---------------------------------------------------------------------------------


def test_author_metadata_prefers_json_ld() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "author": [{"@type": "Person", "name": "Tan Yingzi"}, {"@type": "Person", "name": "Li Hua"}]}
    root = page(
        "<p>x</p>",
        head=f'<meta name="author" content="Someone Else"><script type="application/ld+json">{json.dumps(ld)}</script>',
    )
    assert find_author_metadata(root) == ["Tan Yingzi", "Li Hua"]
    assert find_author_metadata(page("<p>x</p>", head='<meta name="author" content="Jane Doe">')) == ["Jane Doe"]


def test_find_bylines() -> None:
    root = page(
        """<article><div class="byline">By <a rel="author" href="/a/tan">Tan Yingzi</a> in Chongqing</div>
        <div class="author-avatar"><img src="/a.jpg"></div><p>Text.</p></article>"""
    )
    assert find_bylines(root) == ["By Tan Yingzi in Chongqing"]


# --- the Fundus pages (optional) -------------------------------------------------------------


def test_fundus_metro_captions(shared_corpus: Path) -> None:
    path = shared_corpus / "fundus" / "uk" / "Metro_2024_11_29.html.gz"
    if not path.exists():
        pytest.skip("Metro page not in the corpus")
    root = lxml.html.fromstring(gzip.open(path).read().decode("utf-8"))
    images = build_images(find_images(root, "https://metro.co.uk/"))
    captions = [im.caption for im in images if im.caption]
    # the page's first figcaption reads "… in October (Picture: Claudio Bresciani/AP)"
    assert captions[0] == "Sweden’s Minister for Civil Defence Carl-Oskar Bohlin revealed the new war survival brochure in October"
    assert [(c.name, c.organization) for c in images[0].credits] == [("Claudio Bresciani", "AP")]


def test_deep_nesting_is_fast() -> None:
    depth = 200
    html = "<article>" + "<div class='wrap'>" * depth + "<figure><img src='/deep.jpg'><figcaption>Deep</figcaption></figure>"
    html += "</div>" * depth + "</article>"
    root = page(html * 20)
    started = time.process_time()
    drafts = find_images(root, BASE)
    assert [d.caption for d in drafts] == ["Deep"]  # the same picture twenty times is one image
    assert time.process_time() - started < cpu_bar(2.0)


def test_copyright_footer_is_not_a_credit() -> None:
    root = page(
        """<article><div class="qr"><img src="/qr-code.jpg" width="120" height="120"></div>
        <div class="copyright">Copyright © 1997-2024 by www.people.com.cn. all rights reserved</div></article>"""
    )
    drafts = find_images(root, BASE)
    assert all(d.credit is None for d in drafts)


def test_caption_named_wrapper_does_not_swallow_the_body() -> None:
    paragraphs = "".join(f"<p>Paragraph {i}.</p>" for i in range(400))
    root = page(
        f"""<article><figure><img src="/a.jpg"></figure>
        <div class="with-captions">{paragraphs}<figure><img src="/b.jpg"><figcaption>B</figcaption></figure></div>
        </article>"""
    )
    drafts = find_images(root, BASE)
    assert [(d.src, d.caption) for d in drafts] == [
        ("https://news.example.com/a.jpg", None),
        ("https://news.example.com/b.jpg", "B"),
    ]


def test_lightbox_link_is_not_a_teaser() -> None:
    # The link opens the picture in a viewer; its href has no file extension.
    root = page(
        """<article><div class="image-container image-lightbox">
        <a class="image" data-lightbox="gallery1" href="//images.example.net/abc123=s1200">
        <img src="//images.example.net/abc123=s750" alt="The minister"></a>
        <div class="image-text"><span class="description">The minister with the commissioner. File image</span>
        <br><span class="author"><span class="image-author-label">Image:</span> <span class="name">GCIS</span></span>
        </div></div><p>Body text.</p></article>"""
    )
    (draft,) = find_images(root, BASE)
    assert draft.src == "https://images.example.net/abc123=s750"
    # the span classed "author" inside the caption is the credit, kept apart
    assert (draft.caption, draft.credit) == ("The minister with the commissioner. File image", "Image: GCIS")
    (image,) = build_images([draft])
    assert image.caption == "The minister with the commissioner. File image"
    assert [(c.name, c.organization) for c in image.credits] == [(None, "GCIS")]


def test_lead_image_beside_an_article_body_container() -> None:
    # The body container is itself the <article>; headline and lead picture sit next to it.
    root = page(
        """<section class="main"><div class="wrap">
        <div class="full-width"><h1>Headline of the story</h1></div>
        <div class="item"><div class="lead-art"><figure><picture><img src="/lead.jpg"></picture>
          <figcaption><span class="caption">The lead picture</span><span class="credit">(NPA)</span></figcaption>
        </figure></div>
        <article id="body"><p>Text.</p><p>More.</p></article></div>
        </div></section>
        <div class="rail"><figure><img src="/elsewhere.jpg"><figcaption>Other</figcaption></figure></div>"""
    )
    container = root.get_element_by_id("body")
    drafts = find_images(root, BASE, container)
    assert [(d.src, d.caption, d.credit) for d in drafts] == [
        ("https://news.example.com/lead.jpg", "The lead picture", "(NPA)")
    ]


def test_state_class_is_not_furniture() -> None:
    root = page(
        """<div class="comments-enabled" id="article"><div class="article-body">
        <figure><img src="/a.jpg"><figcaption>A caption</figcaption></figure><p>Text.</p></div></div>"""
    )
    assert [d.caption for d in find_images(root, BASE)] == ["A caption"]


def test_product_card_image_takes_the_product_name() -> None:
    # A buying-guide card: the image links to the shop (aria-hidden duplicate link) with the photo
    # credit inside the link; the product name is the card's "Hed" element.
    root = page(
        """<article><div class="article-body"><p>Our picks.</p>
        <div class="ProductEmbedWrapper-x product-embed">
          <a aria-hidden="true" tabindex="-1" class="external-link ProductEmbedImageLink-d" href="https://shop.example/p/1"
             rel="sponsored"><span class="ProductEmbedImage-c"><picture><img alt="Tan sleeping bag"
             src="https://media.example.com/photos/bag-1280.jpg"></picture></span>
          <p class="ProductEmbedImageCreditWrapper-j">Photograph: REI</p></a>
          <div class="product-embed__content"><div class="ProductEmbedHedWrapper-e">
            <div class="ProductEmbedHed-k">REI Co-op Siesta Hooded 20</div></div>
            <a class="button" href="https://shop.example/p/1">$139 at REI</a></div>
        </div><p>More text.</p></div></article>"""
    )
    (draft,) = find_images(root, BASE)
    assert (draft.src, draft.caption, draft.credit) == (
        "https://media.example.com/photos/bag-1280.jpg", "REI Co-op Siesta Hooded 20", "Photograph: REI"
    )
    (image,) = build_images([draft])
    assert [(c.name, c.organization) for c in image.credits] == [(None, "REI")]


def test_headline_card_link_is_still_a_teaser() -> None:
    # The "caption" is the headline of another page, inside the same link as the thumbnail.
    root = page(
        """<article><p>Text.</p><div class="videos"><figure class="card">
        <a href="https://news.example.com/videos/other-story.cms"><img src="/thumb.jpg" alt="Other story">
        <figcaption>Other story headline</figcaption></a></figure></div></article>"""
    )
    assert find_images(root, BASE) == []


def test_caption_control_links_are_not_caption_text() -> None:
    root = page(
        """<article><figure class="photo-zoom"><div class="photo"><a href="/multimedia/image/x/">
        <img src="/x.jpg" width="885" height="516"></a></div>
        <figcaption class="source">Rep. Jane Doe talks with Rep. John Roe. (AP Photo/Darron Cummings)
        <a href="/multimedia/image/x/">more &gt;</a></figcaption></figure><p>Body.</p></article>"""
    )
    (draft,) = find_images(root, BASE)
    assert draft.caption == "Rep. Jane Doe talks with Rep. John Roe. (AP Photo/Darron Cummings)"
    (image,) = build_images([draft])
    assert image.caption == "Rep. Jane Doe talks with Rep. John Roe."
    assert [(c.name, c.organization) for c in image.credits] == [("Darron Cummings", "AP")]


def test_hidden_labels_and_truncated_copies_are_not_caption_text() -> None:
    root = page(
        """<article><figure class="article-image"><img src="/m.jpg">
        <figcaption class="article-image__caption"><span class="article-image__visually-hidden">Image:</span>
        <span class="article-image__caption-text">The manager has agreed a deal</span></figcaption></figure>
        <div class="gallery"><img src="/g.jpg"><div class="caption">
        <div class="caption-full">Players celebrate the winning goal. The team won 5-4.
        <a class="less-caption">less</a></div>
        <div class="caption-truncated">Players celebrate the winning goal. The team<a class="more-caption"> ... more</a></div>
        <span class="credit">Photo: Gene J. Puskar</span></div></div>
        <p>Body.</p></article>"""
    )
    assert [(d.caption, d.credit) for d in find_images(root, BASE)] == [
        ("The manager has agreed a deal", None),
        ("Players celebrate the winning goal. The team won 5-4.", "Photo: Gene J. Puskar"),
    ]


def test_src_set_by_a_script_is_no_source() -> None:
    root = page(
        """<article><div class="article-image"><img id="article_img" src="/" alt="main article image"></div>
        <p>Body.</p></article>"""
    )
    assert find_images(root, BASE) == []


# --- structure, not publisher names (issue 12) ------------------------------------------------


def test_custom_picture_element_in_a_figure() -> None:
    root = page(
        """<article><figure class="featured-image"><storefront-image src="/up/lead.jpg" alt="A"></storefront-image>
        <figcaption><span class="caption">Traders on the floor.</span></figcaption></figure><p>Body.</p></article>"""
    )
    (draft,) = find_images(root, BASE)
    assert draft.src == "https://news.example.com/up/lead.jpg"
    assert draft.caption == "Traders on the floor."


def test_author_picture_in_author_link_is_not_an_article_image() -> None:
    root = page(
        """<article><figure><a rel="author" href="/autoren/anna/"><img src="/p/anna.jpg" alt="Anna"></a>
        <figcaption><address>Von <a href="/autoren/anna/">Anna Muster</a></address>
        <time>09.09.2025</time></figcaption></figure>
        <figure><img src="/p/lead.jpg"><figcaption>The council meets.</figcaption></figure></article>"""
    )
    assert [(d.src, d.caption) for d in find_images(root, BASE)] == [
        ("https://news.example.com/p/lead.jpg", "The council meets.")
    ]


def test_small_display_size_marks_an_avatar() -> None:
    root = page(
        """<article><div><picture><img src="/a/author-100~314x314" sizes="32px" alt="Katja"></picture>
        <span>von Katja</span></div><figure><img src="/a/main.jpg"><figcaption>Main.</figcaption></figure></article>"""
    )
    assert [d.caption for d in find_images(root, BASE)] == ["Main."]


def test_video_poster_needs_a_captioned_figure() -> None:
    root = page(
        """<article><div class="video-player" data-video-id="0_x"><img src="/v/poster.jpg"></div>
        <figure data-video-id="0_y"><img src="/v/poster2.jpg"><figcaption>Videografik: how it works</figcaption></figure>
        <p>Body.</p></article>"""
    )
    assert [d.caption for d in find_images(root, BASE)] == ["Videografik: how it works"]


def test_date_with_a_caption_typography_class_is_not_a_caption() -> None:
    root = page(
        """<article><div><img src="/t/a.jpg"><div><time class="nb_caption2">02/02/2025</time></div></div></article>"""
    )
    (draft,) = find_images(root, BASE)
    assert draft.caption is None


def test_without_sidebar_is_layout_state_not_furniture() -> None:
    root = page(
        """<div class="content container without-sidebar"><div class="entry-content article-body">
        <figure><img src="/w/a.jpg" data-portal-copyright="Noel Celis/Getty Images">
        <figcaption class="bi-photo-caption">Evergrande's headquarters.</figcaption></figure><p>Body.</p></div></div>"""
    )
    (draft,) = find_images(root, BASE)
    assert (draft.caption, draft.credit) == ("Evergrande's headquarters.", "Noel Celis/Getty Images")


def test_caption_and_credit_from_data_attributes() -> None:
    root = page("""<article><img src="/d/a.jpg" data-caption="Harbour at dawn" data-credit="Jane Roe"></article>""")
    (draft,) = find_images(root, BASE)
    assert (draft.caption, draft.credit) == ("Harbour at dawn", "Jane Roe")


def test_picture_text_class_is_a_caption() -> None:
    root = page(
        """<article><div class="gallery__item"><div class="detail-img__image-wrapper"><img src="/g/1.jpg"></div>
        <div class="detail-img__description"><div>Party leader at a press conference.
        <span class="detail-img__copyright">Bild: Christoph Soeder/dpa</span></div></div></div></article>"""
    )
    (draft,) = find_images(root, BASE)
    assert draft.caption == "Party leader at a press conference."
    assert draft.credit == "Bild: Christoph Soeder/dpa"


def test_sibling_caption_through_nested_sources() -> None:
    # libxml2 nests the <img> inside every non-void <source>: four of them must not stop the climb.
    root = page(
        """<div class="row"><div class="blog--image"><picture><source srcset="/s/a-1.jpg 1x"><source srcset="/s/a-2.jpg 1x">
        <source srcset="/s/a-3.jpg 1x"><source srcset="/s/a-4.jpg 1x"><img src="/s/a.jpg" width="948" height="593"></picture>
        <p class="article--media--lead">Friedrich Merz</p><p class="image--author">Foto: REUTERS/Nadja Wohlleben</p>
        </div><div class="text"><p>First paragraph of the story.</p></div></div>"""
    )
    (draft,) = find_images(root, BASE, root.xpath("//div[@class='text']")[0])
    assert draft.caption == "Friedrich Merz"
    assert draft.credit == "Foto: REUTERS/Nadja Wohlleben"


def test_lead_media_just_before_the_article_region() -> None:
    root = page(
        """<main-wrap><section class="teaser-image"><figure><img src="/l/lead.jpg">
        <figcaption>Markets fell on Tuesday.</figcaption></figure></section>
        <article><div class="body"><p>First paragraph of the story.</p></div></article></main-wrap>
        <section class="teaser"><img src="/l/other.jpg"></section>"""
    )
    container = root.xpath("//div[@class='body']")[0]
    assert [d.caption for d in find_images(root, BASE, container)] == ["Markets fell on Tuesday."]


def test_json_ld_image_object_gives_caption_and_credit() -> None:
    head = """<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",
        "image": {"@type": "ImageObject", "url": "https://news.example.com/j/lead.jpg",
                  "caption": "The bridge at night", "creditText": "Jan Novak"}}</script>"""
    root = page("""<article><figure><img src="/j/lead.jpg"></figure><p>Body.</p></article>""", head)
    (draft,) = find_images(root, BASE)
    assert (draft.caption, draft.credit) == ("The bridge at night", "Jan Novak")


def test_og_image_is_the_lead_picture_when_the_page_shows_it() -> None:
    head = '<meta property="og:image" content="https://news.example.com/o/lead.jpg?w=1200">'
    body = """<div class="top"><img src="/o/lead.jpg" alt="Lead"></div>
        <div class="text"><p>First paragraph of the story.</p></div>"""
    root = page(body, head)
    container = root.xpath("//div[@class='text']")[0]
    (draft,) = find_images(root, BASE, container)
    assert draft.src == "https://news.example.com/o/lead.jpg"
    # a declared share picture that the page does not show is not an article image
    hidden = page("""<div class="text"><p>First paragraph.</p></div>""", head)
    assert find_images(hidden, BASE, hidden.xpath("//div[@class='text']")[0]) == []


def test_a_bare_lead_image_beside_the_text_takes_its_declared_caption() -> None:
    # The walk sees the bare <img> just before the text container and drops it (no figure, no caption);
    # the page's JSON-LD says it is the lead picture and gives the caption and credit.
    head = """<meta property="og:image" content="https://news.example.com/d/lead.jpg">
        <script type="application/ld+json">{"@type": "NewsArticle", "image": {"@type": "ImageObject",
        "url": "https://news.example.com/d/lead.jpg", "caption": "The harbour at dawn.",
        "creditText": "Ana Ruiz/AFP"}}</script>"""
    body = """<article><h1>Harbour reopens</h1><img src="/d/lead.jpg">
        <div class="text"><p>First paragraph of the story.</p><p>Second paragraph.</p></div></article>"""
    root = page(body, head)
    (draft,) = find_images(root, BASE, root.xpath("//div[@class='text']")[0])
    assert (draft.src, draft.caption, draft.credit) == (
        "https://news.example.com/d/lead.jpg",
        "The harbour at dawn.",
        "Ana Ruiz/AFP",
    )


def test_separate_caption_elements_keep_a_space() -> None:
    root = page(
        """<article><figure><img src="/y/a.jpg"><figcaption><span class="c">The Yomiuri Shimbun</span><span
        class="t">The leaders of the two countries meet.</span></figcaption></figure></article>"""
    )
    (draft,) = find_images(root, BASE)
    assert draft.caption == "The Yomiuri Shimbun The leaders of the two countries meet."


def test_aria_describedby_names_the_caption() -> None:
    root = page(
        """<article><img src="/r/a.jpg" aria-describedby="cap-1"><p>Body text.</p>
        <p id="cap-1" class="note">Rescue teams at the river.</p></article>"""
    )
    (draft,) = find_images(root, BASE)
    assert draft.caption == "Rescue teams at the river."


def test_noscript_copy_is_one_image() -> None:
    root = page(
        """<article><figure><img class="lazyload" src="data:image/gif;base64,R0lGOD" data-src="/n/a.jpg">
        <noscript><img src="/n/a.jpg"></noscript><figcaption>One picture.</figcaption></figure></article>"""
    )
    assert [(d.src, d.caption) for d in find_images(root, BASE)] == [("https://news.example.com/n/a.jpg", "One picture.")]


def test_author_class_inside_a_caption_is_the_photo_credit() -> None:
    root = page(
        """<article><figure><img src="/c/a.jpg"><figcaption class="figure-caption">
        <p class="caption-title">El fiscal general del Estado</p>
        <span class="caption-author">Álex Cámara - Europa Press</span></figcaption></figure></article>"""
    )
    (draft,) = find_images(root, BASE)
    assert (draft.caption, draft.credit) == ("El fiscal general del Estado", "Álex Cámara - Europa Press")


def test_a_one_word_label_beside_a_picture_is_not_its_caption() -> None:
    # a teaser tile: the picture and a content-type label in one small wrapper
    root = page(
        """<main><div class="tile"><div><picture><img src="/t.jpg" width="800" height="450" alt="Jets"></picture></div>
        <div class="badge">Liveblog</div></div>
        <div class="tile"><div><picture><img src="/u.jpg" width="800" height="450" alt="Rally"></picture></div>
        <div class="text">Demonstrators in the square</div></div></main>"""
    )
    captions = [draft.caption for draft in find_images(root, BASE)]
    assert "Liveblog" not in captions
    assert "Demonstrators in the square" in captions
