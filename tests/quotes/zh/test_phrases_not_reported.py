"""Phrases after a cue that are no report of their own: one that only announces the quote after its colon (在她看来，
沟通还不够：“…”; a clause of several parts before the colon tells what happened and stays one), and a short noun
phrase (…警告处分的文件); and an interview answer after its speaker's label, whose reports are nested in their words
(made-up paragraphs; the expected quotes are read from them)."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_phrase_announcing_a_quote_is_no_report() -> None:
    p = "在李华看来，志愿者之间的沟通还是不够的：“我们在后方整理的信息，前线的人常常看不到。”"
    assert quotes_found(p, "zh") == [("direct", "我们在后方整理的信息，前线的人常常看不到。", "李华")]


def test_traditional_phrase_announcing_a_quote_is_no_report() -> None:
    p = "陳大文表示，政府的做法並不合理：「市民等了三年，至今仍然沒有答案。」"
    assert [kind for kind, _, _ in quotes_found(p, "zh")] == ["direct"]


def test_clause_of_several_parts_before_a_quote_stays_a_report() -> None:
    p = "王芳说，见面那天，张明塞给她一张单子：“他跟我说，这件事谁也别告诉。”"
    found = quotes_found(p, "zh")
    assert ("indirect", "见面那天，张明塞给她一张单子", "王芳") in found
    assert ("direct", "他跟我说，这件事谁也别告诉。", "王芳") in found


def test_noun_phrase_after_a_cue_is_no_report() -> None:
    # 警告 is part of the noun 警告处分 here, and what follows it is a noun phrase: nothing is reported
    assert quotes_found("北京大学终于公开了二十年前给予王某警告处分的文件。", "zh") == []
    # 称 + a noun phrase: calling them something, no clause said
    assert quotes_found("判决书中，李华称他们干爸、干妈。", "zh") == []


def test_short_clause_with_a_verb_stays_a_report() -> None:
    assert quotes_found("李华称他们是好人。", "zh") == [("indirect", "他们是好人。", "李华")]


def test_interview_answer_reports_nothing_of_its_own() -> None:
    # an answer after the interviewee's label is all their words: what it reports is nested in them
    for p in (
        "李明：这件事我没有插手，我只是提了建议。我认为，复工复产对居民来说会更好一点。",
        "李明：说实话，我当时很紧张。我告诉他们，这里很危险，大家要尽快离开。",
    ):
        assert quotes_found(p, "zh") == []


def test_interview_question_still_reports() -> None:
    p = "新京报：王刚在会上表示，改造将在年内完成。你认为能做到吗？"
    assert quotes_found(p, "zh") == [("indirect", "改造将在年内完成。", "王刚")]


def test_clause_the_segmenter_tags_as_nouns_stays_a_report() -> None:
    # jieba reads 刚读 as a noun: with no 的 and no list in it, the clause is still a clause
    assert quotes_found("王丽说，那时她刚读研究生。", "zh") == [("indirect", "那时她刚读研究生。", "王丽")]


def test_cue_negated_before_the_one_spoken_to_reports_nothing() -> None:
    # 没有 negates 说 past 跟他: nothing was said; 未 negates 说明 past 向外界
    assert quotes_found("那几天我没有跟他说自己生病的事，只说工作很忙。", "zh") == []
    assert quotes_found("警方至今未向外界说明这起事故的原因。", "zh") == []
    assert quotes_found("他一直沒有對家人透露自己欠債的事情。", "zh") == []
    # 不同 is "different", no negation: the experts do speak
    found = quotes_found("不同地区的专家表示，今年的粮食产量有所增加。", "zh")
    assert [(kind, text) for kind, text, _ in found] == [("indirect", "今年的粮食产量有所增加。")]
