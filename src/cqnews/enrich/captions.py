"""Captions: typed images from image drafts, and caption paragraphs lifted out of the body.

* :func:`build_images` turns :class:`~cqnews.draft.ImageDraft` objects into
  :class:`~cqnews.models.Image` objects: the caption is split from its photo credit, a credit marked
  apart on the page is parsed too, and repeated sources are merged.
* :func:`is_caption_line` and :func:`split_caption_blocks` find body paragraphs that are really
  captions (the iChongqing style "The opening ceremony of the forum. (iChongqing/Truman PENG)",
  "（新华社记者 张三 摄）", "图为…" with a credit) and move them from the body to the images.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..credit_text.names import is_name_phrase, looks_like_person
from ..credit_text.patterns import CREDIT_TRAIL_KEYWORD, canonical_org
from ..deadline import NO_DEADLINE, Deadline
from ..draft import ImageDraft, drop_blocks
from ..lexicon.captions import (
    CAPTION_LABEL_WORDS,
    PLAYER_NOTICES,
    ZH_AUTHOR_LINE_LABELS,
    ZH_CAPTION_LABEL_WORDS,
    phrase_alternation,
)
from ..lexicon.credits import ZH_PICTURE_LABELS, ZH_PICTURE_OPENERS
from ..lexicon.punctuation_zh import SENTENCE_END_MARKS, ZH_SENTENCE_END_SET, ZH_SENTENCE_ENDS
from ..models import Block, BlockKind, Credit, Image
from ..text import has_han, normalize_space, written_once
from ..urls import file_name
from .credits import (
    credit_candidate,
    is_strong_credit,
    parse_photo_credit,
    split_photo_credit,
)

__all__ = ["attach_captions", "build_images", "drop_caption_echoes", "is_caption_line", "split_caption_blocks"]

_MAX_CAPTION_WORDS = 60
_MAX_CAPTION_HAN = 150
_SENTENCE_END = re.compile("[" + SENTENCE_END_MARKS + r"][\"'”’)]?\s+(?=\S)")


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
    for draft in drafts:
        caption, credits = _caption_and_credits(_unswapped(draft))
        if caption is not None and _file_name(caption, draft.src):
            caption = None  # "dp3_1_en" of ".../dp3_1_en-150x150.png": the picture's file name, no caption
        alt = normalize_space(draft.alt) if draft.alt else None
        image = Image(src=draft.src, alt=alt or None, caption=caption, credits=credits, position=draft.position)
        index = by_src.get(draft.src) if draft.src is not None else None
        if index is not None and not draft.shown_again:
            images[index] = _merged(images[index], image)
            continue
        if draft.src is not None:
            by_src[draft.src] = len(images)
        images.append(image)
    return images


def _file_name(caption: str, src: str | None) -> bool:
    """Is the caption one word that the picture's file name starts with (a link's title set to the upload's name)?"""
    if src is None or " " in caption or len(caption) < _FILE_NAME_MIN:
        return False
    name = file_name(src).lower()
    return name.startswith(caption.lower()) and not name[len(caption) : len(caption) + 1].isalpha()


_FILE_NAME_MIN = 4  # ("Lee" of lee.jpg may be the person pictured)


# "Caption:" before the caption's text, a screen reader's label left visible: no caption word; so is a Chinese
# "图：" or "图片：" ("图片：5月12日，工人在码头装卸集装箱。"), full-width colon or not.
_CAPTION_LABEL = re.compile(
    r"^(?:(?:" + phrase_alternation(CAPTION_LABEL_WORDS) + r")\s*:|(?:" + "|".join(ZH_CAPTION_LABEL_WORDS)
    + r")\s*[:：])\s*(?=\S)",
    re.IGNORECASE,
)

# An author line taken for a caption ("作者：王小明 李大海"): a label, then names of two to five characters only.
_ZH_AUTHOR_LINE = re.compile(
    "^(?:"
    + "|".join(ZH_AUTHOR_LINE_LABELS)
    + r")\s*[:：]\s*[\u4e00-\u9fff·]{2,5}(?:[\s、，,]+[\u4e00-\u9fff·]{2,5})*\s*$"
)

# A gallery's counter before the caption ("1 / 5 The bridge at dawn."): the player's label, not a caption word.
_COUNTER = re.compile(r"^(\d{1,3})(\s*/\s*)(\d{1,3})\s+(?=\w)")


