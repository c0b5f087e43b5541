"""A particle surname written right after an organisation's name, with no comma between (English).

Found by benchmarks/speaker_invariance.py (particle and Arabic names swapped in): "Speaking to the Evening
Herald ter Beek said" read "Evening Herald ter Beek" as one organisation, since a name after an
organisation had to open with a capital; a lower-case particle ("ter", "van der", "el-") opens one too when
the organisation has several words ("Centre de Recherche" stays an organisation). Made-up sentences only.
"""

from __future__ import annotations

from cqnews.enrich.speakers.name_split_en import split_name
from tests.quote_helpers import speakers_in


def test_a_particle_surname_after_a_newspaper_is_the_speaker() -> None:
    assert speakers_in(
        "Greta ter Beek was 16 when she joined the choir.",
        "Speaking to the Evening Herald ter Beek said: “We sang every Sunday and I loved it.”",
        language="en",
    ) == ["Greta ter Beek"]


def test_a_hyphenated_particle_surname_after_a_newspaper_is_the_speaker() -> None:
    assert speakers_in(
        "Salma el-Kadi was 16 when she joined the choir.",
        "Speaking to the Evening Herald el-Kadi said: “We sang every Sunday and I loved it.”",
        language="en",
    ) == ["Salma el-Kadi"]


def test_a_full_name_of_four_words_with_particles_after_a_newspaper() -> None:
    assert split_name("Evening Herald Hendrik van der Wal".split()) == (
        ["Evening", "Herald"],
        ["Hendrik", "van", "der", "Wal"],
        "person",
    )
