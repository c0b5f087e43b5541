"""A German office may open with its owner in the genitive ("Hamburgs Bürgermeisterin Anna Berg", "Kölns Trainer
Jonas Weber"): the owner belongs to the role, the name is the words after the office. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("„Wir sind bereit für den Winter“, sagte Hamburgs Bürgermeisterin Anna Berg am Abend.",
         ("Anna Berg", "Hamburgs Bürgermeisterin")),
        ("„Wir haben heute sehr gut gespielt“, sagte Kölns Trainer Jonas Weber nach dem Spiel.",
         ("Jonas Weber", "Kölns Trainer")),
    ],
)
def test_the_owner_of_an_office_is_part_of_the_role(sentence: str, speaker: tuple[str, str]) -> None:
    assert said(sentence, "de") == [speaker]
