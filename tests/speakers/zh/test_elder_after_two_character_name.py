"""A noun of an elder written as a form of address after a name of two characters (王丽大娘, 李强大爷), with no 的, is
that person addressed, as after a name of three (张秀英奶奶): the name speaks, the noun is the role. A noun of a
relation that is no form of address (王明妈妈) still names the relative of the one named."""

from tests.quote_helpers import said


def test_aunt_after_a_two_character_name() -> None:
    assert said("王丽大娘说：“孩子们都回来了。”") == [("王丽", "大娘")]


def test_uncle_after_a_two_character_name() -> None:
    assert said("李强大爷说：“今年的雨水多。”") == [("李强", "大爷")]


def test_aunt_after_a_three_character_name() -> None:
    assert said("王丽华大娘说：“孩子们都回来了。”") == [("王丽华", "大娘")]


def test_a_mother_after_a_name_is_still_his_mother() -> None:
    assert said("王明妈妈说：“孩子们都回来了。”") == [(None, "王明妈妈")]
