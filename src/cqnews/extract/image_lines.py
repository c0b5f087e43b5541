"""A caption written as the line under a picture in the picture's own block.

Chinese portals (and older sites elsewhere) write ``<p align=center><img><br>开通首日客流平稳。 特约摄影 李杰</p>``:
no caption element, only a line break and the caption's text after the picture.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ..credit_text.photo import is_strong_credit, split_photo_credit
from ..draft import ImageDraft
from ..lexicon.captions import ARTICLE_NOTE_OPENERS, MUTED_TYPE_CLASSES, UP_POINTERS, ZH_SECTION_NUMERALS
from ..lexicon.credits import ZH_FILE_PICTURE_LABELS
from ..lexicon.cue_words_zh import SAY_AFTER_NAME
from ..lexicon.quotes_zh import ZH_CUE_NOT_BEFORE
from ..lexicon.reporting_zh import LISTENER_CUES
from ..text import has_han
from .image_caption_elements import is_caption_el
from .image_caption_text import caption_text
from .image_captions import attach_text, consume
from .image_styles import styled_apart
from .image_tree import is_element, sole_wrapper

__all__ = [
    "caption_element_above",
    "credit_line_after",
    "line_after",
    "line_caption",
    "muted_caption_after",
    "shortcode_caption",
]


_LINE_BOXES = frozenset(("p", "center", "div", "td", "font"))
_INLINE_TAGS = frozenset(("br", "span", "em", "i", "b", "strong", "font", "small", "sub", "sup"))
_MAX_LINE_CAPTION = 300


def line_caption(img: HtmlElement, draft: ImageDraft, consumed: set[HtmlElement]) -> None:
    """The line under the picture in the same block: ``<p align=center><img><br>Caption 李杰 摄</p>``.

    Chinese portals (and older sites elsewhere) write a caption as text after a line break in the
    picture's own paragraph. The block must hold nothing before the picture, a ``<br>`` right after
    it, then only inline text: a picture set into a running paragraph has none of that.
    """
    media = _picture_node(img)
    box = media.getparent()
    if box is None or box.tag not in _LINE_BOXES or box in consumed or (box.text or "").strip():
        return
    after = list(media.itersiblings())
    if media.getprevious() is not None or not after or after[0].tag != "br" or (media.tail or "").strip():
        return
    if any(not is_element(el) or el.tag not in _INLINE_TAGS or len(el) > 3 for el in after):
        return
    text = caption_text(box)
    if 0 < len(text) <= _MAX_LINE_CAPTION and not _body_line(text):
        attach_text(draft, box, consumed)


_SHORTCODE_OPEN = "[caption"
_SHORTCODE_CLOSE = "[/caption]"


def shortcode_caption(img: HtmlElement, draft: ImageDraft, consumed: set[HtmlElement]) -> None:
    """WordPress's caption shortcode left unread in the text (``<p>[caption id="…" align="…"]<img> Crews repair the
    pier.[/caption]</p>``, a theme or feed that did not render it): the text after the picture, up to the closing
    ``[/caption]``, is its caption (the block itself is dropped from the body as a shortcode)."""
    box = _picture_node(img).getparent()
    if box is None or box.tag not in _LINE_BOXES or box in consumed:
        return
    if not (box.text or "").lstrip().startswith(_SHORTCODE_OPEN):
        return
    text = caption_text(box)
    opened = text.find("]")
    if opened < 0 or not text.endswith(_SHORTCODE_CLOSE):
        return
    inner = text[opened + 1 : -len(_SHORTCODE_CLOSE)].strip()
    if 0 < len(inner) <= _MAX_LINE_CAPTION and "[" not in inner:
        draft.caption = inner
        consume(box, consumed)


def _body_line(text: str) -> bool:
    """The text after a picture's line break is the story's, not a caption: no photo credit in it, and a quote with
    its speaker or more than one sentence (``<p><img><br>The park will cover ten hectares. Work begins in June, the
    council said.</p>``). A caption there is one sentence or carries its credit ("… 特约摄影 李杰")."""
    caption, credits = split_photo_credit(text)
    if credits or caption is None:
        return False
    return _spoken_quote(caption) or not _one_sentence(caption) or _article_note(caption)


def _article_note(text: str) -> bool:
    """A note on the article itself, not on a picture ("This article was first published by Valley Times.",
    "本文首发于…"; lexicon.captions.ARTICLE_NOTE_OPENERS): a republication or editor's note, no caption."""
    return text.lstrip("(*[（【 ").casefold().startswith(ARTICLE_NOTE_OPENERS)


