"""German reported speech in the plural uses "würden" where Konjunktiv I would read as the indicative ("sie
werden"): a main clause with it and no reporting word goes on with the speaker quoted before, like one in
Konjunktiv I; in a condition ("wenn … würden") it reports nothing. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import indirect_said


def test_a_wuerden_clause_goes_on_with_the_speaker_before() -> None:
    paragraphs = (
        "Die Mieten seien zu hoch, sagte Petra Lind am Dienstag.",
        "Viele junge Familien würden deshalb in die Dörfer am Stadtrand ziehen.",
    )
    assert indirect_said(*paragraphs, language="de") == [
        ("Die Mieten seien zu hoch", "Petra Lind"),
        ("Viele junge Familien würden deshalb in die Dörfer am Stadtrand ziehen", "Petra Lind"),
    ]


def test_a_wuerden_in_a_condition_reports_nothing() -> None:
    assert indirect_said("Wenn die Busse öfter fahren würden, kämen mehr Leute in die Altstadt.", language="de") == []
