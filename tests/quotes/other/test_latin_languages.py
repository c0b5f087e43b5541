"""Quotes in Latin-script languages other than English: speakers from each language's reporting words
(lexicon/quotes_latin.py), never from any capitalised word. Made-up sentences only."""

from __future__ import annotations

import pytest

import cqnews
from tests.quote_helpers import quotes_with_roles

_REBUILD = "Wir bauen die Brücke wieder auf"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("„Wir bauen die Brücke wieder auf“, sagte Bürgermeisterin Anna Berg am Montag.", "Anna Berg", "Bürgermeisterin"),
        ("Innenministerin Nora Lind sagte: „Wir bauen die Brücke wieder auf“", "Nora Lind", "Innenministerin"),
        ("Am Montag sagte Tom Hale: „Wir bauen die Brücke wieder auf“", "Tom Hale", None),
        ("„Wir bauen die Brücke wieder auf“, so Tom Hale.", "Tom Hale", None),
        ("»Wir bauen die Brücke wieder auf«, sagte Verbandschef Tom Hale.", "Tom Hale", "Verbandschef"),
        ("„Wir bauen die Brücke wieder auf“, sagte die Ministerin.", None, "die Ministerin"),
    ],
)
def test_german_speakers_next_to_a_reporting_word(sentence: str, name: str | None, role: str | None) -> None:
    assert quotes_with_roles("de", sentence) == [("direct", _REBUILD, name, role)]


def test_german_reported_speech() -> None:
    assert quotes_with_roles("de", "Die Lage sei ernst, sagte Tom Hale.") == [("indirect", "Die Lage sei ernst", "Tom Hale", None)]
    assert quotes_with_roles("de", "Tom Hale sagte, die Lage sei ernst.") == [("indirect", "die Lage sei ernst", "Tom Hale", None)]
    assert quotes_with_roles("de", "Laut Tom Hale bleibt die Lage noch lange ernst.")[0][2] == "Tom Hale"


def test_german_capitalised_nouns_are_no_speakers() -> None:
    # Every German noun is capitalised: a heading's topic or a sentence's first word is nobody.
    assert quotes_with_roles("de", "Brückenstreit: Stadt verliert einen ihrer wichtigsten Prozesse") == []
    found = quotes_with_roles("de", "Dennoch bleibt es dabei. „Wir warten ab“, erklärte der Sprecher der Stadt.")
    assert found == [("direct", "Wir warten ab", None, "der Sprecher der Stadt")]


def test_a_surname_goes_to_the_full_name_quoted_before_and_pronouns_to_the_last_speaker() -> None:
    found = quotes_with_roles(
        "de",
        "„Wir haben lange gewartet“, sagte Anna Berg.",
        "Die Kosten seien gestiegen, sagte Berg.",
        "„Wir bleiben dran“, betonte sie.",
    )
    assert [speaker for _, _, speaker, _ in found] == ["Anna Berg", "Anna Berg", "Anna Berg"]


@pytest.mark.parametrize(
    ("language", "sentence", "text", "name", "role"),
    [
        ("fr", "« Nous allons reconstruire le pont », a déclaré Anna Berg lundi.", "Nous allons reconstruire le pont", "Anna Berg", None),
        ("fr", "« C'est grave », a déclaré le maire.", "C'est grave", None, "le maire"),
        ("es", '"Vamos a reconstruir el puente", dijo Anna Berg el lunes.', "Vamos a reconstruir el puente", "Anna Berg", None),
        ("es", '"Es grave", afirmó el alcalde Juan Pérez.', "Es grave", "Juan Pérez", "el alcalde"),
        ("it", '"Ricostruiremo il ponte", ha detto Anna Berg.', "Ricostruiremo il ponte", "Anna Berg", None),
        ("pt", '"Vamos reconstruir a ponte", disse Anna Berg.', "Vamos reconstruir a ponte", "Anna Berg", None),
        ("nl", '"We bouwen de brug opnieuw", zei Anna Berg.', "We bouwen de brug opnieuw", "Anna Berg", None),
    ],
)
def test_other_languages_read_their_own_reporting_words(
    language: str, sentence: str, text: str, name: str | None, role: str | None
) -> None:
    assert quotes_with_roles(language, sentence) == [("direct", text, name, role)]


