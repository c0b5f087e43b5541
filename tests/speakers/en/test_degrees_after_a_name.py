"""A degree, licence or honour written after a name ("said Jane Doe, M.D., chief medical officer at HealthCo") opens
the role, which goes on after it; the degree keeps its full stops.

Found by probing made-up press releases: the role was cut at the degree's last full stop ("M.D", "Ph.D") and the
office set off after it was lost. Made-up sentences only.
"""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("after_name", "role"),
    [
        ("M.D., chief medical officer at Brightwell Health", "M.D., chief medical officer at Brightwell Health"),
        ("Ph.D., chief scientist at Brightwell Health", "Ph.D., chief scientist at Brightwell Health"),
        ("MBA, chief executive of Brightwell Health", "MBA, chief executive of Brightwell Health"),
        ("MD, PhD, director of the lab", "MD, PhD, director of the lab"),
        ("RN, a nurse at the clinic", "RN, a nurse at the clinic"),
    ],
)
def test_degree_then_office(after_name: str, role: str) -> None:
    assert said(f"“We are thrilled to join,” said Jane Doe, {after_name}.", "en") == [("Jane Doe", role)]


def test_degree_alone_keeps_its_stop() -> None:
    assert said("“We are thrilled to join,” said Jane Doe, M.D. The firm opened in 1990.", "en") == [
        ("Jane Doe", "M.D.")
    ]


def test_degree_before_the_verb() -> None:
    assert said("“We are thrilled to join,” Jane Doe, M.D., chief medical officer at Brightwell Health, said.", "en") == [
        ("Jane Doe", "M.D., chief medical officer at Brightwell Health")
    ]
