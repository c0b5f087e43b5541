"""A mention by the own name before "bin" or "binti" ("Siti Nurhaliza" after "Siti Nurhaliza binti Tarudin", "Dr
Ahmad Fauzi" after "Dr Ahmad Fauzi bin Abdul Rahman"), as Malay pages call a person, is that person. Made-up
paragraphs."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_the_own_name_before_binti() -> None:
    paragraphs = (
        "Nur Aisyah binti Kamaruddin thanked the crowd after the final in Kuching.",
        "“I never expected so many people,” Nur Aisyah said.",
    )
    assert speakers_in_en(*paragraphs) == ["Nur Aisyah binti Kamaruddin"]


def test_the_own_name_before_bin_after_a_title() -> None:
    paragraphs = (
        "Dr Azman Hakim bin Abdul Latif, a lecturer in Penang, said the scheme was flawed.",
        "“It ignores rural families,” Dr Azman Hakim said.",
    )
    assert speakers_in_en(*paragraphs) == ["Azman Hakim bin Abdul Latif", "Azman Hakim bin Abdul Latif"]
