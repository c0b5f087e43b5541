"""A description opening the sentence, set off from the cue by where the person is from ("The 34-year-old, from
Salford, added: '…'"), is the subject: it stands for the person named before, as it does with no aside. Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_age_description_past_a_place_aside() -> None:
    assert speakers_in(
        "Dalia Ferrante was treated for cuts after the bus overturned.",
        "The 41-year-old, from Rochdale, added: 'Nobody told us anything for hours.'",
        language="en",
    ) == ["Dalia Ferrante"]


def test_kin_description_past_a_place_aside() -> None:
    assert speakers_in(
        "Priya Mehta waited outside the court all day.",
        "The mother, from Bradford, said: 'I just want answers.'",
        language="en",
    ) == ["Priya Mehta"]
