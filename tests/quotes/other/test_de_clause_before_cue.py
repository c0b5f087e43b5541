"""German "Die Lage sei ernst, betonte Berg: „…“": the reported clause before an inverted cue, its sentence going
on after a colon with a quote of the same speaker; and a subordinate clause before the cue ("Nachdem …, sagte
Berg") says when, not what was said. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_in


def test_a_colon_ends_the_clause_of_the_cue() -> None:
    found = quotes_in(
        "de", "Die Brücke sei sicher, betonte Anna Berg: „Wir haben jede Schraube geprüft, jede Naht und jedes Seil.“"
    )
    assert ("indirect", "Die Brücke sei sicher", "Anna Berg") in found
    assert ("direct", "Wir haben jede Schraube geprüft, jede Naht und jedes Seil.", "Anna Berg") in found


def test_a_subordinate_clause_before_the_cue_is_not_reported() -> None:
    found = quotes_in("de", "Nachdem die Stadt den Plan veröffentlicht hatte, sagte Tom Hale am Montag.")
    assert [q for q in found if q[0] == "indirect" and q[2] == "Tom Hale"] == []


def test_the_subject_going_on_with_a_second_verb_after_the_cue() -> None:
    found = quotes_in(
        "de", "Die Brücke sei sicher, sagte Anna Berg am Montag und verwies auf die neuen Prüfberichte der Stadt."
    )
    assert found == [("indirect", "Die Brücke sei sicher", "Anna Berg")]
