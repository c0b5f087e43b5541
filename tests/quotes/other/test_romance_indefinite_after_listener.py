"""After a verb of saying and who was told, an indefinite description is the subject ("dijo a EFE un vecino",
"a déclaré à l'AFP un diplomate"): someone not named, its phrase the role. Before, it was read as something said
and the quote lost its cue and speaker. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(language: str, text: str) -> list[tuple[str | None, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], language)
    return [(q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None, q.cue) for q in quotes]


def test_spanish_indefinite_after_listener() -> None:
    # before: [(None, None, None)]
    assert _found("es", '"El agua llegó al segundo piso", contó a la prensa una vecina del barrio.') == [
        (None, "una vecina del barrio", "contó")
    ]


def test_french_italian_portuguese_indefinite_after_listener() -> None:
    assert _found("fr", "« Personne ne nous a prévenus », a raconté au Figaro un commerçant.") == [
        (None, "un commerçant", "a raconté")
    ]
    assert _found("it", '"Abbiamo sentito un boato", ha raccontato al Tg1 un testimone.') == [
        (None, "un testimone", "ha raccontato")
    ]
    assert _found("pt", '"Ninguém nos avisou", contou à RTP um morador.') == [(None, "um morador", "contou")]
