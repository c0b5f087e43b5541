"""A Romance sentence framed by a loose source word and a person or an office set off by a comma ("Para
Hurtado, …", "Pour la procureure, …", "Per il ministro, …") reports what follows; the same word before a thing
("Para ello, …", "Pour cela, …", "Pour la ville, …") reports nothing. Made-up sentences; each expected value is
read from its sentence."""

from __future__ import annotations

import pytest

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
