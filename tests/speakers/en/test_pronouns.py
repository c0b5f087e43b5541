"""English he/she and "the X" descriptions: gender from titles (Mr./Mrs. before a surname), titles
that a later description repeats. Sentences are made up."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, Quote, QuoteKind


def run(*paragraphs: str) -> list[Quote]:
    return find_quotes([Block(text=p) for p in paragraphs], "en")


def speaker_of(quotes: list[Quote], fragment: str) -> str | None:
    found = [q for q in quotes if fragment in q.text and q.kind is QuoteKind.DIRECT]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0].speaker.name if found[0].speaker is not None else None


def test_a_gendered_title_tells_who_she_is() -> None:
    qs = run(
        "Pat Lane met Sasha Ford in the town hall on Monday. Mr. Ford had asked for the meeting.",
        "“We agreed on the budget,” Ford said.",
        "“It went better than I hoped,” she said.",
    )
    assert speaker_of(qs, "budget") == "Sasha Ford"
    assert speaker_of(qs, "better than") == "Pat Lane"  # Ford was quoted last, but "Mr." made him he


def test_mrs_makes_a_surname_she() -> None:
    qs = run(
        "Robin Hale met Kim Dale in the town hall on Monday. Mrs. Dale had asked for the meeting.",
        "“We agreed on the budget,” Dale said.",
        "“It went better than I hoped,” he said.",
    )
    assert speaker_of(qs, "better than") == "Robin Hale"


def test_the_senator_is_the_person_named_with_an_abbreviated_title() -> None:
    qs = run("Sen. Dana Whitlow spoke in the county hall on Monday.", "“We will pass the bill,” the senator said.")
    assert speaker_of(qs, "pass the bill") == "Dana Whitlow"


def test_a_description_with_modifiers_finds_the_person_by_its_head_noun() -> None:
    qs = run("President Ada Mwangi opened the session.", "“Reform cannot wait,” the two-term president said.")
    assert speaker_of(qs, "Reform") == "Ada Mwangi"


def test_a_description_keeps_its_full_title_when_two_people_share_the_head() -> None:
    qs = run("Foreign Minister Ana Ruiz met Prime Minister Li Wei.", "“We agree,” the prime minister said.")
    assert speaker_of(qs, "We agree") == "Li Wei"
