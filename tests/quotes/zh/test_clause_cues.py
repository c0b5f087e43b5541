"""Chinese verbs that report the clause or quote punctuation opens after them (made-up sentences in the
Hong Kong style; each expected value is read from the sentence)."""

from __future__ import annotations

import pytest

from cqnews.enrich import segmenter
from cqnews.enrich.quotes import find_quotes
from cqnews.enrich.quotes.cues_zh import zh_clause_cues
from cqnews.models import Block


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("他指，政府應該負責。", "指"),
        ("她批評：「政府失職。」", "批評"),
        ("陳先生續指，事件未完。", "續指"),  # the adverb jieba joins to the verb goes with it
        ("他又指，不會辭職。", "指"),
    ],
)
def test_clause_cue_is_found(sentence: str, cue: str) -> None:
    assert cue in zh_clause_cues(sentence, []).words


@pytest.mark.parametrize(
    "sentence",
    [
        "他用手指，指向遠方。",  # part of 手指
        "該指數，上升了。",  # part of 指数
        "面對相伴而來的質疑，他沒有回應。",  # a noun after 的
        "他問，為何如此？",  # a question is not reported as a quote
        "批評，是一種態度。",  # nothing written before it in its clause
    ],
)
def test_no_clause_cue(sentence: str) -> None:
    words = zh_clause_cues(sentence, []).words
    assert not any(w in ("指", "質疑", "問", "批評") for w in words)


def test_pronoun_glued_to_an_adverb_is_two_words() -> None:
    assert [t.word for t in segmenter.tag("她续指，")][:2] == ["她", "续"]


def test_pronoun_of_a_clause_cue_is_the_person_named_before() -> None:
    quotes = find_quotes([Block(text="立法會議員毛孟靜批評，警方濫用武力。她續指：「這是香港的悲哀。」")], "zh")
    said = {q.text: (q.speaker.name if q.speaker else None) for q in quotes}
    assert said["警方濫用武力。"] == "毛孟靜"
    assert said["這是香港的悲哀。"] == "毛孟靜"


def test_cue_after_a_clause_of_time_is_found() -> None:
    quotes = find_quotes([Block(text="法官陳廣池判刑時指，案件性質嚴重。")], "zh")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [("案件性質嚴重。", "陳廣池")]


def test_cue_inside_a_clause_of_time_yields_to_the_next() -> None:
    quotes = find_quotes([Block(text="保安局局長李家超在立法會回應議員質詢時表示，警方已經盡力。")], "zh")
    assert [(q.text, q.cue) for q in quotes] == [("警方已經盡力。", "表示")]


def test_description_in_apposition_to_a_name_leaves_the_pronoun_to_the_name() -> None:
    text = "另一位學者、中大經濟學系副教授李小明則認為，樓價會繼續上升。他說：「利率仍然很低。」"
    quotes = find_quotes([Block(text=text)], "zh")
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["李小明", "李小明"]


def test_owner_opening_a_clause_is_its_topic_for_a_later_pronoun() -> None:
    text = "前市委书记赵文华的一段发言在网上流传，他在会上提到，干部要尽力。"
    quotes = find_quotes([Block(text=text)], "zh")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [("干部要尽力。", "赵文华")]


def test_clause_cue_ending_the_sentence_after_a_quote_reports_it() -> None:
    quotes = find_quotes([Block(text="社工陳小玲今日陪同居民請願。「長者的需要被忽視了。」她補充。")], "zh")
    assert [(q.speaker.name if q.speaker else None, q.cue) for q in quotes] == [("陳小玲", "補充")]


def test_job_without_a_name_is_a_description() -> None:
    quotes = find_quotes([Block(text="「我們會上訴。」代表律師指。")], "zh")
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert (quotes[0].speaker.name, quotes[0].speaker.role) == (None, "代表律師")


def test_department_speaks_after_a_phrase_of_place() -> None:
    quotes = find_quotes([Block(text="律政司在聲明中指，案件已交法庭處理。")], "zh")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [("案件已交法庭處理。", "律政司")]


@pytest.mark.parametrize(
    "text",
    [
        "「太荒謬了」，陳大文形容。",  # the quote's own mark, then a comma: the verb ending the sentence reports it
        "「太荒謬了。」陳大文形容。",
    ],
)
def test_clause_cue_after_a_quote_and_its_comma_reports_it(text: str) -> None:
    quotes = find_quotes([Block(text=text)], "zh")
    assert [(q.text.rstrip("。"), q.speaker.name if q.speaker else None) for q in quotes] == [("太荒謬了", "陳大文")]


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("老李想去外地送外卖，但不会用导航，担心“送餐迟到被骂”。", "送餐迟到被骂"),
        ("議員不滿部門的處理，批評「完全不負責任」。", "完全不負責任"),
    ],
)
def test_clause_cue_after_a_comma_reports_the_quote_right_after_it(sentence: str, quoted: str) -> None:
    """A clause cue of two characters right after a comma, its subject the sentence's (…，担心“…”): the quote that
    opens right after it is what it reports."""
    quotes = find_quotes([Block(text=sentence)], "zh")
    assert [(q.kind.value, q.text) for q in quotes] == [("direct", quoted)]

