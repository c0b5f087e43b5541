"""Caption lines: body paragraphs that are really captions, and body text repeating a caption.

* :func:`is_caption_line` and :func:`split_caption_blocks` find body paragraphs that are really
  captions (the iChongqing style "The opening ceremony of the forum. (iChongqing/Truman PENG)",
  "（新华社记者 张三 摄）", "图为…" with a credit) and move them from the body to the image drafts.
* :func:`drop_caption_echoes` removes body blocks repeating a picture's caption or credit.

:mod:`cqnews.enrich.captions` turns the drafts into typed images.
"""

from __future__ import annotations

import re

from ..deadline import NO_DEADLINE, Deadline
from ..draft import ImageDraft, drop_blocks
from ..lexicon.captions import ZH_CAPTION_LABEL_WORDS
from ..lexicon.credits import ZH_PICTURE_LABELS, ZH_PICTURE_OPENERS
from ..lexicon.punctuation_zh import SENTENCE_END_MARKS, ZH_SENTENCE_ENDS
from ..models import Block, BlockKind
from ..text import has_han, normalize_space
from .caption_chain import SENTENCE_BREAK, agency_chain
from .credits import credit_candidate, is_strong_credit, split_photo_credit

__all__ = ["SENTENCE_BREAK", "drop_caption_echoes", "is_caption_line", "split_caption_blocks"]

_MAX_CAPTION_WORDS = 60
_MAX_CAPTION_HAN = 150
_ZH_SENTENCE_END = re.compile(f"[{ZH_SENTENCE_ENDS}]")

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
    return caption is None or (_short_caption(caption) and not _bracket_left_open(caption))


_OPENING_BRACKETS = "(（["
_CLOSING_BRACKETS = ")）]"


def _bracket_left_open(caption: str) -> bool:
    """The credit was cut from inside a bracket the caption opens ("The council approved the logo (the mark © was
    shown), and …"): a credit closing a caption opens at or before its bracket ("… pier (© Anna Roe)"), so the
    paragraph is a running sentence with a copyright sign in it, not a caption and its credit."""
    return sum(map(caption.count, _OPENING_BRACKETS)) > sum(map(caption.count, _CLOSING_BRACKETS))


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
    _flag_chains_under_pictures(blocks, images, is_caption)
    if not any(is_caption):
        return list(blocks), list(images)
    texts = _lines_above_credits(blocks, images, is_caption)
    _keep_lines_without_picture(blocks, images, is_caption, texts)
    body, out, kept_before = drop_blocks(blocks, images, is_caption)
    placed = _DraftIndex(out, [d.position for d in images])
    new: list[ImageDraft] = []
    for index, caption in enumerate(is_caption):
        if not caption or texts.get(index) == "":
            continue
        text = texts.get(index) or normalize_space(blocks[index].text)
        target = _image_before(placed, kept_before, index) or _image_right_after(placed, index)
        if target is None and (_credit_for_caption_before(placed, index, text) or _credit_above(placed, index, text)):
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


def _flag_chains_under_pictures(blocks: list[Block], images: list[ImageDraft], is_caption: list[bool]) -> None:
    """Flag (in place) a paragraph right under a picture that is only a credit chain with no label (``<figure><img>
    </figure><p>Anna Roe/Valley Times</p>``, :func:`~.caption_chain.agency_chain`): the picture's credit, not the
    story's text, when the picture has no credit yet. Elsewhere such a line stays in the body (the chain shape alone
    says no picture). Under a picture with no caption, such a line after a short paragraph right under it (``<p><img>
    </p><p>Crews resurface the deck.</p><p>Anna Roe/Valley Times</p>``) is flagged too: the paragraph is the caption and
    the line its credit, as a labelled credit line there makes them (:func:`_lines_above_credits`)."""
    bare = {d.position for d in images if d.src is not None and d.caption is None and d.credit is None}
    for draft in images:
        index = draft.position
        if draft.src is None or index is None or not _uncredited(draft):
            continue
        if _chain_line(blocks, is_caption, index):
            is_caption[index] = True
        elif index in bare and _short_paragraph(blocks, index) and _chain_line(blocks, is_caption, index + 1):
            is_caption[index + 1] = _read_apart(blocks[index].text, blocks[index + 1].text)


def _read_apart(caption: str, credit: str) -> bool:
    """The caption and its credit line, joined, split back into the two (the caption ends as a sentence ends)."""
    caption = normalize_space(caption)
    return split_photo_credit(f"{caption} {normalize_space(credit)}")[0] == caption


def _chain_line(blocks: list[Block], is_caption: list[bool], index: int) -> bool:
    """Block ``index`` is a paragraph not yet flagged that is only a credit chain."""
    if not 0 <= index < len(blocks) or is_caption[index] or blocks[index].kind is not BlockKind.PARAGRAPH:
        return False
    return bool(agency_chain(blocks[index].text))


def _short_paragraph(blocks: list[Block], index: int) -> bool:
    block = blocks[index] if 0 <= index < len(blocks) else None
    return block is not None and block.kind is BlockKind.PARAGRAPH and _short_caption(normalize_space(block.text))


def _uncredited(draft: ImageDraft) -> bool:
    return draft.credit is None and (draft.caption is None or not split_photo_credit(draft.caption)[1])


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
        if split_photo_credit(credit)[0] is not None and not agency_chain(credit):
            continue
        is_caption[above] = True
        joined[above] = caption + " " + credit
        joined[index] = ""
    return joined


