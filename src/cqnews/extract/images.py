"""Find the article's own images in a document tree, with their captions and credits as written.

:func:`find_images` is a candidate walk and a caption/credit attacher. The walk visits the
article region once, in document order: an ``<img>`` (or ``<amp-img>``) becomes an
:class:`~cqnews.draft.ImageDraft` unless it sits in page furniture or is an icon, logo, avatar or
tracking pixel (:mod:`.image_furniture`); its source is the largest variant the page offers
(:mod:`.image_sources`). Caption and credit elements met after an image are attached to it when
the two are close in the tree (:mod:`.image_captions`). Per image the work is bounded by the tree
depth, never a whole-tree search.
"""

from __future__ import annotations

from typing import Any

from lxml.html import HtmlElement

from ..deadline import NO_DEADLINE, Deadline
from ..draft import ImageDraft
from ..text import normalize_space
from ..urls import MAX_BASE_CHARS, join_url
from .image_caption_elements import CREDIT_START, is_caption_el, is_standalone_credit, may_caption
from .image_caption_text import caption_text, credit_text_ok
from .image_captions import attach, attribute_caption, box_credit, consume, near, own_box, precedes
from .image_cards import title_caption, viewer_title
from .image_data import with_data_captions
from .image_furniture import (
    Scope,
    card_link,
    card_title,
    links_elsewhere,
    product_card,
    qualify,
)
from .image_lines import credit_line_after, line_after, line_caption, shortcode_caption
from .image_metadata import MAX_DECLARED_IMAGES, DeclaredImage, declared_images
from .image_qr import is_qr_code
from .image_region import article_region, lead_media, trailing_galleries
from .image_siblings import caption_before, figure_text_caption, sibling_caption
from .image_sources import (
    BACKGROUND_BOX_TAGS,
    bad_src,
    best_src,
    inline_only,
    is_small,
    picture_stem,
    src_key,
    unproxied,
)
from .image_svg import FIGURE_PICTURES, svg_inline_only, svg_picture, svg_source
from .image_tables import table_caption
from .image_tree import MAX_CAPTION_NODES, ancestors, enclosing_figure, figure_captioned

__all__ = ["best_src", "caption_text", "find_images"]

_IMAGE_TAGS = frozenset(("img", "amp-img"))
_IMAGES_PER_CHECK = 64  # an image costs ~0.1 ms; a page of 30,000 of them would take seconds


def find_images(
    root: HtmlElement,
    base_url: str | None,
    container: HtmlElement | None = None,
    ld_objects: list[dict[str, Any]] | None = None,
    deadline: Deadline = NO_DEADLINE,
    warnings: list[str] | None = None,
    max_images: int | None = None,
) -> list[ImageDraft]:
    """The article's own images in document order, with caption and credit text as written.

    ``root`` is the parsed page; ``base_url`` resolves relative sources; ``container`` is the
    element holding the article body when known. Without it the whole document is searched but
    strictly: images inside ``<article>``/``<main>``/a body-like element qualify; elsewhere only
    images in a ``<figure>`` or with a caption found next to them.
    With it, images inside the container qualify, and images before it inside its enclosing
    ``<article>``/``<main>`` qualify when they stand in a figure or have a caption (lead images).

    ``src`` is absolute (joined with ``base_url``) and the largest variant found (srcset,
    ``data-src``/``data-original``/``data-lazy-src`` …, ``<picture><source>``). ``caption`` keeps
    the credit when the page writes it inline; ``credit`` holds credit elements marked apart.
    ``position`` is left None. Pass the page's JSON-LD objects as ``ld_objects`` when they are
    already read (:attr:`PageMetadata.ld_objects <cqnews.extract.metadata.PageMetadata.ld_objects>`).
    The walk stops after ``max_images`` images or when ``deadline`` ends, keeping the images found so
    far; a message then goes to ``warnings``.
    """
    outer = article_region(root, container) if container is not None else None
    walk = _CandidateWalk(_document_base(root, base_url), container, outer, deadline, max_images)
    region = outer if outer is not None else container
    regions = [root] if region is None else [*lead_media(region), region, *trailing_galleries(region)]
    for region in regions:
        walk.walk(region)
        if walk.cut_short is not None:
            if warnings is not None:
                warnings.append(f"the image search stopped after {len(walk.drafts)} images: {walk.cut_short}")
            break
    drafts = walk.finish()
    if warnings is not None and walk.inline_captioned:
        warnings.append(
            f"{walk.inline_captioned} captioned picture(s) whose only source is a data: URI (the bytes inline, or a"
            " script's placeholder) were left out with their captions: Image.src names a file, a data: URI none"
        )
    images_cut: list[int] = []  # the lengths of JSON-LD image lists read in part
    declared = declared_images(root, ld_objects, images_cut)
    if warnings is not None and images_cut:
        warnings.append(
            f"the JSON-LD lists {max(images_cut)} pictures of the article: the first {MAX_DECLARED_IMAGES} were read"
            " (the captions and credits declared for the others were not)"
        )
    drafts = _with_declared(root, drafts, declared, walk) if declared else drafts
    with_data_captions(root, drafts, walk.absolute)
    if warnings is not None and _left_unjoined(walk.base_url, drafts):
        warnings.append(
            f"relative image sources were kept as written: the base URL (url= or <base href>) is over"
            f" {MAX_BASE_CHARS} characters, longer than any a server answers"
        )
    return drafts


