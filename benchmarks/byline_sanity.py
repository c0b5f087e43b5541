"""Bylines and photo credits that are wrong by construction, counted on every corpus page.

Byline truth exists for the Fundus pages only, and the tune half's bylines are nearly all right, so gold
gives little signal. Some outputs are wrong whatever the truth says:

* an author that is not a person's or an organisation's name: digits, a date or time word, "Updated" or
  "min read", an e-mail address or URL, a role word alone ("Reporter", "Staff"), more than six words, a
  trailing conjunction or preposition, a name glued to the next word ("John SmithWashington"), the same
  name twice in one list or in one string;
* a page whose own markup names its authors (JSON-LD ``author``/``creator``, ``<meta name=author>``,
  ``rel=author``, ``itemprop=author``, a byline element reading "By X") while ``Article.authors`` is
  empty or shares no word with them;
* a photo credit that is a date or a role word, that ends in a conjunction, or that is the article's
  byline line; a caption that ends in an unsplit credit (the caption classes of ``image_sanity.py``).

The markup is read here with this checker's own code and word lists, not cqnews's: a table shared with the
library could not flag what the library misses. Halves as in ``sanity.py``:

    python benchmarks/byline_sanity.py               # counts per class and half
    python benchmarks/byline_sanity.py --show CLASS  # the tune-half cases of one class
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from typing import Any

from image_sanity import image_classes
from lxml import html as lxml_html
from sanity import Finding, run

from cqnews.models import Article

_DIGIT = re.compile(r"\d")
_DATE_WORD = re.compile(
    r"\b(?:updated?|published|posted|min(?:ute)?s? read|read time|aktualisiert|veröffentlicht|publicado|"
    r"actualizado|mis à jour|publié|aggiornato|pubblicato|today|yesterday|ago|hours?|uhr|"
    r"january|february|march|april|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre)\b",
    re.IGNORECASE,
)
_EMAIL_URL = re.compile(r"@\w|https?:|www\.", re.IGNORECASE)  # "Dailymail.com" is a name
_ROLE_WORDS = frozenset(
    "reporter reporters staff editor editors writer writers correspondent correspondents author authors "
    "contributor contributors journalist redaktion redaktor redakteur redakteurin autor autorin autores "
    "redacción redazione rédaction redactor redactora journaliste giornalista columnist photographer admin "
    "newsroom desk team senior chief political news editorial bureau".split()
)
_TAIL_WORDS = frozenset(
    "and or & with by for in at of from to the a an und oder mit von für y e o con por de en et ou avec par "
    "pour ed di da och og i w z".split()
)
# Words no name starts with ("The Associated Press", "von der Leyen", "Ed Cara" do).
_LEAD_WORDS = frozenset("and & by with und mit por par et ou oder".split())
# Two names run together without a space: a lower-case run of three or more, then a capital ("SmithWashington").
# "McDonald", "DeSantis", "MacKenzie" have a short lower-case run before the capital and pass.
_GLUED = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]{3,}[A-ZÀ-Þ][a-zß-ÿ]{2,}")
_MAX_WORDS = 6


def _shape_classes(author: str) -> list[str]:
    """The classes one author string falls in by its own shape."""
    words = author.split()
    lowered = [w.casefold().strip(".,:;()") for w in words]
    half = len(words) // 2
    tests = (
        ("author holds a digit", bool(_DIGIT.search(author))),
        ("author holds a date or time word", bool(_DATE_WORD.search(author))),
        ("author holds an e-mail or URL", bool(_EMAIL_URL.search(author))),
        ("author is a role word only", bool(lowered) and all(w in _ROLE_WORDS for w in lowered)),
        ("author longer than six words", len(words) > _MAX_WORDS),
        (
            "author starts or ends with a function word",
            len(words) > 1 and (lowered[-1] in _TAIL_WORDS or lowered[0] in _LEAD_WORDS),
        ),
        ("author glued to the next word", bool(_GLUED.search(author))),
        ("author is one name written twice", bool(half) and len(words) % 2 == 0 and lowered[:half] == lowered[half:]),
    )
    return [label for label, hit in tests if hit]


def author_classes(authors: list[str]) -> list[tuple[str, str]]:
    """(class, author) for each author string that is not a name by its shape, or repeats one before it."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for author in authors:
        found.extend((label, author) for label in _shape_classes(author))
        key = " ".join(author.casefold().split())
        if key in seen:
            found.append(("author listed twice", author))
        seen.add(key)
    return found


