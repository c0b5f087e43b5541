"""A Chinese credit names the intern who shot a picture with a role word before the name ("本报记者 王伟 实习生 李红
摄", "实习生 李红 摄"): the role word 实习生 (intern) is no name, as 通讯员 (correspondent) is not (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit

_CAPTION = "市民在公园里观赏盛开的樱花。"


def _names(text: str) -> tuple[str | None, list[str | None]]:
    caption, credits = split_photo_credit(text)
    return caption, [c.name for c in credits]


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("本报记者 王伟 实习生 李红 摄", ["王伟", "李红"]),
        ("实习生 李红 摄", ["李红"]),
        ("本报记者 王伟 通讯员 赵磊 摄", ["王伟", "赵磊"]),
    ],
)
def test_role_words_are_no_names(credit: str, names: list[str]) -> None:
    assert _names(_CAPTION + credit) == (_CAPTION, names)


@pytest.mark.parametrize("mark", ["□", "■", "◆"])
def test_layout_mark_before_the_reporter_word_is_no_outlet(mark: str) -> None:
    caption, credits = split_photo_credit(f"{_CAPTION}{mark}记者 王伟 摄")
    assert (caption, [(c.name, c.organization) for c in credits]) == (_CAPTION, [("王伟", None)])


@pytest.mark.parametrize(("credit", "outlet"), [("供图：视觉中国", "视觉中国"), ("图据：新华社", "新华社")])
def test_supplied_and_after_labels(credit: str, outlet: str) -> None:
    caption, credits = split_photo_credit(_CAPTION + credit)
    assert (caption, [(c.name, c.organization) for c in credits]) == (_CAPTION, [(None, outlet)])
