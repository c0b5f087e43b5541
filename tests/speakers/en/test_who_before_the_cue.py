"""A "who" right before a direct quote's cue stands for the name just before it (English).

"Cruz won an endorsement from Mike Lowe, who declared in the spin room, “…”": the subject read before the cue
was "who", no speaker, and the quote was dropped (PolNeAR train miss-verb-before). The person or body named
right before the "who" speaks; a party label ("the Wisconsin Republican, who …") is no name. Made-up sentences
only.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_who_after_a_name_and_a_comma() -> None:
    assert speakers_in(
        "Cruz won an endorsement from Mike Lowe, who declared in the spin room, “It is time to unite the party.”",
        language="en",
    ) == ["Mike Lowe"]


def test_who_after_a_name_without_a_comma() -> None:
    assert speakers_in(
        "Among the posts was one from Charlie Sykora who lamented, “We have spent twenty years on this fight.”",
        language="en",
    ) == ["Charlie Sykora"]


def test_who_after_a_name_with_an_unknown_given_name() -> None:
    assert speakers_in(
        "He met the radio host Zorb Quillan, who lamented in an interview, “We have spent twenty years on this.”",
        language="en",
    ) == ["Zorb Quillan"]


def test_who_after_a_party_label_names_nobody() -> None:
    found = speakers_in(
        "Ryan was blunt. It was the Wisconsin Republican who said, “We want a nominee who shares our values.”",
        language="en",
    )
    assert "Wisconsin Republican" not in found
