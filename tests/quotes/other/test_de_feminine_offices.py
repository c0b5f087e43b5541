"""German offices and trades in their feminine form in -in ("die Architektin", "die Sprecherin") are roles,
derived from the masculine word by rule: the name after them speaks, without the role. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "„Der Neubau wird im Herbst fertig“, sagte die Landschaftsarchitektin Eva Brandt.",
            ("Eva Brandt", "die Landschaftsarchitektin"),
        ),
        (
            "„Der Neubau wird im Herbst fertig“, sagte der Architekt Jonas Keller.",
            ("Jonas Keller", "der Architekt"),
        ),
        (
            "„Der Neubau wird im Herbst fertig“, sagte die Ökonomin Lea Hartmann.",
            ("Lea Hartmann", "die Ökonomin"),
        ),
    ],
)
def test_a_feminine_office_is_a_role_before_the_name(text: str, who: tuple[str, str]) -> None:
    assert said(text, "de") == [who]


@pytest.mark.parametrize(
    ("language", "text", "who"),
    [
        (
            "de",
            "Die Architektin Anna Weber sagte, der Neubau werde im Herbst fertig und koste weniger als geplant.",
            ("Anna Weber", "Die Architektin"),
        ),
        (
            "de",
            "Die Ministerin Anna Weber sagte, der Neubau werde im Herbst fertig und koste weniger als geplant.",
            ("Anna Weber", "Die Ministerin"),
        ),
    ],
)
def test_an_article_and_an_office_that_open_the_sentence_are_no_part_of_the_name(
    language: str, text: str, who: tuple[str, str]
) -> None:
    assert said(text, language) == [who]
