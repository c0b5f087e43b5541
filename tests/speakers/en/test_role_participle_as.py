"""A past participle with "as" after a name ("Marina Costa, identified as \"Witness 2\" in the files,") tells what
the speaker is called, it names no role. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_identified_as_is_no_role() -> None:
    assert said('Marina Costa, identified as "Witness 2" in the court files, said: "It was dark."', "en") == [
        ("Marina Costa", None)
    ]
