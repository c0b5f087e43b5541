"""A given name whose gender differs between languages is read in the article's language: "Jean" is a man in
French, "Andrea" in Italian, where the English table has women. A pronoun of that sex may stand for them, one of
the other sex may not. Made-up paragraphs; speakers read off them."""

from __future__ import annotations

import threading

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.enrich.speakers.given_names import given_name_gender, given_names_of
from cqnews.lexicon.given_names_latin import GIVEN_NAME_GENDERS
from cqnews.models import Block
from tests.quote_helpers import speakers_in


@pytest.mark.parametrize(
    ("language", "intro", "quote", "name"),
    [
        ("fr", "Jean Morel est arrivé tôt sur place.", "« Nous restons très inquiets », a-t-il ajouté.", "Jean Morel"),
        ("fr", "Jean Morel est arrivé tôt sur place.", "« Nous restons très inquiets », a-t-elle ajouté.", None),
        ("it", "Andrea Conti è arrivato presto.", "“Siamo molto preoccupati”, ha detto lui più tardi.", "Andrea Conti"),
    ],
)
def test_pronoun_follows_the_languages_given_name(language: str, intro: str, quote: str, name: str | None) -> None:
    assert speakers_in(intro, quote, language=language) == [name]


@pytest.mark.parametrize(
    ("language", "text", "name", "role"),
    [
        # "Simone" and "Gabriele" are women in German, men in Italian: in no shared table, in the German one
        ("de", "„Die Kasse ist leer“, sagte die 39-jährige Simone Kröger.", "Simone Kröger", "die 39-jährige"),
        ("de", "„Die Kasse ist leer“, sagte die 52-jährige Gabriele Wendt.", "Gabriele Wendt", "die 52-jährige"),
    ],
)
def test_a_name_of_both_sexes_across_languages_is_a_name_in_the_articles_language(
    language: str, text: str, name: str, role: str
) -> None:
    quotes = find_quotes([Block(text=text)], language)
    assert [(q.speaker.name, q.speaker.role) if q.speaker else None for q in quotes] == [(name, role)]


def test_the_languages_table_is_read_only_while_its_article_is() -> None:
    find_quotes([Block(text="„Die Kasse ist leer“, sagte Jan Becker.")], "de")
    assert given_name_gender("Jan Becker") == "f"  # (outside a German reading: the English table)
    with given_names_of(GIVEN_NAME_GENDERS["de"]):
        assert given_name_gender("Jan Becker") == "m"
        assert given_name_gender("Simone Kröger") == "f"
    with given_names_of(GIVEN_NAME_GENDERS["it"]):
        assert given_name_gender("Simone Conti") == "m"


def test_the_languages_table_is_dropped_when_the_reading_raises() -> None:
    try:
        with given_names_of(GIVEN_NAME_GENDERS["de"]):
            assert given_name_gender("Jan") == "m"
            raise RuntimeError("a parse that fails halfway")
    except RuntimeError:
        pass
    assert given_name_gender("Jan") == "f"  # (the shared tables again: "Jan" is a woman in English)


def test_another_thread_reads_the_shared_tables_while_one_reads_german() -> None:
    seen: list[str | None] = []
    with given_names_of(GIVEN_NAME_GENDERS["de"]):
        worker = threading.Thread(target=lambda: seen.append(given_name_gender("Jan")))
        worker.start()
        worker.join()
        assert given_name_gender("Jan") == "m"
    assert seen == ["f"]
