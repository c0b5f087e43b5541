"""A noun of kin or another tie to a person before a particle and a name ("la madre de Lucas", "die Mutter von
Lukas", "de vader van Daan") describes someone the article does not name: the speaker is that description, never
the name of the person it is tied to. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_relative_of_a_named_person_is_not_that_person() -> None:
    assert said("El abuelo de Mateo explicó que el pueblo había cambiado mucho.", "es") == [
        (None, "El abuelo de Mateo")
    ]
    assert said("Le père de Théo a expliqué que la famille n'avait reçu aucune lettre.", "fr") == [
        (None, "Le père de Théo")
    ]
    assert said("I genitori di Luca hanno raccontato che il ragazzo era tornato a casa.", "it") == [
        (None, "I genitori di Luca")
    ]
    assert said("A viúva de Rui declarou que nunca soube do dinheiro.", "pt") == [(None, "A viúva de Rui")]
    assert said("De zus van Bram vertelde dat hij al weken niet sliep.", "nl") == [(None, "De zus van Bram")]


def test_a_neighbour_after_an_indefinite_article_is_not_the_name_either() -> None:
    assert said("Un vicino di Francesca ha detto che aveva sentito delle urla.", "it") == [
        (None, "Un vicino di Francesca")
    ]


def test_german_a_relative_is_a_description_not_a_name() -> None:
    assert said("Die Schwester von Paul erzählte, er habe seit Wochen nicht geschlafen.", "de") == [
        (None, "Die Schwester von Paul")
    ]


def test_an_office_before_a_name_still_names_its_holder() -> None:
    assert said("Die Ministerin Anna Berg sagte, die Lage sei ernst.", "de") == [("Anna Berg", "Die Ministerin")]
