"""A word of the predicate before a Chinese cue is nobody who speaks.

When the words before a cue are one word of the dictionary that is a verb, an adverb or a distinguishing word
(是证实, 免不了担心, 主要证实), no one reports the clause after it: no quote is credited to that word. A name the
article gives as an alias (雀跃（化名）) is a person's name, whatever word it also is. Nor is a clause with an adverb
inside (处理结果也仅为行政(警告)) anyone's name.
"""

from __future__ import annotations

from tests.quote_helpers import quotes_found, speakers_in


def test_is_before_a_cue_reports_nothing() -> None:
    assert quotes_found("这份报告最有价值的地方，是证实新药可以缩短病程。", "zh") == []


def test_cannot_help_worrying_reports_nothing() -> None:
    text = "他陪在母亲身边过年，感到很踏实，但又免不了担心，因为还不知道年后去哪里工作。"
    assert quotes_found(text, "zh") == []


def test_mainly_confirming_reports_nothing() -> None:
    assert quotes_found("多名证人的证言显示其为同监舍人员，主要证实两点：他们曾听见被告人认罪。", "zh") == []


def test_a_quote_after_is_has_no_speaker_is() -> None:
    assert quotes_found("这份报告最有价值的地方，是证实：“新药可以缩短病程。”", "zh") == []


def test_an_alias_that_is_a_word_still_speaks() -> None:
    paragraphs = ("“我们必须到现场去。”当晚，雀跃（化名）在电脑前写下一封信。", "雀跃认为，只有这封信远远不够。")
    assert speakers_in(*paragraphs)[-1] == "雀跃"


def test_an_alias_after_a_noun_is_the_two_characters_before_the_note() -> None:
    # 司机雀跃（化名）: the alias is 雀跃, not 机雀跃 (a surname opens an alias of three: 王小明（化名）)
    paragraphs = ("“我们必须到现场去。”当晚，司机雀跃（化名）在电脑前写下一封信。", "雀跃认为，只有这封信远远不够。")
    assert speakers_in(*paragraphs)[-1] == "雀跃"


def test_a_clause_with_adverbs_is_no_speaker() -> None:
    text = "李华要求张伟“表态和她建立合作关系”，最终处理结果也仅为行政警告处分。"
    assert quotes_found(text, "zh") == []


def test_a_predicate_word_read_as_a_speaker_is_nobody_a_later_clause_goes_on_with() -> None:
    # 主要证实 reports nothing, so 主要 is no person a clause without a subject (又称) could stand for
    paragraphs = (
        "多名证人的证言显示其为同监舍人员，主要证实两点：他们曾听见被告人认罪。",
        "李华等人称，他们曾被关在一起。王明则一再坚持，那天晚上的事情主要是误会，又称，“我从来没有认过罪。”",
    )
    assert speakers_in(*paragraphs)[-1] == "王明"
