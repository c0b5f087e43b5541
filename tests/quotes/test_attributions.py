"""The attribution layer (ParseOptions(attributions=True)): beliefs, intentions, stances, how things
seem and what data shows, apart from the quotes. Made-up sentences only."""

from __future__ import annotations

import pytest

import cqnews
from cqnews import AttributionKind
from cqnews.enrich.quotes import read_quotes
from cqnews.enrich.quotes.attributions import find_attributions
from cqnews.models import Block
from tests.quote_helpers import attributions_in, one_attribution


@pytest.mark.parametrize(
    ("text", "kind", "cue", "content", "mention"),
    [
        ("Mira Okafor believes the bridge will never open.", "belief", "believes", "the bridge will never open",
         "Mira Okafor"),
        ("Tomas Brandt wants a second vote on the harbour plan.", "intention", "wants", "a second vote on the harbour plan", "Tomas Brandt"),
        ("The farmers union has long opposed the new water tax.", "stance", "opposed", "the new water tax", "The farmers union"),
        ("Governor Lena Park endorsed Ruth Abara for mayor.", "stance", "endorsed", "Ruth Abara for mayor", "Lena Park"),
        ("Dan Whitlow declined to comment on the audit.", "intention", "declined", "to comment on the audit", "Dan Whitlow"),
        ("Residents see the tower as a threat to the old port.", "belief", "see", "the tower as a threat to the old port", "Residents"),
    ],
)
def test_held_attribution(text: str, kind: str, cue: str, content: str, mention: str) -> None:
    found = one_attribution(text)
    assert (found.kind, found.cue, found.text, found.mention) == (AttributionKind(kind), cue, content, mention)
    assert found.source is not None
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The new ferry seems to run on time.", "The new ferry seems to run on time", "seems"),
        ("The council is widely expected to approve the budget.", "The council is widely expected to approve the budget", "is widely expected to"),
        ("Rents rose again, and the tram appears to be late.", "the tram appears to be late", "appears"),
    ],
)
def test_seeming_has_no_source(text: str, content: str, cue: str) -> None:
    found = one_attribution(text)
    assert (found.kind, found.text, found.cue, found.source) == (AttributionKind.PERCEPTION, content, cue, None)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("“It will hold,” Mara Lind said, referring to the harbour wall.", "the harbour wall", "Mara Lind"),
        ("Tom Bell pointed to the deficit, and nobody answered.", "the deficit", "Tom Bell"),
        ("Tom Bell talked about jobs for an hour.", "jobs for an hour", "Tom Bell"),
    ],
)
def test_topic_of_talk(text: str, content: str, mention: str) -> None:
    """What a source spoke of: the participle after a comma is the sentence subject's."""
    found = [a for a in attributions_in(text) if a.kind is AttributionKind.TOPIC]
    assert [(a.text, a.mention) for a in found] == [(content, mention)]


@pytest.mark.parametrize(
    ("paragraphs", "kind", "cue", "content", "source"),
    [
        (("Tom Bell's opposition to the tax is old.",), "stance", "opposition", "the tax is old", "Tom Bell"),
        (("Ada Brenn met the board. Her strong support for the tram is known.",), "stance", "support",
         "the tram is known", "Ada Brenn"),
    ],
)
def test_owned_noun(paragraphs: tuple[str, ...], kind: str, cue: str, content: str, source: str) -> None:
    """A noun of stance, view or intention owned by its holder ("Lee's support for …")."""
    found = one_attribution(*paragraphs)
    assert (found.kind, found.cue, found.text) == (AttributionKind(kind), cue, content)
    assert found.source is not None and found.source.name == source


def test_data_shows_is_evidence() -> None:
    found = one_attribution("A survey of 900 drivers shows Nora Vance far ahead.")
    assert (found.kind, found.text) == (AttributionKind.EVIDENCE, "Nora Vance far ahead")


