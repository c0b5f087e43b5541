"""Chinese photo credits with a picture label before them: "图/记者 王明 摄" (the label is no outlet) and
"摄影/王伟" (a shot word as the label, then the name: no outlet after an empty name). Made-up captions."""

from __future__ import annotations

from cqnews.enrich.credits import split_photo_credit


def _typed(text: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization) for c in credits]


def test_picture_label_before_a_reporter_who_shot() -> None:
    assert _typed("图/记者 王明 摄") == (None, [("王明", None)])


def test_picture_label_with_a_full_width_slash() -> None:
    assert _typed("游客在古镇拍照留念。图／本报记者 陈红 摄") == ("游客在古镇拍照留念。", [("陈红", None)])


def test_picture_label_before_an_outlet_reporter_keeps_the_outlet() -> None:
    assert _typed("图/新华社记者 王明 摄") == (None, [("王明", "新华社")])


def test_shot_word_as_the_label_before_the_name() -> None:
    assert _typed("市民在新桥上散步。摄影/王伟") == ("市民在新桥上散步。", [("王伟", None)])


def test_name_shot_then_outlet_stays_read_so() -> None:
    assert _typed("周刚 摄/视觉重庆") == (None, [("周刚", "视觉重庆")])
