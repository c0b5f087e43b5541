"""Turkish: the subject written after the verb that follows the quote ('"…" dedi Ahmet Yılmaz.'), and the subject
and verb before a colon that opens the quote ('Bakan Mehmet Şimşek açıkladı: "…"'). Before, the first had no
speaker and the second was no quote at all (a short quote with no verb after it). A word with a case suffix set off
by an apostrophe is no subject ("Ankara'da"). Every sentence is made up in the shape of pages in no corpus; each
expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param('"Çalışmaya devam edeceğiz," dedi Ahmet Yılmaz.', ("Ahmet Yılmaz", None), id="name"),
        pytest.param('"Çalışmaya devam edeceğiz" dedi Ahmet Yılmaz.', ("Ahmet Yılmaz", None), id="no-comma"),
        pytest.param(
            '"Enflasyon düşecek," diye konuştu Bakan Mehmet Şimşek.',
            ("Mehmet Şimşek", "Bakan"),
            id="link-word-and-office",
        ),
        pytest.param(
            '"Yollar açık," dedi İstanbul Valisi Ayşe Kaya.', ("Ayşe Kaya", "İstanbul Valisi"), id="office-with-place"
        ),
        pytest.param('"Enflasyon düşecek," dedi Prof. Dr. Ali Kaya.', ("Ali Kaya", "Prof. Dr."), id="abbreviated"),
        pytest.param(
            'Bakan Mehmet Şimşek açıkladı: "Enflasyon düşecek."', ("Mehmet Şimşek", "Bakan"), id="colon-office"
        ),
        pytest.param('Mehmet Şimşek şunları söyledi: "Enflasyon düşecek."', ("Mehmet Şimşek", None), id="colon-object"),
        pytest.param(
            'Ankara\'da Bakan Mehmet Şimşek açıkladı: "Enflasyon düşecek."',
            ("Mehmet Şimşek", "Bakan"),
            id="colon-after-a-place",
        ),
        pytest.param(
            'Dün Bakan Mehmet Şimşek açıkladı: "Enflasyon düşecek."', ("Mehmet Şimşek", "Bakan"), id="colon-after-a-day"
        ),
        pytest.param(
            'Bakan Mehmet Şimşek, "Enflasyon düşecek" dedi.', ("Mehmet Şimşek", "Bakan"), id="subject-first-as-before"
        ),
    ],
)
def test_the_subject_speaks(sentence: str, expected: tuple[str, str | None]) -> None:
    assert said(sentence, "tr") == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param('"Çalışmaya devam edeceğiz," dedi. Ahmet Yılmaz daha sonra ayrıldı.', id="next-sentence"),
        pytest.param('"Çalışmaya devam edeceğiz," dedi ve Ankara\'ya döndü.', id="another-verb"),
        pytest.param('"Çalışmaya devam edeceğiz," dedi Ankara\'da.', id="place-with-a-suffix"),
    ],
)
def test_nobody_named_after_the_verb(sentence: str) -> None:
    assert said(sentence, "tr") == [(None, None)]


def test_a_body_before_the_colon_is_an_organisation() -> None:
    assert said('Hazine ve Maliye Bakanlığı açıkladı: "Enflasyon düşecek."', "tr") == [("Hazine ve Maliye Bakanlığı", None)]


def test_a_pronoun_before_the_colon_is_no_name() -> None:
    assert said('O açıkladı: "Enflasyon düşecek."', "tr") == [(None, None)]


def test_an_office_alone_after_the_verb_is_a_description() -> None:
    assert said('"Devam edeceğiz," dedi Bakan.', "tr") == [(None, "Bakan")]
