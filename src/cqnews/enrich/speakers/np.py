"""English noun phrases that end where a cue starts: a name with its role, an organisation, a description.

``np_ending(text, toks, end)`` reads the phrase made of the tail of ``toks[:end]``; the readers in
:mod:`.phrases` call it once they know where the subject ends. Every loop here is bounded by
a few tokens, so a phrase costs constant time.
"""

from __future__ import annotations

import re

from ...lexicon import quote_patterns as P
from ...lexicon.en import (
    AGE_ADJECTIVE_ENDINGS,
    AUXILIARIES,
    CLAUSE_BREAKS,
    CUE_WORD_COMPOUNDS,
    DETERMINERS,
    OF_LIKE,
    ORG_WORDS,
    PERSON_ROLE_NOUNS,
    PLACE_NAME_ABBREVIATIONS,
    PREPOSITIONS,
    SAINT_WORDS,
    SENTENCE_ADVERBS,
    SOURCE_NOUNS,
    TITLE_COMPLEMENT_JOINERS,
)
from ...lexicon.reporting_en import IRREGULAR_PAST
from ...lexicon.speaker_phrases_en import (
    COUNTED_NUMBER_WORDS,
    FROM_PLACE_PERSON_NOUNS,
    NOUN_DETERMINERS,
    POSSESSIVE_DETERMINERS,
)
from .description_kind_en import classify_description, person_noun
from .given_names import given_name_gender
from .name_runs_en import lead_number, org_start, run_start
from .name_split_en import name_opens_after, split_name
from .name_words_en import (
    YEAR_RE,
    complement_then_name,
    handle_who,
    is_handle,
    is_name_word,
    is_place,
    office_of,
    office_word,
)
from .offices_en import office_ending
from .person_role_en import given_first, is_modifier, office_initials, person_who
from .speaks_for_en import group_of_name, speaking_for
from .time_opener_en import (
    opening_adverbial_end,
    opening_time_across_break,
    opening_time_end,
    time_relative_clause,
)
from .titled_pair_en import bench_of_body, titled_pair
from .tokens import POSSESSIVE, PUNCT, Kind, Tok, Who, strip_possessive


def np_ending(text: str, toks: list[Tok], end: int) -> Who | None:
    """The noun phrase made of the tail of ``toks[:end]``: a name with its role, or a description."""
    office = office_ending(text, toks, end) or bench_of_body(text, toks, end)  # "The President said": no name
    if office is not None:
        return office
    dated = _dated_org(text, toks, end)
    if dated is not None:
        return dated
    i = run_start(toks, end)
    if i == end:
        if end > 0 and is_handle(toks[end - 1].text):
            return handle_who(toks[end - 1])  # "acebush1 wrote"
        return description(text, toks, end)
    joined = _name_joined_by_for(text, toks, i, end) or _name_joined_by_and(text, toks, i, end)
    who = group_of_name(text, toks, i, end) or joined or _name_run(text, toks, i, end)
    return _coordinated_people(text, toks, i, who) or titled_pair(text, toks, i, who) or who


def _coordinated_people(text: str, toks: list[Tok], i: int, who: Who | None) -> Who | None:
    """ "Tom Hale and Ann Roe said": two people named in full, joined by "and" and opening their clause, speak
    together (None for other phrases)."""
    if who is None or who.kind != "person" or who.start != toks[i].start or " " not in who.mention or i < 2:
        return None
    if toks[i - 1].low != "and" or not given_name_gender(who.mention.split(" ")[0]):
        return None
    j = run_start(toks, i - 1)
    if j < 0 or i - 1 - j < 1 or j > 0 and toks[j - 1].text not in PUNCT or not given_name_gender(toks[j].text):
        return None
    if i - 1 - j == 1:  # "Mary and John Boateng said": a couple sharing the surname speaks together
        return Who(text[toks[j].start : toks[i].start] + who.mention, "person", start=toks[j].start)
    first = split_name([t.text for t in toks[j : i - 1]])
    if first[2] != "person" or first[0]:
        return None
    return Who(text[toks[j].start : toks[i].start] + who.mention, "person", start=toks[j].start)


