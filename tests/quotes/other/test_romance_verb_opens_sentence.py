"""Spanish, Italian, Portuguese: a sentence opened by its verb of saying, the subject left out ("Recordó que …", "Ha
añadido que …", "Ha ricordato che …", "Acrescentou que …"), has the empty subject that a verb after an adverb had
("Además, advirtió que …"): the person reported just before speaks. Before, such a report had no speaker. Made-up
sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in find_quotes([Block(text=text)], language)]


def test_spanish_verb_opening_the_next_sentence() -> None:
    text = "La alcaldesa Marta Gil explicó que la piscina abrirá en junio. Ha añadido que el precio no subirá este año."
    assert _speakers(text, "es") == ["Marta Gil", "Marta Gil"]


def test_italian_and_portuguese() -> None:
    text = "Il sindaco Marco Rossi ha spiegato che i lavori inizieranno a marzo. Ha ricordato che ci saranno disagi."
    assert _speakers(text, "it") == ["Marco Rossi", "Marco Rossi"]
    text = "O presidente João Silva disse que as obras começam em maio. Acrescentou que haverá cortes de trânsito."
    assert _speakers(text, "pt") == ["João Silva", "João Silva"]


def test_no_one_before_no_speaker() -> None:
    assert _speakers("Recordó que habrá cortes de tráfico en el centro.", "es") == [None]
