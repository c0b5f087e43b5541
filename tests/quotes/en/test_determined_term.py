"""English short quoted fragment that a determiner opens after a verb, in a sentence with no cue ("now playing the
“cinnamon dare,” a fad …", "signed a “loyalty pledge” memo"): a term, no one's words, even with a cue in a sentence
near it. After a verb of being or naming or a preposition ("was a “total mess”", "a call for a “quiet revolution”")
the fragment may still be the speaker's. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _direct(text: str) -> list[str]:
    return [q.text for q in find_quotes([Block(text=text)], "en") if q.kind is QuoteKind.DIRECT]


def test_a_term_after_a_verb_and_a_determiner_with_no_cue_in_its_sentence() -> None:
    assert _direct(
        "Schools have received false reports of threats all year. Now pupils are filming themselves playing "
        "the \u201ccinnamon dare,\u201d a fad that spreads online."
    ) == []
    assert _direct(
        "Mary Cole said the vote was close. Her aides then signed a \u201cloyalty pledge\u201d memo for the party."
    ) == []


def test_a_fragment_after_a_preposition_and_a_determiner_stays() -> None:
    assert _direct(
        "Mary Cole said the vote was close. Her speech ended with a call for a \u201cquiet revolution\u201d in the "
        "party."
    ) == ["quiet revolution"]


def test_a_word_of_judgement_after_a_verb_of_being_stays() -> None:
    assert _direct("Mary Cole said the new plan was a \u201ctotal mess\u201d from the start.") == ["total mess"]


def test_a_term_in_a_sentence_with_a_cue_stays() -> None:
    assert _direct("Mary Cole warned about the \u201cshadow budget\u201d in her speech.") == ["shadow budget"]
