"""“…”这是镇长李华在例会上反复强调的一句话: a sentence after the quote naming the person, a verb of speech and 的(一句)话
credits the words to that person, a comma between or not, as 这是王明常说的话 did."""

from __future__ import annotations

from tests.quote_helpers import said


def test_verb_of_speech_and_the_words() -> None:
    assert said("“群众的事再小也是大事。”这是镇长李华在工作例会上反复强调的一句话。") == [("李华", "镇长")]
    assert said("“做人要守信用”，这是王奶奶常叮嘱我们的话。") == [("王奶奶", None)]


def test_words_of_no_speech_credit_nobody() -> None:
    assert said("“群众的事再小也是大事。”这是镇长李华在工作例会上写下的一行字。") == [(None, None)]


def test_short_words_credited_by_the_sentence_after_them() -> None:
    assert said("“做人要守信用”这是王奶奶常说的话。") == [("王奶奶", None)]
