"""English nouns that describe a speaker the article does not name here: an organisation named again by its kind
("the company said"), a group ("Neighbours said", "lawmakers on the House Select Committee"), someone named before
("the victim said", "the couple"), a source kept unnamed ("a spokesperson said"), and the heads of a definite
description of one person opening a sentence ("The prime minister has arrived.").

Re-exported by :mod:`.quote_patterns`, where the readers import them from (``P.EN_GROUP_NOUNS``). Lower case.
"""

from __future__ import annotations

import re

from .en import FEMALE_KIN, MALE_KIN, PERSON_ROLE_NOUNS, TITLES

# "the company said", "the label says": an organisation named before, when one was just quoted.
EN_ORG_ANAPHORS = frozenset(
    """company firm label group organisation organization agency ministry department bank center centre institute
    council committee union board office network newspaper paper outlet publication airline university
    hospital club team service institution alliance bloc carrier campaign court bench school college""".split()
)

# "said the think tank Ember", "said the campaign group Ember": a body's noun before its name (the name speaks).
EN_BODY_NOUNS_BEFORE_NAME = EN_ORG_ANAPHORS | frozenset(("tank",))

EN_TYPE_SYNONYMS: dict[str, str] = {
    "paper": "newspaper",
    "daily": "newspaper",
    "tabloid": "newspaper",
    "broadsheet": "newspaper",
    "centre": "center",
    "organization": "organisation",
    "broadcaster": "network",
    "carrier": "airline",
    "institution": "institute",
    "bench": "court",
}

# Plurals of documents and data that stand alone as a subject as a group noun does ("Figures show", "Polls
# suggest"; EN_GROUP_NOUNS holds them): no people, so no group of people of a name ("Organisers of …").
EN_DOCUMENT_GROUP_NOUNS = frozenset(
    "statistics figures data records documents studies polls surveys estimates reports".split()
)

# A capitalised word standing alone as a subject that names a group, not a person ("Neighbours said",
# "Ex-friends told"): read as an unnamed source unless the article names someone with it. The table
# holds the common ones; the endings catch other plural agent nouns (not names, which the article
# introduces with a given name first).
EN_GROUP_NOUNS = frozenset(
    """neighbours neighbors residents officials police gardaí gardai witnesses critics experts analysts researchers
    scientists doctors investigators prosecutors authorities friends relatives supporters protesters protestors locals
    villagers democrats republicans conservatives liberals lawmakers legislators economists sources insiders
    fans users parents teachers students workers staff employees families survivors victims volunteers
    activists campaigners organisers organizers observers commentators detectives officers paramedics
    firefighters rescuers scholars academics historians pundits bosses executives managers leaders ministers
    mps senators voters customers shoppers passengers tourists visitors colleagues sources others attorneys
    eyewitnesses pupils""".split()
) | EN_DOCUMENT_GROUP_NOUNS

# Last words of the name of a street, a market, an estate or a school: a plural noun of people "on", "at" or "in"
# such a name are the people there ("Shop owners on Mill Street", "Traders at Gikomba Market", "Parents at St Oda's
# School"), who speak as a group, never the place (Session 63).
EN_LOCALITY_HEADS = frozenset(
    """street avenue road lane drive close crescent boulevard highway square way market markets estate estates
    village school academy""".split()
)

# Plural nouns of people who are at a place, never its voice: "at" or "on" any name is where they are ("Fans at Old
# Trafford", "Workers on Lagos Island", "Worshippers at St Anne's"), and they speak as a group (Session 63). Not the
# nouns of a body's people ("analysts at Acme Bank", "staff at the Ministry"), who may speak for it.
EN_PEOPLE_AT_A_PLACE = frozenset(
    """fans spectators supporters residents villagers locals neighbours neighbors worshippers congregants commuters
    passengers motorists travellers travelers shoppers tourists visitors protesters protestors demonstrators
    traders vendors hawkers farmers fishermen workers pupils eyewitnesses bystanders onlookers mourners pilgrims
    holidaymakers campers""".split()
)

# Plural nouns with the ending of an agent noun that name no people ("Letters in the Daily Beacon said").
EN_NOT_PEOPLE_PLURALS = frozenset(
    "letters papers orders matters numbers others waters centers corners quarters".split()
)

# "lawmakers on the House Select Committee …", "members of the Legislative Council": the people of an
# organisation named once; a later "the lawmakers said" is that organisation speaking.
EN_MEMBER_NOUNS = frozenset(
    """lawmakers legislators members officials staff researchers scientists experts analysts economists
    representatives delegates officers investigators prosecutors spokespeople""".split()
)

EN_GROUP_ENDINGS: tuple[str, ...] = (
    "ers",
    "ors",
    "ists",
    "ians",
    "ants",
    "ents",
    "ives",
    "ours",
    "bors",
    "crats",
    "icans",
)

EN_GROUP_PREFIXES: tuple[str, ...] = ("ex-", "former-", "fellow-")

# "the victim said", "the 37-year-old added": a definite description of someone already named,
# resolved like a pronoun (with the gender the noun gives, if any).
EN_ANAPHORIC_NOUNS: dict[str, str | None] = {
    "victim": None,
    "woman": "f",
    "man": "m",
    "star": None,
    "singer": None,
    "actress": "f",
    "actor": "m",
    "mother": "f",
    "father": "m",
    "mum": "f",
    "dad": "m",
    "teenager": None,
    "youngster": None,
    "girl": "f",
    "boy": "m",
    "businessman": "m",
    "businesswoman": "f",
    "survivor": None,
    "accused": None,  # "the accused told the court": a participle used as a noun
    "defendant": None,
    "witness": None,
    "expert": None,
    "analyst": None,
    "economist": None,
    "researcher": None,
    "professor": None,
    "author": None,
    "lawyer": None,
    "attorney": None,
    "scientist": None,
    "billionaire": None,
    "mogul": None,
    # two people named together before: "the couple", "the pair", "both men" (see SpeakerBook pairs)
    "couple": "p2",
    "pair": "p2",
    "duo": "p2",
    "two": "p2",
    "men": "p2",
    "women": "p2",
}

# The sex a noun of kin tells ("the grandmother said", "Her brother said …. “…,” he said"; lexicon.en).
EN_KIN_SEX: dict[str, str] = {**dict.fromkeys(MALE_KIN, "m"), **dict.fromkeys(FEMALE_KIN, "f")}

# Unnamed sources that articles keep unnamed: "a spokesperson said", "a source close to …" (no later
# name is looked for); other indefinite descriptions ("an expert has claimed") may be named afterwards.
EN_ANONYMOUS_NOUNS = frozenset(
    """source sources spokesperson spokesman spokeswoman official officials insider insiders friend friends
    person people resident residents witness witnesses neighbour neighbor representative rep aide aides
    statement report post tweet letter voice voices caller message sign""".split()
)

# Head nouns of a definite description of one person as a sentence's subject ("The prime minister has
# arrived.", "The chief executive spoke …"): a pronoun after it in its paragraph stands for that person,
# not for someone named later (see coref.name_forward).
EN_DEFINITE_PERSON_HEADS = (
    frozenset(t for t in TITLES if not t.endswith("."))
    | PERSON_ROLE_NOUNS
    | frozenset(noun for noun, gender in EN_ANAPHORIC_NOUNS.items() if gender in (None, "m", "f"))
    | frozenset(("official",))  # (the other heads are titles: "president", "minister", "executive", "boss")
)

EN_DEFINITE_SUBJECT_RE = re.compile(r"(?:^|[.!?][\"”’']? +)The ((?:[a-z0-9][a-z0-9\-]* ){1,3})(?=[a-z])")