def _left_unjoined(base: str | None, drafts: list[ImageDraft]) -> bool:
    """Did :func:`~cqnews.urls.join_url` decline a base too long to join (see ``MAX_BASE_CHARS``), leaving a
    picture's source relative? Said in a warning, so a caller sees why the sources are not absolute."""
    too_long = base is not None and len(base) > MAX_BASE_CHARS
    return too_long and any(draft.src and not draft.src.startswith(("https://", "http://")) for draft in drafts)


def _with_declared(
    root: HtmlElement, drafts: list[ImageDraft], declared: list[DeclaredImage], walk: _CandidateWalk
) -> list[ImageDraft]:
    """Declared captions and credits for the pictures found; the declared lead picture when the page shows it."""
    by_key = {src_key(walk.absolute(image.url)): image for image in declared}
    by_stem = _by_stem(declared)
    lead = declared[0]
    lead_shown = False
    for draft in drafts:
        image = by_key.get(src_key(draft.src or "")) or by_stem.get(picture_stem(draft.src or "") or "")
        if image is not None:
            draft.caption = draft.caption or image.caption
            draft.credit = draft.credit or image.credit
            lead_shown = lead_shown or image is lead
    if lead_shown:
        return drafts
    lead_key = src_key(walk.absolute(lead.url))
    # an image the walk saw and dropped for want of a caption counts when the declaration gives one
    taken = {draft.element for draft in drafts} if not _says_nothing(lead) else set(walk.elements)
    img = walk.shown(root, lead_key, taken)
    if img is None:
        return drafts
    src = walk.source(img)
    alt = normalize_space(img.get("alt") or "") or None
    return [ImageDraft(src=src, alt=alt, caption=lead.caption, credit=lead.credit, element=img), *drafts]


def _by_stem(declared: list[DeclaredImage]) -> dict[str, DeclaredImage]:
    """Declared pictures by file-name stem, so that a size variant shown on the page finds its declaration;
    a stem two different declarations share names neither (the same stem in several declared crops of one
    picture is one picture)."""
    out: dict[str, DeclaredImage] = {}
    clash: set[str] = set()
    for image in declared:
        stem = picture_stem(image.url)
        if stem is None:
            continue
        known = out.get(stem)
        if known is None or _says_nothing(known):
            # a declaration without caption or credit (an og:image crop of the JSON-LD picture) contradicts none
            out[stem] = image if known is None or not _says_nothing(image) else known
        elif not _says_nothing(image) and (known.caption, known.credit) != (image.caption, image.credit):
            clash.add(stem)
    return {stem: image for stem, image in out.items() if stem not in clash}


def _says_nothing(image: DeclaredImage) -> bool:
    return image.caption is None and image.credit is None


def _document_base(root: HtmlElement, page_url: str | None) -> str | None:
    """The URL relative sources resolve against: the page's ``<head><base href>`` (joined with the page's URL),
    as a browser reads it, when that is a web address; else the page's URL."""
    head = root.find("head") if root.tag == "html" else None
    base = head.find("base") if head is not None else None
    href = (base.get("href") or "").strip() if base is not None else ""
    joined = join_url(page_url, href) if href else ""
    return joined if joined.startswith(("https://", "http://")) else page_url  # (a base of no web address: none)


