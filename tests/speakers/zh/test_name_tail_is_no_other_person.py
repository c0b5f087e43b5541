"""A 她 after a sentence naming someone whose sex the text does not tell: the person of the pronoun's sex named after
that name in its sentence is read from the name's end, not from its second character, so the tail of a name
(阿米娜 -> 米娜, a surname and a woman's given name) is no other person."""

from cqnews.enrich.speakers.antecedents_zh import zh_subject_named_before
from tests.quote_helpers import said_in


def test_the_pronoun_is_the_whole_name() -> None:
    text = "阿米娜回到了阔别多年的家乡。她说"
    assert zh_subject_named_before(["阿米娜"], text, len(text) - 2) == "阿米娜"


def test_the_quote_after_the_pronoun_is_hers() -> None:
    assert said_in("阿米娜回到了阔别多年的家乡。", "她说：“这里变化太大了。”") == [("阿米娜", None)]


def test_a_woman_named_after_the_name_is_still_read() -> None:
    text = "马克带着女儿王婷来到学校。她说"
    assert zh_subject_named_before(["马克", "王婷"], text, len(text) - 2) == "王婷"
