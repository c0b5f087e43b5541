"""A German sentence opened by an article, an office that also names a council ("Stadtrat", "Gemeinderat": the
councillor or the council) and a person's name, an aside in parentheses after it at most, before the verb of
saying ("Der Stadtrat Thomas Keller (CSU) kritisierte, …"): the name speaks, the office with its article is the
role. Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Der Stadtrat Thomas Keller (CSU) kritisierte, die Stadt habe zu spät reagiert.",
            [("die Stadt habe zu spät reagiert", "Thomas Keller", "Der Stadtrat")],
        ),
        (
            "Der Stadtrat Jonas Brandt sagte, die Brücke müsse sofort gesperrt werden.",
            [("die Brücke müsse sofort gesperrt werden", "Jonas Brandt", "Der Stadtrat")],
        ),
        (
            "Der Gemeinderat Lukas Wirth (Freie Wähler) erklärte, der Bauhof brauche zwei neue Stellen.",
            [("der Bauhof brauche zwei neue Stellen", "Lukas Wirth", "Der Gemeinderat")],
        ),
        (
            "Die Ortsvorsteherin Eva Roth (Grüne) sagte, man müsse die Anwohner früher einbinden.",
            [("man müsse die Anwohner früher einbinden", "Eva Roth", "Die Ortsvorsteherin")],
        ),
    ],
)
def test_article_office_name_aside(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert text_said_in(sentence, language="de") == expected


def test_told_before_verb_still_not_subject() -> None:
    sentence = "Dem Sender sagte Jan Weber, die Lage sei ernst."
    assert [who for _, who, _ in text_said_in(sentence, language="de")] == ["Jan Weber"]
