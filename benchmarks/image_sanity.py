"""Captions, photo credits and bylines that are wrong by construction, counted on every corpus page.

Caption truth exists for the Fundus pages only; the AEB and regional pages (about 210 more) have none.
Some outputs are wrong whatever the truth: a caption that still ends in its credit ("… Photo: AP"), a
credit holding a sentence, a caption repeated as a body paragraph, an author that is a date, a picture the
page shows in a ``<figure>`` with a caption kept with neither caption nor credit. This script
parses every page and counts such shapes by class, per half (halves as in ``speaker_sanity.py``):

    python benchmarks/image_sanity.py               # counts per class and half
    python benchmarks/image_sanity.py --show CLASS  # the tune-half cases of one class
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from lxml import html as lxml_html
from sanity import Finding, run

from cqnews.models import Article

# The word lists below are this checker's own on purpose, not imports from cqnews.lexicon: a table shared
# with the library could not flag what the library's table misses.
# A credit label or agency left at the end of a caption (the credit belongs in Image.credits).
_CREDIT_TAIL = re.compile(
    r"(?:\b(?:Photo|Foto|Fotó|Bild|Image|Picture|Pic|Credit|Crédit|Quelle|Source|Photograph)s?\s*:\s*\S[^.]{0,60}"
    r"|\((?:AP|AFP|Reuters|Getty|EPA|dpa|Xinhua)[^)]{0,60}\)|\b(?:Getty Images|AP Photo|Reuters|AFP|dpa)"
    r"|(?:图|摄影?|来源)\s*[:：/／]\s*\S{1,20}|[（(](?:记者)?\S{2,12}\s*摄[）)])\s*$",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[a-zà-ÿ]{3,} [a-zà-ÿ]{3,} [a-zà-ÿ]{3,} [a-zà-ÿ]{3,} [a-zà-ÿ]{3,}")
_DIGITS_ONLY = re.compile(r"[\d\s/.:-]+")
# A figcaption that is only a credit ("Foto: dpa", "AP Photo/Jane Doe", "Getty Images"): no caption to miss.
_ONLY_CREDIT = re.compile(
    r"(?:(?:Photo|Foto|Bild|Image|Credit|Crédit|Quelle|Source|Photograph|图|摄影?)s?\s*[:：]?\s*)?"
    r"[\w .&/-]{0,40}(?:Getty Images|AP|AFP|Reuters|EPA|dpa|Xinhua|Shutterstock|iStock|Imago|picture alliance)"
    r"[\w .&/-]{0,30}",
    re.IGNORECASE,
)
_SRC_ATTRIBUTES = ("src", "data-src", "data-lazy-src", "data-original", "srcset", "data-srcset")
_MIN_FIGURE_CAPTION = 15


def _file_key(src: str) -> str:
    """The file name of an image source, the part that survives URL joining and resizing parameters."""
    return src.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1].lower()


def figure_captions(html: bytes) -> list[tuple[set[str], str]]:
    """Per ``<figure>`` with a ``<figcaption>`` that is more than a credit: the file names of every copy
    of its picture (``src``, lazy-load attributes, each ``srcset`` entry) and the caption text. Read from
    the page's own markup, so it does not depend on cqnews's image finder."""
    try:
        root = lxml_html.fromstring(html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return []
    found: list[tuple[set[str], str]] = []
    for figure in root.iter("figure"):
        caption = next(figure.iter("figcaption"), None)
        text = " ".join(caption.text_content().split()) if caption is not None else ""
        if len(text) < _MIN_FIGURE_CAPTION or _ONLY_CREDIT.fullmatch(text):
            continue
        keys = {
            key
            for element in figure.iter("img", "source")
            for name in _SRC_ATTRIBUTES
            for part in (element.get(name) or "").split(",")
            if (key := _file_key(part.strip().split(" ", 1)[0])) and "base64" not in key
        }
        if keys:
            found.append((keys, text))
    return found


def image_classes(article: Article) -> list[tuple[str, str]]:
    """(class, the text concerned) for each wrong-by-construction shape of the article's images."""
    found: list[tuple[str, str]] = []
    body = {block.text.strip() for block in article.body}
    for image in article.images:
        caption = (image.caption or "").strip()
        if caption and _CREDIT_TAIL.search(caption):
            found.append(("caption ends with a credit", caption))
        if caption and caption in body:
            found.append(("caption also a body block", caption))
        if caption and any(credit.raw.strip() == caption for credit in image.credits):
            found.append(("caption equals its credit", caption))
        for credit in image.credits:
            raw = credit.raw.strip()
            if len(raw) > 80 or _SENTENCE.search(raw):
                found.append(("credit reads as a sentence", raw))
            if not (credit.name or credit.organization):
                found.append(("credit with neither name nor organisation", raw))
    for author in article.authors:
        if _DIGITS_ONLY.fullmatch(author) or len(author.split()) > 6 or author[:1].islower():
            found.append(("author not a name", author))
    return found


def figure_classes(article: Article, html: bytes) -> list[tuple[str, str]]:
    """Figures the page shows with a caption: kept by cqnews without any caption or credit, or not kept."""
    figures = figure_captions(html) if article.images else []
    kept = {_file_key(image.src or ""): image for image in article.images}
    found: list[tuple[str, str]] = []
    for keys, text in figures:
        images = [kept[key] for key in keys if key in kept]
        if not images:
            found.append(("figure with a caption, picture not kept", f"{sorted(keys)[0]}: {text}"))
        elif not any(image.caption or image.credits for image in images):
            found.append(("figure caption left out", f"{sorted(keys)[0]}: {text}"))
    return found


def findings(article: Article, html: bytes) -> tuple[Counter[str], list[Finding]]:
    """How many images, captions, credits and authors, and the wrong-by-construction ones."""
    images = article.images
    sizes = Counter(
        images=len(images),
        captions=sum(1 for image in images if image.caption),
        credits=sum(len(image.credits) for image in images),
        authors=len(article.authors),
    )
    classes = image_classes(article) + figure_classes(article, html)
    return sizes, [(label, repr(text[:160])) for label, text in classes]


if __name__ == "__main__":
    sys.exit(run(__doc__ or "", findings, ["images", "captions", "credits", "authors"]))
