"""Images, captions and credits read from page structure (cqnews.extract.images) on made-up layouts."""

from __future__ import annotations

import lxml.html

from cqnews.enrich.captions import build_images
from cqnews.extract.images import find_images

BASE = "https://news.example.com/2024/05/16/story.html"


def page(body: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><head></head><body>{body}</body></html>")


def test_noscript_copy_does_not_hide_the_caption_beside_the_picture() -> None:
    root = page(
        """<article><div class="article-content">
        <p class="caption"><span class="imagecontainer"><picture>
          <img src="" data-src="/img/phones.jpg" width="960" height="540" class="lazyload" alt="Phones">
          <noscript><img src="/img/phones.jpg" width="960" height="540" alt="Phones"></noscript>
        </picture></span><span class="bu">We expect new phones and watches.</span></p>
        <p>The event takes place in July, two weeks earlier than last year.</p></div></article>"""
    )
    (draft,) = find_images(root, BASE)
    assert draft.src == "https://news.example.com/img/phones.jpg"
    assert draft.caption == "We expect new phones and watches."


def test_link_that_opens_the_picture_is_not_furniture_by_its_icon_class() -> None:
    root = page(
        """<article><p>Intro paragraph of the story.</p>
        <figure class="image"><a class="slides icon maximize" href="/pictures/big/leaders.jpeg">
          <picture><img src="/pictures/665/leaders.jpeg" width="665" height="400" alt="Two ministers"></picture></a>
        </figure>
        <figcaption class="caption">Two ministers present the draft law</figcaption>
        <p>Body text of the story.</p></article>"""
    )
    (draft,) = find_images(root, BASE)
    assert draft.src == "https://news.example.com/pictures/665/leaders.jpeg"
    assert draft.caption == "Two ministers present the draft law"


def test_camel_case_layout_class_with_ad_word_is_not_furniture() -> None:
    root = page(
        """<div class="page-layout_pageLayout page-layout_hasLeadingAdXs">
        <div class="takeover-ad-content-container_takeoverAdContentContainer">
        <article><section class="story-section">
          <p>The match was decided in the second half.</p>
          <figure><img src="/img/coach.jpg" width="800" height="600" alt="The coach">
            <figcaption><span>The coach was angry about the decision.</span></figcaption></figure>
          <p>The referee changed his mind after the video review.</p>
        </section></article></div></div>"""
    )
    container = root.xpath("//section")[0]
    (draft,) = find_images(root, BASE, container)
    assert draft.caption == "The coach was angry about the decision."


def test_camel_case_furniture_words_still_count() -> None:
    root = page(
        """<article><section class="story">
          <p>The match was decided in the second half.</p>
          <div class="relatedArticles"><figure><img src="/img/other.jpg" width="800" height="600">
            <figcaption>Another story</figcaption></figure></div>
          <p>The referee changed his mind after the video review.</p>
        </section></article>"""
    )
    assert find_images(root, BASE, root.xpath("//section")[0]) == []


def test_video_date_and_running_time_are_not_caption_text() -> None:
    root = page(
        """<article><p>Intro paragraph of the story.</p>
        <figure><img src="/img/protest.jpg" width="800" height="450" alt="Protest">
          <figcaption><p>Young people protest against the war.</p><small>05.09.2024 | 2:03 min</small></figcaption>
        </figure><p>Body text.</p></article>"""
    )
    (draft,) = find_images(root, BASE)
    assert draft.caption == "Young people protest against the war."


def test_copyright_text_in_the_figure_is_the_credit() -> None:
    root = page(
        """<article><p>Intro paragraph of the story.</p>
        <figure><div class="media"><img src="/img/school.jpg" width="800" height="600" alt="School">
          <div class="overlay"><small>© Anna Roe</small></div></div>
          <figcaption>Only a few children came to school on Monday</figcaption>
        </figure><p>Body text.</p></article>"""
    )
    (draft,) = find_images(root, BASE)
    assert draft.caption == "Only a few children came to school on Monday"
    assert draft.credit == "© Anna Roe"


def test_credit_word_of_another_language_starts_a_figure_credit() -> None:
    root = page(
        """<article><p>Intro paragraph of the story.</p>
        <figure><img src="/img/tower.jpg" width="800" height="600" alt="Tower">
          <figcaption>Erst fiel der linke Turm, dann der rechte.</figcaption>
          <p>Foto: Anna Roe/dpa</p>
        </figure><p>Body text.</p></article>"""
    )
    (image,) = build_images(find_images(root, BASE))
    assert image.caption == "Erst fiel der linke Turm, dann der rechte."
    assert [(c.name, c.organization) for c in image.credits] == [("Anna Roe", "dpa")]


def test_party_in_brackets_stays_in_the_caption_when_the_credit_is_marked_apart() -> None:
    root = page(
        """<article><p>Intro paragraph of the story.</p>
        <figure><img src="/img/debate.jpg" width="800" height="600" alt="Debate">
          <figcaption>Anna Roe (CDU) und Ben Doe (AfD)
            <span class="credit">Quelle: Carla Poe/dpa</span></figcaption>
        </figure><p>Body text.</p></article>"""
    )
    (image,) = build_images(find_images(root, BASE))
    assert image.caption == "Anna Roe (CDU) und Ben Doe (AfD)"
    assert [c.raw for c in image.credits] == ["Quelle: Carla Poe/dpa"] * len(image.credits)
    assert "AfD" not in {c.organization for c in image.credits}
