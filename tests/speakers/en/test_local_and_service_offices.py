"""Offices of local government, courts, police, fire and medical services, the armed forces and the churches, and
any title with "-elect" or "-designate", before a name are the role, not part of the name.

Found by probing made-up sentences of the shape of US and British local papers and court reports: "said Coroner
Pat Ryder", "said Selectwoman Ann Cole", "said Senator-elect Ann Cole" kept the office inside the name, and "said
Pfc. Ann Cole" gave the speaker "Pfc" (its full stop read as a sentence end). Made-up sentences only.
"""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    "title",
    [
        "Coroner",
        "Senior Coroner",
        "Magistrate",
        "Alderman",
        "Selectwoman",
        "County Supervisor",
        "Treasurer",
        "Comptroller",
        "Trustee",
        "Firefighter",
        "Trooper",
        "Pfc.",
        "Airman",
        "Deacon",
        "Ven.",
        "Delegate",
        "Senator-elect",
        "Prime Minister-designate",
        "Vice-Chair",
    ],
)
def test_office_before_a_name(title: str) -> None:
    assert said(f"“The bridge stays shut until spring,” said {title} Ann Cole.", "en") == [("Ann Cole", title)]
    assert said(f"“The bridge stays shut until spring,” {title} Ann Cole said.", "en") == [("Ann Cole", title)]


def test_a_lower_case_office_after_the_article_is_a_description() -> None:
    assert said("“The bridge stays shut until spring,” the county treasurer said.", "en") == [
        (None, "the county treasurer")
    ]
