"""German puts the verb second: an object may open the sentence, the subject follows the verb ("Der Zeitung sagte
Meyer, …", "Dem Sender sagte die Ministerin, …"). The clause after the comma is the report and the subject after the
verb its speaker, not the whole sentence a report with no speaker. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(text: str) -> list[tuple[str, str, str | None]]:
    quotes = find_quotes([Block(text=text)], "de")
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in quotes if q.kind.value == "indirect"]


def test_a_dative_object_opens_the_sentence() -> None:
    # before: "Der Zeitung sagte Meyer, die Mannschaft …" was one report with no speaker
    assert _found("Der Zeitung sagte Meyer, die Mannschaft sei noch nicht bereit.") == [
        ("indirect", "die Mannschaft sei noch nicht bereit", "Meyer")
    ]
    assert _found("Dem Sender sagte Jonas Weber, der Haushalt werde erst im Herbst beschlossen.") == [
        ("indirect", "der Haushalt werde erst im Herbst beschlossen", "Jonas Weber")
    ]


def test_an_apposition_after_the_subject_is_no_report() -> None:
    # the object before the verb was what was said; after the comma an apposition to the subject, no subjunctive
    assert _found("Ein „Traumtag“ urteilte Lena Vogt, am Samstag Zweite im Feld, die vorher gewarnt hatte.") == []