def _keep_lines_without_picture(
    blocks: list[Block], images: list[ImageDraft], is_caption: list[bool], texts: dict[int, str]
) -> None:
    """Unflag (in place) the caption lines that stand next to no picture and whose credit runs on from their text: a
    run of caption lines is a picture's caption when a picture is placed right before it, among it or right after
    it. With no picture near, a paragraph ending in a credit-looking tail that opens mid-sentence ("… the work was
    shown © by the council, and …") is the story's text and stays in the body; a line that is only a credit
    ("Quelle: AFP"), one whose credit follows its sentence's stop or fills its closing bracket ("Workers at the port.
    (Photo/Xinhua)": a text dump whose pictures are lost) and one a picture label opens ("资料图：重庆夜景。") say
    themselves that they are captions."""
    positions = {d.position for d in images if d.position is not None}
    start = 0
    while start < len(is_caption):
        if not is_caption[start]:
            start += 1
            continue
        end = start
        while end + 1 < len(is_caption) and is_caption[end + 1]:
            end += 1
        if not any(p in positions for p in range(start, end + 2)):
            for index in range(start, end + 1):
                text = texts.get(index) or normalize_space(blocks[index].text)
                if text and not _ZH_LABELLED.match(text) and not _credit_apart(text):
                    is_caption[index] = False
        start = end + 1


_STOPS_BEFORE_CREDIT = tuple(SENTENCE_END_MARKS) + ("”", '"', "’", "'", ")", "）")


def _credit_apart(text: str) -> bool:
    """The line is a credit alone, or its credit stands apart from its sentence: after the sentence's stop ("Workers
    at the port. Photo: Anna Roe") or wholly in the closing bracket ("Fans at the final (Picture: Getty)")."""
    caption, credits = split_photo_credit(text)
    if caption is None:
        return True
    raw = credits[0].raw if credits else ""
    return caption.endswith(_STOPS_BEFORE_CREDIT) or (raw[:1] in "(（" and raw[-1:] in ")）")


class _DraftIndex:
    """The drafts by their original position, read by caption block index in increasing order: the drafts at
    one position (list order), and the largest list index of a draft placed at or before a block. Built once, so
    the caption lines of a page with many pictures are matched in linear time (not lines × pictures)."""

    def __init__(self, drafts: list[ImageDraft], positions: list[int | None]) -> None:
        self.drafts = drafts
        self.positions = positions
        self._at: dict[int, list[int]] = {}
        for j, pos in enumerate(positions):
            if pos is not None:
                self._at.setdefault(pos, []).append(j)
        self._by_position = sorted(self._at.items())
        self._next = 0  # first entry of _by_position not yet read
        self._last = -1  # largest list index of a draft read so far

    def at(self, position: int) -> list[ImageDraft]:
        """The drafts placed at ``position``, in list order."""
        return [self.drafts[j] for j in self._at.get(position, ())]

    def last_up_to(self, index: int) -> int:
        """The largest list index of a draft placed at or before ``index`` (-1 when none); ``index`` never falls."""
        entries = self._by_position
        while self._next < len(entries) and entries[self._next][0] <= index:
            self._last = max(self._last, entries[self._next][1][-1])
            self._next += 1
        return self._last


def _credit_for_caption_before(placed: _DraftIndex, index: int, text: str) -> bool:
    """A line that is only a credit, right after a picture whose caption carries none (``<div><img><span>Caption
    </span></div><p>（图片来源：东方IC）</p>``): the picture's credit. True when it was given to one."""
    for draft in placed.at(index):
        if draft.src is None or draft.caption is None or draft.credit is not None:
            continue
        if (split_photo_credit(text)[0] is None or agency_chain(text)) and not split_photo_credit(draft.caption)[1]:
            draft.credit = text
            return True
    return False


def _credit_above(placed: _DraftIndex, index: int, text: str) -> bool:
    """A line that is only a credit, right before a captioned picture whose caption carries none (``<p>Photo: Anna
    Roe</p><figure><img><figcaption>Caption</figcaption></figure>``): the picture's credit, written above it. True when
    it was given to one (before, it became a picture of its own with no source and no caption)."""
    if split_photo_credit(text)[0] is not None:
        return False
    for draft in placed.at(index + 1):
        if draft.src is not None and draft.caption is not None and draft.credit is None:
            if not split_photo_credit(draft.caption)[1]:
                draft.credit = text
                return True
    return False


def _short_caption(text: str) -> bool:
    """Text as short as a caption: one or two sentences, at most 60 words or 150 Chinese characters."""
    if has_han(text):
        if len(text) > _MAX_CAPTION_HAN:
            return False
        return len(_ZH_SENTENCE_END.findall(text.rstrip(ZH_SENTENCE_ENDS))) <= 1
    if len(text.split()) > _MAX_CAPTION_WORDS:
        return False
    return len(SENTENCE_BREAK.findall(text)) <= 1


def _image_before(placed: _DraftIndex, kept_before: list[int], index: int) -> ImageDraft | None:
    """The last picture (in list order) placed at or before caption block ``index``, when it has no caption and
    stands right before the block (only captions between)."""
    j = placed.last_up_to(index)
    if j < 0:
        return None
    draft, pos = placed.drafts[j], placed.positions[j]
    return draft if draft.caption is None and pos is not None and kept_before[pos] == kept_before[index] else None


def _image_right_after(placed: _DraftIndex, index: int) -> ImageDraft | None:
    """The uncaptioned picture standing right after caption block ``index`` (before the next block), for a
    caption with no picture before it: written above its picture, or in the same paragraph after it
    (``<p><img><br>市民在江边散步。 李华 摄</p>``, where the picture's position is the next block)."""
    for draft in placed.at(index + 1):
        if draft.src is not None and draft.caption is None:
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
