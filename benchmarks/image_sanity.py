"""Captions, photo credits and bylines that are wrong by construction, counted on every corpus page.

Caption truth exists for the Fundus pages only; the AEB and regional pages (about 210 more) have none.
Some outputs are wrong whatever the truth: a caption that still ends in its credit ("… Photo: AP"), a
credit holding a sentence, a caption repeated as a body paragraph, an author that is a date. This script
parses every page and counts such shapes by class, per half (halves as in ``speaker_sanity.py``):

    python benchmarks/image_sanity.py               # counts per class and half
    python benchmarks/image_sanity.py --show CLASS  # the tune-half cases of one class
"""

from __future__ import annotations

import re
import sys
from collections import Counter

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


def findings(article: Article) -> tuple[Counter[str], list[Finding]]:
    """How many images, captions, credits and authors, and the wrong-by-construction ones."""
    images = article.images
    sizes = Counter(
        images=len(images),
        captions=sum(1 for image in images if image.caption),
        credits=sum(len(image.credits) for image in images),
        authors=len(article.authors),
    )
    return sizes, [(label, repr(text[:160])) for label, text in image_classes(article)]


if __name__ == "__main__":
    sys.exit(run(__doc__ or "", findings, ["images", "captions", "credits", "authors"]))
