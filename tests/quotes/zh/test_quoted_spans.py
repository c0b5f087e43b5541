"""Chinese quote finding: which quoted spans are words said, and where a reported clause ends.
Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, Quote, QuoteKind


def _quotes(text: str, kind: QuoteKind) -> list[Quote]:
    return [q for q in find_quotes([Block(text=text)], "zh") if q.kind == kind]


def _found(text: str, kind: QuoteKind) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in _quotes(text, kind)]


def test_a_cue_going_on_after_the_quote_it_reports() -> None:
    # 说着 closing the sentence after the quote: the words are the speaker's, said over and over
    assert _found("“店里的东西全都没有了”，王建国反复说着。", QuoteKind.DIRECT) == [
        ("店里的东西全都没有了", "王建国")
    ]
    assert _found("“没有了”，王建国反复说着。", QuoteKind.DIRECT) == [("没有了", "王建国")]
    assert _found("王建国一边说着，一边把门关上了。", QuoteKind.INDIRECT) == []



def test_a_short_quote_split_by_its_speaker() -> None:
    # “A”，王警官说，“B”: both parts are the officer's, the short first part too
    found = _found("“这是特别批准的”，王警官说，“别的人都办不下来。”", QuoteKind.DIRECT)
    assert found == [("这是特别批准的", "王警官"), ("别的人都办不下来。", "王警官")]



def test_asking_someone_named_before_a_comma() -> None:
    # 追问李华，“…”: the one asking speaks, past the one asked and the comma
    assert _found("记者刘洋追问李华，“你为什么不早点报警?”", QuoteKind.DIRECT) == [
        ("你为什么不早点报警?", "刘洋")
    ]



def test_a_clause_that_is_all_but_its_listener_a_quote() -> None:
    # 呼吁大家“…”: the clause is the quote but for 大家, only the direct quote counts
    text = "会上，市长李华呼吁大家“自觉抵制网络谣言”。"
    assert _quotes(text, QuoteKind.INDIRECT) == []
    assert _found(text, QuoteKind.DIRECT) == [("自觉抵制网络谣言", "李华")]


def test_a_sentence_giving_the_reason_goes_on_with_the_report() -> None:
    # 王明说，…。因为…: the sentence opening with 因为 goes on with the speaker's reasoning
    text = "记者会上，王明说，这个项目必须按时完工。因为明年的用水高峰很快就要到了，工期不能再拖。记者随后去了工地。"
    assert _found(text, QuoteKind.INDIRECT) == [
        ("这个项目必须按时完工。因为明年的用水高峰很快就要到了，工期不能再拖。", "王明")
    ]


def test_a_question_asked_in_a_report_goes_on_with_its_answer() -> None:
    # 王明表示，是谁…？是谁…？答案很清楚。: the speaker asks and answers, one reported clause
    text = "在发布会上，王明表示，是谁破坏了这里的环境？是谁在背后推动？答案其实很清楚。"
    assert _found(text, QuoteKind.INDIRECT) == [("是谁破坏了这里的环境？是谁在背后推动？答案其实很清楚。", "王明")]


def test_a_feeling_in_the_answer_to_a_question_is_no_new_report() -> None:
    # …？如果觉得委屈，…: 觉得 is the speaker's own wording, the report goes on
    text = "在发布会上，王明表示，到底是谁在破坏？如果觉得委屈，那就公开站出来说明。"
    assert _found(text, QuoteKind.INDIRECT) == [("到底是谁在破坏？如果觉得委屈，那就公开站出来说明。", "王明")]


def test_a_post_on_a_social_network_before_a_quote() -> None:
    # 在臉書發文，「…」: the quote is what the poster wrote; 发文 before anything else reports nothing
    text = "賽後王大明興奮地在臉書發文，「我是台灣的羽球選手王大明。」"
    assert [(q.text, q.cue) for q in _quotes(text, QuoteKind.DIRECT)] == [("我是台灣的羽球選手王大明。", "發文")]
    text = "（本報記者李華台北電）「雙打組合」王大明和陳小東今天奪冠，賽後王大明在臉書發文，「我們做到了。」"
    assert _found(text, QuoteKind.DIRECT) == [("我們做到了。", "王大明")]
    assert _quotes("市政府昨天发文要求各区加强管理。", QuoteKind.INDIRECT) == []


def test_more_verbs_that_introduce_a_quote() -> None:
    # 质问：“…”, 感言：“…”, 叮嘱，“…”: the verb is the cue of the quote after it, not part of the speaker's name
    for verb in ("质问", "感言", "总结", "叮嘱", "吐槽"):
        found = [(q.speaker.name if q.speaker else None, q.cue) for q in _quotes(
            f"在会上，李建华{verb}：“这件事我们一定要办好。”", QuoteKind.DIRECT
        )]
        assert found == [("李建华", verb)], verb
    assert _quotes("他的总结很有道理，大家都在评论区里点评了这件事。", QuoteKind.INDIRECT) == []


def test_a_cue_going_on_right_before_a_quote() -> None:
    # 他大声喊着：“…”: the shouting goes on and introduces the quote
    found = [(q.text, q.cue) for q in _quotes("在雨里，王建国大声喊着：“大家快往高处走！”", QuoteKind.DIRECT)]
    assert found == [("大家快往高处走！", "喊")]


def test_criticising_as_taiwan_pages_write_it() -> None:
    # 批：「…」, 轟，…: criticising reports, the short quote after the colon is the critic's
    text = "民進黨團總召王大明批：「這根本是在卸責」。"
    assert _found(text, QuoteKind.DIRECT) == [("這根本是在卸責", "王大明")]
    text = "在野黨立委陳小東今天痛批，政府的防疫措施完全跟不上疫情變化。"
    assert _found(text, QuoteKind.INDIRECT) == [("政府的防疫措施完全跟不上疫情變化。", "陳小東")]
    assert _quotes("這批貨物，已經全部運往南部。", QuoteKind.INDIRECT) == []


def test_a_short_quote_after_a_colon_closing_a_persons_sentence() -> None:
    # 王大明抱怨：「…」。: said by the person opening the sentence, as after a comma (王大明抱怨，「…」。)
    assert _found("王大明抱怨：「這根本是在卸責」。", QuoteKind.DIRECT) == [("這根本是在卸責", "王大明")]
    assert _quotes("活动的主题：“绿色发展”。", QuoteKind.DIRECT) == []


def test_cantonese_says_after_a_pronoun() -> None:
    # 佢話：「…」 ("he says"): 話 is the cue, 佢 no part of a name; 這句話，… reports nothing
    found = [(q.text, q.cue) for q in _quotes("陳先生今日到場，佢話：「我哋會盡力。」", QuoteKind.DIRECT)]
    assert found == [("我哋會盡力。", "話")]
    assert _quotes("這句話，大家都聽過很多次了。", QuoteKind.INDIRECT) == []


def test_the_writers_own_clause_ends_a_report() -> None:
    # ，据了解，… and ，记者在现场看到，…: the writer speaks after the comma, the report ends before it
    assert [q.text for q in _quotes("王明表示，项目进展顺利，据了解，该项目总投资三亿元。", QuoteKind.INDIRECT)] == [
        "项目进展顺利"
    ]
    text = "王明表示，项目进展顺利，记者在现场看到，工人们正在施工。"
    assert [q.text for q in _quotes(text, QuoteKind.INDIRECT)] == ["项目进展顺利"]


def test_say_in_a_phrase_of_manner_opening_a_clause_reports_nothing() -> None:
    # 老实说，… 简单地说，… 说实话，…: "honestly", "simply put" — an aside, nothing reported
    for lead in ("老实说", "简单地说", "说实话", "退一步说"):
        assert _quotes(f"{lead}，这个项目的风险其实很大。", QuoteKind.INDIRECT) == [], lead
    # with a subject before it, 说 still reports
    assert _found("在会上，王明坦率地说，这个项目的风险其实很大。", QuoteKind.INDIRECT) == [
        ("这个项目的风险其实很大。", "王明")
    ]


def test_speech_after_a_colon_without_quote_marks_goes_on() -> None:
    # 表示：A。B。: the colon opens the speech, its sentences go on until another speaker or quote
    text = "在会上，王明表示：今年的任务很重。我们必须提前准备，确保按时完成。"
    assert _found(text, QuoteKind.INDIRECT) == [("今年的任务很重。我们必须提前准备，确保按时完成。", "王明")]
    text = "在会上，王明指出：今年的任务很重。李华则认为，任务并不重。"
    assert [q.text for q in _quotes(text, QuoteKind.INDIRECT)] == ["今年的任务很重。", "任务并不重。"]


def test_the_points_of_an_enumeration_go_on_with_the_report() -> None:
    # 王明指出，一是…。二是…。三是…。: the speaker's points, one report
    text = "会上，王明指出，一是要加强防汛准备。二是要做好群众转移。三是要保障物资供应。记者随后来到了河堤。"
    assert _found(text, QuoteKind.INDIRECT) == [
        ("一是要加强防汛准备。二是要做好群众转移。三是要保障物资供应。", "王明")
    ]


def test_directives_go_on_with_the_report() -> None:
    # 王明强调，要…。要…。: the speaker's directives, one report
    text = "会上，王明强调，要切实加强组织领导。要层层压实工作责任。记者随后来到了工地。"
    assert _found(text, QuoteKind.INDIRECT) == [("要切实加强组织领导。要层层压实工作责任。", "王明")]


def test_obligations_go_on_with_the_report() -> None:
    # 王明强调，…。必须…。: the speaker's directive goes on
    text = "会上，王明强调，汛期安全责任重大。必须确保每一个村都有人值守。记者随后来到了工地。"
    assert _found(text, QuoteKind.INDIRECT) == [("汛期安全责任重大。必须确保每一个村都有人值守。", "王明")]


def test_a_wish_without_a_subject_goes_on_with_the_report() -> None:
    # 王明表示，…。希望…。: the wish has no subject of its own, it is the speaker's
    text = "会上，王明表示，今年的防汛形势十分严峻。希望各村提前做好准备。记者随后来到了河堤。"
    assert _found(text, QuoteKind.INDIRECT) == [("今年的防汛形势十分严峻。希望各村提前做好准备。", "王明")]


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


def test_a_term_after_the_comma_that_the_clause_goes_on_past_is_no_quote() -> None:
    # 提出，“老字号”以…扩张: the quoted term is the subject of the reported clause, not words said
    assert _found("张华提出，“老字号”以每年两成的速度扩张，门店遍布全省。", QuoteKind.DIRECT) == []
    # a short quote with a mark after it is words said
    assert _found("张华表示，“很好”，大家都满意。", QuoteKind.DIRECT) == [("很好", "张华")]

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
