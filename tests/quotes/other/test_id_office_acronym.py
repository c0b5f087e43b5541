"""An office, its body or rank ending in an acronym of capitals, then the name ("Kepala Dinas PU Budi Santoso",
"Kapolsek Cimahi AKP Budi Santoso"), as Indonesian regional pages write them: the name is the words after the
acronym, the office and body before it the role (before, "Dinas PU Budi Santoso" was the speaker's name). A name
written with its surname in capitals is no office ("le maire Jean DUPONT"). Every sentence is made up in the shape
of regional pages; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "id",
            '"Jalan akan diperbaiki bulan depan," ujar Kepala Dinas PU Budi Santoso.',
            ("Jalan akan diperbaiki bulan depan,", "Budi Santoso", "Kepala Dinas PU"),
            id="id-office-body-acronym",
        ),
        pytest.param(
            "id",
            '"Pelaku sudah kami amankan," kata Kapolsek Cimahi AKP Budi Santoso.',
            ("Pelaku sudah kami amankan,", "Budi Santoso", "Kapolsek Cimahi AKP"),
            id="id-police-rank",
        ),
        pytest.param(
            "id",
            "Kepala Dinas PU Budi Santoso mengatakan bahwa jalan akan diperbaiki.",
            ("jalan akan diperbaiki", "Budi Santoso", "Kepala Dinas PU"),
            id="id-before-the-verb",
        ),
    ],
)
def test_name_after_an_office_acronym(language: str, sentence: str, expected: tuple[str, str, str]) -> None:
    assert text_said_in(sentence, language=language) == [expected]
