"""A full name opening its sentence is a person just introduced, and the antecedent of the next he/she, even
when no table knows its given name, once the text names its surname alone too (English).

Found by benchmarks/speaker_invariance.py (names/invented): only the mention of the given name counted as the
sentence's subject, so a he/she after "Ashtel Dovrane issued a plea" went to the speaker quoted before. A run
whose last word the text never writes alone ("Wall Street rallied") is no one introduced. Made-up sentences
only.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_she_after_a_subject_whose_given_name_no_table_knows() -> None:
    assert speakers_in(
        "“We are concerned,” said chief inspector Pelna Vorstrup from the Kent police.",
        "Ashtel Dovrane issued a plea for calm.",
        "“It was dangerous,” she said.",
        "“We will wait for the report,” Dovrane added.",
        language="en",
    ) == ["Pelna Vorstrup", "Ashtel Dovrane", "Ashtel Dovrane"]


def test_he_after_a_three_word_subject() -> None:
    assert speakers_in(
        "“The bridge is safe,” said engineer Lisbet Harrowgate.",
        "Corran Ilvet Maddox took the stand on Monday.",
        "“I saw the cracks myself,” he said.",
        "Maddox left the court before noon.",
        language="en",
    ) == ["Lisbet Harrowgate", "Corran Ilvet Maddox"]


def test_a_place_opening_the_sentence_is_no_one_introduced() -> None:
    assert speakers_in(
        "“We are concerned,” said chief inspector Pelna Vorstrup from the Kent police.",
        "Wall Street rallied on the news.",
        "“It was dangerous,” she said.",
        language="en",
    ) == ["Pelna Vorstrup", "Pelna Vorstrup"]
