"""German bodies named after an article by an acronym or a foreign name ("laut dem ADAC", "sagte die FDP", "laut
des Daily Star"): the name, without its article, speaks. A German noun, adjective or office after the article
keeps the phrase a description. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        ("Laut dem ADAC steigen die Spritpreise im Sommer weiter.", "ADAC"),
        ("„Wir tragen das nicht mit“, sagte die FDP am Abend.", "FDP"),
        ("Laut des Daily Mirror soll der Prinz bald heiraten.", "Daily Mirror"),
        ("Die Zinsen steigen nach Angaben der Financial Times weiter.", "Financial Times"),
    ],
)
def test_an_acronym_or_a_foreign_name_after_an_article_is_a_body(paragraph: str, body: str) -> None:
    assert said(paragraph, language="de") == [(body, None)]


@pytest.mark.parametrize(
    ("paragraph", "not_a_body"),
    [
        ("„Wir sind bereit“, sagte die Amerikanerin Jane Doe.", "Amerikanerin Jane Doe"),
        ("Laut der Kreditvermittler Hypo Plus steigen die Zinsen.", "Kreditvermittler Hypo Plus"),
        ("Laut der Neuen Zürcher Zeitung steigen die Preise im Herbst.", "Neuen Zürcher Zeitung"),
    ],
)
def test_a_german_noun_or_adjective_is_no_foreign_name(paragraph: str, not_a_body: str) -> None:
    speakers = said(paragraph, language="de")
    assert len(speakers) == 1
    assert speakers[0][0] != not_a_body
