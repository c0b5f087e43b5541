"""A slash before an organisation or a reporter closing a Korean caption's last sentence, as Korean dailies sign a
picture ("… 있다. /연합뉴스", "… 있다. /김철수 기자"): the signature leaves the caption and is its credit; a slash
before other words stays caption text (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit

_CAPTION = "시민들이 7일 광장에서 눈을 치우고 있다."


def _typed(text: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization) for c in credits]


@pytest.mark.parametrize(
    ("tail", "credit"),
    [
        (" /연합뉴스", (None, "연합뉴스")),
        (" /뉴스1", (None, "뉴스1")),
        (" / 뉴시스", (None, "뉴시스")),
        (" /박영희 기자", ("박영희", None)),
    ],
)
def test_signature_after_a_slash(tail: str, credit: tuple[str | None, str | None]) -> None:
    assert _typed(_CAPTION + tail) == (_CAPTION, [credit])


def test_a_place_after_a_slash_stays_caption_text() -> None:
    text = _CAPTION + " /서울 중구"
    assert _typed(text) == (text, [])
