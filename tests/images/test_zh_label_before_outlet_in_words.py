"""A picture label before an outlet whose name is several Latin words ("图/Visual China Group", "图片来源：IC photo"):
one outlet, not one per word (made-up captions)."""

from __future__ import annotations

from cqnews.enrich.credits import split_photo_credit


def _orgs(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.organization) for c in split_photo_credit(text)[1]]


def test_picture_label_before_an_outlet_of_three_words() -> None:
    assert _orgs("游客在古镇拍照留念。图/Visual China Group") == [(None, "Visual China Group")]


def test_source_label_before_an_outlet_of_two_words() -> None:
    assert _orgs("图片来源：IC photo") == [(None, "IC Photo")]


def test_two_names_after_the_label_stay_two_people() -> None:
    assert _orgs("图/陈红 周刚") == [("陈红", None), ("周刚", None)]
