"""One capitalised word set off by commas after an owner's noun of a tie ("His wife, Abena, …", "Her son, Kwaku,
…") is a person of a single name, of the sex the noun tells when it tells one: a later he or she stands for that
person. Before, the pronoun went to the person named in full before. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers_in_en

_WIFE = "Kofi Mensah lost his shop in the fire. His wife, Abena, was at the market."


@pytest.mark.parametrize(
    ("first", "second", "speaker"),
    [
        (_WIFE, "“We have nothing left,” she said.", "Abena"),
        (
            "Ama Owusu lost her stall in the flood. Her son, Kwaku, was at school.",
            "“I heard the news at lunch,” he said.",
            "Kwaku",
        ),
        (_WIFE, "“We have nothing left,” he said.", "Kofi Mensah"),
    ],
    ids=[
        "a-wife-named-by-her-given-name",
        "a-son-named-by-his-given-name",
        "the-other-sex-keeps-the-person-named-in-full",
    ],
)
def test_the_pronoun_goes_to_the_person_of_its_sex(first: str, second: str, speaker: str) -> None:
    assert speakers_in_en(first, second) == [speaker]