def _without_counter(caption: str) -> str:
    """The caption without a counter; "50/50 chance" and "24/7 help" are no counters (the first number must be the
    smaller, or the two spaced apart as a player writes them: "5 / 5")."""
    found = _COUNTER.match(caption)
    if found is None or caption[found.end()].isdigit():
        return caption
    first, last = int(found.group(1)), int(found.group(3))
    spaced = found.group(2) != "/"
    return caption[found.end() :] if 0 < first < last or (spaced and first == last) else caption


# Marks that point at the picture ("▲改造后的小区", "► The bridge in 2020"): layout, not caption words.
_POINTER_MARKS = "▲△▼▽↑↓►▶◀→← \u3000"


def _caption_and_credits(draft: ImageDraft) -> tuple[str | None, list[Credit]]:
    """The caption without its credit, and the credits: split from the caption and marked apart."""
    caption: str | None = None
    credits: list[Credit] = []
    if draft.caption:
        credits = _agency_chain(draft.caption)
        caption, credits = (None, credits) if credits else split_photo_credit(draft.caption)
    if draft.credit:
        separate = parse_photo_credit(draft.credit)
        if caption and separate:
            credit_text = normalize_space(draft.credit)
            if caption.endswith(credit_text):
                caption = caption[: -len(credit_text)].rstrip(" |–—-") or None
        credits = _merge_credits(separate, credits) if separate else credits
    if caption is not None and credits:
        caption = _without_bare_label(caption)
    if caption is not None:
        caption = _CAPTION_LABEL.sub("", caption.lstrip(_POINTER_MARKS))
        caption = written_once(_without_counter(caption)) or None
    if caption is not None and not caption.strip(" .,;:|-–—()"):
        caption = None
    if caption is not None and caption.rstrip(" .!").lower() in PLAYER_NOTICES:
        caption = None  # "Media playback is unsupported on your device": the player's notice, no caption
    if caption is not None and _ZH_AUTHOR_LINE.match(caption) and not caption.rstrip().endswith("摄"):
        caption = None  # "作者：王小明 李大海": the story's writers, not what the picture shows
    return caption, credits


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


# The marks that chain the parts of a credit: "Anna Roe/dpa", "picture alliance / dpa | Anna Roe", "X via Y".
_CHAIN = re.compile(r"/|\||\bvia\b")
_MAX_CHAIN = 120


def _agency_chain(text: str) -> list[Credit]:
    """The credits of a caption that is only a credit chain naming known agencies and people ("Anna Roe/dpa",
    "Reuters/Anna Roe", "Anna Roe/AFP via Getty Images"): a credit, not a caption. Empty for anything else
    ("Paris/Berlin" names no agency; a sentence is a caption, and so is a Chinese one, whose stop has no space after
    it: "工人在检修大桥。图/视觉中国" is a caption and its credit)."""
    text = normalize_space(text)
    if len(text) > _MAX_CHAIN or not _CHAIN.search(text) or _SENTENCE_END.search(text):
        return []
    if any(mark in ZH_SENTENCE_END_SET for mark in text.rstrip(ZH_SENTENCE_ENDS)):
        return []
    credits = parse_photo_credit(text)
    orgs = [c.organization for c in credits if c.organization]
    if not orgs or not all(canonical_org(org) for org in orgs):
        return []
    return credits if all(c.name is None or looks_like_person(c.name) for c in credits) else []


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


_MAX_CAPTION_LINE = 600  # characters: a caption paragraph with its credit is never longer
_ZH_LABELLED = re.compile(
    "(?:" + "|".join((*ZH_PICTURE_LABELS, *ZH_CAPTION_LABEL_WORDS)) + ")[：:]|(?:" + "|".join(ZH_PICTURE_OPENERS) + ")"
)
_ECHO_SLACK = 16  # punctuation and spaces _echo_key trims


def is_caption_line(text: str) -> bool:
    """True when a body paragraph is really an image caption.

    Conservative: the paragraph must *end* with a credit that cannot be ordinary text (a keyword
    credit "(Photo/Xinhua)", "Photo: IC"; an "(Org/Name)" pair "(iChongqing/Truman PENG)"; a Chinese
    "（新华社记者 张三 摄）", "张三/摄", "视觉中国供图", "图片来源：…"), and the text before it must be
    short (at most two sentences, 60 words or 150 Chinese characters). A paragraph quoting
    "(Photo/Xinhua)" mid-text is not a caption; nor is one that ends with a bare "(Xinhua)". A short
    Chinese line opening with a picture label ("资料图：重庆夜景。", ``lexicon.credits.ZH_PICTURE_LABELS``) or
    saying what the picture shows ("图为…", "上图为…", ``ZH_PICTURE_OPENERS``) is a caption without a credit.
    """
    if len(text) > 2 * _MAX_CAPTION_LINE:
        return False  # far too long even after whitespace is squeezed: skip the normalisation
    text = normalize_space(text)
    if not text or len(text) > _MAX_CAPTION_LINE:
        return False
    if _ZH_LABELLED.match(text) and len(text) <= _MAX_CAPTION_HAN:
        return True  # the label says what the picture is
    return _ends_in_credit(text)


