"""German speakers: a pronoun standing for a person named in the prose before it. Made-up
sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(language: str, *paragraphs: str) -> list[str | None]:
    """The speaker of each direct quote."""
    quotes = find_quotes([Block(text=p) for p in paragraphs], language)
    return [q.speaker.name if q.speaker else None for q in quotes if q.kind.value == "direct"]


def test_a_pronoun_stands_for_the_person_named_before_it_in_its_paragraph() -> None:
    # Nobody was quoted before: "er" is the teacher the paragraph names, not nobody.
    found = _speakers(
        "de",
        "Lehrer Tom Hale hat die Stunde am Abend vorbereitet: „Die Kinder lernen so viel schneller“, erklärt er.",
    )
    assert found == ["Tom Hale"]
    found = _speakers(
        "de",
        "„Wir haben lange gewartet“, sagte Anna Berg.",
        "Am Nachmittag kam auch Jonas Weber in den Saal. „Ich bin sehr zufrieden mit dem Ergebnis“, sagte er.",
    )
    assert found == ["Anna Berg", "Jonas Weber"]
    # A noun phrase opened by an article, or a name inside a quote, is nobody a pronoun stands for.
    found = _speakers(
        "de",
        "„Wir haben lange gewartet“, sagte Tom Hale.",
        "Die Europäische Zentralbank hält still. „Das hat Anna Berg schon gesagt“, sagte er.",
    )
    assert found == ["Tom Hale", "Tom Hale"]


def test_a_pronoun_reporting_speech_stands_for_the_person_named_before_it() -> None:
    found = find_quotes([Block(text="Lehrer Tom Hale war am Morgen in der Schule. Die Lage sei ernst, sagte er.")], "de")
    assert [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in found] == [
        ("indirect", "Die Lage sei ernst", "Tom Hale")
    ]


def test_a_noun_after_a_demonstrative_or_a_quantifier_is_no_name_a_pronoun_stands_for() -> None:
    # "jede Menge Spott", "diese Woche Ruhe", "keine Stunde Pause": a capitalised noun after "jede", "diese" or
    # "keine" opens a noun phrase like one after "die"; the pronoun stands for nobody the paragraph names.
    for phrase in ("jede Menge Spott", "diese Woche Ruhe", "keine Stunde Pause"):
        found = _speakers("de", f"Im Netz gab es {phrase} und Hohn. „Das ist nur ein Witz und mehr nicht“, notierte er.")
        assert found == [None], phrase
