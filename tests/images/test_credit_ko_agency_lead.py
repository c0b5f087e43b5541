"""A Korean agency's picture opens its caption with the place and the agency in brackets, then the photographer, his
title and an equals sign ("(서울=연합뉴스) 김철수 기자 = …", "[서울=뉴시스]김철수 기자 = …"): that opening is the credit
(the photographer of the agency) and the caption is what follows (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit

_CAPTION = "시민들이 7일 광장에서 눈을 치우고 있다."


def _typed(text: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization) for c in credits]


@pytest.mark.parametrize(
    ("lead", "credit"),
    [
        ("(부산=연합뉴스) 박영희 기자 = ", ("박영희", "연합뉴스")),
        ("[대전=뉴시스]박영희 기자 = ", ("박영희", "뉴시스")),
        ("(서울=뉴스1) 박영희 기자 = ", ("박영희", "뉴스1")),
        ("(부산=연합뉴스) ", (None, "연합뉴스")),
    ],
)
def test_agency_opening_is_the_credit(lead: str, credit: tuple[str | None, str]) -> None:
    assert _typed(lead + _CAPTION) == (_CAPTION, [credit])


def test_a_bracket_without_an_agency_stays_caption_text() -> None:
    text = "(서울=시청 앞) " + _CAPTION
    assert _typed(text) == (text, [])
