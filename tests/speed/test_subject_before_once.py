"""The subject before a cue (speakers.phrases.en_subject_before) is read once per block for each (lo, hi): a second
ask gives what a fresh reading gives, as a copy of its own, so a caller that fills in a role changes no other
caller's subject. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.speakers.phrases import en_subject_before
from cqnews.enrich.speakers.token_reader import TokenReader

_TEXT = (
    "Mara Quell, a lecturer in soil science at Northfield College, said the drought would last. "
    "“We are not ready,” the council's treasurer said, and he warned that rates would rise."
)


def test_asked_again_the_same_subject() -> None:
    reader = TokenReader(_TEXT)
    for cue in ("said the drought", "said, and", "warned"):
        hi = _TEXT.index(cue)
        first = en_subject_before(reader, 0, hi)
        again = en_subject_before(reader, 0, hi)
        fresh = en_subject_before(TokenReader(_TEXT), 0, hi)
        assert again == fresh == first
        assert again is not first


def test_a_caller_changing_its_subject_changes_no_other() -> None:
    reader = TokenReader(_TEXT)
    hi = _TEXT.index("said the drought")
    first = en_subject_before(reader, 0, hi)
    assert first is not None and first.mention == "Mara Quell"
    first.role, first.mention = "changed", "changed"
    again = en_subject_before(reader, 0, hi)
    assert again is not None and again.mention == "Mara Quell" and again.role != "changed"


def test_no_subject_is_kept_too() -> None:
    reader = TokenReader(_TEXT)
    assert en_subject_before(reader, 0, 0) is None
    assert en_subject_before(reader, 0, 0) is None
