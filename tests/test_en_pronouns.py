"""English he/she and colon-introduced quotes: gender from titles and given names, subjects of a
paragraph that ends in a reporting verb and a colon. Sentences are made up."""

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


def test_a_common_given_name_has_a_gender() -> None:
    qs = run(
        "Martin Cole chairs the board, and Gail Price runs the clinic.",
        "“We need more nurses,” Price said.",
        "“The board will find the money,” he said.",
    )
    assert speaker_of(qs, "nurses") == "Gail Price"
    assert speaker_of(qs, "find the money") == "Martin Cole"


def test_a_pronoun_before_a_colon_speaks_the_quote_paragraph_after_it() -> None:
    qs = run(
        "John Bolton spoke at the college on Monday.",
        "Bolton also discussed the rules for public service. He said:",
        "“In every administration I served in, joining the government was like entering a monastery.”",
    )
    assert speaker_of(qs, "monastery") == "John Bolton"


def test_a_named_subject_of_a_reporting_verb_before_a_colon_speaks() -> None:
    qs = run(
        "Rain fell over the city all week.",
        "Reporter Jane Okafor says:",
        "“The roads were blocked off and the bridge was closed by noon.”",
    )
    assert speaker_of(qs, "roads were blocked") == "Jane Okafor"


def test_the_senator_is_the_person_named_with_an_abbreviated_title() -> None:
    qs = run("Sen. Dana Whitlow spoke in the county hall on Monday.", "“We will pass the bill,” the senator said.")
    assert speaker_of(qs, "pass the bill") == "Dana Whitlow"


def test_a_description_with_modifiers_finds_the_person_by_its_head_noun() -> None:
    qs = run("President Ada Mwangi opened the session.", "“Reform cannot wait,” the two-term president said.")
    assert speaker_of(qs, "Reform") == "Ada Mwangi"


def test_a_description_keeps_its_full_title_when_two_people_share_the_head() -> None:
    qs = run("Foreign Minister Ana Ruiz met Prime Minister Li Wei.", "“We agree,” the prime minister said.")
    assert speaker_of(qs, "We agree") == "Li Wei"