class _CandidateWalk:
    """The state of one walk: images found so far and the caption elements already used."""

    def __init__(
        self,
        base_url: str | None,
        container: HtmlElement | None,
        outer: HtmlElement | None,
        deadline: Deadline,
        max_images: int | None,
    ) -> None:
        self.base_url = base_url
        self.deadline = deadline
        self.max_images = max_images
        self.cut_short: str | None = None  # why the walk stopped early
        self.inline_captioned = 0  # captioned pictures written inline as data: URIs, left out
        self.visited = 0  # images visited: the deadline is read every _IMAGES_PER_CHECK
        self.container = container
        self.outer = outer
        self.scope = Scope(container)
        self.drafts: list[ImageDraft] = []
        self.elements: list[HtmlElement] = []  # the <img> behind each draft
        self.strict: list[bool] = []  # per draft: kept only with a figure or a caption
        self.pending: int | None = None  # index of the image the next caption element belongs to
        self.consumed: set[HtmlElement] = set()
        self.seen_src: dict[str, int] = {}
        self.produced_parents: set[HtmlElement] = set()

    def walk(self, region: HtmlElement) -> None:
        """Visit ``region`` in document order. This loop runs on every element: the tests are cheapest first."""
        consumed = self.consumed
        for el in region.iter():
            tag = el.tag
            if (
                tag in _IMAGE_TAGS
                or (isinstance(tag, str) and "-" in tag and _custom_image(el))
                or (tag == "image" and svg_picture(el))
                or (tag in BACKGROUND_BOX_TAGS and "url(" in (el.get("style") or "") and _background_picture(el))
            ):
                if not self._may_go_on():
                    return
                if el not in consumed:
                    self.add_image(el)
            elif (
                self.pending is not None
                and may_caption(el)
                and el not in consumed
                and (is_caption_el(el) or is_standalone_credit(el))
            ):
                self.offer_caption(el)

    def _may_go_on(self) -> bool:
        """False (with the reason kept) once ``max_images`` are found or the deadline has ended."""
        self.visited += 1
        if self.max_images is not None and len(self.drafts) >= self.max_images:
            self.cut_short = "the page has more; raise ParseOptions.max_images to read them all"
        elif self.visited % _IMAGES_PER_CHECK == 0 and self.deadline.expired():
            self.cut_short = "the parse used up ParseOptions.time_budget (raise it, or None, to finish such pages)"
        return self.cut_short is None

    def shown(self, root: HtmlElement, key: str, taken: set[HtmlElement | None]) -> HtmlElement | None:
        """The first ``<img>`` of the page that shows the picture ``key``, outside page furniture and not
        already one of the ``taken`` images."""
        name = key.split("?", 1)[0].rsplit("/", 1)[-1]
        for img in root.iter(_IMAGE_TAGS):
            # the file name survives joining with the page URL: a cheap test before the full source
            if name and not _names_file(img, name):
                continue
            src = self.source(img)
            if src is None or src_key(src) != key or img in taken:
                continue
            if (
                not any(self.scope.is_furniture(anc) for anc in img.iterancestors())
                and qualify(img, self.scope, None, None) is not None
            ):
                return img
        return None

    def absolute(self, src: str) -> str:
        """``src`` joined with the page URL; urljoin is slow, so absolute sources (most) skip it."""
        return src if src.startswith(("https://", "http://")) else join_url(self.base_url, src)

    def source(self, img: HtmlElement) -> str | None:
        """The image's absolute source, or None for pixels, icons and images without one."""
        if img.tag == "image":
            return svg_source(img, self.absolute)
        if is_small(img):
            return None
        src = best_src(img)
        if not src:
            return None
        src = unproxied(self.absolute(src))
        if src.startswith("data:") or bad_src(src.split("?", 1)[0]):
            return None
        return src

    def _noscript_copy(self, img: HtmlElement) -> bool:
        """An ``<img>`` inside ``<noscript>`` beside the scripted copy already taken."""
        if not any(a.tag == "noscript" for a in ancestors(img, 3)):
            return False
        parent = img.getparent()
        return parent is not None and (parent in self.produced_parents or parent.getparent() in self.produced_parents)

    def add_image(self, img: HtmlElement) -> None:
        if img.tag != "image" and is_small(img):
            return  # the cheapest test first (source() repeats it)
        strict = qualify(img, self.scope, self.container, self.outer)
        if strict is None:
            return
        src = self.source(img)
        if src is None:
            self.inline_captioned += _inline_only(img) and figure_captioned(img)  # find_images warns of them
            return
        if self._noscript_copy(img):
            return
        key = src_key(src)
        again = key in self.seen_src and self._shown_again(img, self.seen_src[key])
        if key in self.seen_src and not again:
            # the same picture again (another crop or a responsive copy): later captions still attach
            self.pending = self.seen_src[key]
            return
        self.seen_src[key] = len(self.drafts)
        parent = img.getparent()
        if parent is not None:
            self.produced_parents.add(parent)
        draft = ImageDraft(src=src, alt=normalize_space(img.get("alt") or "") or None, element=img, shown_again=again)
        self.drafts.append(draft)
        self.elements.append(img)
        self.strict.append(strict)
        self.pending = len(self.drafts) - 1
        self._caption_before(img, draft)

    def _shown_again(self, img: HtmlElement, first: int) -> bool:
        """The picture of draft ``first`` shown once more in a figure of its own with another caption
        (the lead picture again in a gallery, a video's poster again in the text): a second image."""
        figure = enclosing_figure(img)
        if figure is None or figure is enclosing_figure(self.elements[first]):
            return False
        caption = next(figure.iter("figcaption"), None)
        if caption is None or caption in self.consumed:
            return False
        text = caption_text(caption)
        known = self.drafts[first].caption
        return bool(text) and known is not None and not text.startswith(known)

    def _caption_before(self, img: HtmlElement, draft: ImageDraft) -> None:
        """A ``<figure>`` caption written before the image: look back inside the figure. A credit element set
        before the picture counts in its figure, or else in the small box that holds it and no other picture."""
        fig = enclosing_figure(img)
        if fig is None:
            box = own_box(img)
            if box is not None:
                self._credit_before(img, box, draft)
            return
        for cap in fig.iter("figcaption"):
            if cap not in self.consumed and precedes(cap, img):
                attach(draft, cap, self.consumed)
            break
        self._credit_before(img, fig, draft)

    def _credit_before(self, img: HtmlElement, fig: HtmlElement, draft: ImageDraft) -> None:
        """A credit element set over the picture before it in its figure (``<figure><span class="credit">Anna
        Roe/Reuters</span><img><figcaption>``): the walk only offers elements after an image."""
        for count, node in enumerate(fig.iter()):
            if node is img or count > MAX_CAPTION_NODES:
                return
            if node not in self.consumed and may_caption(node) and is_standalone_credit(node):
                text = caption_text(node)
                if credit_text_ok(text):
                    draft.credit = text
                    consume(node, self.consumed)
                return

    def offer_caption(self, el: HtmlElement) -> None:
        """A caption or credit element after an image: attach when close to it in the tree."""
        assert self.pending is not None
        if not near(self.elements[self.pending], el):
            return
        is_caption = is_caption_el(el)
        if not is_caption and self.scope.is_furniture(el):
            return
        draft = self.drafts[self.pending]
        if draft.caption is None and is_caption:  # a credit shown over the picture may come first
            attach(draft, el, self.consumed)
        elif draft.credit is None:
            # a second caption element holding only the credit ("<figcaption>Image Credits: Strava")
            text = caption_text(el)
            if credit_text_ok(text) and (is_standalone_credit(el) or CREDIT_START.match(text)):
                draft.credit = text
                consume(el, self.consumed)
        elif self._source_after_credit(el):
            # the picture's source right after its credit (Brightspot's <div class="Figure-credit">Anna Roe</div><div
            # class="Figure-source">Valley Times</div>): the credit's outlet, as "Anna Roe / Valley Times" is
            draft.credit = f"{draft.credit} / {caption_text(el)}"
            consume(el, self.consumed)

    def _source_after_credit(self, el: HtmlElement) -> bool:
        """``el`` is a credit element right after the picture's credit element, read already, with no text between,
        holding a credit's text."""
        before = el.getprevious()
        if before is None or before not in self.consumed or (before.tail or "").strip():
            return False
        return is_standalone_credit(el) and is_standalone_credit(before) and credit_text_ok(caption_text(el))

    def finish(self) -> list[ImageDraft]:
        """Sibling captions for images still without one, then the images that stay."""
        for draft, img, strict in zip(self.drafts, self.elements, self.strict, strict=True):
            self._caption_around(draft, img, strict)
        kept = zip(self.drafts, self.elements, self.strict, strict=True)
        return [draft for draft, img, strict in kept if _keep(draft, img, strict)]

    def _caption_around(self, draft: ImageDraft, img: HtmlElement, strict: bool) -> None:
        """The caption and credit of an image still without them, read from the elements around it, each way in
        turn while they are missing; then its box credit, its attributes and its title."""
        # Strict candidates take plain sibling texts only near a known article region (lead media):
        # elsewhere on the page such texts are promo cards and sign-up boxes.
        if draft.caption is None and (not strict or self.container is not None):
            sibling_caption(img, draft, self.consumed)
        if draft.caption is None:
            figure_text_caption(img, draft, self.consumed)
        if draft.caption is None and draft.credit is None:
            caption_before(img, draft, self.consumed)
        if draft.caption is None and draft.credit is None:
            line_caption(img, draft, self.consumed)
        if draft.caption is None:
            shortcode_caption(img, draft, self.consumed)
        if draft.caption is None and draft.credit is None:
            table_caption(img, draft, self.consumed)
        if draft.caption is None:
            line_after(img, draft, self.consumed)
        if draft.credit is None:
            credit_line_after(img, draft, self.consumed)
        box_credit(img, draft, self.consumed)
        attribute_caption(img, draft)
        if draft.caption is None:
            # an <img title> sentence for a picture in the article's text (out of it, it would keep a picture)
            draft.caption = viewer_title(img) or title_caption(img, strict)