@pytest.mark.parametrize(
    "text",
    [
        "The plans for the harbour were dropped.",  # a noun after a determiner
        "Support for the harbour plan is growing.",  # a noun subject
        "The mayor appeared on television last night.",  # presence, not seeming
        "Kim Ode saw the ferry leave at dawn.",  # sight, not a view (no "as")
        "The senator backed down after the vote.",  # a phrasal verb
        "The harbour plan was backed by the mayor.",  # a passive: the plan holds no stance
        "Ruth Abara found herself alone on the pier.",  # no finding
        "Kim Ode hosts a radio show on Sundays.",  # a noun: "show" reports after polls and figures only
        "Ruth Abara helped found the choir in 1990.",  # to establish
        "Her bid for the seat failed in May.",  # a bid is no view PolNeAR counts
    ],
)
def test_not_an_attribution(text: str) -> None:
    assert attributions_in(text) == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("The ferry seems to run late, officials said.", "The ferry seems to run late"),
        # The stance's content ends at the reporter's comma, so it lies inside the aides' quote.
        ("Lena Park has long supported the tram, aides said on Monday.", "Lena Park has long supported the tram"),
    ],
)
def test_speech_stays_a_quote_and_is_not_repeated(text: str, quoted: str) -> None:
    reading = read_quotes([Block(text=text)], "en")
    assert [q.text for q in reading.quotes] == [quoted]
    assert find_attributions(reading) == []


def test_pronoun_source_resolves_like_a_speaker() -> None:
    found = one_attribution("Mark Okoro, a driver, spoke at the depot on Monday.", "He wants the depot kept open.")
    assert (found.mention, found.source.name if found.source else None) == ("He", "Mark Okoro")


def test_option_fills_article_and_off_leaves_none() -> None:
    html = (
        "<html><head><title>Depot</title></head><body><article><h1>Depot vote</h1>"
        "<p>Councillor Ada Brenn strongly opposes the plan to close the old tram depot next spring.</p>"
        "<p>“We will fight it,” Brenn said at a meeting of the residents association on Tuesday evening.</p>"
        "</article></body></html>"
    )
    off = cqnews.parse(html)
    on = cqnews.parse(html, options=cqnews.ParseOptions(attributions=True))
    assert off.attributions is None and off.model_dump()["attributions"] is None  # (not looked for)
    assert on.quotes == off.quotes
    assert on.attributions is not None
    assert [(a.kind, a.cue, a.source.name if a.source else None) for a in on.attributions] == [
        (AttributionKind.STANCE, "opposes", "Ada Brenn")
    ]
    for a in on.attributions:
        assert on.body[a.block].text[a.start : a.end] == a.text


def _zh(*paragraphs: str) -> list[tuple[str, str | None, str | None, str, str]]:
    found = attributions_in(*paragraphs, language="zh")
    return [(a.kind.value, a.source.name if a.source else None, a.mention, a.cue, a.text) for a in found]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # 表示 reports the first paragraph's stance: a quote, not repeated
        (("市长刘明表示支持这项改革。", "赵小川希望明年继续参加比赛。"),
         [("intention", "赵小川", "赵小川", "希望", "明年继续参加比赛")]),
        (("市农业局反对这一做法，并呼吁各方冷静。",), [("stance", "市农业局", "市农业局", "反对", "这一做法")]),
        (("该项目似乎进展顺利。",), [("perception", None, None, "似乎", "该项目似乎进展顺利")]),
        (("赵小川支持这项改革。", "他希望回到家乡工作。"),
         [("stance", "赵小川", "赵小川", "支持", "这项改革"), ("intention", "赵小川", "他", "希望", "回到家乡工作")]),
        # nouns (的支持者, 這項計劃) are no cue; traditional characters read as simplified ones
        (("這項計劃的支持者很多。", "陳大文反對這項計劃。"), [("stance", "陳大文", "陳大文", "反對", "這項計劃")]),
    ],
)
def test_chinese(paragraphs: tuple[str, ...], expected: list[tuple[str, str | None, str | None, str, str]]) -> None:
    assert _zh(*paragraphs) == expected


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("Ivo Marsh called him divisive and accused him of lying.", "him divisive", "Ivo Marsh"),
        ("Pia Lund calls herself a harbour socialist.", "herself a harbour socialist", "Pia Lund"),
        ("Ivo Marsh attacked the tram plan, calling it a waste of money.", "it a waste of money", "Ivo Marsh"),
    ],
)
def test_call_labels_an_object(text: str, content: str, mention: str) -> None:
    """ "called X Y": the stance is the label given, the object and what it is called."""
    found = [a for a in attributions_in(text) if a.cue.startswith("call")]
    assert [(a.kind, a.text, a.mention) for a in found] == [(AttributionKind.STANCE, content, mention)]



