"""A German sentence opening with an article and an office ("Die Ministerin sagte, …", "Der Trainer sagte nach
dem Spiel, …") is spoken by that description (or by the holder named before), never by a person called "Die
Ministerin", nor by no one. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said, speakers_in


def test_an_article_and_an_office_alone_describe_the_speaker() -> None:
    assert said("Die Richterin erklärte am Freitag, das Urteil sei noch nicht rechtskräftig.", "de") == [
        (None, "Die Richterin")
    ]
    assert said("Der Kapitän sagte nach der Landung, der Flug sei sehr ruhig gewesen.", "de") == [
        (None, "Der Kapitän")
    ]


def test_the_office_stands_for_its_holder_named_before() -> None:
    assert speakers_in(
        "„Wir haben hart gearbeitet“, sagte Trainerin Lea Vogt am Morgen.",
        "Die Trainerin sagte später, die Mannschaft brauche jetzt Ruhe.",
        language="de",
    ) == ["Lea Vogt", "Lea Vogt"]


def test_an_office_before_a_name_still_names_the_holder() -> None:
    assert said("Der Sprecher Jonas Weber sagte, die Lage sei ruhig.", "de") == [("Jonas Weber", "Der Sprecher")]
