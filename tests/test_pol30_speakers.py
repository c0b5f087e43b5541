"""English speakers (session 30): made-up sentences, one shape each."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _direct_speakers(text: str) -> list[str | None]:
    quotes = find_quotes([Block(text=text)], "en")
    return [q.speaker.name if q.speaker else None for q in quotes if q.kind is QuoteKind.DIRECT]


def test_conjunction_before_subject_with_participle_apposition() -> None:
    # "But X, noting …, said": the conjunction leads the clause; the name after it is the subject.
    text = 'But Sen. Ruth Bellamy, noting the size of the crowd, said, "Let me tell you, she has a long list."'
    assert _direct_speakers(text) == ["Ruth Bellamy"]


def test_conjunction_before_subject_with_party_tag() -> None:
    text = 'And Rep. Omar Trell (D-Ore.), pointing to the polls, said, "We are going to win this seat."'
    assert _direct_speakers(text) == ["Omar Trell"]


def test_transcript_label_in_capitals_names_the_speaker() -> None:
    # A debate transcript quoted line by line: the label in capitals is the speaker, not part of the words.
    quotes = find_quotes(
        [
            Block(text="Dana Whitfield, the moderator, pressed Senator Paul Okafor on the budget at the debate."),
            Block(text='"WHITFIELD: Senator, will you cut the program or not?"'),
            Block(text='"OKAFOR: We will keep the program. We will pay for it by closing loopholes."'),
        ],
        "en",
    )
    direct = [q for q in quotes if q.kind is QuoteKind.DIRECT]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in direct] == [
        ("Senator, will you cut the program or not?", "Dana Whitfield"),
        ("We will keep the program. We will pay for it by closing loopholes.", "Paul Okafor"),
    ]


def test_label_in_capitals_naming_nobody_is_left_alone() -> None:
    quotes = find_quotes([Block(text='"UPDATE: The council will vote again on Monday, officials said."')], "en")
    assert all(not q.text.startswith("The council") or q.speaker is None or q.speaker.name != "Update" for q in quotes)
    assert all(q.text.startswith("UPDATE: ") for q in quotes if q.kind is QuoteKind.DIRECT)
