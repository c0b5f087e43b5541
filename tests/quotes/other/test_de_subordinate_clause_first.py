"""A German sentence a subordinate clause opens, the verb of saying right after its comma and the subject after
the verb ("Nachdem der Rat getagt hatte, teilte die Stadt mit, …"): the clause after the subject's comma is
reported and the subject speaks. Before, the whole sentence was one report with no speaker. Made-up sentences; each
expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("sentence", "text", "name", "role"),
    [
        pytest.param(
            "Nachdem der Rat getagt hatte, teilte die Stadt mit, die Schule bleibe geschlossen.",
            "die Schule bleibe geschlossen",
            None,
            "die Stadt",
            id="separable-verb",
        ),
        pytest.param(
            "Als die Zahlen vorlagen, sagte die Ministerin, man werde handeln.",
            "man werde handeln",
            None,
            "die Ministerin",
            id="als",
        ),
        pytest.param(
            "Weil der Zug ausfiel, erklärte Bahnsprecher Uwe Kern, man setze Busse ein.",
            "man setze Busse ein",
            "Uwe Kern",
            "Bahnsprecher",
            id="office-and-name",
        ),
        pytest.param(
            "Bevor die Sitzung begann, betonte Anna Berg im Landtag, man brauche mehr Geld.",
            "man brauche mehr Geld",
            "Anna Berg",
            None,
            id="setting-after-subject",
        ),
    ],
)
def test_the_subject_after_the_verb_speaks(sentence: str, text: str, name: str | None, role: str | None) -> None:
    assert text_said_in(sentence, language="de") == [(text, name, role)]


def test_no_comma_after_the_subject_reports_nothing() -> None:
    assert text_said_in("Als die Polizei eintraf, sagte der Mann nichts mehr.", language="de") == []


def test_a_dass_clause_keeps_its_reading() -> None:
    assert text_said_in("Nachdem das Urteil gefallen war, sagte der Anwalt, dass man in Berufung gehe.", language="de") == [
        ("dass man in Berufung gehe", None, "der Anwalt")
    ]
