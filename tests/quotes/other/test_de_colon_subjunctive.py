"""German: a verb of saying whose subject opens the sentence, a colon, then a clause in Konjunktiv I with no quote
marks ("Die Ärztin warnt: Die Lage sei ernst.", "…: Wer Symptome habe, solle zu Hause bleiben."): the whole clause
after the colon is reported, the subject speaks. Before, the whole sentence was reported with no speaker, or the
clause was cut at its first comma (the words before it read as the verb's tail). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported_said


def test_konjunktiv_clause_after_a_colon() -> None:
    assert reported_said("Die Ärztin warnt: Die Lage im Kreis sei ernst.", "de") == [
        ("Die Lage im Kreis sei ernst", None, "Die Ärztin")
    ]


def test_a_comma_inside_the_clause_after_the_colon() -> None:
    assert reported_said("Die Ärztin sagte am Montag: Wer Fieber habe, solle zu Hause bleiben.", "de") == [
        ("Wer Fieber habe, solle zu Hause bleiben", None, "Die Ärztin")
    ]


def test_an_indicative_clause_is_left_alone() -> None:
    assert reported_said("Die Ärztin sagte: Die Lage ist ernst.", "de") == []