def _one_sentence(text: str) -> bool:
    """No sentence ends inside ``text`` (a bracketed note after its stop aside: "…。（资料图片）")."""
    return not _SENTENCE_END.search(_without_closing_note(text).rstrip("。！？.!?”\"' "))


# A quotation: an opening mark, words, a closing mark (no quote mark inside).
_QUOTATION = re.compile(r"[“\"«「『„]([^“”\"«»「」『』„]+)[”\"»」』“]")
_QUOTE_CLOSERS = tuple(",.!?，。！？…")


def _spoken_quote(text: str) -> bool:
    """``text`` holds a quotation of spoken words with words outside it: a quote closed with its own comma or stop
    ("“We need more parks,” said Anna Roe.", 李四说：“我们需要更多公园。”). A name in quote marks ("the “Blue Line”
    train", 在“复兴号”列车上) closes with no stop: a caption may hold one."""
    for match in _QUOTATION.finditer(text):
        if match.group(1).rstrip().endswith(_QUOTE_CLOSERS):
            outside = text[: match.start()] + text[match.end() :]
            return any(ch.isalnum() for ch in outside)
    return False


_PICTURE_WRAPPERS = frozenset(("a", "picture", "span"))


def _picture_node(img: HtmlElement) -> HtmlElement:
    """The image with the link or ``<picture>`` around it that holds nothing else (up to two levels)."""
    return sole_wrapper(img, 2, _PICTURE_WRAPPERS)


_WRAPPER_TAGS = frozenset(("p", "div", "center", "a", "picture", "span", "section", "figure"))
_WRAPPER_LEVELS = 3
_NOT_IN_CAPTION_LINE = ("img", "picture", "video", "a", "ul", "ol", "table")


def muted_caption_after(img: HtmlElement, draft: ImageDraft, consumed: set[HtmlElement]) -> None:
    """The element right after the picture's block set in small or muted type: ``<p><img></p><p><small>Caption
    </small></p>``, ``<small>Caption</small>``, ``<p class="text-muted">Caption</p>`` (WordPress themes, Bootstrap
    templates): the picture's caption, where a plain paragraph there is the story's text. (An ``<h6>`` there stays a
    heading: the body keeps headings that echo a caption.)"""
    after = _after_block(img)
    if after is None or after in consumed:
        return
    if _muted(after) or _centred_line(img, after) or _up(after) or _line_before_credit(after):
        _attach_line(after, draft, consumed)


def _attach_line(line: HtmlElement, draft: ImageDraft, consumed: set[HtmlElement]) -> None:
    """``line``'s text as the picture's caption, when the line holds no picture, list, table or link (a block of
    the story, not a caption) and is as short as a caption."""
    if any(True for _ in line.iter(_NOT_IN_CAPTION_LINE)):
        return
    text = caption_text(line)
    if 0 < len(text) <= _MAX_LINE_CAPTION and not _article_note(text):
        attach_text(draft, line, consumed)


def _muted(el: HtmlElement) -> bool:
    """A ``<small>``, or a paragraph of a muted-type class or wholly in one ``<small>``, or wholly in italics or in
    grey or small type set apart by its style and as short as a caption (``<p><em>Crews resurface the road on
    Sunday.</em></p>``, classic editors' caption; ``<p style="font-size:12px">…</p>``), no quote with its speaker."""
    if el.tag == "small":
        return True
    if el.tag != "p":
        return False
    if MUTED_TYPE_CLASSES.intersection((el.get("class") or "").split()):
        return True
    if styled_apart(el):  # ("<p><span style="color:#808080">Caption.</span></p>": grey or small type set apart)
        return _short_line(caption_text(el)) and not _spoken_quote(caption_text(el))
    if len(el) != 1 or (el.text or "").strip() or (el[0].tail or "").strip():
        return False
    if el[0].tag == "small":
        return True
    text = caption_text(el)
    # (a quote with its speaker in italics is the story's: "<p><em>“We need more parks,” said Anna Roe.</em></p>")
    return el[0].tag in _ITALIC_TAGS and _short_line(text) and not _spoken_quote(text)


_ITALIC_TAGS = ("em", "i")
_MAX_ITALIC_WORDS = 40
_MAX_ITALIC_HAN = 100


