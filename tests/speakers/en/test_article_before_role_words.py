"""A name written after "the", a body's name and a role noun ("The Daily Ledger columnist Nora Vance wrote …"), or
after "Meanwhile" ("Meanwhile Kiona spoke …"), is the subject of its sentence, so a later "she" stands for her, not
for a woman quoted before. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _direct_speakers(*paragraphs: str) -> list[str | None]:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "en")
    return [q.speaker.name if q.speaker else None for q in quotes if q.kind is QuoteKind.DIRECT]


def test_she_after_a_columnist_named_with_the_article() -> None:
    assert _direct_speakers(
        "Carla Pine, a candidate, said: “It does not matter.” Mrs. Pine said she doubted voters would care.",
        "The Daily Ledger columnist Nora Vance has been critical of the plan but on Tuesday wrote that she liked "
        "one part. “The rest is a mess,” she wrote.",
    ) == ["Carla Pine", "Nora Vance"]


def test_she_after_a_name_opening_its_sentence_after_meanwhile() -> None:
    # "Meanwhile Kiona, who …, spoke": the name opens the clause, as after "But" or "And"
    assert _direct_speakers(
        "Carla Pine, a candidate, said: “It does not matter.” Mrs. Pine said she doubted voters would care.",
        "Two other moments came from the singers Dana Lee and Kiona. Meanwhile Kiona, who won the top award, spoke "
        "about the importance of rest. “You would not want to be anyone else,” she said.",
    ) == ["Carla Pine", "Kiona"]
