"""A quoted fragment of one word (an idiom, a verb, an adjective) that is the predicate ending a clause someone is
reported to say, right after its subject or an adverb (她每天都“提心吊胆”。): the reporter's words, a direct quote;
a word named as an object (做到“有求必应”) or a subject stays a term. Every sentence is made up; each expected speaker
is read off the sentences.
"""

from __future__ import annotations

from cqnews.enrich.quotes.spans import find_spans
from cqnews.enrich.quotes.speech_zh import predicate_speaks
from tests.quote_helpers import quotes_found


def _direct(text: str) -> list[tuple[str, str | None]]:
    return [(t, who) for kind, t, who in quotes_found(text, "zh") if kind == "direct"]


def test_an_idiom_ending_a_reported_clause_after_an_adverb_is_said() -> None:
    # 都 (an adverb) stands before 提心吊胆, a comma or a stop after it: the predicate of 她, what 邓秋菊 says.
    assert _direct("邓秋菊说，她每天都“提心吊胆”。") == [("提心吊胆", "邓秋菊")]
    assert _direct("邓秋菊说，她每天都“提心吊胆”，生怕孩子出事。") == [("提心吊胆", "邓秋菊")]


def test_a_word_after_a_verb_or_before_a_noun_is_a_term() -> None:
    text = "蒋丽表示，服务中心将做到“有求必应”。"  # (做到: a verb, the idiom its object)
    assert not predicate_speaks(text, find_spans(text)[0])
    text = "很多家长陷入“内卷”焦虑。"  # (焦虑 after it: no mark ends the clause)
    assert not predicate_speaks(text, find_spans(text)[0])
    text = "她说，这是一种“内卷”。"  # (一种: a noun phrase named)
    assert not predicate_speaks(text, find_spans(text)[0])
