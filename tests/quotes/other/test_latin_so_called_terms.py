"""A quoted term right after a "so-called" word (sogenannte, dite, llamado, cosiddetto, chamado, zogenaamde) is a
term, not speech: no direct quote, nobody's words, as English reads "so-called". Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import direct_texts


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Ministerin Anna Berg sagte, die sogenannte „asymmetrische Kriegsführung“ sei eine Gefahr."),
        ("de", "Anna Berg sagte, die so genannte „grüne Welle“ komme im Herbst."),
        ("fr", "Le maire Paul Durand a déclaré que l'opération dite « Barkhane » était terminée."),
        ("fr", "Selon Paul Durand, le soi-disant « plan de paix » ne changera rien."),
        ("es", "El ministro Juan Pérez dijo que el llamado «plan de choque» no funciona."),
        ("es", "El ministro Juan Pérez dijo que la supuesta «ayuda rápida» nunca llegó."),
        ("it", "Il ministro Marco Rossi ha detto che il cosiddetto «piano casa» non basta."),
        ("pt", "O ministro João Silva disse que o chamado «pacote fiscal» não chega."),
        ("nl", "Minister Jan de Vries zei dat de zogenaamde „stikstofregels” te streng zijn."),
    ],
)
def test_a_quote_after_a_so_called_word_is_a_term(language: str, text: str) -> None:
    assert direct_texts(text, language) == []


def test_a_verb_of_saying_before_the_same_word_keeps_the_quote_speech() -> None:
    # "dite « … »" after a noun names a term; "a dit « … »" is the verb, the quote what Durand said.
    text = (
        "Le ministre Paul Durand a déclaré que la réforme dite « Horizon » était finie. "
        "Paul Durand a dit « nous sommes prêts » devant la presse."
    )
    assert direct_texts(text, "fr") == ["nous sommes prêts"]


def test_dit_after_a_subject_noun_is_the_verb_of_saying() -> None:
    # "dit" alone is a verb as often as a naming word: "Le ministre dit « … »" is what the minister says.
    text = "Le ministre Paul Durand dit « nous ne reculerons pas sur ce point » devant la presse."
    assert direct_texts(text, "fr") == ["nous ne reculerons pas sur ce point"]
