"""A quote opening its paragraph with no cue is the words of a person the article has already named who opens one of
the first clauses after it, even where the segmenter cuts the name (a rare given name), past a conjunction or a
clause of time; not of one who hears the words."""

from __future__ import annotations

from tests.quote_helpers import speakers_in

_NAMED = "纪录片导演任长箴说，这部片子前后拍了三年。"
_OTHER = "这家工厂去年搬到了城郊。"


def test_known_name_after_quote_speaks() -> None:
    said = "“我们的分集导演，在各自的领域里，都是尖子。”任长箴感到很骄傲。"
    assert speakers_in(_NAMED, _OTHER, said) == ["任长箴", "任长箴"]


def test_known_name_after_a_conjunction_speaks() -> None:
    said = "“设备已经够好了，不必再换了。”但任长箴不认这个理，又去借了一台。"
    assert speakers_in(_NAMED, _OTHER, said) == ["任长箴", "任长箴"]


def test_known_name_in_the_clause_after_a_time_clause_speaks() -> None:
    said = "“朋友们，当务之急是到现场去，帮一帮身边的人。”去年冬天的一个晚上，任长箴在电脑前写下一封信。"
    assert speakers_in(_NAMED, _OTHER, said) == ["任长箴", "任长箴"]


def test_known_name_who_hears_the_words_does_not_speak() -> None:
    said = "“设备已经够好了，不必再换了。”任长箴听后摇了摇头。"
    assert speakers_in(_NAMED, _OTHER, said)[1] != "任长箴"
