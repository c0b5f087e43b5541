"""English reports inside relative clauses: where the report ends.

A report inside a relative clause on a name ("Hale, who said …, gave no reason"): the report ends where
the main verb comes back, whatever its form. Made-up sentences only.

A cue whose subject stands inside a relative clause ("The fire, which officials said was started
deliberately, destroyed two homes"): the report ends where the relative clause does, before the main
clause. Made-up sentences only.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import quotes_found, reported


def test_an_irregular_main_verb_ends_the_report() -> None:
    assert quotes_found("Tom Hale, who said the plant would close by June, gave no reason.") == [
        ("indirect", "the plant would close by June", "Tom Hale")
    ]


def test_which_then_the_subject_and_its_cue() -> None:
    assert reported("The fire, which officials said was started deliberately, destroyed two barns.") == [
        "was started deliberately"
    ]


def test_who_then_the_subject_and_its_cue() -> None:
    assert reported("The driver, who witnesses said was speeding, fled the scene on foot.") == ["was speeding"]


def test_a_relative_clause_between_the_subject_and_its_cue_is_neither() -> None:
    # The clause set off by commas says more about the subject; before this, no speaker was read and the
    # whole sentence came back as a second, reported quote.
    cases = [
        ("“It’s a tragedy,” a neighbour, who did not give her name, said.", None, "a neighbour"),
        ("“It’s a tragedy,” Anna Berg, 45, who lives nearby, said.", "Anna Berg", None),
        ("The fire spread fast, a neighbour, who lives nearby, said.", None, "a neighbour"),
    ]
    for sentence, name, role in cases:
        quotes = find_quotes([Block(text=sentence)], "en")
        assert len(quotes) == 1, sentence
        assert quotes[0].speaker is not None
        assert (quotes[0].speaker.name, quotes[0].speaker.role) == (name, role), sentence



def test_a_whose_clause_after_the_name_is_no_role() -> None:
    sentence = "“We make the best boats in the region,” says Anna Smith, whose company employs 40 people."
    quotes = find_quotes([Block(text=sentence)], "en")
    assert [(q.speaker.name, q.speaker.role) for q in quotes if q.speaker] == [("Anna Smith", None)]