@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("Many believe the harbour board has already lost the vote.", "the harbour board has already lost the vote",
         "Many"),
        ("Two in three oppose the tram plan.", "the tram plan", "Two in three"),
    ],
)
def test_people_counted_not_named_hold_a_view(text: str, content: str, mention: str) -> None:
    """A count as the holder ("Many", "57 percent"): the view is found, held by nobody named."""
    found = one_attribution(text)
    assert (found.text, found.mention) == (content, mention)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("Asked about the harbour audit, Mira Okafor smiled and left the room.", "the harbour audit", None),
        ("When asked whether the ferry would run in winter, the captain shrugged.",
         "whether the ferry would run in winter", None),
        ("Tomas Brandt asked about the library hours.", "the library hours", "Tomas Brandt"),
    ],
)
def test_what_a_question_was_about(text: str, content: str, mention: str | None) -> None:
    found = one_attribution(text)
    assert (found.kind, found.text, found.mention) == (AttributionKind.TOPIC, content, mention)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("Asked on Monday whether the bridge would reopen, Lena Fox shook her head.",
         "whether the bridge would reopen", None),
        ("When asked by a reporter why the ferry was late, the captain shrugged.", "why the ferry was late", None),
        ("Asked at a Tuesday briefing in Leeds about the port's future, Omar Vale smiled.",
         "the port's future", None),
        ("Tomas Brandt asked Mayor Ilse Moor about the library hours.", "the library hours", "Tomas Brandt"),
    ],
)
def test_a_question_asked_when_by_whom_or_of_whom(text: str, content: str, mention: str | None) -> None:
    """When, where, by whom or of whom it was asked may stand between "asked" and the question."""
    found = one_attribution(text)
    assert (found.kind, found.text, found.mention) == (AttributionKind.TOPIC, content, mention)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("In a Harbor Times poll released Monday, 40 percent of voters backed the tram.",
         "40 percent of voters backed the tram", "a Harbor Times poll released Monday"),
        ("Ada Brenn held a narrow lead among older voters in a Coastline Radio survey.",
         "Ada Brenn held a narrow lead among older voters", "a Coastline Radio survey"),
    ],
)
def test_what_a_poll_found(text: str, content: str, mention: str) -> None:
    found = one_attribution(text)
    assert (found.kind, found.text, found.mention) == (AttributionKind.EVIDENCE, content, mention)


def test_a_race_in_the_polls_is_no_finding() -> None:
    assert attributions_in("The mayor has slipped in the polls since the storm.") == []


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Mira Okafor didn’t want a second term.", "Mira Okafor", "Mira Okafor"),
        ("Tom Bell hasn’t endorsed Ruth Abara.", "Tom Bell", "Tom Bell"),
    ],
)
def test_holder_before_a_curly_contraction(text: str, mention: str, name: str) -> None:
    """A negated auxiliary with a typographic apostrophe is no part of the holder's name."""
    found = one_attribution(text)
    assert found.mention == mention
    assert found.source is not None and found.source.name == name


def test_contracted_pronoun_holder_resolves() -> None:
    found = attributions_in("Ada Brenn met the mayor. She’ll support the tram plan.")
    assert [(a.text, a.mention, a.source and a.source.name) for a in found] == [("the tram plan", "She", "Ada Brenn")]


@pytest.mark.parametrize(
    "text", ["The mayor cut so-called luxury spending.", "The council blocked three Labour-backed plans."]
)
def test_cue_inside_a_compound_word_is_none(text: str) -> None:
    assert attributions_in(text) == []


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Did most farmers support the tram plan?", "most farmers"),
        ("Does Tom Bell want a second term?", "Tom Bell"),
        ("Tom Bell, who’d endorsed Ruth Abara, left the party.", "Tom Bell"),
    ],
)
def test_holder_of_a_question_or_contracted_relative(text: str, mention: str) -> None:
    assert one_attribution(text).mention == mention


def test_pronoun_holder_after_a_named_holder() -> None:
    """A "she" after a named holder is that holder, as after a quote's speaker."""
    found = attributions_in(
        "Kim Sato said the ferry was late. Robin Vale believes the tram will be cheaper. She wants a vote in May."
    )
    assert [(a.text, a.source and a.source.name) for a in found] == [
        ("the tram will be cheaper", "Robin Vale"),
        ("a vote in May", "Robin Vale"),
    ]


@pytest.mark.parametrize(
    "text", ["The mayor spoke against plans for a tower.", "Voters' worries about rents grew this year."]
)
def test_cue_after_a_preposition_or_plural_owner_is_a_noun(text: str) -> None:
    assert attributions_in(text) == []