def _dated_org(text: str, toks: list[Tok], end: int) -> Who | None:
    """ "China Statistical Summary 2010 showed": an organisation or document with its year."""
    if end >= 2 and YEAR_RE.fullmatch(toks[end - 1].text) and is_name_word(toks[end - 2]):
        who = np_ending(text, toks, end - 1)
        if who is not None and who.kind == "org":
            who.mention = text[who.start : toks[end - 1].end]
            return who
    return None


def _name_run(text: str, toks: list[Tok], i: int, end: int) -> Who | None:
    """The phrase whose capitalised run starts at ``toks[i]``: a person with the role before the
    name, an organisation, or a description ("a company in Florida")."""
    run = i
    saint = _saint_owned(toks, i, end)  # "St Anne's Hospice": the saint's name is the body's, no owner
    for p in range(end - 2, i - 1, -1):  # "The ACLU’s Keegan Medrano": the name follows the owner
        if toks[p].text.endswith(POSSESSIVE) and not saint:
            i = p + 1
            break
    if i >= 2 and _place_abbreviation_opens(toks, i - 1):
        i -= 1  # "in Mt. Vernon": the abbreviation opens the place's name
    words = _run_texts(text, toks, i, end)
    role, name, kind = split_name(words, i > 0 and name_opens_after(toks[i - 1].text, words))
    if saint:
        role, name, kind = [], [t.text for t in toks[i:end]], "org"
    abbreviated = kind == "person" and _place_abbreviation_opens(toks, i)
    if abbreviated:
        role, name = [], [t.text for t in toks[i:end]]  # "in St. Louis": a place, not the title "St." and a person
    place = kind == "person" and not role and i > 0 and (is_place(" ".join(name)) or _placed_after_in(toks, i, name))
    placed = _after_place(text, toks, i, end) if place or abbreviated else None
    if placed is not None:
        return placed
    if kind == "org" and run < i:
        i = run  # "The UK's National Health Service", "the National Weather Service’s Storm Prediction Center"
    i, kind = _org_extent(toks, i, kind, role, name)
    return speaking_for(text, toks, i, end) or _extended_run(text, toks, (i, end), kind, (role, name))


def _after_place(text: str, toks: list[Tok], i: int, end: int) -> Who | None:
    """The speaker when the run ``toks[i:end]`` names a place: the person from there before "of" ("Rep. Mark Dunne
    of New Mexico said"), or the unnamed source the place after a preposition ends ("Officials in Kyiv said");
    None after another word."""
    if i >= 2 and toks[i - 1].low == "of":
        head = _of_phrase(text, toks, i, end)  # "Rep. Mark Dunne of New Mexico said": the person from there
        if head is not None:
            return head
    if toks[i - 1].low in PREPOSITIONS:
        return _placed_description(text, toks, i, end)
    return None


def _name_joined_by_for(text: str, toks: list[Tok], i: int, end: int) -> Who | None:
    """ "Transport for London", "Action for Children": one or two capitalised words opening the clause, "for" and
    the run at ``toks[i]`` are one body's name, no place or person after a preposition (not an office: "Minister
    for Health Ann Cole")."""
    if i < 2 or toks[i - 1].low != "for" or end - i > 3:
        return None
    j = run_start(toks, i - 1)
    if not 1 <= i - 1 - j <= 2 or j > 0 and toks[j - 1].text not in PUNCT:
        return None
    if any(_people_word(t.low) or _people_word(t.low.removesuffix("s")) for t in toks[j : i - 1]):
        return None  # ("Candidates for Congress said": people)
    if given_name_gender(toks[i].text) or _complement_then_full_name(toks, i, end, i - 1 - j == 1):
        return None
    return Who(text[toks[j].start : toks[end - 1].end], "org", start=toks[j].start)


def _complement_then_full_name(toks: list[Tok], i: int, end: int, one_word: bool) -> bool:
    """Does the run ``toks[i:end]`` after "for" hold a complement, then a person's name ("MCE for | Ejisu Samuel
    Oduro": an office in initials, its place, its holder)? A body's name ends in no given name and a surname, and
    initials alone before "for" are an office ("DCE for Bekwai Kofi Asante"; the Akan names are in no table)."""
    if end - i < _COMPLEMENT_AND_NAME or given_name_gender(toks[i].text):
        return False
    return bool(given_name_gender(toks[end - 2].text)) or one_word and office_initials(toks[i - 2].text)