def _ends_in_credit(text: str) -> bool:
    """A short caption and a credit that cannot be ordinary text (see :func:`is_caption_line`)."""
    found = credit_candidate(text)
    if found is None or not is_strong_credit(found[1]):
        return False
    caption, credits = split_photo_credit(text)
    if not credits:
        return False
    return caption is None or _short_caption(caption)


def split_caption_blocks(
    blocks: list[Block], images: list[ImageDraft], deadline: Deadline = NO_DEADLINE, warnings: list[str] | None = None
) -> tuple[list[Block], list[ImageDraft]]:
    """Move caption paragraphs out of the body into the images.

    A block for which :func:`is_caption_line` holds (headings are never captions) is removed from the
    body. Its text (credit included, for :func:`build_images` to split) becomes the caption of the
    image draft just before it that has no caption, i.e. a draft whose ``position`` points at the
    caption block or at a caption block directly before it; otherwise it becomes a new
    ``ImageDraft(src=None, caption=text, position=<index of the next body block>)``.

    Image positions are re-indexed to the new body. Returns ``(body, images)``; when all positions
    are known the images come back sorted by position (stable), otherwise new drafts are appended.
    The inputs are not modified. Blocks are read until ``deadline`` ends (the rest stay in the body,
    and a message goes to ``warnings``).
    """
    is_caption = _caption_flags(blocks, deadline, warnings)
    if not any(is_caption):
        return list(blocks), list(images)
    texts = _lines_above_credits(blocks, images, is_caption)
    body, out, kept_before = drop_blocks(blocks, images, is_caption)
    original_positions = [d.position for d in images]
    new: list[ImageDraft] = []
    for index, caption in enumerate(is_caption):
        if not caption or texts.get(index) == "":
            continue
        text = texts.get(index) or normalize_space(blocks[index].text)
        target = _image_before(out, original_positions, kept_before, index) or _image_right_after(
            out, original_positions, index
        )
        if target is None and _credit_for_caption_before(out, original_positions, index, text):
            continue
        if target is not None:
            target.caption = text
        else:
            new.append(ImageDraft(src=None, caption=text, position=kept_before[index]))
    if not new:
        return body, out
    if all(d.position is not None for d in out):
        merged = out + new
        merged.sort(key=lambda d: d.position if d.position is not None else 0)
        return body, merged
    return body, out + new


def _lines_above_credits(blocks: list[Block], images: list[ImageDraft], is_caption: list[bool]) -> dict[int, str]:
    """Caption lines written apart from their credit line: ``<p><img></p><p>工人在码头装卸集装箱。</p>
    <p>图片来源：视觉中国</p>``. A line that is only a credit, after a short paragraph that stands right after an
    uncaptioned picture, makes that paragraph the picture's caption: it is flagged in ``is_caption`` (in place) and
    the returned map gives it the joined text, and the credit line an empty text (it is read with the caption)."""
    joined: dict[int, str] = {}
    uncaptioned = {d.position for d in images if d.src is not None and d.caption is None and d.position is not None}
    for index in range(1, len(blocks)):
        above = index - 1
        if not is_caption[index] or is_caption[above] or above not in uncaptioned:
            continue
        credit = normalize_space(blocks[index].text)
        caption = normalize_space(blocks[above].text)
        if blocks[above].kind is not BlockKind.PARAGRAPH or not caption or not _short_caption(caption):
            continue
        if split_photo_credit(credit)[0] is not None:
            continue
        is_caption[above] = True
        joined[above] = caption + " " + credit
        joined[index] = ""
    return joined


def _credit_for_caption_before(drafts: list[ImageDraft], positions: list[int | None], index: int, text: str) -> bool:
    """A line that is only a credit, right after a picture whose caption carries none (``<div><img><span>Caption
    </span></div><p>（图片来源：东方IC）</p>``): the picture's credit. True when it was given to one."""
    for draft, pos in zip(drafts, positions, strict=True):
        if pos != index or draft.src is None or draft.caption is None or draft.credit is not None:
            continue
        if split_photo_credit(text)[0] is None and not split_photo_credit(draft.caption)[1]:
            draft.credit = text
            return True
    return False