@pytest.mark.parametrize(
    ("language", "sentence", "name", "role"),
    [
        # where only names are capitalised, a particle may follow any of a name's first words
        ("pt", "“Vamos reconstruir a ponte”, disse Luiz Inácio Lula da Silva.", "Luiz Inácio Lula da Silva", None),
        ("nl", "„We bouwen de brug opnieuw”, zei Hugo de Jonge.", "Hugo de Jonge", None),
        # an office word in lower case before the name, with no article
        ("nl", "„We bouwen de brug opnieuw”, zei minister Hugo de Jonge.", "Hugo de Jonge", "minister"),
        ("nl", "„We bouwen de brug opnieuw”, aldus burgemeester Femke Halsema.", "Femke Halsema", "burgemeester"),
        # a name set off by commas between its description and the verb
        (
            "fr",
            "Le ministre de l'Intérieur, Paul Roche, a déclaré : « Nous reconstruirons le pont. »",
            "Paul Roche",
            "Le ministre de l'Intérieur",
        ),
        ("de", "Der Innenminister, Hans Berg, sagte: „Wir bauen die Brücke wieder auf.“", "Hans Berg", "Der Innenminister"),
    ],
)
def test_names_with_particles_lower_case_offices_and_apposition(
    language: str, sentence: str, name: str, role: str | None
) -> None:
    ((kind, _, found_name, found_role),) = quotes_with_roles(language, sentence)
    assert (kind, found_name, found_role) == ("direct", name, role)


def test_a_quote_after_that_takes_the_clause_subject() -> None:
    found = quotes_with_roles("fr", "Paul Roche a déclaré que « le pont sera reconstruit avant la fin de l'année prochaine ».")
    assert [(kind, name) for kind, _, name, _ in found] == [("direct", "Paul Roche")]
    found = quotes_with_roles("de", "Hans Berg sagte, dass „die Brücke bis zum Ende des nächsten Jahres wieder steht“.")
    assert [(kind, name) for kind, _, name, _ in found] == [("direct", "Hans Berg")]


def test_french_inversion_and_a_source_before() -> None:
    found = quotes_with_roles("fr", "Anna Berg est arrivée lundi.", "« Nous allons reconstruire le pont », explique-t-elle.")
    # she: the woman the prose named before, nobody having been quoted since (read off the sentences)
    assert found == [("direct", "Nous allons reconstruire le pont", "Anna Berg", None)]
    assert quotes_with_roles("fr", "Selon Anna Berg, la situation reste grave.") == [
        ("indirect", "la situation reste grave", "Anna Berg", None)
    ]


def test_a_language_without_a_table_gets_quotes_without_speakers() -> None:
    found = quotes_with_roles("hu", "„Újjáépítjük a hidat, amilyen gyorsan csak lehet” – mondta Anna Berg hétfőn.")
    assert found == [("direct", "Újjáépítjük a hidat, amilyen gyorsan csak lehet", None, None)]


def test_a_german_page_end_to_end() -> None:
    paragraph = "„Wir bauen die Brücke wieder auf, so schnell es geht“, sagte Bürgermeisterin Anna Berg am Montag in Lindau."
    rest = "Die Arbeiten sollen im Mai beginnen und rund zwei Jahre dauern. Die Stadt rechnet mit hohen Kosten."
    html = (
        "<html lang=de><head><title>Brücke wird neu gebaut</title></head><body><article>"
        f"<h1>Brücke wird neu gebaut</h1><p>{paragraph}</p><p>{rest}</p><p>{rest}</p></article></body></html>"
    )
    article = cqnews.parse(html)
    assert article.language == "de"
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("Wir bauen die Brücke wieder auf, so schnell es geht", "Anna Berg")
    ]


def test_japanese_is_read_by_its_quote_marks_not_by_chinese_cues() -> None:
    # 表示 ("display") is a Chinese reporting verb; in Japanese it is a noun, and そして ("and then") no speaker:
    # the mayor (市長, the sentence's topic) speaks (see tests/quotes/other/test_ja_ko_topic.py).
    found = quotes_with_roles(
        "ja",
        "商標には、商品の出所を表示する機能があり、消費者はそのマークを見て商品を選んでいる。",
        "そして市長は「新しい橋は来年の春に完成する予定で、市民の皆さんに早く使っていただきたい」と述べた。",
    )
    assert found == [("direct", "新しい橋は来年の春に完成する予定で、市民の皆さんに早く使っていただきたい", None, "市長")]


