"""Speakers in the languages read from a table (French, Dutch, Swedish …): a pronoun of one sex stands for the
person named in full before it in its paragraph, as in German. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(language: str, *paragraphs: str) -> list[str | None]:
    """The speaker of each direct quote."""
    quotes = find_quotes([Block(text=p) for p in paragraphs], language)
    return [q.speaker.name if q.speaker else None for q in quotes if q.kind.value == "direct"]


def test_a_french_inverted_pronoun_stands_for_the_woman_named_before_it() -> None:
    # Nobody was quoted before: "affirme-t-elle" and "a-t-elle ajouté" are Marie Martin, named just before.
    found = _speakers(
        "fr",
        "Marie Martin est arrivée tôt à la réunion du conseil. « Nous allons investir dans les écoles », "
        "affirme-t-elle. « C'est une priorité absolue », a-t-elle ajouté.",
    )
    assert found == ["Marie Martin", "Marie Martin"]


def test_the_name_after_a_source_word_is_the_person_too() -> None:
    found = _speakers(
        "fr",
        "Selon Paul Durand, le projet avance bien. « Nous serons prêts en mars », explique-t-il.",
    )
    assert found == ["Paul Durand"]


def test_dutch_and_swedish_pronouns_likewise() -> None:
    found = _speakers("nl", "Burgemeester Jan Smit opende de vergadering. „We zijn er klaar voor”, zei hij.")
    assert found == ["Jan Smit"]
    found = _speakers("sv", "Anna Svensson kom tidigt till mötet. ”Vi är redo för valet”, säger hon.")
    assert found == ["Anna Svensson"]


def test_a_pronoun_with_nobody_named_before_it_in_its_paragraph_stays_a_pronoun() -> None:
    found = _speakers("fr", "Le conseil s'est réuni lundi. « Nous verrons bien », dit-il.")
    assert found == [None]


def test_an_office_set_off_by_commas_after_a_name_is_its_role_not_what_was_said() -> None:
    found = find_quotes([Block(text="Selon Marie Martin, adjointe aux finances, le budget reste équilibré.")], "fr")
    assert [(q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in found] == [
        ("le budget reste équilibré", "Marie Martin", "adjointe aux finances")
    ]
    found = find_quotes(
        [Block(text="«Vamos a invertir en las escuelas», afirmó Ana García, la alcaldesa de la ciudad.")], "es"
    )
    assert [(q.speaker.name, q.speaker.role) for q in found if q.speaker] == [
        ("Ana García", "la alcaldesa de la ciudad")
    ]
    # Words after the comma that hold no office are what was said.
    found = find_quotes([Block(text="Selon Marie Martin, le budget de la ville reste équilibré.")], "fr")
    assert [q.text for q in found] == ["le budget de la ville reste équilibré"]


def test_swedish_quotes_open_and_close_with_the_same_mark() -> None:
    found = find_quotes([Block(text="Anna Svensson kom tidigt till mötet. ”Vi är redo för valet”, säger hon.")], "sv")
    assert [(q.kind.value, q.text) for q in found] == [("direct", "Vi är redo för valet")]
    # In a block quoting with “…”, a ” after a space is a misplaced closer, not an opener.
    found = find_quotes([Block(text="“We are ready ”, she said, and the ”new plan” was announced.")], "en")
    assert [q.text for q in found if q.kind.value == "direct"] == ["We are ready"]


def test_a_loose_source_word_opening_the_sentence_names_the_speaker_of_the_quote_after_it() -> None:
    found = _speakers("fr", "Pour Marie Martin, « c'est une bonne nouvelle pour toute la ville ».")
    assert found == ["Marie Martin"]
    found = _speakers(
        "fr",
        "Pour le ministre de l'Intérieur, Gérald Darmanin, « la menace reste très élevée dans tout le pays ».",
    )
    assert found == ["Gérald Darmanin"]
    found = _speakers("es", "Para Ana García, «es una buena noticia para toda la ciudad».")
    assert found == ["Ana García"]
    # "for the city": no person and no office, so nobody.
    found = _speakers("fr", "Pour la ville, « c'est une bonne nouvelle pour tout le monde ».")
    assert found == [None]


def test_a_sentence_opening_word_before_a_german_name_leaves_the_name_the_subject() -> None:
    found = _speakers("de", "Wie Anna Berg sagt: „Das ist eine gute Nachricht für die ganze Stadt.“")
    assert found == ["Anna Berg"]
