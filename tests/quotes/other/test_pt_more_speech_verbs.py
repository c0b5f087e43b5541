"""More Portuguese verbs of saying ("informou", "revelou", "lembrou", "denunciaram"), and "de acordo com" a source word
as "segundo" is ("De acordo com a PSP, …"). Before: no quote. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(text: str) -> list[tuple[str, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "pt")
    return [(q.text, q.speaker.role if q.speaker else None, q.cue) for q in quotes]


def test_more_verbs() -> None:
    assert _found("O ministro lembrou que as aulas recomeçam na segunda-feira.") == [
        ("as aulas recomeçam na segunda-feira", "O ministro", "lembrou")
    ]
    assert _found('"Não há feridos", revelou o comandante.') == [("Não há feridos", "o comandante", "revelou")]
    assert _found("Os moradores denunciaram que a água está contaminada.") == [
        ("a água está contaminada", "Os moradores", "denunciaram")
    ]


def test_source_word_and_verb() -> None:
    assert [cue for _, _, cue in _found("Segundo informou a polícia, o condutor fugiu a pé.")] == ["segundo informou"]


def test_de_acordo_com() -> None:
    assert _found("De acordo com o comandante dos bombeiros, o incêndio foi controlado.") == [
        ("o incêndio foi controlado", "o comandante dos bombeiros", "de acordo com")
    ]
