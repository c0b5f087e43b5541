"""A dateline of a place in capitals and a colon ("KUALA LUMPUR: …", "KARACHI: …") is no part of a report.

Malaysian and Pakistani papers open a story with the place and a colon. The reported clause read from the block's
start began with it ("KUALA LUMPUR: The government will table …"), as one after a dash ("WASHINGTON — …") no longer
did. A label ("UPDATE:") is no place, but no one's words either (test_label_in_capitals_and_a_colon.py). Made-up
sentences in the shape of Malaysian and Pakistani copy.
"""

from __future__ import annotations

from tests.quote_helpers import reported


def test_a_malaysian_dateline_with_a_colon() -> None:
    text = "KUALA LUMPUR: The government will table the bill in Parliament next week, says Fahmi Fadzil."
    assert reported(text) == ["The government will table the bill in Parliament next week"]


def test_a_pakistani_dateline_with_a_colon() -> None:
    text = "KARACHI: The city would get 200 new buses by June, the Sindh transport minister said on Monday."
    assert reported(text) == ["The city would get 200 new buses by June"]


def test_a_dateline_with_a_dash_is_unchanged() -> None:
    text = "KUALA LUMPUR — The government will table the bill next week, says Fahmi Fadzil."
    assert reported(text) == ["The government will table the bill next week"]