def _up(el: HtmlElement) -> bool:
    """A paragraph opening with a mark pointing up (``<p>▲5月12日，工人在码头装卸集装箱。</p>``; lexicon.captions.
    UP_POINTERS) and as short as a caption: it says what the picture above shows."""
    if el.tag not in ("p", "section"):
        return False
    text = caption_text(el)
    return text.startswith(UP_POINTERS) and _short_line(text, _MAX_CENTRED_HAN)


def _short_line(text: str, max_han: int = _MAX_ITALIC_HAN) -> bool:
    """One sentence (a second after it allowed), 40 words or ``max_han`` characters of Han: a caption's length."""
    if len(text.split()) > _MAX_ITALIC_WORDS or (has_han(text) and len(text) > max_han):
        return False
    return len(_SENTENCE_END.findall(text.rstrip("。！？.!?”\"' "))) <= 1


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s|[。！？]")


_CENTRED_LINE_TAGS = ("p", "div", "center", "section")  # (WeChat's editors write each line as a <section>)
_MAX_CENTRED_WORDS = 40
_MAX_CENTRED_HAN = 150
_SENTENCE_STOPS = frozenset("。！？.!?")


# A Chinese section heading's number opening a line ("一、", "（二）", "(三)").
_SECTION_NUMBER = re.compile(f"^(?:[{ZH_SECTION_NUMERALS}]{{1,3}}、|[（(][{ZH_SECTION_NUMERALS}]{{1,3}}[）)])")


def _centred_line(img: HtmlElement, line: HtmlElement) -> bool:
    """A short paragraph centred under a centred picture (``<p style="text-align:center"><img></p><p
    style="text-align:center">工人在码头装卸集装箱。</p>``, Chinese portals' plain lines) whose next paragraph is not
    centred (a page that centres every paragraph writes no caption so): one sentence, 40 words or 150 characters, not
    a credit alone. Under a picture whose block is not centred (``<p class="one-p"><img></p>``, a picture as wide as
    the text) the line must end in a full stop or a credit, or a centred credit line alone must follow it (WeChat's
    ``<p><img></p><p align=center>工人们在码头施工</p><p align=center>图：李华 摄</p>``): a centred title there
    ("港口新貌") is none."""
    if line.tag not in _CENTRED_LINE_TAGS or not _centred(line):
        return False
    if any(child.tag in _CENTRED_LINE_TAGS for child in line.iterdescendants()):
        return False  # a centred box of paragraphs, not one line
    following = line.getnext()
    centred_next = following is not None and is_element(following) and _centred(following)
    credited_next = centred_next and _credit_alone(following)
    if centred_next and not credited_next:
        return False
    text = caption_text(line)
    if not text or len(text) > _MAX_CENTRED_HAN or len(text.split()) > _MAX_CENTRED_WORDS:
        return False
    if _SECTION_NUMBER.match(text):
        return False  # "一、加快推进道路建设": a section's heading, the story's
    caption, credits = split_photo_credit(text)
    if caption is None or _spoken_quote(caption) or _reported_speech(caption):
        # a credit alone ("记者 王明 摄"): the credit line after the picture, read by credit_line_after; a quote with
        # its speaker ("“We need more parks,” said Anna Roe.") or a report of speech ("王明表示，…。"): the story's
        return False
    ends_sentence = caption.rstrip("”\"' ")[-1:] in _SENTENCE_STOPS
    if not (ends_sentence or credits or credited_next or _centred(_picture_block(img))):
        return False  # under a picture not centred, only a sentence or a credited line: a centred title is none
    # one sentence, its credit apart: "工人在码头装卸集装箱。（资料图片）" ends its sentence before the file note
    return not any(c in _SENTENCE_STOPS for c in _without_closing_note(caption).rstrip("。！？.!?”\"' "))


# A verb of saying after a subject's Han character, then the comma or colon opening what was said ("王明表示，",
# "专家指出：", "她说，"; lexicon.cue_words_zh.SAY_AFTER_NAME).
# (not 告诉 or 告诫: their listener stands before the mark, 告诉记者，…; the mark right after them reports nothing)
_ZH_SAID = re.compile(
    "(?<=[\u4e00-\u9fff])(" + "|".join(sorted(SAY_AFTER_NAME - LISTENER_CUES, key=len, reverse=True)) + ")[，：:]"
)


