"""A full name whose given name no table knows takes the sex a he/she taught for its surname quoted alone
before it (English).

Found by benchmarks/speaker_invariance.py (names/invented and the other shapes): "her mother, Tarnholt, said
… She added", later "Selvie Tarnholt issued a plea … “…,” she said" went to the police officer quoted in
between, since only a given name in the name tables gave the full name a sex. Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_a_full_name_takes_the_sex_learnt_for_its_surname() -> None:
    assert speakers_in(
        "“The plan was a failure,” her sister, Dovrane, said in a statement.",
        "She added: “Nobody listened to us.”",
        "“We are concerned,” said chief inspector Pelna Vorstrup from the Kent police.",
        "Ashtel Dovrane issued a plea for calm.",
        "“It was dangerous,” she said.",
        language="en",
    ) == ["Dovrane", "Dovrane", "Pelna Vorstrup", "Ashtel Dovrane"]


def test_a_two_word_surname_teaches_the_full_name_its_sex() -> None:
    assert speakers_in(
        "“We were never told,” his son, Ferrando Vilar, said on Monday.",
        "He added: “The letters never came.”",
        "“We will look into it,” said council officer Drenna Paulk.",
        "Ovido Ferrando Vilar wrote to the mayor in March.",
        "“Nobody has answered me,” he said.",
        language="en",
    ) == ["Ferrando Vilar", "Ferrando Vilar", "Drenna Paulk", "Ovido Ferrando Vilar"]


def test_a_known_given_name_keeps_its_own_sex() -> None:
    speakers = speakers_in(
        "“The rent went up again,” her neighbour, Kolbeck, said.",
        "She added: “We cannot pay it.”",
        "“Prices are rising everywhere,” said shop owner Tressa Langlow.",
        "Michael Kolbeck wrote to the landlord in May.",
        "“It was the third rise this year,” she said.",
        language="en",
    )
    assert "Michael Kolbeck" not in speakers  # a relative of the neighbour: the given name tells he
