"""German puts its verb second: a time phrase or an adverb may open the sentence, the reporting verb follows and
its subject comes after the verb ("Am Montag sagte die Architektin Anna Weber, die Brücke sei …"). The subject
speaks the clause after its comma. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import reported, said


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Am Montag sagte die Architektin Anna Weber, die Brücke sei bis zum Sommer fertig.",
            ("Anna Weber", "die Architektin"),
        ),
        (
            "Gestern erklärte der Bürgermeister Paul Roth, die Straße bleibe bis Freitag gesperrt.",
            ("Paul Roth", "der Bürgermeister"),
        ),
    ],
)
def test_the_subject_after_the_verb_speaks(text: str, who: tuple[str, str]) -> None:
    assert said(text, "de") == [who]


def test_the_clause_after_the_comma_is_reported() -> None:
    text = "Am Montag sagte die Architektin Anna Weber, die Brücke sei bis zum Sommer fertig."
    assert reported(text, "de") == ["die Brücke sei bis zum Sommer fertig"]



def test_an_object_after_the_verb_is_no_subject() -> None:
    # "sagte die Reise ab": "die Reise" does not reach the comma, so it is no speaker
    who = said("Am Montag sagte die Ministerin die Reise ab, die Lage sei zu unsicher.", "de")
    assert all(role != "die Reise" and name != "Reise" for name, role in who)


def test_a_name_set_off_after_the_subject_is_no_report() -> None:
    # the name between commas is the subject's apposition; what follows is the verb's object, not speech
    text = "Am Montag kritisierte die Abgeordnete, Eva Brandt, den Auftritt des Ministers in Erfurt hart."
    assert reported(text, "de") == []
