"""A comma, "before" and a gerund after a report ("…, before heading to the airport") tell what the speaker did
next: the writer's words, outside the report. A clause after "before", or a passive gerund ("before being
released"), may still be what was said."""

from __future__ import annotations

import pytest

from tests.quote_helpers import reported


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("The captain said the team had trained hard all week, before heading to the airport.",
         "the team had trained hard all week"),
        ("The mayor said the bridge would reopen in May, before leaving the meeting early.",
         "the bridge would reopen in May"),
    ],
)
def test_before_and_a_gerund_end_the_report(text: str, clause: str) -> None:
    assert reported(text) == [clause]


@pytest.mark.parametrize(
    "text",
    [
        "The skipper said the ferry would sail at noon, before the storm arrived.",
        "The lab said the results would come in the morning, before being released to the public.",
    ],
)
def test_a_clause_or_a_passive_gerund_after_before_stays_inside(text: str) -> None:
    assert reported(text) == [text.split(" said ", 1)[1].rstrip(".")]
