"""Romance reported speech around its verb: a quote that is the verb's object, a foreign name's particles,
an adverb between the verb and "que", a second predicate that ends the reported clause. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import quotes_in


def test_a_quote_that_is_the_verbs_object_speaks_for_the_verbs_subject() -> None:
    # "su" before the quote is a possessive, not a speaker: the subject before the verb speaks
    found = quotes_in("es", "El alcalde, Tomás Berro, manifestó su “profunda tristeza” por el accidente.")
    assert found == [("direct", "profunda tristeza", "Tomás Berro")]


def test_a_foreign_names_particles_stay_in_the_name() -> None:
    found = quotes_in("es", "La comisaria europea, Greta van der Berg, aseguró que sigue la situación muy de cerca.")
    assert found == [("indirect", "sigue la situación muy de cerca", "Greta van der Berg")]


def test_an_adverb_may_stand_between_the_verb_and_its_que() -> None:
    found = quotes_in("es", "La alcaldesa Ana Ruiz explicó además que el puente nuevo abrirá en mayo.")
    assert found == [("indirect", "el puente nuevo abrirá en mayo", "Ana Ruiz")]
    found = quotes_in("fr", "Le maire Paul Durand a déclaré également que la ville reconstruira le pont.")
    assert found == [("indirect", "la ville reconstruira le pont", "Paul Durand")]


def test_a_second_predicate_of_the_speaker_ends_the_reported_clause() -> None:
    found = quotes_in(
        "es", "Ana Ruiz ha señalado que la obra terminará en mayo, aunque ha pedido paciencia a los vecinos."
    )
    assert found == [("indirect", "la obra terminará en mayo", "Ana Ruiz")]


def test_more_spanish_verbs_of_saying_report_a_que_clause() -> None:
    found = quotes_in("es", "La alcaldesa Ana Ruiz confirmó que el puente nuevo abrirá en mayo.")
    assert found == [("indirect", "el puente nuevo abrirá en mayo", "Ana Ruiz")]
    found = quotes_in("es", "El concejal Luis Vega ha defendido que la obra era necesaria para el barrio.")
    assert found == [("indirect", "la obra era necesaria para el barrio", "Luis Vega")]


def test_a_source_set_off_by_commas_frames_the_quotes_of_its_sentence() -> None:
    found = quotes_in("es", "Para la ministra Ana Ruiz, su intervención “es indicativa de su papel en la filtración”.")
    assert found == [("direct", "es indicativa de su papel en la filtración", "Ana Ruiz")]
    found = quotes_in("fr", "Ces messages, selon Paul Durand, sont « révélateurs d'une grande tension dans l'équipe ».")
    assert found == [("direct", "révélateurs d'une grande tension dans l'équipe", "Paul Durand")]
    # "pour la ville" names no one: a loose source word frames a quote only with a person or an office
    found = quotes_in("fr", "Le budget, pour la ville, est « un investissement qui sera vite remboursé ».")
    assert [speaker for _, _, speaker in found] == [None]


def test_any_french_verb_right_after_a_quote_reports_it() -> None:
    found = quotes_in("fr", "« Les immeubles voisins sont solides », avait précisé Claire Morel.")
    assert found == [("direct", "Les immeubles voisins sont solides", "Claire Morel")]
    found = quotes_in("fr", "« Un nouveau point sera fait demain matin », conclut Paul Durand.")
    assert found == [("direct", "Un nouveau point sera fait demain matin", "Paul Durand")]


def test_a_french_description_stands_for_the_office_holder_named_before() -> None:
    found = quotes_in(
        "fr",
        "La procureure de la République, Claire Morel, est arrivée sur place dans la nuit.",
        "« Ce ne sont pas du tout des immeubles insalubres », a souligné la procureure.",
    )
    assert found == [("direct", "Ce ne sont pas du tout des immeubles insalubres", "Claire Morel")]


def test_french_compound_pasts_and_an_elided_que_report_a_clause() -> None:
    found = quotes_in("fr", "Le juge Paul Durand ajoute qu’il est important que justice soit rendue.")
    assert found == [("indirect", "il est important que justice soit rendue", "Paul Durand")]
    found = quotes_in("fr", "Deux blessés ont été conduits à l'hôpital, ont précisé les pompiers.")
    assert [(kind, text) for kind, text, _ in found] == [("indirect", "Deux blessés ont été conduits à l'hôpital")]


def test_a_relative_clause_after_a_comma_stays_in_the_report() -> None:
    # ", qui a été …" opens a relative clause, not a second predicate of the speaker; and the comma after "que
    # la maison" is inside the reported clause, which opens at "que"
    found = quotes_in("fr", "Le maire Paul Durand a déclaré que la maison, qui a été construite en 1900, sera rasée.")
    assert found == [("indirect", "la maison, qui a été construite en 1900, sera rasée", "Paul Durand")]
    found = quotes_in("fr", "Le maire a déclaré que la maison, qui a été construite en 1900, sera rasée.")
    assert [(kind, text) for kind, text, _ in found] == [("indirect", "la maison, qui a été construite en 1900, sera rasée")]



def test_an_elided_article_or_clitic_is_no_speaker() -> None:
    # "L'" of "L'ha detto" is the clitic "it" (an article when a noun follows it): no one's name or role
    sentence = "L'ha detto ieri il ministro del Lavoro, Elsa Fornero: \"Negli anni la spesa è andata alle pensioni\"."
    quotes = find_quotes([Block(text=sentence)], "it")
    assert [q.kind.value for q in quotes] == ["direct"]
    assert all(q.speaker is None or "L'" not in (q.speaker.name, q.speaker.role) for q in quotes)
