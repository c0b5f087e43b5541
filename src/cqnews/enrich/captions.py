"""Captions: typed images from image drafts, and caption paragraphs lifted out of the body.

* :func:`build_images` turns :class:`~cqnews.draft.ImageDraft` objects into
  :class:`~cqnews.models.Image` objects: the caption is split from its photo credit, a credit marked
  apart on the page is parsed too, and repeated sources are merged.
* :func:`attach_captions` runs the whole caption stage: caption lines found in the body
  (:mod:`cqnews.enrich.caption_lines`: :func:`is_caption_line`, :func:`split_caption_blocks`,
  :func:`drop_caption_echoes`, re-exported here) move to the images, which are then built.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..credit_text.names import is_name_phrase, looks_like_person
from ..credit_text.patterns import CREDIT_TRAIL_KEYWORD, canonical_org
from ..deadline import NO_DEADLINE, Deadline
from ..draft import ImageDraft
from ..lexicon.captions import (
    CAPTION_LABEL_WORDS,
    COUNTER_WORDS,
    FIGURE_NUMBER_WORDS,
    JA_CAPTION_LABELS,
    PLAYER_NOTICES,
    UP_POINTERS,
    ZH_AUTHOR_LINE_LABELS,
    ZH_CAPTION_LABEL_WORDS,
    ZH_CAPTION_NOTE_LABELS,
    ZH_FIGURE_NUMBER_WORDS,
    phrase_alternation,
)
from ..lexicon.punctuation_zh import SENTENCE_END_MARKS
from ..models import Block, Credit, Image
from ..text import normalize_space, written_once
from ..urls import file_name
from .caption_chain import agency_chain
from .caption_lines import drop_caption_echoes, is_caption_line, split_caption_blocks
from .credits import (
    parse_photo_credit,
    split_photo_credit,
)
from .gallery_credits import share_gallery_credits

__all__ = ["attach_captions", "build_images", "drop_caption_echoes", "is_caption_line", "split_caption_blocks"]


def _merge_credits(first: list[Credit], second: list[Credit]) -> list[Credit]:
    """``first`` then the credits of ``second`` it lacks.

    The same person credited twice ("Photo: Gene J. Puskar" beside "(AP Photo/Gene J. Puskar)") is
    one credit: the first keeps its place and takes the organisation the second adds.
    """
    out = list(first)
    seen = {_credit_key(c) for c in out}
    for credit in second:
        key = _credit_key(credit)
        if key in seen:
            continue
        same_person = next(
            (i for i, c in enumerate(out) if credit.name and c.name and c.name.casefold() == credit.name.casefold()),
            None,
        )
        if same_person is not None:
            if out[same_person].organization is None and credit.organization:
                out[same_person] = out[same_person].model_copy(update={"organization": credit.organization})
            continue
        seen.add(key)
        out.append(credit)
    return out


def _credit_key(credit: Credit) -> tuple[str, str]:
    return ((credit.name or "").casefold(), (credit.organization or "").casefold())


_SENTENCE_WORDS = 6


def _unswapped(draft: ImageDraft) -> ImageDraft:
    """Caption and credit the other way round: a short credit-like caption and a sentence as credit.

    Some layouts put the credit element first ("<span>The Yomiuri Shimbun</span><span>The leaders
    of …</span>"): the sentence is the caption, the name is the credit.
    """
    caption, credit = draft.caption, draft.credit
    if not caption or not credit or len(credit.split()) < _SENTENCE_WORDS:
        return draft
    if credit.rstrip()[-1:] not in SENTENCE_END_MARKS:
        return draft
    if len(caption.split()) > 5 or caption.rstrip()[-1:] in SENTENCE_END_MARKS:
        return draft
    credits = parse_photo_credit(caption)
    if not credits:
        return draft
    if not _names_someone(caption, credits):
        return replace(draft, caption=credit, credit=None)  # a slide's title ("Old bridge") over its description
    return replace(draft, caption=credit, credit=caption)


def _names_someone(text: str, credits: list[Credit]) -> bool:
    """A short text read as a credit names a person or an outlet: a capitalised name ("The Yomiuri Shimbun"), a
    person, or a known agency ("Foto: dpa"); "Old bridge", a title in lower case, names no one."""
    if is_name_phrase(text):
        return True
    return any(
        (c.name and looks_like_person(c.name)) or (c.organization and canonical_org(c.organization)) for c in credits
    )


def build_images(drafts: Sequence[ImageDraft]) -> list[Image]:
    """Typed images from drafts, in the drafts' order.

    Each caption is split into caption text and photo credits (:func:`split_photo_credit`); a credit
    the page marks apart (``ImageDraft.credit``) is parsed with :func:`parse_photo_credit` and its
    text removed from the caption when the caption repeats it. Drafts with the same ``src`` are merged
    into the first (which keeps its position; a missing caption, alt or credit is filled from the
    later ones), unless the finder marked the later one ``shown_again`` (the picture shown again with a
    caption of its own is a second image). Drafts without ``src`` (caption lines of text dumps) are never
    merged.
    """
    images: list[Image] = []
    by_src: dict[str, int] = {}
    placed: list[int] = []
    for draft in drafts:
        caption, credits = _caption_and_credits(_unswapped(draft))
        if caption is not None and _file_name(caption, draft.src):
            caption = None  # "dp3_1_en" of ".../dp3_1_en-150x150.png": the picture's file name, no caption
        alt = normalize_space(draft.alt) if draft.alt else None
        image = Image(src=draft.src, alt=alt or None, caption=caption, credits=credits, position=draft.position)
        index = by_src.get(draft.src) if draft.src is not None else None
        if index is not None and not draft.shown_again:
            images[index] = _merged(images[index], image)
            placed.append(index)
            continue
        if draft.src is not None:
            by_src[draft.src] = len(images)
        placed.append(len(images))
        images.append(image)
    share_gallery_credits(drafts, images, placed)
    return images


def _file_name(caption: str, src: str | None) -> bool:
    """Is the caption one word that the picture's file name starts with (a link's title set to the upload's name)?"""
    if src is None or " " in caption or len(caption) < _FILE_NAME_MIN:
        return False
    name = file_name(src).lower()
    return name.startswith(caption.lower()) and not name[len(caption) : len(caption) + 1].isalpha()


_FILE_NAME_MIN = 4  # ("Lee" of lee.jpg may be the person pictured)


# "Caption:" before the caption's text, a screen reader's label left visible: no caption word; so is a Chinese
# "图：" or "图片：" ("图片：5月12日，工人在码头装卸集装箱。"), full-width colon or not, and a Japanese "【写真】"; a
# note's label ("注：", "图注：", "说明：") too (Session 63).
_ZH_LABELS = "|".join((*ZH_CAPTION_LABEL_WORDS, *ZH_CAPTION_NOTE_LABELS))
_CAPTION_LABEL = re.compile(
    r"^(?:(?:" + phrase_alternation(CAPTION_LABEL_WORDS) + r")\s*:|(?:" + _ZH_LABELS
    + r")\s*[:：]|(?:" + "|".join(map(re.escape, JA_CAPTION_LABELS)) + r"))\s*(?=\S)",
    re.IGNORECASE,
)

# A figure's number before the caption ("Fig. 2: Crews …", "Figure 3. The bridge …", "Image 3 of 8 — …", "Abb. 1:
# …", "图2：工人…", "图片3 工人…"): a label, no caption word. A Latin label needs its colon, full stop or dash ("Bild 2
# zeigt …" is a sentence); a Chinese one a colon, a stop or a space ("图1为…" is a sentence); a caption must follow.
_FIGURE_NUMBER = re.compile(
    r"^(?:(?:" + "|".join(re.escape(word) for word in FIGURE_NUMBER_WORDS) + r")\s?\d{1,3}[a-z]?"
    r"(?:\s+(?:" + "|".join(COUNTER_WORDS) + r")\s+\d{1,3})?\s*(?:[:.|]|\s[–—-])\s"
    r"|(?:" + "|".join(ZH_FIGURE_NUMBER_WORDS) + r")(?:\d{1,3}|[一二三四五六七八九十]{1,3})"
    r"(?:\s*[：:、.]|\s))\s*(?=\S)",
    re.IGNORECASE,
)

# An author line taken for a caption ("作者：王小明 李大海"): a label, then names of two to five characters only.
_ZH_AUTHOR_LINE = re.compile(
    "^(?:"
    + "|".join(ZH_AUTHOR_LINE_LABELS)
    + r")\s*[:：]\s*[\u4e00-\u9fff·]{2,5}(?:[\s、，,]+[\u4e00-\u9fff·]{2,5})*\s*$"
)

# A gallery's counter before the caption ("1 / 5 The bridge at dawn.", "2 of 7 Crews …", "3 von 12 Händler …"):
# the player's label, not a caption word. Written with a word ("of"), a capital must open the caption after it: "2 of
# 5 patients recovered" is a sentence.
_COUNTER = re.compile(
    r"^(\d{1,3})(\s*/\s*|\s+(?:" + "|".join(COUNTER_WORDS) + r")\s+)(\d{1,3})\s+(?=\w)"
)


def _without_counter(caption: str) -> str:
    """The caption without a counter; "50/50 chance" and "24/7 help" are no counters (the first number must be the
    smaller, or the two spaced apart as a player writes them: "5 / 5")."""
    found = _COUNTER.match(caption)
    if found is None or caption[found.end()].isdigit():
        return caption
    first, last = int(found.group(1)), int(found.group(3))
    if found.group(2).strip() not in ("", "/") and not caption[found.end()].isupper():
        return caption
    spaced = found.group(2) != "/"
    return caption[found.end() :] if 0 < first < last or (spaced and first == last) else caption


# Marks that point at the picture ("▲改造后的小区", "► The bridge in 2020"): layout, not caption words.
_POINTER_MARKS = "▲△▼▽↑↓►▶◀→← \u3000"
# A mark pointing up left at a caption's end once its credit is split off ("工人正在加固桥墩。▲ 王明 摄": the page
# writes the mark before the credit, pointing at the picture): layout, no caption text.
_UP_POINTERS_AND_SPACE = "".join(UP_POINTERS) + " \u3000"


def _caption_and_credits(draft: ImageDraft) -> tuple[str | None, list[Credit]]:
    """The caption without its credit, and the credits: split from the caption and marked apart."""
    caption: str | None = None
    credits: list[Credit] = []
    if draft.caption:
        credits = agency_chain(draft.caption)
        caption, credits = (None, credits) if credits else split_photo_credit(draft.caption)
    if draft.credit:
        separate = parse_photo_credit(draft.credit)
        if caption and separate:
            credit_text = normalize_space(draft.credit)
            if caption.endswith(credit_text):
                caption = caption[: -len(credit_text)].rstrip(" |–—-") or None
        credits = _merge_credits(separate, credits) if separate else credits
    if caption is not None and credits:
        caption = _without_bare_label(caption).rstrip(_UP_POINTERS_AND_SPACE)
    return (None if caption is None else _cleaned_caption(caption)), _without_short_forms(credits)


def _without_short_forms(credits: list[Credit]) -> list[Credit]:
    """The credits without an organisation named alone whose words open another's of the same picture ("Getty"
    beside "Getty Images": one outlet written twice, the longer form kept in its place)."""
    orgs = [c.organization.casefold() for c in credits if c.organization and not c.name]
    if len(orgs) < 2:
        return credits
    return [
        c
        for c in credits
        if c.name or not c.organization or not any(o.startswith(c.organization.casefold() + " ") for o in orgs)
    ]


def _cleaned_caption(caption: str) -> str | None:
    """A caption without its pointer marks, label, figure number, counter and repeated text; None when nothing but
    punctuation is left, or when it is a player's notice or the story's writers."""
    caption = _FIGURE_NUMBER.sub("", _CAPTION_LABEL.sub("", caption.lstrip(_POINTER_MARKS)))
    cleaned = written_once(_without_counter(caption)) or None
    if cleaned is not None and not cleaned.strip(" .,;:|-–—()"):
        cleaned = None
    if cleaned is not None and cleaned.rstrip(" .!").lower() in PLAYER_NOTICES:
        cleaned = None  # "Media playback is unsupported on your device": the player's notice, no caption
    if cleaned is not None and _ZH_AUTHOR_LINE.match(cleaned) and not cleaned.rstrip().endswith("摄"):
        cleaned = None  # "作者：王小明 李大海": the story's writers, not what the picture shows
    return cleaned


_LABEL_WINDOW = 24


def _without_bare_label(caption: str) -> str:
    """The caption without a credit label left alone at its end ("… in La Paz. ©", "… am Montag. Foto:"): the page
    marks the credit apart after the label, and the credit is read from there."""
    text = caption.rstrip()
    start = max(0, len(text) - _LABEL_WINDOW)
    for found in CREDIT_TRAIL_KEYWORD.finditer(text, start):
        if found.end() == len(text) and found.start() > 0:
            return text[: found.start()].rstrip(" |–—-:;,")
    return caption


def _merged(existing: Image, later: Image) -> Image:
    """The first image of a picture, with a missing caption, alt, credit or position filled from a later one."""
    update: dict[str, object] = {}
    if existing.caption is None and later.caption:
        update["caption"] = later.caption
    if existing.alt is None and later.alt:
        update["alt"] = later.alt
    merged = _merge_credits(existing.credits, later.credits)
    if len(merged) != len(existing.credits):
        update["credits"] = merged
    if existing.position is None and later.position is not None:
        update["position"] = later.position
    return existing.model_copy(update=update) if update else existing


def attach_captions(
    blocks: list[Block], images: list[ImageDraft], deadline: Deadline = NO_DEADLINE, warnings: list[str] | None = None
) -> tuple[list[Block], list[Image]]:
    """The whole caption stage: body without caption text, and typed images.

    Runs :func:`drop_caption_echoes` (figcaption text the extractor left in the body),
    :func:`split_caption_blocks` (caption paragraphs of text dumps and iChongqing-style bodies) and
    :func:`build_images`. ``images`` carry positions relative to ``blocks`` (or None). The search for
    caption lines stops when ``deadline`` ends, with a message in ``warnings``.
    """
    body, drafts = drop_caption_echoes(blocks, images)
    body, drafts = split_caption_blocks(body, drafts, deadline, warnings)
    return body, build_images(drafts)
