"""Korean captions that sign with "사진" and a space before the source, no "=" or colon ("[사진 연합뉴스]", "(사진 부산시
제공)", "사진 김철수 기자"): the label is no part of the source's name, and the bracket closing the caption is its credit.
Descriptions after other labels ("[영상 캡처]") and words about the picture ("(사진 속 인물)") stay caption text. Made-up
captions."""

from __future__ import annotations

import pytest

from cqnews.credit_text.photo import parse_photo_credit
from tests.figure_helpers import caption_and_credits

_CAPTION = "7일 오전 항구 도로를 보수하는 작업자들."


@pytest.mark.parametrize(
    ("credit", "name", "organization"),
    [
        ("[사진 부산시 제공]", None, "부산시"),
        ("(사진 부산시 제공)", None, "부산시"),
        ("[사진 부산시]", None, "부산시"),
        ("[사진 제공 부산시]", None, "부산시"),
        ("(사진 김철수 기자)", "김철수", None),
        ("사진 부산시 제공", None, "부산시"),
    ],
)
def test_spaced_photo_label_closing_a_caption_is_its_credit(
    credit: str, name: str | None, organization: str | None
) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(name, organization, credit)])


@pytest.mark.parametrize(
    ("written", "name", "organization"), [("사진 부산시 제공", None, "부산시"), ("사진 김철수 기자", "김철수", None)]
)
def test_spaced_photo_label_is_no_part_of_the_source(written: str, name: str | None, organization: str | None) -> None:
    (credit,) = parse_photo_credit(written)
    assert (credit.name, credit.organization) == (name, organization)


@pytest.mark.parametrize("tail", ["[영상 캡처]", "(사진 속 인물)", "(왼쪽부터)"])
def test_descriptions_stay_caption_text(tail: str) -> None:
    written = f"{_CAPTION} {tail}"
    assert caption_and_credits(written) == (written, [])
