"""Arabic captions credit a picture with an agency in brackets after the caption ("(رويترز)", "(أ ف ب)") or a photo
label and a colon ("تصوير: …", "الصورة: …"): Arabic has no capital letters to tell a name, so the agencies come from
the organisation table and the labels from the uncased label table (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit

_CAPTION = "أطفال يلعبون في حديقة المدينة بعد المطر"


def _typed(text: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization) for c in credits]


@pytest.mark.parametrize("agency", ["رويترز", "أ ف ب", "الأناضول", "وام"])
def test_agency_in_brackets(agency: str) -> None:
    assert _typed(f"{_CAPTION} ({agency})") == (_CAPTION, [(None, agency)])


def test_photo_label_before_a_name() -> None:
    assert _typed(f"{_CAPTION} (الصورة: سامي حداد)") == (_CAPTION, [("سامي حداد", None)])


def test_bracketed_words_of_the_caption_stay() -> None:
    text = f"{_CAPTION} (أرشيف)"
    assert _typed(text) == (text, [])
