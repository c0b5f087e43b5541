"""A capitalised article opening three words or more ("Le Courrier Picard", "La Gazzetta di Parma", "El Diario
Vasco") is an outlet's name, never a person's, in a photo credit or a byline; a name whose surname holds an
article ("Marine Le Pen", "Anne-Laure Le Gall") opens with a given name and stays a person's. Made-up names."""

from __future__ import annotations

from cqnews.credit_text.names import looks_like_person


def test_outlets_opened_by_an_article_are_no_people() -> None:
    # before: all three read as people
    assert not looks_like_person("Le Courrier Picard")
    assert not looks_like_person("La Gazzetta di Parma")
    assert not looks_like_person("El Diario Vasco")


def test_people_whose_surname_holds_an_article_stay_people() -> None:
    assert looks_like_person("Anne-Laure Le Gall")
    assert looks_like_person("Paolo La Rocca")
    assert looks_like_person("Luis de la Fuente")
