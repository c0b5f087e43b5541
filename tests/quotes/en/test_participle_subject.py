"""The speaker of a participle report ("…, saying …") is the subject of the main clause, which ends before
its verb: "The senator attacked the council, saying …" is the senator's, read as "The senator said …" is
(a description, resolved to a person named before when there is one), never "The senator attacked the
council". Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_found, said, speakers_in


def test_a_description_opening_the_sentence_speaks() -> None:
    assert said("The senator attacked the council, saying it had wasted public money.", "en") == [
        (None, "The senator")
    ]


def test_a_body_opening_the_sentence_speaks() -> None:
    assert said("The union walked out, saying the offer was an insult.", "en") == [("The union", None)]
    assert said("The union went on strike, saying the offer was an insult.", "en") == [("The union", None)]


def test_the_subject_after_a_fronted_phrase_speaks() -> None:
    assert said("On Tuesday, the senator attacked the council, saying it had wasted money.", "en") == [
        (None, "the senator")
    ]


def test_the_description_resolves_to_the_person_named_before() -> None:
    assert speakers_in(
        "Senator Jane Smith spoke to reporters on Monday.",
        "The senator attacked the council, saying it had wasted public money.",
        language="en",
    ) == ["Jane Smith"]


def test_a_name_opening_the_sentence_speaks() -> None:
    assert said("Smith attacked the council, saying it had wasted public money.", "en") == [("Smith", None)]


def test_a_capital_opening_a_description_is_no_name() -> None:
    """ "Local residents protested, saying …": the capital opening the sentence qualifies the noun; the speaker
    is the description, as before "said" ("Local residents said …")."""
    assert said("Local residents protested, saying the new plant would poison the river.", "en") == [
        (None, "Local residents")
    ]
    assert said("Northern farmers marched, saying the drought aid had come too late.", "en") == [
        (None, "Northern farmers")
    ]
    # (a name with an adverb or a reflexive before its verb still speaks)
    assert said("Smith later walked out, saying the offer was an insult.", "en") == [("Smith", None)]
    assert said("Smith himself protested, saying the offer was an insult.", "en") == [("Smith", None)]


def test_a_short_clause_with_its_subject_and_verb_is_reported() -> None:
    """ "saying it was fair" is a whole clause however short: the owner's description speaks it."""
    assert said("The council's leader defended the budget, saying it was fair.", "en") == [
        (None, "The council's leader")
    ]
    assert quotes_found("Coach Dana Pike praised the squad, saying they had grown.") == [
        ("indirect", "they had grown", "Dana Pike")
    ]


def test_an_expletive_subject_is_no_speaker() -> None:
    """ "There is …, saying", "It was …, saying": the expletive holds no one who says, so no report is read."""
    assert said("There is a shortage of nurses in the valley, saying the wards are full.", "en") == []
    assert said("There were long queues at the depot, saying the fuel had run out.", "en") == []
    assert said("It was a record season for the club, saying the gate receipts had doubled.", "en") == []
    # (an "it" that does something has a referent: its report stays)
    assert [q[1] for q in quotes_found("It cut 300 jobs, saying demand had fallen sharply.")] == [
        "demand had fallen sharply"
    ]


def test_a_word_after_an_opening_single_mark_is_no_subject() -> None:
    # ‘We …’ is quoted (single marks, as UK papers write them): the participle is the sentence subject's.
    text = "Ana Silva thanked the navy in a short message, ‘We are so relieved’ at the crew’s return, adding that the families were safe."
    assert quotes_found(text) == [
        ("direct", "We are so relieved", "Ana Silva"),
        ("indirect", "the families were safe", "Ana Silva"),
    ]
    text = "Ana Silva wrote to the navy, ‘We are so relieved’ at the crew’s return, adding that the families were safe."
    assert quotes_found(text)[-1] == ("indirect", "the families were safe", "Ana Silva")


def test_a_negated_auxiliary_ends_the_subject() -> None:
    # "didn't", "wasn't": finite verbs, so the subject ends before them (no role "Harlow didn't seem")
    assert said("Harlow didn’t seem impressed by the plan on Friday, telling reporters, “It will never work.”", "en") == [
        ("Harlow", None)
    ]
    assert said("Local farmers weren't pleased with the ruling, saying it would cost them their land.", "en") == [
        (None, "Local farmers")
    ]
