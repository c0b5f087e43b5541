"""A pronoun, or a subject and its verb, right after a cue that follows a comma ("…, 41%, say they …", "…, say
taxing imports encourages …") open the reported clause: no inverted speaker ("…, said Lee"), and the subject
phrase before the comma is no report."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, BlockKind
from tests.quote_helpers import reported


def test_a_share_set_off_before_say_leaves_the_clause_after_it() -> None:
    assert reported("Two in five renters, 41%, say they cannot afford a move this year.") == [
        "they cannot afford a move this year"
    ]



def test_a_subject_and_its_verb_after_a_comma_cue_are_the_clause() -> None:
    text = "Yet Danish economists, like their Swedish colleagues, say taxing imports encourages smuggling."
    assert reported(text) == ["taxing imports encourages smuggling"]


def _heading_quotes(text: str) -> list[tuple[str, str | None]]:
    blocks = [Block(text="The ministry said the town may respond."), Block(text=text, kind=BlockKind.HEADING)]
    return [(q.text, q.mention) for q in find_quotes(blocks, "en") if q.block == 1]


def test_a_pronoun_opening_the_clause_of_a_headline_is_no_inverted_speaker() -> None:
    # a headline ends with no mark: ", says it showed …" still reports the clause after it, so the text before
    # the comma (which holds the first cue and its subject) is no quote of "it"
    quotes = _heading_quotes("Port authority says storm lasted six hours, says it acted early")
    assert ("Port authority says storm lasted six hours", "it") not in quotes
    assert not any(text.startswith("Port authority says") for text, _ in quotes)


def test_a_pronoun_alone_after_the_cue_of_a_headline_is_the_speaker() -> None:
    assert _heading_quotes("The storm is over, says he") == [("The storm is over", "he")]
