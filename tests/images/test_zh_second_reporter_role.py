"""A Chinese credit naming a reporter and a correspondent ("本报记者 王伟 通讯员 李红 摄"): the second role word is
no name (made-up captions)."""

from __future__ import annotations

from cqnews.enrich.credits import split_photo_credit


def _names(text: str) -> list[str | None]:
    return [credit.name for credit in split_photo_credit(text)[1]]


def test_reporter_and_correspondent_in_brackets() -> None:
    assert _names("游客在古镇拍照留念。（本报记者 陈红 通讯员 周刚 摄）") == ["陈红", "周刚"]


def test_role_glued_to_the_name() -> None:
    assert _names("（本报记者陈红 通讯员周刚 摄）") == ["陈红", "周刚"]


def test_one_reporter_reads_as_before() -> None:
    assert [(c.name, c.organization) for c in split_photo_credit("新华社记者 陈红 摄")[1]] == [("陈红", "新华社")]