_COMPLEMENT_AND_NAME = 3


def _name_joined_by_and(text: str, toks: list[Tok], i: int, end: int) -> Who | None:
    """ "Fire and Rescue NSW", "Parks and Wildlife Service": one or two capitalised words opening the clause, "and"
    and the run at ``toks[i]`` are one body's name (before, the run after "and" alone, a person "Rescue NSW"). Not
    people ("Tom and Ann Lee": a given name), places ("Kenya and Uganda") nor titles or nouns of people."""
    if i < 2 or toks[i - 1].low != "and" or end - i > _AND_RUN_WORDS:
        return None
    j = run_start(toks, i - 1)
    if not 1 <= i - 1 - j <= 2 or j > 0 and toks[j - 1].text not in PUNCT:
        return None
    words = [*toks[j : i - 1], toks[i]]
    if any(_people_word(t.low) or given_name_gender(t.text) or not t.text.isalpha() for t in words):
        return None
    if is_place(" ".join(t.text for t in toks[j : i - 1])):
        return None
    return Who(text[toks[j].start : toks[end - 1].end], "org", start=toks[j].start)


_AND_RUN_WORDS = 3


def _people_word(low: str) -> bool:
    """Is ``low`` a title or a noun of a person or a group of people ("minister", "candidate", "residents")?"""
    return low in P.EN_TITLES or low in P.EN_PERSON_OR_TIE_NOUNS or low in P.EN_GROUP_NOUNS or person_noun(low)


def _saint_owned(toks: list[Tok], i: int, end: int) -> bool:
    """Does the run ``toks[i:end]`` open with a saint's name in the possessive and go on ("St Anne's Hospice",
    "St. Jude's Children's Research Hospital", "Saint Mary's College")? An institution named after the saint."""
    return end - i >= 3 and toks[i].low in SAINT_WORDS and toks[i + 1].text.endswith(POSSESSIVE)


def _extended_run(
    text: str, toks: list[Tok], span: tuple[int, int], kind: Kind, parts: tuple[list[str], list[str]]
) -> Who | None:
    """:func:`_name_run` once the run ``toks[span[0]:span[1]]`` is extended to its organisation's name."""
    (i, end), (role, name) = span, parts
    if i >= 2 and toks[i - 1].low == "of" and kind == "person" and len(name) == 1 and not role:
        return _of_phrase(text, toks, i, end)  # "The 14th Five-Year Plan of Chongqing"
    if kind == "org":
        return _person_of_org(text, toks, i, end) or _org_who(text, toks, i, end)
    if len(name) == 1 and not role and i >= 1 and toks[i - 1].low == "the":
        return description(text, toks, end) or Who(name[0], "person", start=toks[i].start)  # "friends of the Duchess"
    if kind == "person" and not given_first(name) and not _titled_role(role):
        # "Joel Maas of Harbor Weekly", "Ann Roe of the Lutheran Synod": a run no given name opens, after a
        # person and "of", is the body the person comes from, as an organisation's name is; so is a run the
        # split parted after a body's word ("Mark Oduro of the Accra Regional Police | Command")
        return _person_of_org(text, toks, i, end) or person_who(toks, i, name, role)
    return person_who(toks, i, name, role)


def _titled_role(role: list[str]) -> bool:
    """Does a title stand among the words ``role`` a split set before a name ("Police Inspector | Kamau")?"""
    return any(w.lower().rstrip(".") in P.EN_TITLES for w in role)


def _placed_description(text: str, toks: list[Tok], i: int, end: int) -> Who:
    """The unnamed source a place after a preposition ends (``toks[i:end]``, the place): "Officials in Kyiv
    said" is the people there; "…, a company in Florida told" the description the place closes."""
    described = description(text, toks, end)
    if described is not None and described.kind == "desc" and described.start < toks[i - 1].start:
        return described
    if i >= 2 and toks[i - 2].cap:  # "the National Weather Service in Houston said": the body there speaks
        body = np_ending(text, toks, i - 1)
        if body is not None and body.kind == "org":
            return _named_with_place(text, toks, body, end)
    body = _body_of_office(text, toks, i - 1)
    if body is not None:
        return body
    phrase = text[toks[i].start : toks[end - 1].end]
    return Who(phrase, "desc", role=phrase, start=toks[i].start)


