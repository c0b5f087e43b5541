"""A lower-case noun qualifying the role noun before a name, the name before the verb ("“…,” council leader Sue
Ward said"), is part of the role, as it is after the verb ("said council leader Sue Ward") (English).

Found by probing made-up local government and science reports: the role came out as "leader" and "author Dr",
cut after the first word. Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_noun_before_an_agent_noun_after_a_closing_quote() -> None:
    assert said("“The budget is balanced,” council leader Sue Ward said.", "en") == [("Sue Ward", "council leader")]


def test_a_noun_before_an_agent_noun_and_a_title() -> None:
    assert said("“We were surprised,” study author Dr Raj Patel said.", "en") == [("Raj Patel", "study author Dr")]

