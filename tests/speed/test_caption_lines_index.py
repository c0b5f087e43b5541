"""Caption lines are matched to pictures through a position index: linear time on a page of many pictures."""

from __future__ import annotations

import gc
import time

import pytest

from cqnews.draft import ImageDraft
from cqnews.enrich import caption_lines
from cqnews.enrich.caption_lines import split_caption_blocks
from cqnews.models import Block

_CREDIT = " (Photo/Xinhua)"


def _page(pictures: int) -> tuple[list[Block], list[ImageDraft]]:
    """Per picture: a story paragraph and a caption line with a keyword credit, the picture below the caption
    on even pictures (written above it) and above it on odd ones."""
    blocks: list[Block] = []
    drafts: list[ImageDraft] = []
    for i in range(pictures):
        blocks.append(Block(text=f"Volunteers planted trees along the river bank on day {i} of the campaign."))
        below = i % 2 == 0
        drafts.append(ImageDraft(src=f"/photos/{i}.jpg", position=len(blocks) + (1 if below else 0)))
        blocks.append(Block(text=f"Volunteers plant saplings near bridge {i}.{_CREDIT}"))
    return blocks, drafts


def _seconds(pictures: int) -> float:
    best = float("inf")
    for _ in range(5):
        blocks, drafts = _page(pictures)
        gc.disable()  # a collection inside one run would swamp a few milliseconds
        try:
            start = time.perf_counter()
            split_caption_blocks(blocks, drafts)
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best


def test_each_picture_gets_its_caption_line() -> None:
    blocks, drafts = _page(40)
    body, images = split_caption_blocks(blocks, drafts)
    assert [b.text for b in body] == [b.text for b in blocks[::2]]
    assert [d.src for d in images] == [f"/photos/{i}.jpg" for i in range(40)]
    assert [d.caption for d in images] == [
        f"Volunteers plant saplings near bridge {i}. (Photo/Xinhua)" for i in range(40)
    ]
    assert [d.position for d in images] == list(range(1, 41))


def test_caption_lines_are_matched_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # The credit reading (linear, and most of the time) is stubbed: the timing is the matching of lines to pictures.
    monkeypatch.setattr(caption_lines, "is_caption_line", lambda text: text.endswith(_CREDIT))
    monkeypatch.setattr(caption_lines, "split_photo_credit", lambda text: (text, []))
    small, large = _seconds(500), _seconds(2000)
    assert large < 12 * small + 0.005  # four times the pictures: the quadratic matching took 16 times as long
