"""Chinese quote finding (zhq30): where a reported clause ends around the quotes inside it. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _found(text: str, kind: QuoteKind) -> list[tuple[str, str | None]]:
    quotes = [q for q in find_quotes([Block(text=text)], "zh") if q.kind == kind]
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in quotes]


def test_a_quoted_fragment_goes_on_with_the_reported_clause() -> None:
    # 刘芳说，A，“B”。: B is no sentence of its own and no longer than A, the report runs through it
    text = "刘芳说，除了这几户人家外，“还有十多户”。"
    assert _found(text, QuoteKind.INDIRECT) == [("除了这几户人家外，“还有十多户”。", "刘芳")]


def test_a_quoted_sentence_ends_the_reported_clause() -> None:
    # the quote ends on its own full stop: the speaker's words, the report stops before them
    text = "王明说，会上大家都很激动，“这件事我们一定要办好。”"
    assert _found(text, QuoteKind.INDIRECT) == [("会上大家都很激动", "王明")]


def test_a_quote_longer_than_the_clause_before_it_ends_the_clause() -> None:
    # 称没有填写…，“…”: the clause only leads to the longer quote, which is the words
    text = "据笔录显示，李华称没有填写真实的姓名，“是怕万一被其他同学发现了对她不好”。"
    assert _found(text, QuoteKind.INDIRECT) == [("没有填写真实的姓名", "李华")]


def test_a_clause_going_on_past_the_term_heading_it_is_reported() -> None:
    # 认为“双减”很有必要: the quoted term heads the clause, which goes on without a mark after it
    text = "张华认为“双减”很有必要。"
    assert _found(text, QuoteKind.INDIRECT) == [("“双减”很有必要。", "张华")]
    # a quote with a mark after it is the words themselves, no clause is reported around it
    assert _found("张华认为“很有必要”。", QuoteKind.INDIRECT) == []


def test_a_report_stops_before_the_writers_own_sentence() -> None:
    # 记者了解到，… / 据悉，…: the writer's sentence after the report is no part of it
    for lead in ("记者了解到", "据悉"):
        text = f"他说，今年的收成很好，明年会更好。{lead}，该村共有农户三百户。"
        assert [q for q, _ in _found(text, QuoteKind.INDIRECT)] == ["今年的收成很好，明年会更好。"]
        text = f"对此，李华表示：这只是开始。{lead}，该项目明年完工。"
        assert _found(text, QuoteKind.INDIRECT) == [("这只是开始。", "李华")]


def test_a_name_given_in_quotes_is_no_quote() -> None:
    # 俗称“…”, 名叫“…”, 代号“…”: the name of a thing, not words anyone says
    for text in (
        "王明说，这个小区俗称“小香港”。",
        "王明介绍，这支队伍名叫“青年突击队”。",
        "王明表示，这个项目代号“长江一号”。",
    ):
        assert _found(text, QuoteKind.DIRECT) == []
    # 俗称 is no cue either: nothing is reported after it
    assert _found("这里俗称小香港，是有名的商业区。", QuoteKind.INDIRECT) == []


def test_a_report_stops_before_a_sentence_opening_with_someone_named() -> None:
    # 王明表示，A。因为…。李华则…: the sentence opening with another person is the writer's, about them
    text = "王明表示，今年的目标是增收。因为市场在变化，所以要调整结构。李华则对此持不同意见。"
    assert _found(text, QuoteKind.INDIRECT) == [("今年的目标是增收。因为市场在变化，所以要调整结构。", "王明")]
    text = "记者会上，王明表示：今年的目标是增收。随后李华离开了会场。"
    assert _found(text, QuoteKind.INDIRECT) == [("今年的目标是增收。", "王明")]


def test_a_report_goes_on_past_a_short_quoted_term() -> None:
    # 王明表示：A？B「去中心化」C。: a term in quote marks is no quote that ends the speaker's reasoning
    text = "记者会上，王明表示：有没有人在背后推动？如果有，就应公开反对这种「去中心化」的做法。"
    assert _found(text, QuoteKind.INDIRECT) == [("有没有人在背后推动？如果有，就应公开反对这种「去中心化」的做法。", "王明")]
    text = "王明表示，今年的目标是增收。要坚持“两条腿走路”，发展特色产业。"
    assert _found(text, QuoteKind.INDIRECT) == [("今年的目标是增收。要坚持“两条腿走路”，发展特色产业。", "王明")]


def test_a_report_ends_where_its_speaker_is_named_again() -> None:
    # …。而王明把原因归结为…: the writer speaks of the speaker, the report has ended
    text = "王明表示，今年的目标是增收。要坚持“两条腿走路”，而王明把原因归结为市场变化。"
    assert _found(text, QuoteKind.INDIRECT) == [("今年的目标是增收。", "王明")]


def test_a_report_goes_on_into_a_sentence_opening_with_a_term() -> None:
    # 。“两条腿走路”是关键…: a term heading the next sentence is no quote the report stops before
    text = "王明表示，今年的目标是增收。“两条腿走路”是关键，要发展特色产业。"
    assert _found(text, QuoteKind.INDIRECT) == [("今年的目标是增收。“两条腿走路”是关键，要发展特色产业。", "王明")]


def test_a_report_goes_on_in_the_speakers_own_voice() -> None:
    # 王明表示，A。我们要…: the first person after the report is the speaker going on, not the writer
    text = "王明表示，今年的目标是增收。我们要坚持发展特色产业，让村民的腰包鼓起来。"
    assert _found(text, QuoteKind.INDIRECT) == [("今年的目标是增收。我们要坚持发展特色产业，让村民的腰包鼓起来。", "王明")]
