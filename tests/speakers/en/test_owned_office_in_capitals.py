"""An office written in capital initials after its owner ("Acme's CFO", "the firm's CEO") is a description, not a
name nor an organisation: the person named beside it speaks, the owned office is the role (English).

Found by probing made-up business reports: "“…,” the company's CEO said" gave the speaker name "CEO", and
"“…,” Acme's CFO, John Roe, said" gave no role and a second, reported quote holding the direct one. Made-up
sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_an_owned_office_alone_is_the_role() -> None:
    assert said("“We cut jobs,” the company's CEO said.", "en") == [(None, "the company's CEO")]


def test_an_owned_office_set_off_before_a_name_is_its_role() -> None:
    assert said("“Costs will fall,” Acme's CFO, John Roe, told analysts on a call.", "en") == [
        ("John Roe", "Acme's CFO")
    ]


def test_an_owned_office_before_a_reported_clause() -> None:
    assert said("Brightline's COO said the trains would run on time.", "en") == [(None, "Brightline's COO")]