def _short_caption(text: str) -> bool:
    """Text as short as a caption: one or two sentences, at most 60 words or 150 Chinese characters."""
    if has_han(text):
        if len(text) > _MAX_CAPTION_HAN:
            return False
        return len(re.findall(f"[{ZH_SENTENCE_ENDS}]", text.rstrip(ZH_SENTENCE_ENDS))) <= 1
    if len(text.split()) > _MAX_CAPTION_WORDS:
        return False
    return len(_SENTENCE_END.findall(text)) <= 1


def _image_before(
    drafts: list[ImageDraft], positions: list[int | None], kept_before: list[int], index: int
) -> ImageDraft | None:
    """The last picture without caption placed right before caption block ``index`` (only captions between)."""
    for j in range(len(drafts) - 1, -1, -1):
        pos = positions[j]
        if pos is None or pos > index:
            continue
        return drafts[j] if drafts[j].caption is None and kept_before[pos] == kept_before[index] else None
    return None


def _image_right_after(drafts: list[ImageDraft], positions: list[int | None], index: int) -> ImageDraft | None:
    """The uncaptioned picture standing right after caption block ``index`` (before the next block), for a
    caption with no picture before it: written above its picture, or in the same paragraph after it
    (``<p><img><br>市民在江边散步。 李华 摄</p>``, where the picture's position is the next block)."""
    for draft, pos in zip(drafts, positions, strict=True):
        if pos == index + 1 and draft.src is not None and draft.caption is None:
            return draft
    return None


def _echo_key(text: str) -> str:
    return normalize_space(text).strip(" .,;:|-–—").casefold()


def _echo_keys(draft: ImageDraft) -> set[str]:
    """The texts a body block repeating ``draft``'s caption or credit can have, as :func:`_echo_key` keys."""
    parts = [p for p in (draft.caption, draft.credit) if p]
    if draft.caption and draft.credit:
        parts.append(f"{draft.caption} {draft.credit}")
    if draft.caption:
        bare, _ = split_photo_credit(draft.caption)
        if bare:
            parts.append(bare)
    return {_echo_key(p) for p in parts if len(p) >= 3}


# A heading block right after a picture that repeats the picture's caption is that caption
# (<img><h6 class="caption">The bridge at dusk.</h6>): elsewhere a heading equal to a caption stays.
_HEADING_CAPTION_WORDS = 30


def _heading_echo(index: int, block: Block, after_picture: dict[int, set[str]]) -> bool:
    keys = after_picture.get(index)
    if not keys or len(block.text.split()) > _HEADING_CAPTION_WORDS:
        return False
    return _echo_key(block.text) in keys


def drop_caption_echoes(blocks: list[Block], images: list[ImageDraft]) -> tuple[list[Block], list[ImageDraft]]:
    """Remove body blocks that repeat an image's caption or credit (extractors keep figcaptions as text).

    A block goes when its text equals (whitespace and case aside) a draft's caption, its credit, the
    caption with the credit after it, or the caption without its credit; a heading only when it stands
    right after that picture. Image positions are re-indexed to the shorter body. The inputs are not modified.
    """
    keys: set[str] = set()
    after_picture: dict[int, set[str]] = {}
    for draft in images:
        own = _echo_keys(draft)
        keys.update(own)
        if draft.position is not None:
            after_picture.setdefault(draft.position, set()).update(own)
    if not keys:
        return list(blocks), list(images)
    # A block much longer than every key cannot equal one once trimmed: skip normalising it.
    longest = max(map(len, keys)) + _ECHO_SLACK
    drop = [
        _heading_echo(i, block, after_picture)
        if block.kind is BlockKind.HEADING
        else len(block.text) <= 2 * longest and _echo_key(block.text) in keys
        for i, block in enumerate(blocks)
    ]
    if not any(drop):
        return list(blocks), list(images)
    body, out, _ = drop_blocks(blocks, images, drop)
    return body, out


_BLOCKS_PER_CHECK = 256


def _caption_flags(blocks: list[Block], deadline: Deadline, warnings: list[str] | None) -> list[bool]:
    """Per block: a caption line? Read until ``deadline`` ends; the blocks after count as text."""
    flags: list[bool] = []
    for start in range(0, len(blocks), _BLOCKS_PER_CHECK):
        if start and deadline.expired():
            if warnings is not None:
                warnings.append(
                    f"caption lines were looked for in the first {start} of {len(blocks)} blocks only: the parse "
                    "used up ParseOptions.time_budget (raise it, or None, to finish such pages)"
                )
            flags.extend(False for _ in range(len(blocks) - start))
            break
        chunk = blocks[start : start + _BLOCKS_PER_CHECK]
        flags.extend(block.kind is not BlockKind.HEADING and is_caption_line(block.text) for block in chunk)
    return flags


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
