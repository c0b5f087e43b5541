"""Bodies that speak: a body named after an article in the Romance languages ("la Guardia Civil") and a German
body of an article and one noun ("die Bundesregierung"). Made-up sentences; each expected value is read from its
sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes_in

# ----------------------------------------------------------------------------------------------------
# A body named after an article speaks as one in the Romance languages, where only names are capitalised:
# "informó la Guardia Civil" is the Guardia Civil, not an unnamed source. Made-up sentences; each expected value
# is read from its sentence.


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "es",
            "“La carretera seguirá cortada durante toda la noche”, informó la Guardia Civil.",
            ("direct", "La carretera seguirá cortada durante toda la noche", "la Guardia Civil"),
            id="es-after-the-quote",
        ),
        pytest.param(
            "fr",
            "« Deux blessés ont été transportés vers l'hôpital de la ville », a précisé la Sécurité Civile.",
            ("direct", "Deux blessés ont été transportés vers l'hôpital de la ville", "la Sécurité Civile"),
            id="fr-after-the-quote",
        ),
        pytest.param(
            "it",
            "“La strada resterà chiusa fino a domani mattina”, ha spiegato la Protezione Civile.",
            ("direct", "La strada resterà chiusa fino a domani mattina", "la Protezione Civile"),
            id="it-after-the-quote",
        ),
    ],
)
def test_a_body_named_after_an_article_is_the_speaker(
    language: str, sentence: str, expected: tuple[str, str, str]
) -> None:
    assert quotes_in(language, sentence) == [expected]


def test_a_source_word_before_a_named_body_names_it() -> None:
    found = quotes_in("fr", "Selon le Quai d'Orsay, deux cents Français attendent encore un vol de retour.")
    assert found == [("indirect", "deux cents Français attendent encore un vol de retour", "le Quai d'Orsay")]


@pytest.mark.parametrize(
    ("language", "sentence", "speaker"),
    [
        # an office after the article: a description, standing for nobody named here
        pytest.param("es", "“El fuego avanza muy rápido por la ladera”, dijo el alcalde.", None, id="office"),
        # an office, then a name: the person speaks
        pytest.param(
            "fr", "« Le pont sera rouvert lundi matin », a déclaré le maire Paul Durand.", "Paul Durand", id="name"
        ),
    ],
)
def test_an_office_after_the_article_is_no_body(language: str, sentence: str, speaker: str | None) -> None:
    assert [who for _, _, who in quotes_in(language, sentence)] == [speaker]


# ----------------------------------------------------------------------------------------------------
# A German body named by its article and one noun that ends as a body's name does ("die Bundesregierung",
# "das Innenministerium") speaks as the body, written without its article. Made-up sentences; each expected
# value is read from its sentence.


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "„Die Straße bleibt bis Montag gesperrt“, teilte das Verkehrsministerium mit.",
            ("direct", "Die Straße bleibt bis Montag gesperrt", "Verkehrsministerium"),
            id="after-the-quote",
        ),
        pytest.param(
            "Laut dem Landratsamt bleibt die Straße bis Montag gesperrt.",
            ("indirect", "Laut dem Landratsamt bleibt die Straße bis Montag gesperrt", "Landratsamt"),
            id="after-laut",
        ),
    ],
)
def test_a_body_noun_after_its_article_speaks(sentence: str, expected: tuple[str, str, str]) -> None:
    assert quotes_in("de", sentence) == [expected]


def test_a_person_of_the_body_is_no_body() -> None:
    found = quotes_in("de", "„Die Straße bleibt bis Montag gesperrt“, sagte der Sprecher des Ministeriums.")
    assert found == [("direct", "Die Straße bleibt bis Montag gesperrt", None)]


def test_the_body_named_in_the_genitive_speaks_for_the_whole_sentence() -> None:
    found = quotes_in("de", "Nach Angaben des Statistischen Bundesamts stiegen die Preise im Mai um zwei Prozent.")
    text = "Nach Angaben des Statistischen Bundesamts stiegen die Preise im Mai um zwei Prozent"
    assert found == [("indirect", text, "Statistisches Bundesamt")]
