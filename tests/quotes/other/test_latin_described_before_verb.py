"""A description opened by an article whose noun takes a complement a particle opens ("Le capitaine des pompiers",
"Un habitant du quartier", "L'avocat de la famille", "El capitán de los bomberos"), right before the verb of saying,
is the unnamed speaker, as "Le maire de Lyon" (an office word) was; the article of the complement ("de la
gendarmerie") opens no phrase of its own. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_description_with_complement_before_the_verb() -> None:
    # before: (None, None) for each: no office word in the phrase, and more than three words
    assert said("Le capitaine des pompiers précise que le feu est maîtrisé.", "fr") == [
        (None, "Le capitaine des pompiers")
    ]
    assert said("Le porte-parole de la gendarmerie a indiqué que le conducteur était seul.", "fr") == [
        (None, "Le porte-parole de la gendarmerie")
    ]
    assert said("Un habitant du quartier raconte que le feu a pris vers minuit.", "fr") == [
        (None, "Un habitant du quartier")
    ]
    assert said("L'avocat de la famille a indiqué que les tirs avaient cessé.", "fr") == [
        (None, "L'avocat de la famille")
    ]
    assert said("El capitán de los bomberos ha explicado que el fuego está controlado.", "es") == [
        (None, "El capitán de los bomberos")
    ]
    assert said("O comandante dos bombeiros afirmou que o incêndio está controlado.", "pt") == [
        (None, "O comandante dos bombeiros")
    ]
    assert said("Una residente della zona racconta che il fumo era denso.", "it") == [
        (None, "Una residente della zona")
    ]
