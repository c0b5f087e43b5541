"""Who was told, an article and its capitalised words right after the verb ("Berg sagte der Deutschen
Presse-Agentur am Dienstag, …"), is not counted among the few words a sentence may go on with before its comma:
the clause after the comma is reported. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_the_one_told_after_the_verb_leaves_the_report_whole() -> None:
    assert quotes_found("Lena Vogt sagte der Märkischen Allgemeinen am Mittwoch, der Umbau dauere länger.", "de") == [
        ("indirect", "der Umbau dauere länger", "Lena Vogt")
    ]


def test_a_long_phrase_after_the_verb_still_reports_nothing_of_its_own() -> None:
    found = quotes_found("Die Polizei sagte der Zeitung am Sonntagmorgen in Köln nach dem Einsatz, alles sei ruhig.", "de")
    assert all(speaker is None for _, _, speaker in found)


def test_an_accusative_object_after_the_verb_is_no_one_told() -> None:
    assert quotes_found("Weber erklärte die Regeln des neuen Spiels am Montag, und alle hörten zu.", "de") == []
