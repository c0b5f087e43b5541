"""他 or 她 opening the clause after a cue's comma as the subject of a cue of their own (王女士十分担心，她说，…): they
speak the clause after their own cue, as a person named there does (居民很担心，陈先生说，…); the first cue reports
nothing, the words are not read as its clause (made-up sentences, simplified and traditional; the expected clause and
speaker are read from the sentence)."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_worried_then_she_said() -> None:
    text = "王女士十分担心，她说，孩子已经连续发烧三天了。"
    assert quotes_found(text, "zh") == [("indirect", "孩子已经连续发烧三天了。", "王女士")]


def test_worried_then_he_stated_traditional() -> None:
    text = "陳先生很擔心，他表示，工廠的訂單已經少了一半。"
    assert quotes_found(text, "zh") == [("indirect", "工廠的訂單已經少了一半。", "陳先生")]


def test_a_pronoun_opening_the_reported_clause_stays_in_it() -> None:
    # 她 opening the clause with no cue of its own right after it is the reported words' subject.
    text = "王女士表示，她已经多次向学校反映了孩子的情况。"
    assert quotes_found(text, "zh") == [("indirect", "她已经多次向学校反映了孩子的情况。", "王女士")]
