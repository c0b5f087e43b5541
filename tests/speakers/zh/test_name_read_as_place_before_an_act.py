"""A name of two characters opening with a surname that jieba tags a place (许阳/ns, 江宁/ns), then a verb with 着 (皱着
眉头, 摇着头) before the cue: what a person does while speaking, so the name is the speaker and the act no part of it."""

from tests.quote_helpers import said


def test_a_name_tagged_a_place_frowning() -> None:
    assert said("许阳皱着眉头说：“这件事还没有定论。”") == [("许阳", None)]


def test_another_name_tagged_a_place_frowning() -> None:
    assert said("江宁皱着眉头说：“这件事还没有定论。”") == [("江宁", None)]


def test_the_name_alone_before_the_cue_as_before() -> None:
    assert said("许阳说：“这件事还没有定论。”") == [("许阳", None)]