_ARTICLE_TYPES = ("Article", "BlogPosting", "Report", "LiveBlogPosting")
_BY_LINE = re.compile(r"^(?:By|BY|Von|VON|Por|POR|Par|PAR|Di|Af|Av|Door|Przez|Autor:|Author:)\s+(\S.{2,80})$")


def _ld_objects(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON object inside a JSON-LD value (lists and ``@graph`` opened)."""
    if depth > 4:
        return
    if isinstance(value, list):
        for item in value[:50]:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        yield from _ld_objects(value.get("@graph"), depth + 1)


def _ld_names(value: Any, depth: int = 0) -> Iterator[str]:
    """Names of a JSON-LD author value: strings, objects with a ``name``, lists of both."""
    if depth > 3:
        return
    if isinstance(value, str) and not value.startswith("http"):
        yield value
    elif isinstance(value, list):
        for item in value[:20]:
            yield from _ld_names(item, depth + 1)
    elif isinstance(value, dict):
        yield from _ld_names(value.get("name"), depth + 1)


def _is_article(obj: dict[str, Any]) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.endswith(_ARTICLE_TYPES) for k in kinds)


def _root(html: bytes) -> lxml_html.HtmlElement | None:
    """The page's tree, read as UTF-8 when it is (lxml alone takes a page without a charset for Latin-1)."""
    try:
        return lxml_html.fromstring(html.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):  # not UTF-8, or an XML declaration lxml wants as bytes
        pass
    try:
        return lxml_html.fromstring(html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return None


def declared_authors(html: bytes) -> dict[str, list[str]]:
    """The author names the page's own markup declares, by source: ``ld`` (JSON-LD article author or
    creator), ``meta`` (author meta tags), ``element`` (rel/itemprop=author, a byline element "By X"), ``shown``
    (the first short text element of the page opening with a by-word and a capitalised word, whatever its class)."""
    out: dict[str, list[str]] = {"ld": [], "meta": [], "element": [], "shown": []}
    root = _root(html)
    if root is None:
        return out
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for obj in _ld_objects(data):
            if _is_article(obj):
                out["ld"].extend(_ld_names(obj.get("author") or obj.get("creator")))
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").lower()
        content = (meta.get("content") or "").strip()
        if key in ("author", "article:author", "parsely-author", "dc.creator", "byl") and content:
            if not content.startswith(("http", "@")):
                out["meta"].append(content)
    out["element"] = _element_authors(root)
    out["shown"] = _shown_byline(root)
    return {key: [" ".join(n.split()) for n in names if n.strip()] for key, names in out.items()}


_STAMP = re.compile(_DATE_WORD.pattern + r"|\d", re.IGNORECASE)
_LABEL = re.compile(r"^[^\W\d_]{2,12}\s*:\s*")


def _element_authors(root: lxml_html.HtmlElement) -> list[str]:
    """Names in ``rel=author`` / ``itemprop=author`` elements and "By X" lines of byline-classed elements,
    outside asides, footers, navigation and figures."""
    names: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "meta", "link"):
            continue
        rel = (el.get("rel") or "").lower().split()
        itemprop = (el.get("itemprop") or "").lower().split()
        cls = (el.get("class") or "").lower()
        if not ("author" in rel or "author" in itemprop or "byline" in cls):
            continue
        if any(a.tag in ("aside", "footer", "nav", "figure") for a in el.iterancestors()):
            continue
        text = " ".join(el.text_content().split())
        if "byline" in cls and "author" not in rel and "author" not in itemprop:
            match = _BY_LINE.match(text)
            text = match.group(1) if match else ""
        text = _LABEL.sub("", text)  # "Text: Anna Roe", "Текст: …"
        stamp = _STAMP.search(text)
        text = text[: stamp.start()].strip(" ,|·•-") if stamp else text  # "Anna Roe Updated Nov 13, 2019"
        if 2 < len(text) <= 80 and not text.startswith(("(", "[")) and not author_classes([text]):
            return [text]  # the first: later ones are bylines of related stories
    return names


_SHOWN = re.compile(r"^(?:By|BY|Von|VON|Por|POR|Par|PAR)(?:\s+[A-ZÀ-Þ]|$)")  # "By <a>Anna Roe</a>" too
_FURNITURE = ("aside", "footer", "nav", "figure", "figcaption", "a", "button", "label", "script", "style")


def _shown_byline(root: lxml_html.HtmlElement) -> list[str]:
    """The first short element whose own text opens like a byline ("By Anna Roe on Monday"), outside page
    furniture and links, cut at its first date word or digit; empty when the page shows none."""
    for el in root.iter("p", "div", "span", "li", "address", "strong", "em", "b", "small", "time"):
        if not el.text or not _SHOWN.match(el.text.strip()):
            continue
        if any(a.tag in _FURNITURE for a in (el, *el.iterancestors())):
            continue
        text = " ".join(" ".join(el.itertext()).split())
        if len(text) > 160:
            continue
        stamp = _STAMP.search(text)
        name = text[: stamp.start()] if stamp else text
        name = re.sub(r"^\S+\s+", "", name).strip(" ,|·•-")  # the by-word
        return [name] if name and not author_classes([name]) else []
    return []


def _tokens(names: list[str]) -> set[str]:
    return {w for n in names for w in re.findall(r"[^\W\d_]{3,}", n.casefold())}


def _namelike(names: list[str]) -> list[str]:
    """Declared names that are names by this checker's own tests (no placeholder, date or role word)."""
    return [n for n in names if not author_classes([n]) and len(_tokens([n])) >= 1]


def markup_classes(article: Article, html: bytes) -> list[tuple[str, str]]:
    """The page declares authors in its markup: none kept, or none of their words kept."""
    declared = declared_authors(html)
    found: list[tuple[str, str]] = []
    # A meta author is often the publisher, and the first "By" line shown can be a teaser's: for them only
    # "none kept" counts.
    for source in ("ld", "meta", "element", "shown"):
        names = _namelike(declared[source])
        if not names:
            continue
        shown = " | ".join(names[:4])
        if not article.authors:
            found.append((f"{source} names authors, none kept", shown))
        elif source in ("ld", "element") and not _tokens(names) & _tokens(article.authors):
            found.append((f"{source} names authors, no word kept", f"{shown} -> {article.authors}"))
    return found


def credit_classes(article: Article) -> list[tuple[str, str]]:
    """Photo credits that are wrong by their shape: a date, a role word only, a trailing function word."""
    found: list[tuple[str, str]] = []
    for image in article.images:
        for credit in image.credits:
            for value in filter(None, (credit.name, credit.organization)):
                words = [w.casefold().strip(".,:;()") for w in value.split()]
                if _DATE_WORD.search(value) and _DIGIT.search(value):
                    found.append(("credit holds a date", value))
                if words and all(w in _ROLE_WORDS for w in words):
                    found.append(("credit is a role word only", value))
                if len(words) > 1 and words[-1] in _TAIL_WORDS:
                    found.append(("credit ends with a function word", value))
                if _GLUED.search(value):
                    found.append(("credit glued to the next word", value))
    return found


# The classes of image_sanity.py about captions and credits split wrong ("credit reads as a sentence" counts long
# agency chains too, and is left to that script).
_IMAGE_CLASSES = (
    "caption ends with a credit", "caption equals its credit", "credit with neither name nor organisation",
)


def findings(article: Article, html: bytes) -> tuple[Counter[str], list[Finding]]:
    """How many authors and credits, and the wrong-by-construction ones."""
    sizes = Counter(
        authors=len(article.authors),
        pages_without_authors=0 if article.authors else 1,
        credits=sum(len(image.credits) for image in article.images),
    )
    image = [(label, text) for label, text in image_classes(article) if label in _IMAGE_CLASSES]
    classes = author_classes(article.authors) + markup_classes(article, html) + credit_classes(article) + image
    return sizes, [(label, repr(text[:200])) for label, text in classes]


if __name__ == "__main__":
    sys.exit(run(__doc__ or "", findings, ["authors", "pages_without_authors", "credits"]))
