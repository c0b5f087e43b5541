"""Made-up articles around one figure, for the picture, caption and photo-credit tests."""

from __future__ import annotations

import cqnews
from cqnews.draft import ImageDraft
from cqnews.enrich.captions import build_images

LEDE = "<p>" + "Der Rat hat am Montag beschlossen, die Straße zu sanieren und im Sommer zu beginnen. " * 5 + "</p>"
IMG = '<img src="https://www.example.de/img/rat-1200.jpg" width="1200" height="800" alt="Rat">'


def figure_images(figure: str) -> list[tuple[str | None, list[str]]]:
    """(caption, raw credits) of each image cqnews finds in the article holding ``figure``."""
    html = (
        "<html><head><title>Der Rat beschließt die Sanierung</title></head><body><article>"
        f"<h1>Der Rat beschließt die Sanierung</h1>{LEDE}{figure}{LEDE}{LEDE}</article></body></html>"
    )
    article = cqnews.parse(html, url="https://www.example.de/politik/artikel-1.html")
    return [(image.caption, [c.raw or "" for c in image.credits]) for image in article.images]


def article_around(figure: str, *, lede: str, title: str, url: str, container: str = "<article>") -> cqnews.Article:
    """The article a made-up page gives: ``title`` as its title and headline, then in ``container`` one ``lede``
    paragraph, ``figure`` and two more ``lede`` paragraphs."""
    close = "</" + container[1:].split(maxsplit=1)[0].rstrip(">") + ">"
    html = (
        f"<html><head><title>{title}</title></head><body>{container}"
        f"<h1>{title}</h1>{lede}{figure}{lede}{lede}{close}</body></html>"
    )
    return cqnews.parse(html, url=url)


def sourced_images(article: cqnews.Article) -> list[tuple[str | None, str | None, list[str]]]:
    """(src, caption, raw credits) of each image of ``article``."""
    return [(image.src, image.caption, [c.raw for c in image.credits]) for image in article.images]


def images_around(
    figure: str, *, sentence: str, title: str, url: str
) -> list[tuple[str | None, str | None, list[str]]]:
    """(src, caption, raw credits) of each image of the article around ``figure`` whose paragraphs repeat
    ``sentence`` three times (:func:`article_around`)."""
    lede = "<p>" + f"{sentence} " * 3 + "</p>"
    return sourced_images(article_around(figure, lede=lede, title=title, url=url))


def caption_and_credits(written: str) -> tuple[str | None, list[tuple[str | None, str | None, str]]]:
    """The caption and the (name, organization, raw) of each credit that ``written``, one image's caption text as
    found on a page, gives once split."""
    (image,) = build_images([ImageDraft(src="https://x.example/a.jpg", caption=written)])
    return image.caption, [(c.name, c.organization, c.raw) for c in image.credits]