def _zh_reported_speech(text: str) -> bool:
    """A report of speech: a verb of saying right after its subject, then a comma or colon and the words said
    ("王明表示，今年全市将继续加快道路建设。", "专家指出：…"): the story's text, not what a picture shows. A
    one-character verb inside a word ("据说", "听说", "简称") reports nothing."""
    for match in _ZH_SAID.finditer(text):
        cue = match.group(1)
        if text[match.start() - 1] not in ZH_CUE_NOT_BEFORE.get(cue, ""):
            return True
    return False


# A past verb of saying and the clause it reports, three words at least ("Mayor Anna Roe said the road would reopen in
# June.", "Officials told reporters the works were late."): the story's report of speech.
_EN_SAID = re.compile(r"\b(?:said|told\s+[a-z]+)\s+(?:that\s+)?(?:\S+\s+){2}\S")


def _reported_speech(text: str) -> bool:
    """A report of speech in Chinese (:func:`_zh_reported_speech`) or English, a past verb of saying and the clause
    after it ("Mayor Anna Roe said the road would reopen in June."): the story's text, not what a picture shows."""
    return _zh_reported_speech(text) or (not has_han(text) and _EN_SAID.search(text) is not None)


def _without_closing_note(text: str) -> str:
    """``text`` without a bracketed note after its last full stop ("工人在码头装卸集装箱。（视频截图）": a note on the
    picture, no second sentence); a bracket inside the sentence stays."""
    if not text.endswith(("）", ")")):
        return text
    opening = max(text.rfind("（"), text.rfind("("))
    return text[:opening] if opening > 0 and text[opening - 1] in _SENTENCE_STOPS else text


def _line_before_credit(line: HtmlElement) -> bool:
    """A short paragraph right under a picture that a line holding only a photo credit follows (``<p><img></p>
    <p>工人们在码头道路上施工。</p><p>图：李华 摄</p>``, "<p>Crews resurface the road.</p><p>Photo: Anna Roe</p>"):
    the picture's caption, the credit line under it, as a centred caption line is. One sentence of a caption's
    length, no quote with its speaker, no report of speech, no section heading, not a credit alone."""
    following = line.getnext()
    if line.tag not in _CREDIT_LINE_TAGS or following is None or (line.tail or "").strip() or not is_element(following):
        return False
    if any(child.tag in _CENTRED_LINE_TAGS for child in line.iterdescendants()) or not _credit_alone(following):
        return False
    text = caption_text(line)
    if not text or not _short_line(text, _MAX_CENTRED_HAN) or _SECTION_NUMBER.match(text):
        return False
    caption, credits = split_photo_credit(text)
    if caption is None or credits or not _one_sentence(caption):
        return False
    return not _spoken_quote(caption) and not _reported_speech(caption)


def _credit_alone(line: HtmlElement) -> bool:
    """A short line holding only a photo credit ("（来源：港务局）", "记者 王明 摄"), or a file-picture note
    ("资料照片", "（资料图）": the picture's credit note, as closing a caption)."""
    text = caption_text(line)
    if text.strip("（）() ") in ZH_FILE_PICTURE_LABELS:
        return True
    return 0 < len(text) <= _MAX_CREDIT_LINE and is_strong_credit(text) and split_photo_credit(text)[0] is None


def _centred_next(line: HtmlElement) -> HtmlElement | None:
    """The centred element right after ``line``, with no text between."""
    following = line.getnext()
    if following is None or (line.tail or "").strip() or not is_element(following) or not _centred(following):
        return None
    return following


def _centred(el: HtmlElement) -> bool:
    """Text centred by the element's tag (``<center>``), own style, align attribute or a class named so ("f_center",
    "text-center")."""
    if el.tag == "center":
        return True
    style = (el.get("style") or "").replace(" ", "").casefold()
    if "text-align:center" in style or (el.get("align") or "").casefold() == "center":
        return True
    return any(word.endswith(("center", "centre")) for word in (el.get("class") or "").casefold().split())


def _after_block(img: HtmlElement) -> HtmlElement | None:
    """The element right after the picture's block (the picture and the wrappers that hold only it), with no text
    between."""
    block = _picture_block(img)
    after = block.getnext()
    return None if after is None or (block.tail or "").strip() or not is_element(after) else after


