"""A capitalised office after "the" is a description of its holder, never a name (issue 11).

"The President said" names nobody: the speaker has no name and "The President" as role, unless the article
named someone with that office before ("President Joe Biden … The President said" is Joe Biden). Real names and
bodies stay as they were ("President Biden said", "The Washington Post said"). Made-up sentences only.
"""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind, Speaker


def _speaker(*paragraphs: str) -> Speaker | None:
    quotes = [q for q in find_quotes([Block(text=p) for p in paragraphs], "en") if q.kind is QuoteKind.DIRECT]
    assert len(quotes) == 1
    return quotes[0].speaker


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ('The President said: "We will not back down."', "The President"),
        ('"We will not back down," the President said.', "the President"),
        ('"We will not back down," said the President.', "the President"),
        ('The Prime Minister said: "We will not back down."', "The Prime Minister"),
        ('The Mayor said: "We will not back down."', "The Mayor"),
        ('The US President said: "We will not back down."', "The US President"),
        ('The former President said: "We will not back down."', "The former President"),
        ('The Attorney General said: "We will not back down."', "The Attorney General"),
        ('After the vote, the Secretary of State said: "We will not back down."', "the Secretary of State"),
        ('"We will not back down," said the Secretary of State.', "the Secretary of State"),
    ],
)
def test_an_office_without_a_name_is_a_description(sentence: str, role: str) -> None:
    speaker = _speaker(sentence)
    assert speaker is not None and speaker.name is None and speaker.role == role


def test_a_role_noun_after_a_ministry_is_a_person_not_the_ministry() -> None:
    speaker = _speaker('The Chinese Foreign Ministry spokesperson said: "We oppose the sanctions."')
    assert speaker is not None and speaker.name is None
    assert speaker.role == "The Chinese Foreign Ministry spokesperson"
    speaker = _speaker('"We oppose the sanctions," the Ministry of Trade spokesperson said.')
    assert speaker is not None and speaker.name is None and speaker.role == "the Ministry of Trade spokesperson"
    speaker = _speaker('"We oppose the sanctions," the ministry of defence said.')
    assert speaker is not None and speaker.name == "the ministry of defence"  # a body, its title word no office


@pytest.mark.parametrize(
    ("earlier", "later", "name"),
    [
        ("President Joe Biden landed in Ohio on Monday.", 'The President said: "We will rebuild."', "Joe Biden"),
        ("US President Joe Biden landed in Ohio.", 'The US President said: "We will rebuild."', "Joe Biden"),
        ("Mayor Tom Hale opened the bridge on Monday.", '"We will rebuild," the Mayor said.', "Tom Hale"),
        (
            "Prime Minister Anna Kowal met farmers on Monday.",
            '"We will rebuild," said the Prime Minister.',
            "Anna Kowal",
        ),
        (
            "Secretary of State Maria Lund flew to Oslo on Monday.",
            'The Secretary of State said: "We will rebuild."',
            "Maria Lund",
        ),
    ],
)
def test_an_office_named_before_is_its_holder(earlier: str, later: str, name: str) -> None:
    speaker = _speaker(earlier, later)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('President Biden said: "We will not back down."', "Biden"),
        ('The Washington Post said: "We will not back down."', "The Washington Post"),
        ('Secretary of State Antony Blinken said: "We will not back down."', "Antony Blinken"),
        ('The Ministry of Defence said: "We will not back down."', "The Ministry of Defence"),
    ],
)
def test_names_and_bodies_stay_names_beside_an_office(sentence: str, name: str) -> None:
    """The name or body keeps its name; the office quoted in the next paragraph is a description."""
    quotes = find_quotes([Block(text=sentence), Block(text='The Mayor said: "We will rebuild."')], "en")
    speakers = [(q.speaker.name, q.speaker.role) if q.speaker else None for q in quotes]
    assert speakers[0] is not None and speakers[0][0] == name
    assert speakers[1] == (None, "The Mayor")
