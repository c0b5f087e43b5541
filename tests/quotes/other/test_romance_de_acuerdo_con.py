"""Spanish "de acuerdo con" opens a source as "para" does: only when a person or an office follows it ("De acuerdo
con la alcaldesa Marta Gil, …"), since it also means "in keeping with" a rule or a plan ("De acuerdo con la ley,
…", "De acuerdo con lo previsto, …"), which says nothing. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    found = find_quotes([Block(text=text)], "es")
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in found]


def test_a_person_after_de_acuerdo_con_reports_the_sentence() -> None:
    assert _quotes("De acuerdo con la concejala Irene Soto, el parque abrirá antes del verano.") == [
        ("indirect", "el parque abrirá antes del verano", "Irene Soto", "la concejala")
    ]


def test_an_office_and_an_apposed_name_after_de_acuerdo_con() -> None:
    assert _quotes("De acuerdo con el director del colegio, Andrés Llorente, las clases seguirán el lunes.") == [
        ("indirect", "las clases seguirán el lunes", "Andrés Llorente", "el director del colegio")
    ]


def test_a_rule_or_a_plan_after_de_acuerdo_con_reports_nothing() -> None:
    assert _quotes("De acuerdo con la normativa, los bares cerrarán a la una.") == []
    assert _quotes("De acuerdo con lo acordado, el pago se hará en dos plazos.") == []
