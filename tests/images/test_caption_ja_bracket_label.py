"""A Japanese label in corner brackets opening a caption ("【写真】補修工事が進む橋＝10日、市内で") names the line as the
picture's caption, as "Caption:" or "图片说明：" does: no caption word. The credit after the caption is read as before.
Made-up captions in the shape of Japanese regional papers (Session 60)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import figure_images

_IMG = '<img src="https://www.example.de/img/hashi-1200.jpg">'


@pytest.mark.parametrize(
    ("written", "caption", "credits"),
    [
        ("【写真】補修工事が進む橋＝10日、市内で（山田太郎撮影）", "補修工事が進む橋＝10日、市内で", ["（山田太郎撮影）"]),
        ("【写真】補修工事が進む橋＝共同", "補修工事が進む橋", ["＝共同"]),
        ("［写真］市役所前に集まった市民", "市役所前に集まった市民", []),
        ("補修工事が進む橋【写真】の北側", "補修工事が進む橋【写真】の北側", []),
    ],
)
def test_bracket_label_is_no_caption_word(written: str, caption: str, credits: list[str]) -> None:
    assert figure_images(f"<figure>{_IMG}<figcaption>{written}</figcaption></figure>") == [(caption, credits)]
