"""Chinese cues that make a dictionary word with the character after them (说完, 回忆起) report no clause.

Chinese reported speech: a cue that makes a dictionary word with the character after it reports no clause
(说完 "finished speaking", 回忆起 "recalled"), while the direct quote before it
keeps its speaker. Made-up sentences only.

A verb of saying with the complement 起 (回忆起, 说起, 谈起) takes an object, not a clause: nothing after it
is reported.

Every sentence is made up; what is reported is read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, Quote, QuoteKind
from tests.quote_helpers import texts_in


def _quotes(text: str, kind: QuoteKind) -> list[Quote]:
    return [q for q in find_quotes([Block(text=text)], "zh") if q.kind == kind]


def _speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker is not None else None


def test_finished_speaking_reports_nothing_after_it() -> None:
    assert _quotes("王建国看着远处的山坡，说完，他转身走回了屋里。", QuoteKind.INDIRECT) == []


def test_recalling_an_evening_is_no_reported_clause() -> None:
    text = "“那天晚上的雨下得特别大，我们都不敢出门。”李秀兰回忆起那个夜晚。"
    assert _quotes(text, QuoteKind.INDIRECT) == []
    assert [_speaker(q) for q in _quotes(text, QuoteKind.DIRECT)] == ["李秀兰"]


def test_a_longer_cue_and_a_speech_verb_still_report() -> None:
    stressed = _quotes("张伟强调指出，明年的投资规模还将继续扩大。", QuoteKind.INDIRECT)
    assert [(q.text, _speaker(q)) for q in stressed] == [("明年的投资规模还将继续扩大。", "张伟")]
    said = _quotes("刘芳说道，这个项目下个月就能完工。", QuoteKind.INDIRECT)
    assert [(q.text, _speaker(q)) for q in said] == [("这个项目下个月就能完工。", "刘芳")]


def test_a_listener_before_a_colon_quote_reports_no_clause() -> None:
    # 告诉记者："…" with straight quote marks, as some mainland pages write them: one direct quote
    found = find_quotes([Block(text='王明告诉记者："今年的经济形势很好。"')], "zh")
    assert [(q.kind, q.text, _speaker(q)) for q in found] == [(QuoteKind.DIRECT, "今年的经济形势很好。", "王明")]
    told = _quotes("王明告诉记者，今年的经济形势比去年更好。", QuoteKind.INDIRECT)
    assert [(q.text, _speaker(q)) for q in told] == [("今年的经济形势比去年更好。", "王明")]


def test_recalling_a_scene_reports_nothing() -> None:
    assert texts_in("王明回忆起当年的情景，眼里满是泪水。") == []


def test_speaking_of_a_matter_reports_nothing() -> None:
    assert texts_in("说起这件事，王明至今仍然十分气愤，觉得受了委屈。") == []


def test_the_quote_after_a_recollection_is_still_the_recollecting_persons() -> None:
    found = find_quotes([Block(text="王明回忆起当年的情景。"), Block(text="“那时候什么都没有，大家都很穷。”")], "zh")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in found] == [("那时候什么都没有，大家都很穷。", "王明")]


def test_recalling_with_a_clause_still_reports() -> None:
    assert texts_in("王明回忆说，那时候什么都没有，大家都很穷。") == ["那时候什么都没有，大家都很穷。"]


def test_speaking_out_an_idea_reports_nothing() -> None:
    assert texts_in("王明说出了自己的想法，大家都很赞同这个建议。") == []


def test_having_said_a_sentence_reports_nothing() -> None:
    assert texts_in("王明说完这句话，转身就走了，再也没有回来。") == []


def test_unable_to_speak_reports_nothing() -> None:
    assert texts_in("王明说不出话来，只是一直在哭，让人心疼。") == []
