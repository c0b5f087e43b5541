"""A fragment in quote marks right after a noun of someone's words with no link between them (行政院的说法“前后矛盾”)
judges those words, in the writer's or another speaker's sentence: it is none of the owner's words (Session 60: the
fragment was credited to 行政院, or to "国民党团认为行政院"). With 是 or a colon, or a sentence in the quote
(王明的说法是：“…”), the owner said it, as before.

Every sentence is made up, in the shape of Taiwan papers; each expected quote is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import text_said_in


def test_fragment_in_a_report_is_the_reporters() -> None:
    assert text_said_in("国民党团认为行政院的说法“前后矛盾”。") == [("行政院的说法“前后矛盾”。", "国民党团", None)]


def test_fragment_in_the_writers_sentence_credits_nobody() -> None:
    said = text_said_in("行政院的说法“前后矛盾”，民众无所适从。")
    assert all(speaker != "行政院" for _, speaker, _ in said)


def test_words_after_a_link_are_the_owners() -> None:
    assert text_said_in("王明的说法是：“这件事与我无关。”") == [("这件事与我无关。", "王明", None)]
