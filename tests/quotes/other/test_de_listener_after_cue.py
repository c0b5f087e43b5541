"""German: a phrase in the dative right after the reporting verb ("sagte dem Sender …", "sagte gegenüber der
Zeitung …") is who was told, never the speaker; the subject comes after it. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("„Die Lage ist ernst“, sagte dem Sender ein Sprecher der Stadt.", (None, "ein Sprecher der Stadt")),
        ("„Die Lage ist ernst“, sagte dem Sender Karl Brenner.", ("Karl Brenner", None)),
        ("„Die Lage ist ernst“, sagte gegenüber der Zeitung Karl Brenner.", ("Karl Brenner", None)),
    ],
)
def test_the_listener_after_the_verb_is_not_the_speaker(paragraph: str, speaker: tuple[str | None, str | None]) -> None:
    assert said(paragraph, language="de") == [speaker]


def test_a_name_before_the_listener_still_speaks() -> None:
    assert said("„Die Lage ist ernst“, sagte Karl Brenner dem Sender.", language="de") == [("Karl Brenner", None)]
