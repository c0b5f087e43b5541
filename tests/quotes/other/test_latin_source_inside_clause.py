"""A source phrase with no comma after it stands inside its clause ("Laut Berg ist die Lage ernst.", "Nach Angaben
der Feuerwehr brannte …", Dutch "Volgens Jansen is …"): the whole sentence is reported, the phrase in it, as the
German gold writes it; one set off by a comma ("Selon la préfecture, …") leaves the clause after the comma. Made-up
sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _quotes(language: str, text: str) -> list[tuple[str, str, str | None, str | None]]:
    found = find_quotes([Block(text=text)], language)
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in found]


def test_german_nach_angaben_opening_the_sentence_reports_all_of_it() -> None:
    assert _quotes("de", "Nach Angaben der Feuerwehr brannte die Scheune bis zum Morgen.") == [
        ("indirect", "Nach Angaben der Feuerwehr brannte die Scheune bis zum Morgen", "Feuerwehr", None)
    ]


def test_german_laut_and_an_office_opening_the_sentence() -> None:
    assert _quotes("de", "Laut Landrat Olaf Brenner fehlen im Kreis noch zwanzig Lehrer.") == [
        ("indirect", "Laut Landrat Olaf Brenner fehlen im Kreis noch zwanzig Lehrer", "Olaf Brenner", "Landrat")
    ]


def test_a_source_set_off_by_a_comma_leaves_the_clause_after_it() -> None:
    assert _quotes("fr", "Selon Claire Morel, adjointe aux sports, le stade rouvrira en septembre.") == [
        ("indirect", "le stade rouvrira en septembre", "Claire Morel", "adjointe aux sports")
    ]
    assert _quotes("es", "Según la concejala Irene Soto, el parque abrirá antes del verano.") == [
        ("indirect", "el parque abrirá antes del verano", "Irene Soto", "la concejala")
    ]
