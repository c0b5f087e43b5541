"""Spanish dialogue set off by dashes: a paragraph opening with a dash, the speaker's tag glued to a dash ("—dijo el
vecino"), the words after the dash closing the tag going on with the same speaker. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_in, text_said_in


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    assert all(kind == "direct" for kind, _, _ in quotes_in("es", text))
    return text_said_in(text, language="es")


def test_a_tag_ending_the_paragraph() -> None:
    assert _read("—El agua entró por la ventana del salón —explicó la vecina del cuarto piso.") == [
        ("El agua entró por la ventana del salón", None, "la vecina del cuarto piso")
    ]
    assert _read("— Volveremos a abrir en cuanto podamos —aseguró el dueño del bar, Julián Prieto.") == [
        ("Volveremos a abrir en cuanto podamos", "Julián Prieto", "el dueño del bar")
    ]


def test_the_words_after_the_tag_go_on() -> None:
    assert _read("—Nadie nos avisó de nada —lamentó Inés Calvo—. Nos enteramos por la radio del coche.") == [
        ("Nadie nos avisó de nada", "Inés Calvo", None),
        ("Nos enteramos por la radio del coche", "Inés Calvo", None),
    ]


def test_a_dash_without_a_tag_is_no_quote() -> None:
    assert _read("— Relación de calles cortadas al tráfico durante las fiestas.") == []