def _named_with_place(text: str, toks: list[Tok], body: Who, end: int) -> Who:
    """A body written as "the" and one word of a body before "in" and a place ("the Church in Wales"): the word alone
    names nothing, so the place is part of the name; else ``body`` as read ("the National Weather Service in
    Houston": the body there)."""
    words = body.mention.split(" ")
    if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in ORG_WORDS:
        return body
    return Who(text[body.start : toks[end - 1].end], "org", start=body.start)


def _body_of_office(text: str, toks: list[Tok], at: int) -> Who | None:
    """The body whose office or branch a lower-case noun before ``toks[at]`` (the preposition before a place) names:
    "the National Weather Service office in Houston", "the Harbour Board field office in Dover" (the body speaks
    for its office there); None when no capitalised body comes before such a noun."""
    k = at - 1
    if k < 2 or toks[k].low not in ORG_WORDS or not toks[k].text.isalpha() or not toks[k].text.islower():
        return None
    if toks[k - 1].text.isalpha() and toks[k - 1].text.islower() and toks[k - 1].low not in DETERMINERS:
        k -= 1  # "field office", "regional bureau"
    if not toks[k - 1].cap:
        return None
    body = np_ending(text, toks, k)
    return body if body is not None and body.kind == "org" else None


def _org_extent(toks: list[Tok], i: int, kind: Kind, role: list[str], name: list[str]) -> tuple[int, Kind]:
    """Where an organisation's name starts when joiners extend it back ("the Ministry of Public
    Security said"), and whether a run without a given name is one."""
    # (a title word inside: "Ministry of Foreign Affairs"; not a title before a full name: "Bank of Japan Governor
    # Kazuo Ueda" is a person, whatever the given name)
    titled = kind == "person" and len(name) > 1 and bool(role) and role[-1].lower() in P.EN_TITLES
    if kind == "org" or not (titled or given_name_gender(name[0])):
        org = org_start(toks, i, kind == "org")
        office = _title_with_complement_in(toks, i if org is None else org, i) or office_of(toks, org, name)
        office = office and kind == "person"
        if org is not None and not office:
            return org, "org"
        if kind == "org":
            return lead_number(toks, i), kind
    return i, kind


def _title_with_complement_in(toks: list[Tok], start: int, end: int) -> bool:
    """Does a title joined to its complement stand in ``toks[start:end]`` ("Union Minister of State for …"): the
    capitalised words before a name are an office, no organisation's name (a body word opening it: "Union")?"""
    return any(
        toks[k].low in P.EN_TITLES and toks[k + 1].low in TITLE_COMPLEMENT_JOINERS for k in range(start, end - 1)
    )


def _person_of_org(text: str, toks: list[Tok], i: int, end: int) -> Who | None:
    """ "David Watt of Rosenberg Research", "Rebecca English of the Daily Mail": the person before
    "of" speaks, the organisation is the role (not "Data from …"), after the titles and role words
    written before the name ("Insp Jo Hart of Thames Valley Police": "Insp of Thames Valley Police")."""
    of = _before_org_modifiers(toks, i)
    if of < 1 or toks[of].low not in OF_LIKE or not is_name_word(toks[of - 1]):
        return None
    j = run_start(toks, of)
    inner_role, person, pkind = split_name([t.text for t in toks[j:of]])
    opens = j == 0 or toks[j - 1].text in PUNCT
    if _noun_titled(toks, j, person, inner_role) and not complement_then_name(toks, of, i, end):
        phrase = text[toks[j - 1].start : toks[end - 1].end]  # "The Member of Parliament for Ejisu": no name
        return Who(phrase, "desc", role=phrase, start=toks[j - 1].start)
    if office_word(toks[of - 1]):
        return None  # "Presiding Member of the Assembly Francis Owusu": an office's complement, then the name
    if pkind == "person" and person and (len(person) > 1 or inner_role or not opens):
        who = person_who(toks, j, person, inner_role)  # "Insp Jo Hart of …": the title stays in the role
        who.role = " ".join(filter(None, (who.role, text[toks[of].start : toks[end - 1].end])))
        return who
    return None


