"""A full name opening its sentence is a person just introduced, and the antecedent of the next he/she, even
when no table knows its given name, once that given name was quoted alone before it (English).

Found by benchmarks/speaker_invariance.py (every names/ shape but control): "her mother, Folasade, said …",
later "Folasade Adeyemi issued a plea … “…,” she said" went to the police officer quoted in between, since
only a surname written alone made such a full name a person. Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_she_after_a_full_name_whose_given_name_was_quoted_alone() -> None:
    assert speakers_in(
        "“The tablets were poison,” her sister, Ashtel, said in a statement.",
        "“We are concerned,” said chief inspector Pelna Vorstrup from the Kent police.",
        "Ashtel Dovrane issued a plea for calm.",
        "“Nobody should take them,” she said.",
        language="en",
    ) == ["Ashtel", "Pelna Vorstrup", "Ashtel Dovrane"]


def test_he_after_a_three_word_name_whose_given_name_was_quoted_alone() -> None:
    assert speakers_in(
        "“The roof fell in,” her brother, Corran, told the court.",
        "“The bridge is safe,” said engineer Lisbet Harrowgate.",
        "Corran Ilvet Maddox took the stand on Monday.",
        "“I saw the cracks myself,” he said.",
        language="en",
    ) == ["Corran", "Lisbet Harrowgate", "Corran Ilvet Maddox"]


def test_a_given_name_never_quoted_alone_keeps_the_speaker_before() -> None:
    assert speakers_in(
        "“We are concerned,” said chief inspector Pelna Vorstrup from the Kent police.",
        "Trelby Osk rallied on the news.",
        "“It was dangerous,” she said.",
        language="en",
    ) == ["Pelna Vorstrup", "Pelna Vorstrup"]
