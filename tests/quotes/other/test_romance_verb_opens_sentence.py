"""Spanish, Italian, Portuguese: a sentence opened by its verb of saying, the subject left out ("Recordó que …", "Ha
añadido que …", "Ha ricordato che …", "Acrescentou que …"), has the empty subject that a verb after an adverb had
("Además, advirtió que …"): the person reported just before speaks. Before, such a report had no speaker. Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_spanish_verb_opening_the_next_sentence() -> None:
    text = "La alcaldesa Marta Gil explicó que la piscina abrirá en junio. Ha añadido que el precio no subirá este año."
    assert speakers(text, "es") == ["Marta Gil", "Marta Gil"]


def test_italian_and_portuguese() -> None:
    text = "Il sindaco Marco Rossi ha spiegato che i lavori inizieranno a marzo. Ha ricordato che ci saranno disagi."
    assert speakers(text, "it") == ["Marco Rossi", "Marco Rossi"]
    text = "O presidente João Silva disse que as obras começam em maio. Acrescentou que haverá cortes de trânsito."
    assert speakers(text, "pt") == ["João Silva", "João Silva"]


def test_no_one_before_no_speaker() -> None:
    assert speakers("Recordó que habrá cortes de tráfico en el centro.", "es") == [None]
