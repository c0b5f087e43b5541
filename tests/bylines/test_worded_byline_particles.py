"""A byline line on a page that marks none by class, read by its words: the name after the by-word may hold
lower-case particles between its capitalised words ("Door Jan de Vries", "By Maria de los Angeles Roca"). Made-up pages."""

from __future__ import annotations

import pytest

import cqnews

_BODY = (
    "<p>The city council agreed on Wednesday to close the old harbour bridge to cars from the summer onwards.</p>"
    "<p>Shopkeepers near the bridge said they feared losing customers who drive in from the villages.</p>"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Door Jan de Vries en Els Peeters - 12 mei 2026, 09:15", ["Jan de Vries", "Els Peeters"]),
        ("Von Karl von der Heide | 12.05.2026", ["Karl von der Heide"]),
        ("By Maria de los Angeles Roca", ["Maria de los Angeles Roca"]),
    ],
)
def test_a_worded_byline_whose_name_holds_particles(line: str, expected: list[str]) -> None:
    page = (
        f'<html><head><title>Bridge to close</title></head><body><h1>Bridge to close</h1><div class="info">{line}</div>'
        f"{_BODY}</body></html>"
    )
    assert cqnews.parse(page).authors == expected
