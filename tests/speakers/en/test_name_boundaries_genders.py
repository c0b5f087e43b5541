"""English speakers (issue 11): name boundaries, genders from given names, pronoun salience.
Made-up sentences, one shape each."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, Quote, QuoteKind


def _direct(*paragraphs: str) -> list[Quote]:
    return [q for q in find_quotes([Block(text=p) for p in paragraphs], "en") if q.kind is QuoteKind.DIRECT]


def _names(*paragraphs: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in _direct(*paragraphs)]


# --- name boundaries ---------------------------------------------------------------------------


def test_person_of_a_place_is_the_person() -> None:
    quotes = _direct("Representative Mark Dunne of New Mexico, a farm supporter, said: “It is a good day.”")
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Mark Dunne"


def test_the_bank_of_a_place_stays_an_organisation() -> None:
    assert _names("“Rates will stay,” the Bank of Fiji said.") in (["the Bank of Fiji"], ["The Bank of Fiji"])


def test_person_of_an_organisation_with_modifiers() -> None:
    assert _names("Commentator Dana Hollis of the conservative Growth Institute wrote: “The speech was dull.”") == [
        "Dana Hollis"
    ]


def test_lower_case_role_with_of_before_the_name() -> None:
    quotes = _direct("“We will fight on,” said former secretary of state Mary Klinton.")
    assert quotes[0].speaker is not None
    assert (quotes[0].speaker.name, quotes[0].speaker.role) == ("Mary Klinton", "former secretary of state")
    assert _names("“Welcome, all,” said master of ceremonies Asad Tabri.") == ["Asad Tabri"]


def test_two_roles_joined_by_and_before_one_name() -> None:
    assert _names("“We won,” said former Ohio Gov. and party chairman Ed Rondell.") == ["Ed Rondell"]


# --- genders ----------------------------------------------------------------------------------


def test_given_name_decides_over_a_shared_surname() -> None:
    names = _names(
        "Senator Mary Klinton spoke first. She said the plan was wrong, and she said it would fail.",
        "Former governor Bill Klinton agreed with the analysis. In an interview, he was asked about the vote. "
        "“It was bound to happen,” he said.",
    )
    assert names == ["Bill Klinton"]


def test_given_name_from_the_larger_table() -> None:
    names = _names(
        "“It is fine,” said Cecelia Moor, 67, a retired clerk.",
        "Carole Bower, 75, a retiree, backed Gov. John Kasik in the primary. “I will vote,” she said.",
    )
    assert names == ["Cecelia Moor", "Carole Bower"]


def test_compound_given_name_stays_whole() -> None:
    assert _names("“We are ready,” said Luiz Carlos Moura.") == ["Luiz Carlos Moura"]


# --- pronouns -----------------------------------------------------------------------------------


def test_subject_of_a_reported_clause_is_no_antecedent() -> None:
    names = _names(
        "Senator Lionel Gray said on Sunday that Mr. Tramp had crossed another line. "
        "“This is going to a place we have never gone,” he said."
    )
    assert names == ["Lionel Gray"]


def test_person_named_inside_the_speakers_role_is_no_antecedent() -> None:
    names = _names(
        "“Ryan is ambitious,” said Peter Wade, a former director under President George W. Bosh. "
        "“He is trying,” he said."
    )
    assert names == ["Peter Wade", "Peter Wade"]


def test_paragraph_opening_with_he_said_goes_on_from_the_speaker_before() -> None:
    names = _names(
        "Chris Harvo, a delegate from Houston, said the convention was a circus.",
        "“We show anger,” said Harvo, who backed Senator Marco Rubo and Senator Ted Cruze.",
        "“We are alive,” he said.",
    )
    assert names == ["Chris Harvo", "Chris Harvo"]


def test_another_subject_named_since_takes_the_pronoun() -> None:
    names = _names("“It is late,” said Ann Marsh. Then Joe Bloggs said it was early. “It is not,” he said.")
    assert names == ["Ann Marsh", "Joe Bloggs"]


def test_name_qualifying_a_role_is_no_subject() -> None:
    names = _names(
        "“She is experienced,” Sandler campaign manager Jeff Weever said in an interview.",
        "“But a resume is not enough,” he continued.",
    )
    assert names == ["Jeff Weever", "Jeff Weever"]


def test_heading_in_capitals_is_no_person() -> None:
    names = _names(
        "Admiral Harry Harlow, who leads the Pacific fleet, makes no apologies.",
        "FULL TEXT.",
        "He has called the plan provocative. “You would have to believe in a flat earth,” he said.",
    )
    assert names == ["Harry Harlow"]


def test_he_said_colon_before_a_quote_paragraph_is_the_person_last_quoted() -> None:
    names = _names(
        "Former envoy John Bolten told the host, “Her slogan might as well be Not Indicted, Yet!”",
        "Bolten also discussed the rules of government service. He said:",
        "“In all the administrations I have served in, it is like going into a monastery.”",
    )
    assert names == ["John Bolten", "John Bolten"]
