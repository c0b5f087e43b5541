"""The listener of an English cue ("told X", "said to X", "warned X"): no part of the reported clause, never the speaker.

"said to X" / "confirmed to X" + a clause without "that": the clause starts after the listener.
Sentences are made up.

A cue that may take a listener but needs none ("warned", "promised"): the listener before a clause
without "that" is no part of the clause. Sentences are made up.

"told" + a listener + a day or time + a clause without "that": the clause starts after the time;
a comma there ends what was told. Sentences are made up.

"told" + something named in lower case is no listener with a clause after it ("told the truth", "told the
crowd, …", "told the television program …"). (Reading "told the council the plan …" as a report lowered a
check figure and stays out of main; these cases hold either way.) Sentences are made up.

Where the listener was told is no reported clause ("told reporters aboard Air Force One, adding …").
Made-up sentences only.

The one told ("…, told AFP") is never read as an inverted speaker the way ", said Li Bin" is. Made-up sentences.
"""

from __future__ import annotations

from tests.quote_helpers import quotes_found, reported, speakers


def test_explained_to_reporters_a_bare_clause() -> None:
    assert quotes_found("Rosa Vint explained to reporters the depot was too small.") == [
        ("indirect", "the depot was too small", "Rosa Vint")
    ]


def test_confirmed_to_a_named_outlet_a_bare_clause() -> None:
    assert quotes_found("Rosa Vint confirmed to the Ledger the depot would close.") == [
        ("indirect", "the depot would close", "Rosa Vint")
    ]


def test_warned_a_listener_then_a_clause() -> None:
    assert quotes_found("Nora Quist warned lawmakers the plan would fail.") == [
        ("indirect", "the plan would fail", "Nora Quist")
    ]


def test_promised_an_audience_then_a_clause() -> None:
    assert quotes_found("Nora Quist promised her staff they would be paid in full.") == [
        ("indirect", "they would be paid in full", "Nora Quist")
    ]


def test_warned_a_clause_without_a_listener() -> None:
    assert quotes_found("Nora Quist warned the plan would fail.") == [("indirect", "the plan would fail", "Nora Quist")]


def test_cautioned_a_listener_then_a_clause() -> None:
    assert quotes_found("Nora Quist cautioned reporters the plan could fail.") == [
        ("indirect", "the plan could fail", "Nora Quist")
    ]


def test_told_reporters_on_a_day() -> None:
    assert quotes_found("Nora Quist told reporters on Monday the depot would cost more.") == [
        ("indirect", "the depot would cost more", "Nora Quist")
    ]


def test_a_comma_after_the_day_tells_no_clause() -> None:
    assert quotes_found("Nora Quist told reporters Monday, the depot would cost more.") == []


def test_what_is_told_is_no_listener() -> None:
    assert quotes_found("Nora Quist told the truth the whole time.") == []


def test_a_comma_after_the_audience_tells_no_clause() -> None:
    assert quotes_found("Nora Quist told the crowd, her voice drowned out by boos.") == []


def test_a_listener_that_goes_on_tells_no_clause() -> None:
    assert quotes_found("Nora Quist told the television program Night Desk after the fight, which was filmed.") == []


def test_a_place_after_the_listener_is_no_clause() -> None:
    found = reported('"We will see," Trump told reporters aboard Air Force One, adding that he would decide soon.')
    assert found == ["he would decide soon"]
    assert reported("Lee told the crowd outside the stadium, smiling, that the team would win.") == [
        "the team would win"
    ]


def test_a_clause_after_the_listener_is_still_reported() -> None:
    assert reported("Trump told reporters the plan was dead.") == ["the plan was dead"]


def test_the_listener_after_told_is_no_speaker() -> None:
    text = "“Nobody expected this,” one official, speaking on condition of anonymity, told AFP."
    assert "AFP" not in speakers(text, "en")


def test_an_inverted_said_still_names_its_speaker() -> None:
    assert speakers("The deal is off, said Li Bin, general manager of the firm.", "en") == ["Li Bin"]


def test_broadcaster_name_opening_with_a_digit() -> None:
    assert reported("The fire chief told 9News the blaze had been contained overnight.") == [
        "the blaze had been contained overnight"
    ]


def test_bare_plural_listener_of_warned() -> None:
    assert reported("The weather service warned motorists the mountain pass would be icy.") == [
        "the mountain pass would be icy"
    ]
    assert reported("The weather service warned the mountain pass would be icy.") == ["the mountain pass would be icy"]
