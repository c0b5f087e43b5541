"""A short adverbial between the listener of "told" and a bare clause ("told reporters at a news conference the
deal …", "told reporters in Paris the deal …") is walked past as after "said": the clause after it is the report.
Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_news_conference_between_listener_and_clause() -> None:
    assert reported("The minister told reporters at a news conference the deal was nearly done.") == [
        "the deal was nearly done"
    ]


def test_place_between_listener_and_clause() -> None:
    assert reported("The minister told reporters in Paris the deal was done.") == ["the deal was done"]


def test_place_with_no_clause_after_it() -> None:
    assert reported("He told reporters at Heathrow Airport.") == []


def test_means_by_phone_between_listener_and_clause() -> None:
    assert reported("The minister told the Tribune by phone the ferry contract had been cancelled.") == [
        "the ferry contract had been cancelled"
    ]


def test_means_by_email_right_after_said() -> None:
    assert reported("A spokeswoman said by email the depot would stay shut until Friday.") == [
        "the depot would stay shut until Friday"
    ]


def test_by_and_an_agent_opens_no_adverbial() -> None:
    assert reported("The plan was approved by the council on Monday.") == []
