"""A mention of two words that are the first and the last word of a name of three or four given before ("Mary
Jones" after "Mary Ann Jones", "Nana Antwi" after "Nana Osei Assibey Antwi III", a regnal number after it) is that
person: the words between are dropped as a middle name is. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_middle_name_dropped() -> None:
    assert said_in_en(
        "Grace Ama Boateng said the clinic had run out of drugs.", "“We send patients to Kumasi,” Grace Boateng said."
    ) == [("Grace Ama Boateng", None), ("Grace Ama Boateng", None)]


def test_two_words_dropped_before_a_regnal_number() -> None:
    assert said_in_en(
        "Nana Osei Assibey Antwi III, the chief of the town, said the land belonged to the stool.",
        "“No one will take it from us,” Nana Antwi said.",
    ) == [
        ("Nana Osei Assibey Antwi III", "the chief of the town"),
        ("Nana Osei Assibey Antwi III", "the chief of the town"),
    ]