def _names_file(img: HtmlElement, name: str) -> bool:
    """``name`` is in an attribute of the image, or the image sits in a ``<picture>``/``<source>`` (whose
    sources :func:`best_src` reads too)."""
    parent = img.getparent()
    if parent is not None and parent.tag in ("picture", "source"):
        return True
    return any(name in value for value in img.values())


def _custom_image(el: HtmlElement) -> bool:
    """A custom element that draws a picture from its ``src`` inside a figure (``<storefront-image src=…>``)."""
    tag = el.tag
    if "-" not in tag or tag == "amp-img" or not (el.get("src") or el.get("data-src")):
        return False
    return enclosing_figure(el) is not None


def _inline_only(img: HtmlElement) -> bool:
    """The picture's only source is a ``data:`` URI (an SVG ``<image>``'s ``href`` too)."""
    return svg_inline_only(img) if img.tag == "image" else inline_only(img)


def _background_picture(el: HtmlElement) -> bool:
    """A box that shows the picture of a figure as its background (``<figure><div style="background-image:url(…)">
    </div><figcaption>…</figcaption></figure>``, themes that crop a picture so): empty itself, inside a figure that
    holds no ``<img>``, ``<picture>`` or player."""
    if len(el) or (el.text or "").strip() or "background" not in (el.get("style") or "").casefold():
        return False
    figure = enclosing_figure(el)
    return figure is not None and not any(True for _ in figure.iter(FIGURE_PICTURES))


def _keep(draft: ImageDraft, img: HtmlElement, strict: bool) -> bool:
    """Product cards take their name as caption; strict candidates need a figure or a caption."""
    if is_qr_code(draft, img):
        return False  # a code to scan, beside "长按识别二维码"
    card = product_card(img)
    if card is not None and draft.caption is None:
        draft.caption = card_title(card)
    if not strict:
        return True
    teaser = links_elsewhere(img)
    if not (draft.caption or draft.credit or (not teaser and enclosing_figure(img) is not None)):
        return False
    # a teaser card: the image and its "caption" (a headline) sit in one link
    return not (teaser and card is None and card_link(img) is not None)
