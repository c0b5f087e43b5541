"""An adjective of mood with "a" before a name ("said a tearful Ann Cole outside the court", "a defiant Mr Kamau
told reporters") is the writer's colour: the name speaks and the adjective is no part of the role (the first read
no speaker, the role "a tearful Ann Cole outside the court"; the second the role "defiant Mr"). A mood before a
common noun stays in the description ("said a tearful fan"). Made-up sentences in the shapes of UK regional,
Kenyan and Indian court and community pages."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_mood_before_a_full_name_after_the_cue() -> None:
    assert said_in_en('"I am heartbroken," said a tearful Ann Cole outside Hull Crown Court.') == [("Ann Cole", None)]


def test_a_graded_mood_before_a_full_name() -> None:
    assert said_in_en('"It was worth the wait," said a visibly emotional Grace Atieno.') == [("Grace Atieno", None)]


def test_a_mood_before_a_courtesy_title_after_the_cue() -> None:
    assert said_in_en('"It is a proud day," said a beaming Mrs Okonkwo, 62, whose son graduated on Saturday.') == [
        ("Okonkwo", "Mrs")
    ]


def test_a_mood_before_a_courtesy_title_before_the_cue() -> None:
    assert said_in_en('"We will rebuild the stalls," a defiant Mr Kamau told reporters in Thika.') == [("Kamau", "Mr")]


def test_a_mood_before_a_common_noun_stays_a_description() -> None:
    assert said_in_en('"We were robbed," said a tearful fan outside the ground.')[0][0] is None
