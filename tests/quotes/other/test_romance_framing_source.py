"""A Romance sentence framed by a loose source word and a person or an office set off by a comma ("Para
Hurtado, …", "Pour la procureure, …", "Per il ministro, …") reports what follows; the same word before a thing
("Para ello, …", "Pour cela, …", "Pour la ville, …") reports nothing. Made-up sentences; each expected value is
read from its sentence."""

from __future__ import annotations

import pytest

from cqnews.lexicon.quotes_latin import LATIN_TABLES, MARKS_ONLY, LatinTable
from tests.quote_helpers import quotes_in


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "es",
            "Para Ortega, el director fue la persona que ordenó publicar la nota.",
            [("indirect", "el director fue la persona que ordenó publicar la nota", "Ortega")],
        ),
        (
            "fr",
            "Pour la procureure Anne Vidal, le bâtiment était déjà fragilisé depuis des mois.",
            [("indirect", "le bâtiment était déjà fragilisé depuis des mois", "Anne Vidal")],
        ),
        (
            "it",
            "Per il ministro Paolo Conti, il ponte riaprirà entro la fine di maggio.",
            [("indirect", "il ponte riaprirà entro la fine di maggio", "Paolo Conti")],
        ),
    ],
)
def test_person_framing_a_sentence_reports_it(
    language: str, sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert quotes_in(language, sentence) == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Para ello, el equipo necesitará más tiempo y dinero del previsto."),
        ("fr", "Pour cela, la ville a besoin de beaucoup plus de temps."),
        ("fr", "Pour la ville, le chantier représente un coût très important."),
    ],
)
def test_a_thing_after_the_word_reports_nothing(language: str, sentence: str) -> None:
    assert quotes_in(language, sentence) == []


@pytest.mark.parametrize("table", [*LATIN_TABLES.values(), MARKS_ONLY], ids=lambda table: table.language or "marks")
def test_framing_words_are_loose_source_words_of_their_table(table: LatinTable) -> None:
    # a loose source word is one of the table's own source words; a framing one is a loose one
    assert table.framing_sources <= table.loose_sources <= table.sources_before


def test_german_wie_is_loose_but_frames_nothing() -> None:
    # "Wie Berg, …" compares: "wie" leads a source only right before a quote
    assert "wie" in LATIN_TABLES["de"].loose_sources
    assert not LATIN_TABLES["de"].framing_sources
