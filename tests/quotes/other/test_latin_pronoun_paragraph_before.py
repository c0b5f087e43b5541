"""A pronoun opening a paragraph's quote stands for the person the paragraph before names last, when nobody is
named before it in its own paragraph ("Bürgermeister Klaus Wendt besuchte die Baustelle." / "„…“, sagte er.").
Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(language: str, *paragraphs: str) -> list[str | None]:
    quotes = find_quotes([Block(text=p) for p in paragraphs], language)
    return [q.speaker.name if q.speaker else None for q in quotes]


def test_a_pronoun_stands_for_the_person_named_in_the_paragraph_before() -> None:
    found = _speakers(
        "de", "Bürgermeister Klaus Wendt besuchte am Montag die Baustelle.", "„Wir liegen gut im Zeitplan“, sagte er."
    )
    assert found == ["Klaus Wendt"]
    found = _speakers("nl", "Burgemeester Jan de Vries bezocht de school.", "„Dit is een mooie dag voor ons”, zei hij.")
    assert found == ["Jan de Vries"]
    found = _speakers("de", "Ministerpräsident Hans Vogel ist seit Jahren im Amt.", "Er sagte, das Land stehe gut da.")
    assert found == ["Hans Vogel"]


def test_a_given_name_of_the_other_sex_rules_the_person_out() -> None:
    found = _speakers("de", "Am Abend traf sie noch Thomas Krüger.", "„Das war ein gutes Gespräch“, sagte sie.")
    assert found == [None]