def _noun_titled(toks: list[Tok], j: int, person: list[str], inner_role: list[str]) -> bool:
    """Are the words ``inner_role`` and ``person`` from ``toks[j]``, right after "the", nouns of a person or titles
    capitalised as an office ("The Member of Parliament for Ejisu", "The Executive Director of …"): the office with
    its body, no name?"""
    words = [*inner_role, *person]
    if len(words) > 3 or j < 1 or toks[j - 1].low != "the":
        return False  # ("The Executive Director of …": an office of several such words)
    while len(words) > 1 and office_initials(words[0]):
        words = words[1:]  # "The NPP Member of Parliament": a party's or body's initials before the noun
    return all((low := w.lower()) in SOURCE_NOUNS or low in PERSON_ROLE_NOUNS or low in P.EN_TITLES for w in words)


def _before_org_modifiers(toks: list[Tok], i: int) -> int:
    """Where the word before an organisation's name is, past "the" and up to three lower-case
    modifiers ("of the conservative Daily Ledger", "of the anti-tax Growth Club")."""
    k = i - 1
    while k >= 1 and i - k <= 3 and toks[k].low == toks[k].text and is_modifier(toks[k].low):
        k -= 1
    if k >= 1 and toks[k].low == "the":
        return k - 1
    return i - 1


def _org_who(text: str, toks: list[Tok], i: int, end: int) -> Who:
    """An organisation as written, with "the" ("the London-based Energy Institute" -> "Energy Institute")."""
    start = toks[i - 1].start if i > 0 and toks[i - 1].low == "the" else toks[i].start
    if toks[i].low.endswith("-based") and i + 1 < end:
        start = toks[i + 1].start
    return Who(text[start : toks[end - 1].end], "org", start=start)


def _of_phrase(text: str, toks: list[Tok], i: int, end: int) -> Who | None:
    """ "The 14th Five-Year Plan of Chongqing", "the mayor of London": the head before "of" decides."""
    head = np_ending(text, toks, i - 1)
    if head is None or head.kind == "pronoun":
        return None
    phrase = text[head.start : toks[end - 1].end]
    if head.kind == "person" and " " in head.mention:  # "Greg Taylor of Indianapolis": a person from a place
        place = text[toks[i - 1].start : toks[end - 1].end]
        head.role = place if head.role is None else f"{head.role} {place}"
        return head
    if head.kind == "desc" and not any(w.lower() in P.ORG_HEADS for w in head.mention.split()):
        return Who(phrase, "desc", role=phrase, start=head.start)
    return Who(phrase, "org", start=head.start)


def _placed_after_in(toks: list[Tok], i: int, name: list[str]) -> bool:
    """Is the run after "in" and a lower-case noun phrase no person ("officials in Houston", "the office in New
    Haven", "the service in Dayton said"), or one word after "from" and a noun of a person ("the woman from Soweto",
    "the 22-year-old from Umlazi"): no given name opens it, so it is where the speakers are."""
    if i < 2 or given_first(name):
        return False
    if toks[i - 1].low == "from":  # "the 22-year-old from Soweto said": where the person described is from
        head = toks[i - 2].low
        return len(name) == 1 and (head in FROM_PLACE_PERSON_NOUNS or head.endswith(AGE_ADJECTIVE_ENDINGS))
    return toks[i - 1].low == "in"


def _run_texts(text: str, toks: list[Tok], i: int, end: int) -> list[str]:
    """The words of the run ``toks[i:end]`` without their possessive endings, but for the last word's when no given
    name opens the run: a possessive with no noun after it, right before the verb, is the form of a name ("ratings
    agency Moody's said", "Sotheby's told"), not an owner's."""
    words = [strip_possessive(t.text) for t in toks[i:end]]
    if toks[end - 1].text.endswith(POSSESSIVE) and not given_first(words) and _no_noun_after(text, toks[end - 1].end):
        words[-1] = toks[end - 1].text
    return words


