"""Caption lines are matched to pictures through a position index: linear time on a page of many pictures.

The work is counted, not timed (a timing flaked on a loaded machine): every read of a picture draft's field is one
step, and four times the pictures must take at most six times the steps (the quadratic matching, lines × pictures,
took sixteen times as many)."""

from __future__ import annotations

from typing import Any

import pytest

from cqnews.draft import ImageDraft
from cqnews.enrich import caption_lines
from cqnews.enrich.caption_lines import split_caption_blocks
from cqnews.models import Block

_CREDIT = " (Photo/Xinhua)"


class _Counted(ImageDraft):
    """A picture draft that counts the reads of its fields (all drafts together)."""

    reads = 0

    def __getattribute__(self, name: str) -> Any:
        if not name.startswith("__"):
            _Counted.reads += 1
        return super().__getattribute__(name)


def _page(pictures: int, draft: type[ImageDraft] = ImageDraft) -> tuple[list[Block], list[ImageDraft]]:
    """Per picture: a story paragraph and a caption line with a keyword credit, the picture below the caption
    on even pictures (written above it) and above it on odd ones."""
    blocks: list[Block] = []
    drafts: list[ImageDraft] = []
    for i in range(pictures):
        blocks.append(Block(text=f"Volunteers planted trees along the river bank on day {i} of the campaign."))
        below = i % 2 == 0
        drafts.append(draft(src=f"/photos/{i}.jpg", position=len(blocks) + (1 if below else 0)))
        blocks.append(Block(text=f"Volunteers plant saplings near bridge {i}.{_CREDIT}"))
    return blocks, drafts


def _steps(pictures: int) -> int:
    blocks, drafts = _page(pictures, _Counted)
    _Counted.reads = 0
    _, images = split_caption_blocks(blocks, drafts)
    assert len(images) == pictures and all(d.caption for d in images)
    return _Counted.reads


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
    # The credit reading (linear, and most of the time) is stubbed: what is counted is the matching of lines to pictures.
    monkeypatch.setattr(caption_lines, "is_caption_line", lambda text: text.endswith(_CREDIT))
    monkeypatch.setattr(caption_lines, "split_photo_credit", lambda text: (text, []))
    small, large = _steps(500), _steps(2000)
    assert 0 < large < 6 * small  # four times the pictures: the quadratic matching took sixteen times the steps
