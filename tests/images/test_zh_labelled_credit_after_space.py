"""A Chinese caption without a closing stop, a space, then a labelled credit ("… 图/王伟", "… 图片来源：视觉中国"):
the label opens the credit, the text before the space is the caption (made-up captions)."""

from __future__ import annotations

from cqnews.enrich.credits import split_photo_credit


def _typed(text: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization) for c in credits]


def test_picture_label_and_name_after_a_caption_without_stop() -> None:
    assert _typed("游客在古镇拍照留念 图/王伟") == ("游客在古镇拍照留念", [("王伟", None)])


def test_source_label_after_a_caption_without_stop() -> None:
    assert _typed("夜幕下的跨江大桥 图片来源：视觉中国") == ("夜幕下的跨江大桥", [(None, "视觉中国")])


def test_label_with_an_outlet_reporter_after_a_caption_without_stop() -> None:
    assert _typed("夜幕下的跨江大桥 图/新华社记者 陈红") == ("夜幕下的跨江大桥", [("陈红", "新华社")])


def test_words_after_a_space_without_a_label_stay_caption() -> None:
    assert _typed("夜幕下的跨江大桥 灯火通明") == ("夜幕下的跨江大桥 灯火通明", [])
