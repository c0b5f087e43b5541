"""Dutch: an office word in lower case with no article ("zei minister van Financiën …"), its complement a particle
opens, and a name ending the phrase: the name speaks, the office and its complement are its role (before, the
complement's noun opened the name: "Financiën Eelco Heinen", no role). With no name after the complement, the
phrase is a description (before, the name "Financiën"). Every sentence is made up in the shape of pages in no
corpus; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            '"We gaan door", zei minister van Financiën Eelco Heinen.',
            ("Eelco Heinen", "minister van Financiën"),
            id="minister",
        ),
        pytest.param(
            '"We gaan door", zei minister van Financiën Jan de Vries.',
            ("Jan de Vries", "minister van Financiën"),
            id="name-with-a-particle",
        ),
        pytest.param(
            '"We gaan door", zei wethouder van Onderwijs Anna Bakker.',
            ("Anna Bakker", "wethouder van Onderwijs"),
            id="alderman",
        ),
        pytest.param(
            '"We gaan door", zei burgemeester van Utrecht Sharon Dijksma.',
            ("Sharon Dijksma", "burgemeester van Utrecht"),
            id="mayor",
        ),
        pytest.param(
            '"We gaan door", zei burgemeester van Den Haag Jan van Zanen.',
            ("Jan van Zanen", "burgemeester van Den Haag"),
            id="two-word-place",
        ),
        pytest.param(
            '"We gaan door", zei minister van Financiën.',
            (None, "minister van Financiën"),
            id="nobody-named",
        ),
        pytest.param(
            '"We gaan door", zei minister van Buitenlandse Zaken.',
            (None, "minister van Buitenlandse Zaken"),
            id="nobody-named-two-words",
        ),
        pytest.param(
            '"We gaan door", zei burgemeester van Den Haag.',
            (None, "burgemeester van Den Haag"),
            id="nobody-named-place",
        ),
    ],
)
def test_office_complement_then_name(sentence: str, expected: tuple[str | None, str]) -> None:
    assert said(sentence, "nl") == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param('"We gaan door", zei minister Hugo de Jonge.', ("Hugo de Jonge", "minister"), id="no-complement"),
        pytest.param(
            '"We gaan door", zei de minister van Financiën Jan de Vries.',
            ("Jan de Vries", "de minister van Financiën"),
            id="with-an-article",
        ),
        pytest.param(
            '"We gaan door", zei woordvoerder van de politie Kees Jansen.',
            ("Kees Jansen", "woordvoerder van de politie"),
            id="complement-with-an-article",
        ),
    ],
)
def test_other_shapes_read_as_before(sentence: str, expected: tuple[str | None, str]) -> None:
    assert said(sentence, "nl") == [expected]
