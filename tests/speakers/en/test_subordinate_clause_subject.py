"""The subject of a subordinate clause opening a sentence ("When Mayor Tom Ruiz toured the plant, he said …") is a
person the text names as a subject: a later he/she may stand for that person though nothing is reported for them."""

from __future__ import annotations

from cqnews.enrich.speakers.names import opens_clause
from tests.quote_helpers import quotes_in


def test_a_time_clause_subject_is_the_antecedent_of_the_main_clause_pronoun() -> None:
    paragraphs = (
        "“We will rebuild the bridge,” said Governor Alden Vorsk.",
        "When Transport Minister Ezel Marwick visited the site on Tuesday, he said the repairs would cost $4 million.",
    )
    assert quotes_in("en", *paragraphs) == [
        ("direct", "We will rebuild the bridge,", "Alden Vorsk"),
        ("indirect", "the repairs would cost $4 million", "Ezel Marwick"),
    ]


def test_the_subject_stays_the_antecedent_in_the_next_paragraph() -> None:
    paragraphs = (
        "“The budget is balanced,” said Treasurer Alden Vorsk.",
        "After Senator Ezel Marwick toured the factory on Friday, he praised its workers.",
        "He said the plant would hire 200 people next year.",
    )
    assert quotes_in("en", *paragraphs)[-1] == ("indirect", "the plant would hire 200 people next year", "Ezel Marwick")


def test_a_subordinator_opening_the_sentence_opens_the_clause_of_the_name_after_it() -> None:
    text = "The hall was full. Although Ezel Marwick arrived late, the vote went ahead."
    assert opens_clause(text, text.index("Ezel"))
    assert not opens_clause(text, text.index("vote"))  # (after "the": no clause opens there)
