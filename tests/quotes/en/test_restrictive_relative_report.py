"""A report made in a restrictive relative clause on the sentence's subject, with no comma to close it ("A man who
said he was an officer robbed the shop"), ends before the main clause's verb: an auxiliary or a past with its object
right after a noun, once the report has a finite verb of its own."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_past_with_its_object_after_the_report() -> None:
    assert reported("A man who said he was a meter reader robbed a widow in Ashford on Monday.") == [
        "he was a meter reader"
    ]


def test_auxiliary_of_a_passive_main_clause() -> None:
    assert reported("A woman who claimed she was a midwife was arrested at the clinic in Enugu.") == [
        "she was a midwife"
    ]


def test_past_of_a_pronoun_subject_then_main_verb() -> None:
    assert reported("Two men who said they worked for the water board stole cash from a pensioner.") == [
        "they worked for the water board"
    ]


def test_perfect_at_the_end_of_the_report() -> None:
    assert reported("A cyclist who said the brakes had failed was cleared by the magistrates.") == [
        "the brakes had failed"
    ]


def test_participle_before_a_preposition_stays_in_the_report() -> None:
    assert reported("A man who said he was a surveyor based in Mombasa robbed the shop.") == [
        "he was a surveyor based in Mombasa"
    ]


def test_a_clause_of_the_reports_own_after_a_conjunction() -> None:
    assert reported("The minister said the driver who stole the lorry had been caught.") == [
        "the driver who stole the lorry had been caught"
    ]


def test_intransitive_main_verb_after_a_perfect() -> None:
    assert reported("Nurses who said their pay had stalled walked out of the clinic on Friday.") == [
        "their pay had stalled"
    ]


def test_intransitive_main_verb_after_a_noun() -> None:
    assert reported("Tenants who said the lift was broken marched to the housing office.") == [
        "the lift was broken"
    ]


def test_transitive_main_verb_is_still_read_first() -> None:
    assert reported("A driver who said he was heading to Leeds hit a lamp post.") == ["he was heading to Leeds"]


def test_cue_as_main_verb_after_the_report() -> None:
    assert reported("Residents who said the tap water was brown complained to the water board.") == [
        "the tap water was brown"
    ]


def test_cue_as_main_verb_after_a_participle_of_the_report() -> None:
    assert reported("Traders who claimed the stalls were damaged said the market should close.") == [
        "the stalls were damaged",
        "the market should close",
    ]
