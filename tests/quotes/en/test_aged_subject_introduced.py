"""A person introduced with an age set off after the name ("Nguyen Thi Mai, 64, was evacuating …") is the he/she
of the next quote, not the speaker quoted before, even when no table knows the given name. Made-up sentences
only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_an_aged_subject_with_an_unknown_given_name() -> None:
    assert speakers_in(
        'Premier Jacinta Moore wrote on X: "Every resource is being deployed."',
        "Tran Thi Hoa, 64, was leaving with her grandchildren.",
        '"We have lived here thirty years," she said.',
        language="en",
    ) == ["Jacinta Moore", "Tran Thi Hoa"]


def test_an_untitled_subject_without_an_age_is_no_person() -> None:
    assert speakers_in(
        'Premier Jacinta Moore wrote on X: "Every resource is being deployed."',
        "Wall Street rallied on the news.",
        '"We have lived here thirty years," she said.',
        language="en",
    ) == ["Jacinta Moore", "Jacinta Moore"]
