"""English reported speech closed by a subject whose noun phrase the speaker reader only reads the end of:
a coordination or a description before the head ("…, current and former officials said."). Shapes seen
in PolNeAR train, written as made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _indirect(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker name, speaker role) of every indirect quote of the made-up paragraphs, in order."""
    found = find_quotes([Block(text=p) for p in paragraphs], "en")
    return [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None)
        for q in found
        if q.kind is QuoteKind.INDIRECT
    ]


def test_coordinated_subject_closes_the_clause() -> None:
    """ "…, current and former officials said.": the clause runs to the comma before the whole subject."""
    found = _indirect("Inspectors are likely to want to question the mayor about the deal, current and former officials said.")
    assert [text for text, _, _ in found] == ["Inspectors are likely to want to question the mayor about the deal"]


def test_description_before_a_name_closes_the_clause() -> None:
    """ "…, the news site Lakeside Daily reported on Monday.": the description before the name is the subject's."""
    found = _indirect("The ferry often arrived late in winter, the news site Lakeside Daily reported on Monday.")
    assert [(text, name) for text, name, _ in found] == [("The ferry often arrived late in winter", "Lakeside Daily")]


def test_list_before_an_object_cue_is_no_subject() -> None:
    """ "…, a thief, liar and fraudster accused of …": the cue takes an object and goes on; no report ends before it."""
    assert _indirect("The novel is thought to be modelled on a real swindler, thief and fraudster accused of robbing his clients.") == []
