"""After a verb of saying, a listener phrase of one capitalised word that is no given name, followed by a name that
opens with one ("a confié à RTL Pierre Martin", "disse à Lusa Maria Santos"), names the medium told: the name after
it is the subject (before: the whole run read as who was told, no speaker). Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import speakers


def test_acronym_then_name() -> None:
    assert speakers("« Nous sommes inquiets », a confié à RTL Pierre Martin.", "fr") == ["Pierre Martin"]
    assert speakers('"Estamos preocupados", dijo a EFE Juan Pérez.', "es") == ["Juan Pérez"]


def test_medium_word_then_name() -> None:
    assert speakers('"Estamos preocupados", disse à Lusa Maria Santos.', "pt") == ["Maria Santos"]


def test_told_a_person_then_subject() -> None:
    # a given name opens the listener: the person told, the subject after it
    found = find_quotes([Block(text='"Estamos preocupados", dijo a Pedro Sánchez el ministro.')], "es")
    assert [(q.speaker.name, q.speaker.role) if q.speaker else None for q in found] == [(None, "el ministro")]
