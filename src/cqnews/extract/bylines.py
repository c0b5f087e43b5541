"""Find byline text in a document tree: structured metadata first, then visible byline elements.

* :func:`find_author_metadata` gives author names from JSON-LD (``author.name``) and ``<meta>``
  tags (``author``, ``article:author`` when not a URL, ``parsely-author``, ``sailthru.author``,
  ``byl``, ``dc.creator``): clean names for ``Draft.authors``.
* :func:`find_bylines` gives visible byline lines as written ("By Tan Yingzi in Chongqing"):
  ``rel=author`` links, ``itemprop=author`` and elements whose class or id mentions byline or author,
  for ``Draft.bylines`` (parse them with :func:`cqnews.enrich.credits.parse_credit_line`).

Both walk the tree once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from ..lexicon.bylines import (
    ARABIC_BY_WORDS,
    AUTHOR_CLASS_WORDS,
    BY_WORDS,
    BYLINE_LABEL_WORDS,
    NAME_CONJUNCTIONS,
    ZH_WRITER_LABELS,
)
from ..lexicon.credit_lines import ARABIC_BYLINE
from ..lexicon.en import NAME_PARTICLES
from ..lexicon.letters import CAPITAL_LETTER
from ..text import normalize_space, without_tags
from .image_caption_elements import PICTURE_CREDIT_START
from .jsonld import is_article, is_web_page, json_ld_objects

__all__ = ["MAX_LISTED_AUTHORS", "find_author_metadata", "find_bylines"]


_META_NAMES = ("author", "article:author", "parsely-author", "sailthru.author", "byl", "dc.creator", "dcterms.creator",
               "cxenseparse:author", "og:article:author", "twitter:creator:name")
_BYLINE_CLASS = re.compile(r"byline|(?:^|[\s_\-])(?:author|authors|article-author|author-name|authorname|writer|"
                           r"contributor|contributors|" + "|".join(AUTHOR_CLASS_WORDS) + r")(?:$|[\s_\-])|AuthorName|"
                           r"BylineName|Byline", re.IGNORECASE)
# Every _BYLINE_CLASS match holds one of these words: one search for them (words inside another dropped,
# "autor" serves "autoren") before the regular expression, on nearly every element of the page.
_HINT_WORDS = ("author", "byline", "writer", "contributor", *AUTHOR_CLASS_WORDS)
_CLASS_HINT = re.compile("|".join(w for w in _HINT_WORDS if not any(o != w and o in w for o in _HINT_WORDS)))
_NOT_BYLINE_CLASS = re.compile(r"avatar|image|img|photo|bio|description|social|follow|twitter|email|more|related|"
                               r"share|date|time|comment|icon|wrapper-img", re.IGNORECASE)
_NOT_CANDIDATES = frozenset(("script", "style", "meta", "link", "img", "svg", "html", "body"))
_MAX_BYLINE = 160
MAX_LISTED_AUTHORS = 20  # the items of one JSON-LD author list read (a hostile page lists thousands)


def _names_from_ld(
    value: Any, out: list[str], by_id: dict[str, dict[str, Any]], depth: int = 0, cut: list[int] | None = None
) -> None:
    """Names of a JSON-LD ``author`` value: strings, objects with a ``name``, lists of both.

    An object with only an ``@id`` points at a Person or Organization written elsewhere in the page's
    JSON-LD (a ``@graph`` lists each node once): its name is read from there. A list is read up to
    ``MAX_LISTED_AUTHORS`` items; ``cut`` is told the length of each list read only in part.
    """
    if depth > 4 or value is None:
        return
    if isinstance(value, str):
        text = normalize_space(without_tags(value))  # ("<a href=…>Jane Roe</a>")
        if text and not text.startswith(("http://", "https://")) and len(text) <= _MAX_BYLINE:
            out.append(text)
    elif isinstance(value, list):
        if cut is not None and len(value) > MAX_LISTED_AUTHORS:
            cut.append(len(value))
        for item in value[:MAX_LISTED_AUTHORS]:
            _names_from_ld(item, out, by_id, depth + 1, cut)
    elif isinstance(value, dict):
        name = _ld_object_name(value, by_id)
        if isinstance(name, (str, list)):
            _names_from_ld(name, out, by_id, depth + 1, cut)


def _ld_object_name(node: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> Any:
    """The ``name`` of a JSON-LD object, else that of the node its ``@id`` points at, else its given and family
    names joined (None when it has none)."""
    name = node.get("name")
    ref = node.get("@id")
    if name is None and isinstance(ref, str) and ref in by_id:
        name = by_id[ref].get("name")
    if name is None:
        name = _given_family(node)
    return name


def _given_family(person: dict[str, Any]) -> str | None:
    """A Person written by its name parts only ({"givenName": "Anna", "familyName": "Roe"} -> "Anna Roe")."""
    parts = [person.get("givenName"), person.get("familyName")]
    if not all(isinstance(part, str) and part.strip() for part in parts):
        return None
    return " ".join(str(part).strip() for part in parts)


def find_author_metadata(
    root: HtmlElement, ld_objects: list[dict[str, Any]] | None = None, cut: list[int] | None = None
) -> list[str]:
    """Author names from JSON-LD article objects, else from author ``<meta>`` tags, in page order.

    JSON-LD wins when it names anyone: meta tags then are not consulted. Values that are URLs are
    skipped. Names are whitespace-normalised and deduplicated case-insensitively. Pass the page's
    ``ld_objects`` when they are already read (see :func:`~cqnews.extract.jsonld.json_ld_objects`); ``cut`` is told
    the length of each author list read only in part (over ``MAX_LISTED_AUTHORS``: a page may list thousands).
    """
    ld_names: list[str] = []
    page_names: list[str] = []  # the authors of WebPage objects
    objects = json_ld_objects(root) if ld_objects is None else ld_objects
    by_id = {ref: obj for obj in objects if isinstance(ref := obj.get("@id"), str) and "name" in obj}
    story = next(filter(None, map(_headline_key, filter(is_article, objects))), "")
    for obj in objects:
        if is_article(obj) and not _another_story(obj, story):
            # (schema.org "creator" names the writer of an article that gives no "author")
            names = page_names if is_web_page(obj) else ld_names
            _names_from_ld(obj.get("author", obj.get("creator")), names, by_id, cut=cut)
    # A WebPage's author is the account that published the page (an SEO plugin writes it beside the
    # NewsArticle): it counts only when no article object names anyone.
    names = ld_names or page_names or _meta_author_names(root)
    return list({n.casefold(): n for n in reversed(names)}.values())[::-1] if names else []


def _another_story(obj: dict[str, Any], story: str) -> bool:
    """Is ``obj`` an article object of another story than the page's: its headline is neither ``story`` (the first
    article headline of the page) nor a shorter or longer form of it? A page may list related stories as
    NewsArticle objects of their own, each with its author ("Otra nota …", "Carla Ruiz")."""
    key = _headline_key(obj)
    return bool(key) and not (key.startswith(story) or story.startswith(key))


def _headline_key(obj: dict[str, Any]) -> str:
    """The headline of an article object to compare, normalised; "" for a WebPage (whose name is the page's title,
    with the site's name) or an object without one."""
    headline = obj.get("headline")
    if is_web_page(obj) or not isinstance(headline, str):
        return ""
    return normalize_space(headline).casefold()


def _meta_author_names(root: HtmlElement) -> list[str]:
    names: list[str] = []
    for el in root.iter("meta"):
        key = (el.get("name") or el.get("property") or "").strip().lower()
        if key in _META_NAMES:
            content = normalize_space(el.get("content") or "")
            if content and not content.startswith(("http://", "https://", "@")) and len(content) <= _MAX_BYLINE:
                names.append(content)
    return names


_OUTSIDE = re.compile(r"related|recommend|teaser|promo|outbrain|taboola|most-?read|trending|more-stories|"
                      r"newsletter|caption|gallery", re.IGNORECASE)
_OUTSIDE_PARTS = frozenset(("card", "cards", "comment", "comments", "sidebar", "widget", "list", "feed", "rail"))


def _outside_byline(el: HtmlElement) -> bool:
    """Ancestors whose bylines are not the article's: related lists, cards, captions, footers.

    ``<body>`` and ``<html>`` hold the whole page: their classes describe the page (feature flags such as
    "fltgallery3cf", a template name), never a part of it the byline could be outside of.
    """
    if el.tag in ("footer", "nav", "aside", "figure", "figcaption"):
        return True
    if el.tag in ("body", "html"):
        return False
    value = f"{el.get('class') or ''} {el.get('id') or ''}"
    if _OUTSIDE.search(value):
        return True
    return any(token.lower() in _OUTSIDE_PARTS for token in value.split())


# Elements whose descendants never hold the article's byline: page furniture and figures
# (:func:`_outside_byline`), scripts, and drawings (an icon's parts).
_SKIPPED_SUBTREES = frozenset(("footer", "nav", "aside", "figure", "figcaption", "script", "style", "svg"))


def _byline_elements(root: HtmlElement) -> Iterator[HtmlElement]:
    """Elements that declare a byline: ``rel=author``, ``itemprop=author`` or a byline class/id.

    This runs on nearly every element of the page (not inside footers, asides, figures or drawings), so
    it is written for speed: two attribute reads for most elements, and a plain substring test before
    the regular expressions (every
    ``_BYLINE_CLASS`` match holds one of the words author, byline, writer, contributor).
    """
    walk = etree.iterwalk(root, events=("start",))
    for _, el in walk:
        tag = el.tag  # (read once: lxml builds the string on every read)
        if tag in _SKIPPED_SUBTREES:
            walk.skip_subtree()  # the element is read, its descendants never count (see _outside_byline)
        get = el.get
        cls, ident = get("class"), get("id")
        if cls is not None or ident is not None:
            if _byline_class(f"{cls or ''} {ident or ''}"):
                if tag not in _NOT_CANDIDATES:
                    yield el
                continue
        rel, itemprop = get("rel"), get("itemprop")
        declared = (rel is not None and "author" in rel.lower().split()) or (
            itemprop is not None and itemprop.lower() == "author"
        )
        if declared and (tag not in _NOT_CANDIDATES or (tag == "meta" and el.get("content"))):
            yield el  # a microdata <meta itemprop="author" content="…"> names the author without text


def _worded_elements(root: HtmlElement) -> Iterator[HtmlElement]:
    """The elements whose first text opens like a byline ("Von …", "Autor: …"), in document order, outside the
    subtrees :func:`_byline_elements` skips: read only on a page that declares no byline (about one in four),
    and only up to the first that :func:`_worded_byline` takes (0.3 ms of the declared walk on the median
    page when both were collected in one walk)."""
    walk = etree.iterwalk(root, events=("start",))
    for _, el in walk:
        tag = el.tag
        if tag in _SKIPPED_SUBTREES:
            walk.skip_subtree()
        elif tag == "address" or (
            tag in _WORDED_TAGS and (text := el.text) and not text.isspace() and _reads_like_byline(text)
        ):
            yield el  # (most texts are the indentation before a child: no regex for those)


@lru_cache(maxsize=4096)
def _byline_class(value: str) -> bool:
    """A class and id (``"{class} {id}"``) that declare a byline; pages repeat their class strings (within a
    page and across a site's pages), so the verdicts are kept: a dictionary look-up instead of three searches."""
    return bool(
        _CLASS_HINT.search(value.lower()) and _BYLINE_CLASS.search(value) and not _NOT_BYLINE_CLASS.search(value)
    )


def _microdata_name(el: HtmlElement) -> str:
    """The name microdata gives an element without text: its own ``content`` or a ``<meta itemprop=name>``'s."""
    content = el.get("content") if el.tag == "meta" else None
    if content is None:
        name = next((m for m in el.iter("meta") if (m.get("itemprop") or "").lower() == "name"), None)
        content = name.get("content") if name is not None else None
    text = normalize_space(content or "")
    return "" if text.startswith(("http://", "https://")) else text


# A line that is a byline by its words alone, on pages that mark none: a by-word and a name of two capitalised
# words, name particles allowed between them ("Von Anna Roe", "Por Juan Roe y Ana Doe", "Door Jan de Vries"; no
# determiner after it: "By The Numbers" is a heading), or a writer's label before a capitalised name ("Autor: Anna
# Roe", "Tekst: Kari Lund").
_BY_WORD = "|".join((*(w.capitalize() for w in BY_WORDS), "BY", "VON", "POR", "PAR"))
_NAME_WORD = CAPITAL_LETTER + r"[\w'’.\-]*"
_PARTICLE = rf"(?:{'|'.join(sorted(re.escape(p) for p in NAME_PARTICLES))})"
_WORDED_BYLINE = re.compile(
    rf"^(?:(?:{_BY_WORD})\s+(?!(?:The|A|An|This|That|These|Those|Our|Their|His|Her|Its|My|Your|Der|Die|Das|El|La|Le|"
    rf"Les|Il|Lo|De|Het)\b){_NAME_WORD}\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME_WORD}"
    rf"|(?i:{'|'.join(BYLINE_LABEL_WORDS)})\s*[:：]\s*{_NAME_WORD}\s+{_NAME_WORD}"
    rf"|{ARABIC_BYLINE})"
)
_WORDED_START = re.compile(
    rf"^\s*(?:(?:{_BY_WORD})(?:\s|$)|(?i:{'|'.join(BYLINE_LABEL_WORDS)})\s*[:：]|(?:{'|'.join(ARABIC_BY_WORDS)})\s*:?\s)"
)
# An element that holds only the by-word or the writer's label, the names in the elements after it
# ("<span>Von</span> <a>Anna Roe</a>", "<span class=label>Autor:</span> <span>Anna Roe</span>").
_OPENER_ONLY = re.compile(rf"^(?:{_BY_WORD}|(?i:{'|'.join(BYLINE_LABEL_WORDS)})\s*[:：])$")
# A Chinese writer's label and a name anywhere in a page's short information line ("2024-05-13 来源：重庆日报
# 作者：王小明 李华"): such lines open with the date or the source as often as with the writer.
_ZH_WRITER = re.compile(rf"(?:{'|'.join(ZH_WRITER_LABELS)})\s*[:：]\s*[\u4e00-\u9fff]{{2}}")
# A line opening with the reporter's label and no colon, the names after a space ("文/记者 李明 王芳", "本报记者 赵磊
# 通讯员 孙婷"): a county portal's byline under the headline. (Running text glues its words: "记者从…获悉".)
_ZH_WRITER_OPENS = re.compile(
    rf"^\s*(?:文\s*[/／]\s*)?(?:本报|本台|本网)?(?:{'|'.join(ZH_WRITER_LABELS)})(?:\s+|\s*[/／]\s*)[\u4e00-\u9fff]{{2}}"
)
# The text of an <address>, the contact of the article's writer in HTML's own words, that is only people's names:
# two to four words each, capitalised or name particles ("Anna Schmidt", "Jan de Vries und Anna Roe"), up to
# four of them apart by commas or the words for "and".
_NAME_PART = rf"(?:{_NAME_WORD}|{_PARTICLE})"
_ONE_NAME = rf"{_NAME_WORD}(?:\s{_NAME_PART}){{1,3}}"
_NAME_GAP = rf"(?:,\s?|\s(?:{'|'.join(map(re.escape, NAME_CONJUNCTIONS))})\s)"
_NAMES_ONLY = re.compile(rf"^(?:(?:{_BY_WORD})\s)?{_ONE_NAME}(?:{_NAME_GAP}{_ONE_NAME}){{0,3}}$")
_WORDED_TAGS = frozenset(
    ("p", "div", "span", "li", "address", "strong", "b", "em", "small", "header", "section", "td", "font")
)
_MAX_WORDED = 100


def _reads_like_byline(text: str) -> bool:
    """Does an element's own text open like a byline, or hold a Chinese writer's label (a colon first: cheap)?"""
    return (
        bool(_WORDED_START.match(text))
        or ("：" in text or ":" in text) and bool(_ZH_WRITER.search(text))
        or bool(_ZH_WRITER_OPENS.match(text))
    )


def _worded_byline(candidates: Iterable[HtmlElement], outside: dict[HtmlElement, bool]) -> str | None:
    """The first short candidate whose text is a byline by its words ("Von Anna Roe"), outside page furniture.

    ``candidates`` are the elements whose first text opens like a byline, in document order (collected by
    :func:`_worded_elements`); only they are read whole. ``outside`` caches :func:`_outside_byline` verdicts.
    """
    for el in candidates:
        if any(_judged_outside(node, outside) for node in (el, *el.iterancestors())):
            continue
        text = normalize_space(" ".join(el.itertext()))  # "<span>Anna Roe</span><span>Berlin</span>": two words
        parent = el.getparent()
        if _OPENER_ONLY.match(text) and parent is not None:
            text = normalize_space(" ".join(parent.itertext()))  # the names stand in the elements after it
        if len(text) <= _MAX_WORDED and (
            _WORDED_BYLINE.match(text) or _ZH_WRITER.search(text) or _zh_writer_line(text)
            or (el.tag == "address" and _NAMES_ONLY.match(text))
        ):
            return text
    return None


def _zh_writer_line(text: str) -> bool:
    """A line that is only a Chinese byline opening with its label ("文/记者 李明 王芳"): no sentence's comma or full
    stop (a paragraph the byline opens, "本报记者 钱小川 今天上午，…", is running text)."""
    return bool(_ZH_WRITER_OPENS.match(text)) and "，" not in text and "。" not in text


def _judged_outside(el: HtmlElement, outside: dict[HtmlElement, bool]) -> bool:
    """:func:`_outside_byline`, judged once per element."""
    verdict = outside.get(el)
    if verdict is None:
        verdict = outside[el] = _outside_byline(el)
    return verdict


def find_bylines(root: HtmlElement) -> list[str]:
    """Visible byline lines as written, in document order, each once.

    Candidates are ``rel=author`` links, ``itemprop=author`` elements and elements whose class or id
    mentions byline/author (not author images, bios or share links). Only the outermost matching
    element counts, so "By <a rel=author>Jane Doe</a>" gives one line; lines longer than 160
    characters (bio boxes) are skipped.
    """
    found: list[tuple[HtmlElement, str]] = []
    taken: set[HtmlElement] = set()
    outside: dict[HtmlElement, bool] = {}  # verdicts per ancestor, so each element is judged once
    for el in _byline_elements(root):
        cls = f"{el.get('class') or ''} {el.get('id') or ''}"
        if any(_judged_outside(anc, outside) or anc in taken for anc in el.iterancestors()):
            continue
        if "caption" in cls.lower() or "credit" in cls.lower():
            continue
        text = _name_once(normalize_space(" ".join(t for t in el.itertext()))) or _microdata_name(el)
        if not text or len(text) > _MAX_BYLINE:
            continue  # a wrapper (or a bio): look inside it
        if PICTURE_CREDIT_START.match(text):
            continue  # "Credit: Lee Park for The Daily" under a picture: its photographer, in a byline class
        taken.add(el)
        found.append((el, _listed_names(el, _romanian_by(text, root))))
    if not found:  # no element declares a byline: a line that reads as one, if the page writes it
        line = _worded_byline(_worded_elements(root), outside)
        return [line] if line else []
    return _joined_lines(found)


# Romanian writes its by-word "de" ("de Ion Popescu"), which other languages' pages write as a surname's particle
# ("De Vries", "de la Cruz"): read as the by-word only on a page declared Romanian, before a capitalised name.
_ROMANIAN_BY = re.compile(rf"^[Dd]e\s+(?={CAPITAL_LETTER})")


def _romanian_by(text: str, root: HtmlElement) -> str:
    """A Romanian page's byline without its by-word ("de Ion Popescu" -> "Ion Popescu"); any other as it is."""
    if text[:1] not in "Dd" or not (root.get("lang") or "").lower().startswith("ro"):
        return text
    return _ROMANIAN_BY.sub("", text, count=1)


def _name_once(text: str) -> str:
    """A byline whose name stands twice in a row, a hidden copy for screen readers before the shown one ("Anna
    Roe Anna Roe Staff writer"), with the name once."""
    words = text.split(" ")
    for size in range(_MAX_NAME_WORDS, 1, -1):
        if len(words) >= 2 * size and words[:size] == words[size : 2 * size]:
            return " ".join(words[size:])
    return text


_MAX_NAME_WORDS = 4
_MAX_LISTED_NODES = 200


def _listed_names(el: HtmlElement, text: str) -> str:
    """``text`` with commas between the bylines ``el`` lists with nothing but space between them
    (``<div class=bylines><div class=byline>Anna Roe</div><div class=byline>Kari Lund</div>``): read as
    written, two names would run into one ("Anna Roe Kari Lund")."""
    inner: list[HtmlElement] = []
    for count, node in enumerate(el.iterdescendants()):
        if count >= _MAX_LISTED_NODES:
            return text
        if isinstance(node.tag, str) and _declares_byline(node) and not _under(node, inner, el):
            inner.append(node)
    if len(inner) < 2:
        return text
    names = [normalize_space(" ".join(node.itertext())) for node in inner]
    rest = text
    for name in names:
        if not name or name not in rest:
            return text
        rest = rest.replace(name, " ", 1)
    return ", ".join(names) if not rest.strip() else text


def _under(node: HtmlElement, inner: list[HtmlElement], top: HtmlElement) -> bool:
    """``node`` sits inside one of ``inner`` (the ancestors are read up to ``top`` only)."""
    for anc in node.iterancestors():
        if anc is top:
            return False
        if anc in inner:
            return True
    return False


def _declares_byline(el: HtmlElement) -> bool:
    """A byline class, ``rel=author`` or ``itemprop=author`` (the tests of :func:`_byline_elements`)."""
    if _byline_class(f"{el.get('class') or ''} {el.get('id') or ''}"):
        return True
    rel, itemprop = el.get("rel"), el.get("itemprop")
    return (rel is not None and "author" in rel.lower().split()) or (itemprop or "").lower() == "author"


def _joined_lines(found: list[tuple[HtmlElement, str]]) -> list[str]:
    """The lines of the byline elements found, each once. Elements whose parent holds only them and the words
    that join names ("By <a rel=author>A</a> and <a rel=author>B</a>") give the parent's line, "By A and B":
    as lines of their own they would name one writer each, and only the first line's writers count."""
    names: dict[HtmlElement | None, list[str]] = {}  # the byline texts under each parent
    for el, text in found:
        names.setdefault(el.getparent(), []).append(text)
    joined: dict[HtmlElement, str | None] = {}  # each parent's line, read once (not once per element under it)
    lines: dict[str, None] = {}  # (in order, each once)
    for el, text in found:
        parent = el.getparent()
        if parent is not None and len(names[parent]) > 1:
            if parent not in joined:
                joined[parent] = _names_joined(parent, names[parent])
            text = joined[parent] or text
        lines.setdefault(text)
    return list(lines)


# Words that may stand around names joined in one byline: a by-word and the conjunctions of the tables.
_JOINING_WORDS = frozenset((*BY_WORDS, *NAME_CONJUNCTIONS))


def _names_joined(parent: HtmlElement, names: list[str]) -> str | None:
    """``parent``'s line when, besides the byline elements' ``names``, it holds only joining words and commas."""
    line = _CLOSE_SPACE.sub(r"\1", normalize_space(" ".join(parent.itertext())))
    if len(line) > _MAX_BYLINE:
        return None
    rest = line
    for name in names:
        rest = rest.replace(name, " ", 1)
    words = rest.replace(",", " ").casefold().split()
    return line if all(word in _JOINING_WORDS for word in words) else None


_CLOSE_SPACE = re.compile(r" ([,;.])")  # "Jane Doe , Omar Farouk": the space the join put before a comma
