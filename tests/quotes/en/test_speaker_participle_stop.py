"""A comma before a participle of what the speaker did while reporting ("…, citing a 2019 study", "…, pointing to
cracks", "…, speaking at a rally") closes the reported clause: those are the writer's words. A participle cue
(", adding that …") still reports on its own. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_citing_closes_the_report() -> None:
    assert reported("The inspector said the dam was sound, citing a survey from last spring.") == [
        "the dam was sound"
    ]


def test_pointing_to_closes_the_report() -> None:
    assert reported("The coach said the team was tired, pointing to three games in five days.") == [
        "the team was tired"
    ]


def test_speaking_closes_the_report() -> None:
    assert reported("The governor said taxes would fall, speaking at a rally in Dayton.") == ["taxes would fall"]


def test_adding_still_reports() -> None:
    assert reported("The coach said the team was tired, adding that two players were injured.") == [
        "the team was tired",
        "two players were injured",
    ]


def test_prompting_closes_the_report() -> None:
    assert reported("The engineer said the tower was leaning, prompting the council to fence it off.") == [
        "the tower was leaning"
    ]


def test_drawing_closes_the_report() -> None:
    assert reported("The minister said fees would double, drawing criticism from student groups.") == [
        "fees would double"
    ]
