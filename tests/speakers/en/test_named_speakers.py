"""English quote marks and speakers that are names: made-up sentences, one shape each (issue 11, section 3)."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, Quote, QuoteKind


def _quotes(*paragraphs: str) -> list[Quote]:
    return find_quotes([Block(text=p) for p in paragraphs], "en")


def _direct(*paragraphs: str) -> list[Quote]:
    return [q for q in _quotes(*paragraphs) if q.kind is QuoteKind.DIRECT]


def test_straight_single_quotes_are_quotes() -> None:
    quotes = _direct("'We will not give up on this town,' Hawk said.")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("We will not give up on this town,", "Hawk")
    ]


def test_straight_single_quotes_with_apostrophes_inside() -> None:
    quotes = _direct("'We don't know yet. It's too early,' said Mara Quill, a local farmer.")
    assert [q.text for q in quotes] == ["We don't know yet. It's too early,"]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Mara Quill"


def test_apostrophes_and_scare_quotes_are_not_single_quoted_speech() -> None:
    assert _direct("The players' union called it 'deeply unfair' at the clubs' meeting on Monday.") == []


def test_ascii_double_apostrophes_are_one_quote_mark() -> None:
    quotes = _direct("''Wages are finally rising,'' said Tomas Brell, a pollster. ''It is a big story.''")
    assert [q.text for q in quotes] == ["Wages are finally rising,", "It is a big story."]
    assert all(q.speaker is not None and q.speaker.name == "Tomas Brell" for q in quotes)


def test_according_to_keeps_the_clause_out_of_the_role() -> None:
    (quote,) = _quotes("According to Hawk, the best approach is to wait and see what the market does.")
    assert quote.speaker is not None and (quote.speaker.name, quote.speaker.role) == ("Hawk", None)
    assert quote.text.startswith("the best approach")


def test_according_to_with_a_role_between_commas() -> None:
    (quote,) = _quotes("According to Jane Hawk, chief economist at Ambrel Bank, rates will stay high.")
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Jane Hawk", "chief economist at Ambrel Bank")
    assert quote.text == "rates will stay high"


def test_a_number_comma_does_not_close_a_role() -> None:
    (quote,) = _quotes("According to Coinpost, dealers will pay between $20,000 and $150,000 for a pair.")
    assert quote.speaker is not None and quote.speaker.role is None


def test_role_before_the_name_after_an_inverted_cue() -> None:
    (quote,) = _direct('"Turnout decides it," said Bellmont pollster Arlen Fisk.')
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Arlen Fisk", "Bellmont pollster")


def test_lower_case_role_before_the_name() -> None:
    (quote,) = _direct('"It was a good month," said former campaign adviser Dana Velt.')
    assert quote.speaker is not None and quote.speaker.name == "Dana Velt"


def test_verbs_that_report_right_after_a_quote() -> None:
    for verb in ("questioned", "charged", "shot back"):
        (quote,) = _direct(f'"Where was the plan?" Orrin Vale {verb}.')
        assert quote.speaker is not None and quote.speaker.name == "Orrin Vale", verb


def _speaker(paragraph: str) -> tuple[str | None, str | None]:
    quote = _direct(paragraph)[0]
    assert quote.speaker is not None
    return quote.speaker.name, quote.speaker.role


def test_titles_go_to_the_role() -> None:
    assert _speaker('"We will respond," Rear Admiral Dov Harel said.') == ("Dov Harel", "Rear Admiral")
    assert _speaker('"We are sorry," said Editor-in-Chief Mira Voss.') == ("Mira Voss", "Editor-in-Chief")


def test_names_with_particles_and_initials_stay_whole() -> None:
    assert _speaker('"We are ready," Abu Karim Nasser told reporters.')[0] == "Abu Karim Nasser"
    assert _speaker('"We are ready," Franklin T. Morrow said.')[0] == "Franklin T. Morrow"
    assert _speaker('"We are ready," said Luiz Carlos Moura da Silva.')[0] == "Luiz Carlos Moura da Silva"


def test_a_subordinator_opening_the_sentence_is_no_name() -> None:
    quote = _direct('Although Tarkin said the economy "is improving", voters disagreed.')[0]
    assert quote.speaker is not None and quote.speaker.name == "Tarkin"


def test_a_dotted_country_abbreviation_does_not_end_the_sentence() -> None:
    assert _speaker('"We will respond," U.K. Prime Minister Alan Brisk said.') == ("Alan Brisk", "U.K. Prime Minister")


def test_a_place_closing_an_unclosed_appositive_is_not_the_speaker() -> None:
    name, role = _speaker('"It is rare," Dale Marsh, vice president of Notecorp, a grading firm in Florida told Fox.')
    assert (name, role) == ("Dale Marsh", "vice president of Notecorp")


def test_a_description_owned_by_an_organisation_is_a_role() -> None:
    assert _speaker('"The deal is dead," the EU\'s top diplomat said.') == (None, "the EU's top diplomat")


def test_places_are_never_taken_for_names_by_the_gazetteer() -> None:
    from cqnews.enrich.speakers.phrases import is_place

    assert is_place("Kyiv") and is_place("the U.K.") and is_place("EU") and is_place("South Carolina")
    assert not is_place("Stanley") and not is_place("Mendoza") and not is_place("Daniel Hagari")


def test_a_title_repeated_as_a_description_is_the_person_named_with_it() -> None:
    quotes = _direct('Prime Minister Kenji Arata spoke on Monday. "We will stand firm," the prime minister said.')
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Kenji Arata"
    quotes = _direct('Lia Brandt, the general manager of Orbix, spoke. "We will grow," the general manager said.')
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Lia Brandt"


def test_a_question_given_as_an_example_is_not_a_quote() -> None:
    quotes = find_quotes([Block(text="王明表示，这款助手可以回答“明天会下雨吗”这样的问题。")], "zh")
    assert not [q for q in quotes if q.kind is QuoteKind.DIRECT]
    quotes = find_quotes([Block(text="王明说：“明天会下雨。”")], "zh")
    assert [q.text for q in quotes if q.kind is QuoteKind.DIRECT] == ["明天会下雨。"]


def test_he_after_a_new_subject_with_a_title_or_a_sentence_conjunction() -> None:
    first = '"No, he is the founder," Donald Trump responded. "I do."'
    quotes = _direct(first, 'Rep. Sam Dorsey (R-Wisc.) also addressed the row. "Maybe not literally," he said.')
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Sam Dorsey"
    quotes = _direct(first, 'And Barack Obama, for all he did, seems to agree. "We do not know what works," he said.')
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Barack Obama"


def test_he_after_a_person_opening_the_sentence_since_the_last_quote() -> None:
    quotes = _direct(
        '"I took money," said Tad Morrow, a strategist.',
        "That is where author Cornel Wexley took it. Wexley landed a sharp dig at the senator.",
        '"It did not affect me?" he said.',
    )
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Cornel Wexley"


def test_time_words_and_adverbs_between_subject_and_cue_are_dropped() -> None:
    assert _speaker('Priebus later Thursday told Fox News: "It will work out."')[0] == "Priebus"
    assert _speaker('Jane Roe on Monday said the plan "will fail".')[0] == "Jane Roe"
    assert _speaker('Mark Toll has even claimed the vote was "rigged".')[0] == "Mark Toll"


def test_an_owned_role_before_the_name_after_an_inverted_cue() -> None:
    assert _speaker('"This is espionage," said Clinton’s top foreign policy aide Jed Sallow.') == (
        "Jed Sallow",
        "Clinton’s top foreign policy aide",
    )


def test_a_participle_after_an_inverted_cue_is_the_named_speakers() -> None:
    quotes = _quotes("“This is a blockbuster report,” said Brassard, noting that the gains were broad-based across sectors.")
    indirect = [q for q in quotes if q.kind is QuoteKind.INDIRECT]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in indirect] == [
        ("the gains were broad-based across sectors", "Brassard")
    ]


def test_a_body_named_again_by_its_kind() -> None:
    quotes = _direct("Nato leaders met in Vilnius.", '"We stand with Ukraine," the alliance said.')
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Nato"
    quotes = _direct("The Brookfield Institution published a report.", '"Growth is slowing," the institution said.')
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "The Brookfield Institution"
    quotes = _direct("Who is he? Nobody knows.", '"No comment," the organisation said.')
    assert quotes[0].speaker is not None and quotes[0].speaker.name is None


def test_he_after_a_subject_with_an_owner_and_a_title() -> None:
    quotes = _direct('Norland’s President Oleks Varenko spoke in the capital. "We will win," he said.')
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Oleks Varenko"


def test_a_title_inside_the_role_before_the_name() -> None:
    assert _speaker('"I do not understand," said Air Force 1st Lt. Tyler Lenning.') == ("Tyler Lenning", "Air Force 1st Lt.")
    assert _speaker('"She will win," said former South Carolina Gov. Jim Hobart, a backer.')[0] == "Jim Hobart"
    assert _speaker('"It hurts," said Republican party boss Ray Pellet.') == ("Ray Pellet", "Republican party boss")


def test_a_run_after_an_indefinite_article_is_no_person_for_she() -> None:
    quotes = _direct(
        "Dana Orrell grew up on the top floor of a Westbrook Victorian.",
        "Her yearbook is cryptic. Westbrook was a quiet place. Asked about her hobby, she wrote: “Naw, I’m just playing!”",
    )
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Dana Orrell"


def test_a_name_alone_before_a_colon_speaks() -> None:
    quotes = _direct('Warrell: "Our goal is to win." Dobbs: "The goal is to govern."')
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Warrell", "Dobbs"]


def test_abbreviated_title_ends_no_sentence_and_goes_to_role() -> None:
    quotes = _direct("That changed the night she won. “We might have something here,” said Rev. Ann Poole, then a pastor in Dayton.")
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Ann Poole"
    assert (quotes[0].speaker.role or "").startswith("Rev.")


def test_qualified_role_noun_before_a_full_name_is_role() -> None:
    quotes = _direct("“We are all props here,” said Ohio delegate Mara Quill, angered by the vote.")
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Mara Quill"
    assert quotes[0].speaker.role == "Ohio delegate"


def test_ascii_double_marks_closing_a_nested_single_quote() -> None:
    quotes = _direct("''I would call it 'old-school,''' said Gregory Platt, whom he knew.")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("I would call it 'old-school,'", "Gregory Platt")
    ]


def test_closing_mark_typed_as_an_opening_one() -> None:
    quotes = _direct("“It is unusual,“ said Larry Nobel, a lawyer. “It is bad,” he added.")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("It is unusual,", "Larry Nobel"),
        ("It is bad,", "Larry Nobel"),
    ]


def test_title_of_a_show_with_the_sentence_comma_inside_is_no_quote() -> None:
    quotes = _direct("Mara Quill said on “Meet the Press,” that the vote was close.", "“Absolutely not.” Quill said.")
    assert [q.text for q in quotes] == ["Absolutely not."]


def test_report_in_a_relative_clause_is_the_named_persons() -> None:
    # "X, who claimed that A, <main verb> …": X speaks, and A ends before the main verb.
    def indirect(text: str) -> list[tuple[str, str | None]]:
        return [(q.text, q.speaker.name if q.speaker else None) for q in _quotes(text) if q.kind is QuoteKind.INDIRECT]

    assert indirect("Dana Whitfield, who said the bridge was never inspected, resigned on Monday.") == [
        ("the bridge was never inspected", "Dana Whitfield")
    ]
    assert indirect("The mayor met Dana Whitfield, who publicly claimed that the bridge was never inspected.") == [
        ("the bridge was never inspected", "Dana Whitfield")
    ]


@pytest.mark.parametrize("lead", ["Senator Bob Wu told the crowd:", "Senator Bob Wu said:"])
def test_a_quote_paragraph_after_a_colon_lead_with_a_reporting_verb(lead: str) -> None:
    quote = "“We will win this fight in the courts and at the polls.”"
    (found,) = find_quotes([Block(text=lead), Block(text=quote)], "en")
    assert found.speaker is not None and found.speaker.name == "Bob Wu"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("‘The river rose in an hour,’ said Mrs Pellow.", "Pellow", "Mrs"),
        ("“The river rose in an hour,” said Mr Oduya, a ferryman.", "Oduya", "Mr, a ferryman"),
        ("“The river rose in an hour,” said Dr Varga.", "Varga", "Dr"),
    ],
)
def test_title_without_full_stop_before_a_surname_after_the_cue(sentence: str, name: str, role: str) -> None:
    # British style writes "Mr", "Mrs", "Dr" without a full stop: the surname after it is the speaker, and an
    # apposition after the surname stays in the role, as after "Mr."
    quotes = _direct(sentence)
    assert [(q.speaker.name, q.speaker.role) if q.speaker else None for q in quotes] == [(name, role)]


def test_apposition_between_quote_and_cue_is_no_reported_clause() -> None:
    quotes = _quotes("“We will take the cup home,” the captain, Ines Moravec, said.")
    assert [(q.kind, q.text) for q in quotes] == [(QuoteKind.DIRECT, "We will take the cup home,")]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Ines Moravec"


@pytest.mark.parametrize(
    "sentence",
    [
        "“We will take the cup home,” she said while visiting the club.",
        "“We will take the cup home,” he said when pressed on the injuries.",
    ],
)
def test_subordinate_participle_after_the_cue_is_not_what_was_said(sentence: str) -> None:
    assert [q.kind for q in _quotes(sentence)] == [QuoteKind.DIRECT]


def test_an_adverb_set_off_by_commas_is_no_role() -> None:
    quotes = _quotes("Ines Moravec, however, said the club would appeal the ban.")
    assert [(q.text, q.speaker.name, q.speaker.role) if q.speaker else None for q in quotes] == [
        ("the club would appeal the ban", "Ines Moravec", None)
    ]


def test_a_coordinator_after_a_parenthetical_cue_ends_the_report() -> None:
    quotes = _quotes("The ban was fair, Moravec said, but the club would still appeal it.")
    assert [q.text for q in quotes] == ["The ban was fair"]


def test_apposition_role_ends_with_its_sentence() -> None:
    # Made up: the role after the name's comma stops at the full stop, not at the next comma inside the quote.
    text = (
        "The galaxy is old, said Paul Torrey, associate professor of physics at a university and co-author "
        "of the study. “What is new about it is the scale,” he said. “There is a long road ahead,” Torrey said."
    )
    roles = {q.speaker.role for q in find_quotes([Block(text=text)], "en") if q.speaker}
    assert roles == {"associate professor of physics at a university and co-author of the study"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The northern army in a statement said that the strikes were measured and precise.", "The northern army"),
        ("Jane Doyle on Twitter wrote that the count had been fair from the start.", "Jane Doyle"),
    ],
)
def test_where_the_words_appeared_is_not_the_subject(text: str, speaker: str) -> None:
    # Made up: "in a statement", "on Twitter" between subject and verb are no part of the speaker.
    quotes = find_quotes([Block(text=text)], "en")
    assert [q.speaker.name for q in quotes if q.speaker] == [speaker]


def test_an_adverb_without_ly_between_subject_and_cue() -> None:
    # Made up: "flat-out", "outright" modify the verb; they are no part of the speaker.
    text = "The company flat-out denied that it had sold the data to brokers."
    assert [q.speaker.name for q in find_quotes([Block(text=text)], "en") if q.speaker] == ["The company"]


@pytest.mark.parametrize(
    "text",
    ["The stock added more than 2% to begin the week after the merger news.", "Factories added 40,000 jobs in May."],
)
def test_added_with_an_amount_reports_nothing(text: str) -> None:
    # Made up: "added" followed by an amount is a market move or a count, not reported speech.
    assert find_quotes([Block(text=text)], "en") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("WHO said the outbreak was over in most regions of the country.", "WHO"),
        ("Untreated plague is nearly always fatal within days, the WHO says.", "the WHO"),
    ],
)
def test_an_acronym_spelling_a_function_word_is_a_name(text: str, speaker: str) -> None:
    # Made up: "WHO" in capitals is the World Health Organization, not the relative pronoun.
    assert [q.speaker.name for q in find_quotes([Block(text=text)], "en") if q.speaker] == [speaker]


def test_after_quote_verbs_in_the_present_tense() -> None:
    # Made up: a profile written in the present tense ("she snaps") attributes as "she snapped" does.
    text = "Ann Lee met him later. “Yes, of course, he is only beginning,” she snaps."
    assert [q.speaker.name for q in find_quotes([Block(text=text)], "en") if q.speaker] == ["Ann Lee"]


def test_the_state_after_a_town_is_no_subject_of_a_coordinated_cue() -> None:
    # Made up: "McAllen, Texas," names a place; the sentence's subject argued.
    text = "In October, Rep. Dan Roe visited the border near McAllen, Texas, and argued that the nation needs more agents."
    assert [q.speaker.name for q in find_quotes([Block(text=text)], "en") if q.speaker] == ["Dan Roe"]


def test_a_label_ending_in_the_kind_of_piece_is_no_speaker() -> None:
    # Made up: "… Review:" names a product and the genre of the piece; a lone "Report:" still reports.
    assert find_quotes([Block(text="Acme X200 Headset Review: My new favourite wireless gaming headset")], "en") == []
    quotes = find_quotes([Block(text="Report: Walker to speak at the party convention next week")], "en")
    assert [q.text for q in quotes] == ["Walker to speak at the party convention next week"]
