"""A Chinese body that gives a picture (市商务局供图, 图片由市人民医院提供): a run of three Han characters or more
ending with a body's head (局, 委, 办, 中心, 公司, 医院, 学校 …; lexicon.bodies_zh.ORG_HEADS) is an organisation, not
a person's name; a given name ending with 国 or 军 stays a person (made-up captions)."""

from __future__ import annotations

from tests.figure_helpers import caption_and_credits

_CAPTION = "5月9日清晨，摊主们在老菜市场内摆放摊位。"


def test_bureau_gives_the_picture() -> None:
    assert caption_and_credits(_CAPTION + "市商务局供图") == (_CAPTION, [(None, "市商务局", "市商务局供图")])


def test_picture_supplied_by_a_bureau_in_brackets() -> None:
    raw = "（图片由市商务局提供）"
    assert caption_and_credits(_CAPTION + raw) == (_CAPTION, [(None, "市商务局", raw)])


def test_hospital_and_school_give_the_picture() -> None:
    assert caption_and_credits(_CAPTION + "（市人民医院供图）") == (_CAPTION, [(None, "市人民医院", "（市人民医院供图）")])
    assert caption_and_credits(_CAPTION + "（县实验学校供图）") == (_CAPTION, [(None, "县实验学校", "（县实验学校供图）")])


def test_given_name_ending_with_guo_stays_a_person() -> None:
    assert caption_and_credits(_CAPTION + "（王建国供图）") == (_CAPTION, [("王建国", None, "（王建国供图）")])
    assert caption_and_credits(_CAPTION + "（李志军 摄）") == (_CAPTION, [("李志军", None, "（李志军 摄）")])