@pytest.mark.parametrize(
    "text",
    ["Tom Bell won the seat with strong rural support, but the mayor lost.", "The mayor left early, as he had planned."],
)
def test_cue_without_an_object_holds_nothing(text: str) -> None:
    assert attributions_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Abara, who runs a small think tank in the port, joined the board.",
        "Two think tanks in the capital merged this spring.",
    ],
)
def test_think_tank_is_a_noun(text: str) -> None:
    """ "think" before "tank" is the noun of a research group, no belief held."""
    assert attributions_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ferry fares declined 12 percent in the first half of the year.",
        "Fees from the harbour declined to $4 million last year.",
        "Fees from the harbour declined to the lowest level in a decade.",
        "Traffic on the old bridge declined sharply after the tolls rose.",
        "The catch declined in every port along the coast.",
    ],
)
def test_a_fall_is_no_refusal(text: str) -> None:
    """ "declined" with a figure, an adverb of degree or a preposition after it tells how something fell."""
    assert attributions_in(text) == []


@pytest.mark.parametrize(
    "text",
    ["Hundreds of fans showed up at the harbour to greet the crew.", "Nobody from the council has shown up yet."],
)
def test_showing_up_is_no_evidence(text: str) -> None:
    """ "show up" is to come, not what data or a record shows."""
    assert attributions_in(text) == []


@pytest.mark.parametrize(
    "text",
    ["Do you support the new tram line? Tell us below.", "Would you endorse Ruth Abara for mayor?"],
)
def test_a_question_to_you_holds_no_stance(text: str) -> None:
    """ "Do you support X?" asks the reader (or the one interviewed); nobody holds the stance yet."""
    assert attributions_in(text) == []


def test_base_form_after_an_article_and_a_modifier_is_a_noun() -> None:
    assert attributions_in("The council passed a bipartisan plan to repair the pier.") == []
    assert [a.text for a in attributions_in("A majority support the tram plan.")] == ["the tram plan"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mayor Ines Ruiz endorsed Ruth Abara last week and has appeared at her rallies.", "Ruth Abara"),
        ("Senator Leo Park opposed the levy when it came to a vote.", "the levy"),
        ("Tomas Brandt defended his budget on Tuesday at the town hall.", "his budget"),
        ("Governor Lena Park backed the tram plan in early June, after months of doubt.", "the tram plan"),
    ],
)
def test_a_stance_holds_its_object_only(text: str, content: str) -> None:
    """A named holder's stance is toward the verb's object: a time phrase, a subordinate clause or the
    subject's next predicate after it is no part of what is backed or opposed."""
    found = one_attribution(text)
    assert (found.kind, found.text) == (AttributionKind.STANCE, content)


def test_criticizing_someone_is_a_stance() -> None:
    """ "criticized Lopez": a stance toward its object, like "condemned" or "slammed"."""
    found = one_attribution("Senator Ann Moore criticized Lopez.")
    assert (found.kind, found.cue, found.text, found.mention) == (
        AttributionKind.STANCE, "criticized", "Lopez", "Ann Moore"
    )


def test_what_data_suggests_is_evidence() -> None:
    """ "Projections suggest it would …": like "show" and "indicate", what the data suggests."""
    found = one_attribution("Harbor Board projections suggest the levy would raise $9 million over a decade.")
    assert (found.kind, found.cue, found.text) == (
        AttributionKind.EVIDENCE, "suggest", "the levy would raise $9 million over a decade"
    )


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the words between a name and a purpose infinitive or a participle are the rest of the name's clause
        ("Harbour Weekly editor Nadia Voss will come on the program to discuss the ferry strike.", "Nadia Voss",
         "Harbour Weekly editor"),
        ("Mrs. Okafor devotes much of her speech to praising the new tram line.", "Okafor", "Mrs."),
        ("Talk host Bram Dekker used his column Friday to discuss the budget.", "Bram Dekker", None),
        ("Dekker just starts talking about the weather.", "Dekker", None),
        ("The Maritime Museum issued a statement of concern about resistance to welcoming the refugees.",
         "The Maritime Museum", None),
    ],
)
def test_clause_before_cue_is_its_subjects(text: str, name: str, role: str | None) -> None:
    """Issue 11 §3: the source is the name opening the clause, not the clause read as a description."""
    found = one_attribution(text)
    assert found.source is not None
    assert (found.source.name, found.source.role) == (name, role)

