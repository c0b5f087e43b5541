"""A bracketed credit written before the caption ("(Photo by Anna Roe/Getty Images) Crowds gather …",
"（新华社发）市民在江边散步。"): the credit is the bracket, the caption what follows (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


def _typed(text: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization) for c in credits]


def test_labelled_credit_in_brackets_before_the_caption() -> None:
    text = "(Photo by Anna Roe/Getty Images) Crowds gather at the stadium gate before the final."
    assert _typed(text) == ("Crowds gather at the stadium gate before the final.", [("Anna Roe", "Getty Images")])


def test_agency_in_square_brackets_before_the_caption() -> None:
    assert _typed("[Photo: AFP] Crowds gather at the stadium gate.") == ("Crowds gather at the stadium gate.", [(None, "AFP")])


def test_chinese_credit_in_brackets_before_the_caption() -> None:
    assert _typed("（记者 陈红 摄）游客在古镇拍照留念。") == ("游客在古镇拍照留念。", [("陈红", None)])


@pytest.mark.parametrize(
    "text",
    [
        "(Top Left) Crowds gather at the stadium gate before the final.",
        "(From left) Anna Roe and Ben Poe at the stadium gate before the final.",
    ],
)
def test_a_bracketed_pointer_before_the_caption_stays_caption(text: str) -> None:
    assert _typed(text) == (text, [])



@pytest.mark.parametrize("caption", ["Crowds gather at the gate", "Kids", "市民在江边散步"])
def test_bracketed_credit_before_a_caption_with_no_stop(caption: str) -> None:
    # the keyword credit inside the bracket is the bracket's: no caption "(" and organisation "Getty Images) Kids"
    found, credits = split_photo_credit(f"(Photo by Anna Roe/Getty Images) {caption}")
    assert (found, [(c.name, c.organization) for c in credits]) == (caption, [("Anna Roe", "Getty Images")])