def _picture_block(img: HtmlElement) -> HtmlElement:
    """The picture and the wrappers that hold only it (a line break closing the last one allowed)."""
    return _past_trailing_break(sole_wrapper(_picture_node(img), _WRAPPER_LEVELS, _WRAPPER_TAGS))


def _past_trailing_break(block: HtmlElement) -> HtmlElement:
    """The paragraph around a picture that a line break closes and nothing else follows (``<p class="f_center"><img>
    <br></p>``, Chinese portals): that paragraph is the picture's block; else ``block``."""
    brk = block.getnext()
    box = block.getparent()
    if brk is None or brk.tag != "br" or brk.getnext() is not None or box is None or box.tag not in _WRAPPER_TAGS:
        return block
    if block.getprevious() is not None or (box.text or "").strip() or (block.tail or "").strip():
        return block
    return block if (brk.tail or "").strip() else box


_CREDIT_LINE_TAGS = frozenset(("p", "div", "center", "section"))
_MAX_CREDIT_LINE = 60


def credit_line_after(img: HtmlElement, draft: ImageDraft, consumed: set[HtmlElement]) -> None:
    """A line right after the picture's block holding only a photo credit (``<p align=center>图/记者 王明 摄</p>``,
    "Photo: Anna Roe/Reuters"): the picture's credit, not the article's photographer."""
    after = _after_block(img)
    if after is not None and after in consumed and draft.caption is not None:
        if _centred_line(img, after):
            after = _centred_next(after)  # the picture's centred caption line, then its centred credit line
        elif _line_before_credit(after):
            after = after.getnext()  # the picture's caption line, then its credit line
        elif not split_photo_credit(draft.caption)[1]:
            after = _after_figure(after)  # the figure's caption with no credit, then a credit line under the figure
    if after is None or after.tag not in _CREDIT_LINE_TAGS or after in consumed or len(after) > 3:
        return
    # (a credit alone: "上图为开通首日的列车。李杰 摄" is a caption with its credit)
    if _credit_alone(after):
        draft.credit = caption_text(after)
        consume(after, consumed)
        if draft.caption is None:
            _centred_caption_below(img, after, draft, consumed)


def _after_figure(caption_el: HtmlElement) -> HtmlElement | None:
    """The element right after the figure that ``caption_el`` closes (``<figure><img><figcaption>工人正在加固桥墩。
    </figcaption></figure><p>资料照片</p>``), with no text between; else ``caption_el`` itself."""
    figure = caption_el.getparent()
    if caption_el.tag != "figcaption" or figure is None or figure.tag != "figure" or caption_el.getnext() is not None:
        return caption_el
    after = figure.getnext()
    if after is None or (figure.tail or "").strip() or (caption_el.tail or "").strip() or not is_element(after):
        return caption_el
    return after


def _centred_caption_below(
    img: HtmlElement, credit_line: HtmlElement, draft: ImageDraft, consumed: set[HtmlElement]
) -> None:
    """The centred caption line under a picture's centred credit line (``<p align=center><img></p><p align=center>
    摄影：李华</p><p align=center>工人在码头装卸集装箱。</p>``): the credit written first, then the caption."""
    line = credit_line.getnext()
    if line is None or line in consumed or (credit_line.tail or "").strip() or not is_element(line):
        return
    if _centred(credit_line) and _centred_line(img, line):
        _attach_line(line, draft, consumed)


def line_after(img: HtmlElement, draft: ImageDraft, consumed: set[HtmlElement]) -> None:
    """The caption of an uncaptioned picture written on a line of its own: after its block in muted type
    (:func:`muted_caption_after`), or a caption element just above it (:func:`caption_element_above`)."""
    if draft.credit is None:
        muted_caption_after(img, draft, consumed)
    if draft.caption is None and draft.credit is None:
        caption_element_above(img, draft, consumed)


def caption_element_above(img: HtmlElement, draft: ImageDraft, consumed: set[HtmlElement]) -> None:
    """A caption element (``<p class="caption">``) right before the picture's block, when no picture stands before
    it to take it: the caption written above its picture (``<p class="caption">Caption</p><p><img></p>``)."""
    block = sole_wrapper(_picture_node(img), _WRAPPER_LEVELS, _WRAPPER_TAGS)
    above = block.getprevious()
    if above is None or not is_element(above) or above in consumed or (above.tail or "").strip():
        return
    if above.tag in _CREDIT_LINE_TAGS and is_caption_el(above):
        _attach_line(above, draft, consumed)
