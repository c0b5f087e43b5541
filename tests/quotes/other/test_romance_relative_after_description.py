"""A relative pronoun of the subject ("quien", "qui") after a description that follows a verb of saying ("«…»,
advirtió el edil, quien añadió que …"): the description, read from its article, is the report's speaker, as a name
there is ("el alcalde Juan Pérez, quien añadió"); an epithet stands for the person named before. Made-up sentences;
each expected value is read from its sentence."""

from __future__ import annotations

from tests.quote_helpers import text_said_in


def test_epithet_before_quien_speaks_as_the_quote_before() -> None:
    paragraphs = (
        "El alcalde, Luis Mena, visitó la obra del mercado.",
        "«No vamos a permitirlo», advirtió el edil, quien añadió que la ordenanza se aplicará desde enero.",
    )
    assert text_said_in(*paragraphs, language="es") == [
        ("No vamos a permitirlo", "Luis Mena", "alcalde"),
        ("la ordenanza se aplicará desde enero", "Luis Mena", "alcalde"),
    ]


def test_description_before_quien_speaks() -> None:
    sentence = "La reunión la presidió la portavoz de la asociación, quien explicó que el local cerrará en mayo."
    assert text_said_in(sentence, language="es") == [
        ("el local cerrará en mayo", None, "la portavoz de la asociación")
    ]


def test_description_after_french_verb_before_qui_speaks() -> None:
    sentence = "« Le chantier fermera en mai », a indiqué le maire, qui a ajouté que les crédits étaient arrivés."
    assert [role for _, _, role in text_said_in(sentence, language="fr")] == ["le maire", "le maire"]
