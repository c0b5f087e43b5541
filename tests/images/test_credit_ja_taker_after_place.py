"""Japanese dailies close a caption with an equals sign, the time and place of the picture, and its taker with the
shot word as the last part after a comma ("…＝５日午前、東京都新宿区、山田太郎撮影"): the taker is the credit, the time
and place stay in the caption; time and place alone are no credit (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


def _typed(text: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization) for c in credits]


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("雪の中を登校する児童＝３日午前、札幌市中央区、佐藤花子撮影", "雪の中を登校する児童＝３日午前、札幌市中央区"),
        ("雪の中を登校する児童＝札幌市中央区で２０２６年１月３日、佐藤花子撮影", "雪の中を登校する児童＝札幌市中央区で２０２６年１月３日"),
    ],
)
def test_taker_after_time_and_place(text: str, caption: str) -> None:
    assert _typed(text) == (caption, [("佐藤花子", None)])


def test_time_and_place_without_a_taker_stay_caption_text() -> None:
    text = "雪の中を登校する児童＝３日午前、札幌市中央区"
    assert _typed(text) == (text, [])
