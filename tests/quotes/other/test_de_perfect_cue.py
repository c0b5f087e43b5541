"""German cues in the perfect: an auxiliary right after a quote ("„…“, hat Berg der Zeitung erzählt") is
no reporting word by itself; the cue is the auxiliary with the participle ending its clause. Made-up
sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _direct(text: str) -> list[tuple[str, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "de")
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in quotes if q.kind.value == "direct"]


def test_the_cue_of_a_perfect_is_the_auxiliary_and_its_participle() -> None:
    found = _direct("„Wir haben lange überlegt“, hat Anna Berg der Zeitung im Frühjahr erzählt.")
    assert found == [("Wir haben lange überlegt", "Anna Berg", "hat erzählt")]
    found = _direct("„Das war knapp“, hatte Jonas Weber am Montag gesagt.")
    assert found == [("Das war knapp", "Jonas Weber", "hatte gesagt")]


def test_a_finite_verb_is_its_own_cue() -> None:
    found = _direct("„Das war knapp“, sagte Jonas Weber am Montag.")
    assert found == [("Das war knapp", "Jonas Weber", "sagte")]