def _no_noun_after(text: str, at: int) -> bool:
    """Does a verb or a sentence adverb ("said", "also said"), a mark or the text's end follow ``at``, so that no noun a
    possessive could own does? Only a cue in the past or "says" is sure to be a verb: "reply" or "estimates" may be
    a noun ("Vint's reply was short", "according to Brown's estimates")."""
    m = _NEXT_WORD_RE.match(text, at)
    word = m.group(1) if m is not None else ""
    verb = word in P.EN_CUES and (word == "says" or word.endswith("ed") or word in IRREGULAR_PAST)
    return not word or verb or word in SENTENCE_ADVERBS  # (no "-ly" guess: "Vint's reply", "Vint's family")


_NEXT_WORD_RE = re.compile(r"\s*([a-z]*)")


def _place_abbreviation_opens(toks: list[Tok], i: int) -> bool:
    """Does the run at ``toks[i]`` open with an abbreviation that opens a place's name ("St.", "Ft.", "Mt.") after
    a preposition ("in St. Louis", "from Ft. Worth"), so name a place?"""
    return toks[i].low in PLACE_NAME_ABBREVIATIONS and i > 0 and toks[i - 1].low in PREPOSITIONS


def description(text: str, toks: list[Tok], end: int) -> Who | None:
    """A lower-case noun phrase: "a bureau spokesperson", "the ministry", "experts"."""
    if end == 0 or toks[end - 1].low in AUXILIARIES or toks[end - 1].low in PREPOSITIONS:
        return None  # "… should have been called", "said to have responded": no subject here
    # "the mother of two"
    counted = end >= 2 and toks[end - 2].low == "of" and toks[end - 1].low in COUNTED_NUMBER_WORDS
    if toks[end - 1].low in DETERMINERS and not counted or toks[end - 1].low in POSSESSIVE_DETERMINERS:
        return None
    j = end
    while j > 0 and end - j < 10 and toks[j - 1].text not in PUNCT and toks[j - 1].low not in CLAUSE_BREAKS:
        if toks[j - 1].low in P.EN_CUES and (j == end or (toks[j - 1].low, toks[j].low) not in CUE_WORD_COMPOUNDS):
            if not (j >= 2 and toks[j - 2].low in NOUN_DETERMINERS):
                break  # (but "the accused": after "the" a cue's participle is a noun)
        j -= 1
    while j < end - 1 and toks[j].low in SENTENCE_ADVERBS:
        j += 1  # "Still the company says": the adverb opening the sentence is no part of the description
    if time_relative_clause(toks, j, end):
        return None  # "The year the mayor said the water was safe was 2019": no report
    j = opening_time_across_break(toks, j, end)  # "Since January the agency said", "In 2021 and 2022 the firm said"
    j = opening_time_end(toks, j, end)  # "On Monday the council said": nor is a time phrase opening it
    j = opening_adverbial_end(toks, j, end) if j < end else j  # nor "In London" in "In London the minister said"
    if j == end:
        return None
    return _person_of_body(text, toks, j, end) or classify_description(text, toks, j, end)


def _person_of_body(text: str, toks: list[Tok], j: int, end: int) -> Who | None:
    """ "Ann Lee of the health board said", "Sgt Rob Kelly from Ballarat police said": a person's full name opens the
    phrase, and "of" or "from" and a body written in lower case follow it; the person speaks, the "of" phrase is the
    role (as "Ann Lee of the World Bank")."""
    of = next((k for k in range(j + 1, end - 1) if toks[k].low in _BODY_LINKS), None)
    if of is None or run_start(toks, of) > j or end - of > _BODY_WORDS:
        return None
    head = np_ending(text, toks, of)
    if head is None or head.kind != "person" or " " not in head.mention or head.start != toks[j].start:
        return None
    body = text[toks[of].start : toks[end - 1].end]
    head.role = body if head.role is None else f"{head.role} {body}"
    return head


_BODY_WORDS = 6  # "of the local health board"; a longer stretch holds more than the body's name
_BODY_LINKS = frozenset(("of", "from"))  # "Sgt Rob Kelly from Ballarat police": where the person works
