"""边…边… (or 一边…一边…) between a speaker and the cue: two acts done at once, no part of who speaks. The second 边
right before the cue stays in the window read for the speaker, so the first is read as the adverb and not as the end
of a name jieba glues it to (周敏边/nr), and a noun of a person before it is the whole speaker (老人|边抽烟边)."""

from tests.quote_helpers import said


def test_a_name_then_an_act_of_a_verb_and_its_object() -> None:
    assert said("周敏边包饺子边说：“过年就得热热闹闹的。”") == [("周敏", None)]


def test_another_name_and_object() -> None:
    assert said("王芳边擦眼泪边说：“我实在太想他了。”") == [("王芳", None)]


def test_a_noun_of_a_person_before_the_acts() -> None:
    assert said("老人边抽烟边说：“那时候可苦了。”") == [(None, "老人")]


def test_an_act_of_one_verb_as_before() -> None:
    assert said("陈晓东边走边说：“这条路以前全是泥。”") == [("陈晓东", None)]


def test_yibian_as_before() -> None:
    assert said("李强一边收拾行李一边说：“明天一早就走。”") == [("李强", None)]
