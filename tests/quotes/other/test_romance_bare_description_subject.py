"""A short description opening its clause before a reporting verb and "que"/"che" is its subject even with no
office word ("Los comerciantes denuncian que …", "Il comitato ha denunciato che …", "Os pescadores afirmam que
…"): the speaker is unnamed, the phrase its role. A description inside another phrase ("Fuentes de la
investigación señalaron que …") is not. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _roles(language: str, text: str) -> list[str | None]:
    return [q.speaker.role if q.speaker else None for q in find_quotes([Block(text=text)], language)]


def test_a_bare_description_opening_the_clause_speaks() -> None:
    # before: [None] each
    assert _roles("es", "Los comerciantes denuncian que las obras ahuyentan a los clientes.") == ["Los comerciantes"]
    assert _roles("it", "Il comitato ha denunciato che il cantiere è fermo da mesi.") == ["Il comitato"]
    assert _roles("pt", "Os pescadores afirmam que a lota vai fechar.") == ["Os pescadores"]


def test_a_description_inside_a_phrase_does_not() -> None:
    assert _roles("es", "Fuentes de la investigación señalaron que el fuego fue provocado.") == [None]