def test_german_clause_before_a_colon() -> None:
    assert quotes_with_roles("de", "Der Leiter der Schule, Tom Hale, bestätigte auf Anfrage ein leeres Haus: „Es war sehr ruhig.“") == [
        ("direct", "Es war sehr ruhig.", "Tom Hale", "Der Leiter der Schule")
    ]
    assert quotes_with_roles("de", "Ähnlich sieht es Nora Lind von der Bank: „Die Zinsen bleiben, wo sie sind.“")[0][2] == "Nora Lind"
    found = quotes_with_roles("de", "In einem Interview am 18. November hatte er noch betont: „Das stimmt nicht, das war anders.“")
    assert found == [("direct", "Das stimmt nicht, das war anders.", None, None)]  # he, named nowhere: no "November"


def test_german_any_verb_right_after_a_quote() -> None:
    assert quotes_with_roles("de", "„Das ist doch absurd“, schimpft der Parteichef.") == [
        ("direct", "Das ist doch absurd", None, "der Parteichef")
    ]
    assert quotes_with_roles("de", "„Wir haben gewonnen“, freut sich Tom Hale nach dem Rennen.")[0][2] == "Tom Hale"


def test_german_reported_clauses_and_konjunktiv_runs() -> None:
    found = quotes_with_roles(
        "de",
        "Die Ökonomin Nora Lind erwartet, dass die Zinsen im Herbst unverändert bleiben. „Das ist gut so“, sagte sie.",
        "Die Inflation sei zwar gesunken, doch die Löhne stiegen weiter.",
        "Nach Wochen ohne Bewegung steigen laut Tom Hale die Preise wieder deutlich an.",
    )
    lind = ("Nora Lind", "Die Ökonomin")
    assert found == [
        ("indirect", "dass die Zinsen im Herbst unverändert bleiben", *lind),
        ("direct", "Das ist gut so", *lind),
        ("indirect", "Die Inflation sei zwar gesunken, doch die Löhne stiegen weiter", *lind),
        ("indirect", "Nach Wochen ohne Bewegung steigen laut Tom Hale die Preise wieder deutlich an", "Tom Hale", None),
    ]


def test_german_subordinate_clauses_and_nouns_are_no_subjects() -> None:
    found = quotes_with_roles("de", "„Wir warten ab“, sagte Nora Lind, die von einem ruhigen Vormittag berichtete: „Alles blieb still.“")
    assert [speaker for _, _, speaker, _ in found] == ["Nora Lind", "Nora Lind"]  # not "Vormittag"
    assert quotes_with_roles("de", "Nachdem die Sitzung endete, sagte Tom Hale: „Wir sind zufrieden.“")[0][2] == "Tom Hale"


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Die Ausfuhren sind laut Statistischem Bundesamt im März deutlich gesunken.", "Statistisches Bundesamt"),
        ("Die Ausfuhren sind nach Angaben des Statistischen Bundesamts im März gesunken.", "Statistisches Bundesamt"),
        ("Die Zinsen bleiben laut der Europäischen Zentralbank noch eine Weile hoch.", "Europäische Zentralbank"),
    ],
)
def test_german_body_after_a_source_word_is_named_in_the_nominative(sentence: str, body: str) -> None:
    # "laut dem/des/der" puts the body's adjective and noun in the dative or genitive; its name is nominative
    assert [(kind, name) for kind, _, name, _ in quotes_with_roles("de", sentence)] == [("indirect", body)]


def test_german_description_drops_an_article_left_without_its_noun() -> None:
    # the phrase stops at the opening mark of „Elf“, so its last article lost its noun
    quotes = quotes_with_roles("de", "„Wir haben heute verloren“, ereiferte sich der Coach der „Elf“ nach dem Spiel.")
    assert [(name, role) for _, _, name, role in quotes] == [(None, "der Coach")]
