"""English word tables shared by the enrichment stages (speakers, quotes, credits).

One copy of each table: stages import from here and never keep their own. Everything is lower case
(compare with ``word.casefold()``) and ships with the package, so nothing is read or downloaded while
parsing.
"""

from __future__ import annotations

from .names_en import BARE_TITLES as BARE_TITLES
from .names_en import FEMALE_KIN as FEMALE_KIN
from .names_en import FEMALE_TITLES as FEMALE_TITLES
from .names_en import HONORIFICS as HONORIFICS
from .names_en import MALE_KIN as MALE_KIN
from .names_en import MALE_TITLES as MALE_TITLES
from .names_en import MEMBER_ACRONYMS as MEMBER_ACRONYMS
from .names_en import NAME_PART_HOMOGRAPHS as NAME_PART_HOMOGRAPHS
from .names_en import NAME_PARTICLES as NAME_PARTICLES
from .names_en import NAME_SUFFIXES as NAME_SUFFIXES
from .names_en import OFFICE_ACRONYMS as OFFICE_ACRONYMS
from .names_en import OFFICE_TITLES as OFFICE_TITLES
from .names_en import PAIRED_TITLES as PAIRED_TITLES
from .names_en import PARTY_LABELS as PARTY_LABELS
from .names_en import PARTY_STATE_RE as PARTY_STATE_RE
from .names_en import PLACED_OFFICE_INITIALS as PLACED_OFFICE_INITIALS
from .names_en import POST_NOMINALS as POST_NOMINALS
from .names_en import ROYAL_COLLEGE_LETTERS_RE as ROYAL_COLLEGE_LETTERS_RE
from .names_en import SET_OFF_TITLE_GIVEN_NAMES as SET_OFF_TITLE_GIVEN_NAMES
from .names_en import TITLE_GIVEN_NAMES as TITLE_GIVEN_NAMES
from .names_en import TITLE_SUFFIXES as TITLE_SUFFIXES
from .names_en import TITLES as TITLES
from .names_en import WRITTEN_NAME_SUFFIXES as WRITTEN_NAME_SUFFIXES
from .names_en import WRITTEN_POST_NOMINALS as WRITTEN_POST_NOMINALS
from .time_words_en import CLAUSE_TIME_WORDS as CLAUSE_TIME_WORDS
from .time_words_en import DAY_OWNERS as DAY_OWNERS
from .time_words_en import MONTH_NAMES as MONTH_NAMES
from .time_words_en import MONTH_SHORT_FORMS as MONTH_SHORT_FORMS
from .time_words_en import TIME_DETERMINERS as TIME_DETERMINERS
from .time_words_en import TIME_EDGE_WORDS as TIME_EDGE_WORDS
from .time_words_en import TIME_LEADS as TIME_LEADS
from .time_words_en import TIME_NOUNS as TIME_NOUNS
from .time_words_en import TIME_WORDS as TIME_WORDS
from .time_words_en import WEEKDAY_NAMES as WEEKDAY_NAMES
from .time_words_en import WEEKDAYS as WEEKDAYS

# Heads that make a capitalised name an organisation rather than a person ("Russia's Defense
# Ministry", "Acme Holdings LLC"). Chinese surnames that are also English words (Sun, Star) stay out:
# "Sun Wei said" is a person.
ORG_WORDS: frozenset[str] = frozenset(
    """ministry department government police group company inc corp corporation ltd council commission
    committee agency bureau university office association party army military service services court board
    bank fund organization organisation institute foundation administration authority authorities union
    times news post press reuters network centre center school college club team league federation
    society trust hospital embassy parliament congress senate house cabinet force forces navy taliban
    nations channel magazine journal air airways airlines nhs fbi cia kremlin pentagon mail guardian telegraph
    cnn bbc mirror express afp bloomberg fox abc cbs nbc msnbc politico axios productions records studios
    entertainment holdings partners technologies labs laboratories industries motors aerospace robotics
    therapeutics pharmaceuticals ventures enterprises llc plc gmbh media wire museum library tv television
    radio festival films herald tribune gazette chronicle courier observer airport institution campaign
    show podcast centers centres institutes chamber alliance coalition consortium academy síochána siochana
    market station church forum caucus""".split()
)
# Words of ORG_WORDS that are also surnames: after a given name they end a person's name ("Dan Fox",
# "Michael Bloomberg"), alone they name the network or the firm.
SURNAME_ORG_WORDS: frozenset[str] = frozenset("fox bloomberg church".split())
# The lower-case heads among them that name an organisation in a noun phrase ("the ministry said"), where
# ORG_WORDS also serves inside capitalised names ("Reuters", "Holdings").
ORG_HEAD_NOUNS: frozenset[str] = frozenset(
    """ministry department government police company agency bureau council commission committee military
    army court board office administration authority union club team embassy hospital school university
    college""".split()
)

# Head nouns that make a place of the capitalised words before them ("Lee County"): never a person's name, even
# after a given name. ("Wall Street" stays out: a street may stand for its trade and speak.) A police division of a
# Nigerian state, an Indian district and a Kenyan constituency likewise ("The commander of South Kano Division, Musa
# Bello, said": the speaker was "Kano Division"; Session 64).
PLACE_HEAD_WORDS: frozenset[str] = frozenset(
    "county township parish borough prefecture division district constituency".split()
)
# Abbreviated words that open a place's name ("St. Louis", "Ft. Worth", "Mt. Hood"): after a preposition the run
# they open is a place, not a title and a person ("forecasters in St. Louis said").
PLACE_NAME_ABBREVIATIONS: frozenset[str] = frozenset("st. ft. mt.".split())
# The words of "saint" opening an institution's name with the saint's possessive ("St Anne's Hospice", "St.
# Jude's Children's Research Hospital", "Saint Mary's College"): the possessive is inside the name, no owner's.
SAINT_WORDS: frozenset[str] = frozenset("st st. saint".split())

# Words that mark a credit or byline segment as no person without being an organisation's head: picture
# desks, platforms, publication names and place levels ("Photo: Handout", "Getty Images/iStockphoto").
CREDIT_SOURCE_WORDS: frozenset[str] = frozenset(
    """images image photo photos pictures picture staff handout supplied stock live echo world x online
    digital shutterstock getty xinhua unsplash pool courtesy instagram twitter facebook youtube tiktok weibo
    wechat file archive archives collection municipal district county state province provincial project
    record register bulletin sentinel inquirer independent initiative program programme studio
    technology systems solutions software co. review standard star sun daily lodge resort""".split()
)


# Adverbs that open a sentence before its subject ("Now Acme says", "Still the company says", "Finally
# Ruiz said"): no part of the subject, neither of a name nor of a description.
SENTENCE_ADVERBS: frozenset[str] = frozenset(
    """now still then also meanwhile however yet instead perhaps indeed thus hence therefore nevertheless
    nonetheless moreover furthermore besides soon again finally recently previously currently additionally
    separately similarly likewise ultimately initially subsequently eventually earlier later today
    yesterday tonight""".split()
)


# Capitalised words that start a sentence, a clause or a date but never belong to a name ("Although
# Ishiba said", "Of Carson, …"). Prepositions that organisation names write capitalised ("Doctors
# Without Borders", "Competition Between …") stay out.
NOT_NAME_WORDS: frozenset[str] = SENTENCE_ADVERBS | frozenset((*WEEKDAY_NAMES, *MONTH_NAMES)) | frozenset(
    """the a an in on at for from but and or so yet if as by with after before when while during since
    this that these those it its his her their our my your he she they we i you there here however
    speaking asked according meanwhile earlier later last
    next also then today yesterday tonight mr mrs ms dr some many most several others both
    what who whom whose which how why where
    although though because whereas unless until once despite of whether even just only still instead
    perhaps indeed thus hence therefore nevertheless nonetheless moreover furthermore besides unlike amid
    another each every any neither either none such""".split()
)

# Acronyms spelling a function word ("WHO said", "the US says", "IT staff"): in running text these capitals
# name an organisation, a country or a trade, never the pronoun or the relative word.
WORD_ACRONYMS: frozenset[str] = frozenset(("WHO", "US", "IT"))


# Function words, one table per use. Their members differ on purpose: each use was measured on its own.

# Prepositions that end a speaker's noun phrase or open a phrase of place or time around it.
PREPOSITIONS: frozenset[str] = frozenset(
    "in on at to for with during after before about by from into over under via".split()
)
# Prepositions right before a "that" with no verb after it: it is a determiner ("about that night in Bray"), never
# the conjunction opening what the cue reports (Session 63). Not "after" and "before": "said soon after that the
# long lines …" leaves the conjunction out after the time; nor a preposition right after the cue ("said after that
# the team …").
PREPOSITIONS_BEFORE_DEMONSTRATIVE: frozenset[str] = (PREPOSITIONS | frozenset(("of",))) - frozenset(
    ("after", "before")
)
# Adverbs that point to a place in the text or the world ("a good question, answered above, but …"): after a
# cue, never the start of a speaker's description.
PLACE_ADVERBS: frozenset[str] = frozenset("above below here there elsewhere overleaf".split())
# Prepositions that, capitalised at a sentence start, open a run of capitals without being part of the name
# after them ("Among von Hagen's constituents", "Under Ruiz Ortega's plan").
RUN_OPENING_PREPOSITIONS: frozenset[str] = frozenset(
    """among amongst amid amidst despite without against between beyond within toward towards across through
    throughout behind beside besides beneath unlike upon under over into after before during about outside inside
    near around like""".split()
)
# Expletive subjects, which hold no speaker ("There is a shortage of doctors, …", "It was a good year, …"):
# "there" before any verb; "it" before a copula only ("It cut jobs" has a referent).
EXPLETIVE_SUBJECTS: frozenset[str] = frozenset("there it".split())
EXPLETIVE_COPULAS: frozenset[str] = frozenset(
    "is was 's seems seemed appears appeared remains remained".split()
)
# Reflexive pronouns: after a name before its verb they stress it ("Smith himself protested"), no noun of a
# description.
REFLEXIVES: frozenset[str] = frozenset("himself herself itself themselves myself ourselves yourself".split())
# Auxiliaries and "not": a noun phrase never ends with one ("… should have been called").
AUXILIARIES: frozenset[str] = frozenset(
    "is are was were be been has have had will would can could should may might must do does did not".split()
)
# An auxiliary contracted onto the word before it, after its apostrophe ("they're", "she'd", "I'm", "he'll").
CONTRACTED_AUXILIARIES: frozenset[str] = frozenset("d ll s re ve m".split())
# The finite ones: a stretch holding one holds a clause ("Prices will rise").
FINITE_AUXILIARIES: frozenset[str] = AUXILIARIES - {"be", "been", "not"}
# Negated auxiliaries, contracted or not ("didn't", "won't", "cannot"; the apostrophe straight): finite too.
NEGATED_AUXILIARIES: frozenset[str] = frozenset(
    """isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't cannot couldn't shouldn't mustn't
    don't doesn't didn't mightn't needn't""".split()
)
# Finite verbs and copulas a reported clause is read with, with the stems a negative contraction leaves to the
# word pattern ("didn't" reads "didn", "t").
FINITE_WORDS: frozenset[str] = frozenset(
    """is are was were be been will would can could should may might must has have had do does did wo
    ca won't can't isn't wasn't didn doesn don isn aren wasn weren hasn haven hadn couldn wouldn shouldn
    mustn""".split()
)
# Words that open an English clause (besides any capitalised word).
CLAUSE_OPENERS: frozenset[str] = frozenset(
    "the a an he she they it we i this there his her their its some many most".split()
)
# Determiners and counts before a noun: after one, a past form is a modifier ("the injured man", "two
# wounded officers"), not a finite verb.
MODIFIER_DETERMINERS: frozenset[str] = frozenset("a an the his her their its".split())
# Numbers a writer spells out, one to nineteen.
NUMBER_WORDS: tuple[str, ...] = tuple(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen""".split()
)
COUNT_WORDS: frozenset[str] = frozenset(NUMBER_WORDS[:10]) | frozenset("dozens hundreds thousands some many".split())
# Words of degree before a count opening a clause's subject ("about 30 people were …", "nearly half the homes …").
DEGREE_WORDS: frozenset[str] = frozenset("about nearly almost around roughly approximately just only".split())
# Ages a writer spells out after a child's name ("Mia Lund, nine, said"): no role.
AGE_WORDS: tuple[str, ...] = NUMBER_WORDS
# Words before a name a person bore before ("Mary Collins, née Doyle, said"; "born Mary Doyle"): that name is no role.
FORMER_NAME_MARKERS: tuple[str, ...] = ("née", "nee", "né", "born", "formerly")
# An adjective or participle after a source noun and the preposition it takes ("a person familiar with the talks",
# "an official close to the minister"): the preposition's phrase belongs to the description.
POSTNOMINAL_ADJECTIVE_PREPOSITIONS: frozenset[tuple[str, str]] = frozenset(
    (("familiar", "with"), ("close", "to"), ("briefed", "on"), ("knowledgeable", "about"), ("privy", "to"))
)
# Prepositions that join a person to a place or body ("Greg Taylor of Indianapolis", "analysts at Nomura").
OF_LIKE: frozenset[str] = frozenset("of at from with".split())
# Words that join a title to its complement before the holder's name ("Secretary of State Antony Blinken", "Ambassador
# to the US Xie Feng", "Minister for Health Ong Ye Kung"): the complement is the title's, the name follows it.
TITLE_COMPLEMENT_JOINERS: frozenset[str] = frozenset("of to for".split())
# The words joining a title to the complement after it in a segment before the holder's name in commas: those and
# "representing" ("The senator representing Kano Central, Sani Kurawa, said": Session 63).
HOLDER_COMPLEMENT_JOINERS: frozenset[str] = TITLE_COMPLEMENT_JOINERS | frozenset(("representing",))
# Lower-case words inside the capitalised name of a publication or a work ("the New England Journal of Medicine",
# "the Annals of Coastal Ecology"): its run goes on past them.
WORK_TITLE_JOINERS: frozenset[str] = frozenset("of for and".split())
# Determiners and quantifiers that open a description ("the mayor", "several officials").
DETERMINERS: frozenset[str] = frozenset("the a an some one two three many several most other another both all".split())
# Words that end a noun phrase.
CLAUSE_BREAKS: frozenset[str] = frozenset(
    """and but or that which who whom whose because while when as if since so than then said says told added
    after before although though whether where""".split()
)
# Coordinators that may open a sentence before its subject ("But Mark Olsen, a senator, said"): the subject
# speaks, the coordinator is no part of its name.
OPENING_COORDINATORS: frozenset[str] = frozenset(("and", "but", "or", "so"))
# Coordinators that join two clauses or predicates ("denied it and has …", "warned drivers and set up …").
COORDINATORS: frozenset[str] = frozenset("and but or".split())
# Nouns made of a cue word and the noun after it ("think tank"): the cue word is part of the noun, no report, so a
# description does not end before the noun ("the think tank told", not "tank told").
CUE_WORD_COMPOUNDS: frozenset[tuple[str, str]] = frozenset({("think", "tank"), ("think", "tanks")})
# Words that never open a reported clause after a cue: prepositions of a frame, time words, "as", "both".
NOT_CLAUSE_START: frozenset[str] = frozenset(
    """in on at to for with during after before about of by from as last this earlier later yesterday today
    tonight monday tuesday wednesday thursday friday saturday sunday both""".split()
)
# Prepositions that open an adverbial a reported clause can follow ("said in a statement that …").
PP_HEADS: frozenset[str] = frozenset("in on at during via over".split())
# Prepositions of time that open such an adverbial only before a determiner ("said after the match his players
# …", "told reporters before the vote the plan …"); before a pronoun or a bare noun they may open a clause of time
# ("said after he resigned …").
PP_TIME_HEADS: frozenset[str] = frozenset("after before".split())
# Means of a message after "by" that make it an adverbial of the saying, not a passive's agent ("told the paper by
# phone the talks …", "said by email the plant …", "confirmed by text message the …").
BY_MEANS_NOUNS: frozenset[str] = frozenset("phone telephone email text letter video fax".split())
# Prepositions opening a noun's complement after a first adverbial ("in a post on social media", "in an interview
# with the local radio", "during a visit to the flood zone", "at the end of the meeting").
PP_COMPLEMENT_HEADS: frozenset[str] = frozenset("with to from for of".split())
# Words that open a phrase of the writer's before a parenthetical cue ("In the end, he said, …", "Still, Lee said,
# …"): prepositions and discourse words, never a subject.
ADVERBIAL_CHUNK_OPENERS: frozenset[str] = frozenset(
    """in on at during within after before since until by for from over under despite throughout
    still but and yet so now then meanwhile however instead also again indeed ultimately separately""".split()
)
# Words that open an adverbial closed by a comma between a cue and a reported clause ("said, in a statement, the
# final …", "said as a result of the strike, flights …", "said in his view, the death …"): prepositions and a few
# discourse words, no coordinator.
FRONTED_ADVERBIAL_HEADS: frozenset[str] = frozenset(
    """in on at during within after before since until by for from over under despite throughout meanwhile however
    instead indeed ultimately separately as because following amid among through given with without like unlike
    besides beyond via""".split()
)

# The words of a relative clause by which a person unnamed gives the name the article calls them by ("a trader, who
# gave his name only as Musa,", "a woman, who identified herself as Grace,"): the name after "as" ending the
# clause is the person's.
SELF_NAMING_WORDS: frozenset[str] = frozenset("name names himself herself themselves identified".split())

# Relative words that open a clause about a person after a comma (", who", ", whose").
PERSON_RELATIVES: frozenset[str] = frozenset(("who", "whose"))
# Relative words that open a clause about the subject before its verb ("One person who attended said").
SUBJECT_RELATIVES: frozenset[str] = frozenset(("who", "which"))
# The words that may follow a role noun closing a speaker phrase ("said the Rovers manager on Saturday", "said the
# club's captain, who was sent off"): a preposition or a relative pronoun of a person.
AFTER_A_ROLE: frozenset[str] = PREPOSITIONS | PERSON_RELATIVES

# Prepositions that open a place or time adverbial ("told reporters aboard Air Force One", "said outside the
# court"), never a reported clause.
ADVERBIAL_PREPOSITIONS: frozenset[str] = frozenset(
    """aboard across along alongside amid amidst among around behind beside beyond inside near outside through
    throughout under upon within without onto into toward towards""".split()
)

# Verbs that make "this" right before them a subject ("said this is a rough patch"), not a time ("said this week").
THIS_SUBJECT_VERBS: frozenset[str] = frozenset("is was will would has had".split())

# What a well-known body is called when the text names it again by kind ("Nato … the alliance said"),
# as the name is written (matched case-sensitively: "WHO" is the organisation, "Who" is not).
KNOWN_ORG_KINDS: dict[str, str] = {
    "Nato": "alliance", "NATO": "alliance", "EU": "bloc", "European Union": "bloc", "Opec": "group",
    "OPEC": "group", "Asean": "bloc", "ASEAN": "bloc", "UN": "organisation", "United Nations": "organisation",
    "WHO": "organisation", "IMF": "fund", "World Bank": "bank", "WTO": "organisation", "G7": "group",
    "G20": "group", "Brics": "group", "BRICS": "group",
}


# Nouns ending in -ly that speak or are spoken, which a test for adverbs ("repeatedly") must not take
# for one ("The Vint family said", "A Hale ally said", "Vint's reply was short:").
LY_NOUNS: frozenset[str] = frozenset("family ally reply assembly".split())
# Words in -ly that are no adverb of the saying right after a cue, but of degree or of the clause
# ("said nearly half …", "said likely voters …", "said elderly residents …").
NOT_SAYING_LY: frozenset[str] = frozenset(
    """nearly roughly approximately merely barely hardly mostly partly largely likely elderly weekly
    monthly yearly hourly friendly lonely""".split()
)

# Endings of an agent noun of a person, narrow enough to tell one after a count or a modifier ("one Tokyo-based
# trader"; not "-ent": "government").
AGENT_ENDINGS: tuple[str, ...] = ("er", "or", "ist", "ian")
# Endings in "s" of no plural and no present in -s ("class", "bonus", "this", "crisis").
NOT_S_FORM_ENDINGS: tuple[str, ...] = ("ss", "us", "is")


def agent_noun(low: str, endings: tuple[str, ...] = AGENT_ENDINGS) -> bool:
    """Is the lower-cased word ``low`` an agent noun of a person by its ending ("trader", "organiser", "florist";
    ``endings`` wider for "postman"), longer than four letters and no organisation's head ("center", "council")?"""
    return low.isalpha() and len(low) > 4 and low.endswith(endings) and low not in ORG_HEAD_NOUNS


# Endings of lower-case agent nouns that make a role before or after a name ("campaign manager Jeff
# Weaver", "pollster", "nominee", "spokeswoman").
ROLE_NOUN_ENDINGS: tuple[str, ...] = (*AGENT_ENDINGS, "man", "woman", "ant", "ent", "ee")

# Endings of an age written as an adjective before a full name ("said 12-year-old Emma Brown"): the age
# is the role, the name after it the person.
AGE_ADJECTIVE_ENDINGS: tuple[str, ...] = ("-year-old", "-month-old")

# Abbreviated company forms that close a company's name with a full stop inside a sentence ("general
# manager of Chongqing Lihua Trading Co., Ltd.", "head of Acme Inc., said"): no sentence end.
# ``COMPANY_ABBREVIATION_WORDS`` without their stops (the ones the quote tables count as abbreviations too,
# ``COMPANY_SENTENCE_ABBREVIATIONS``: "llc" and "plc" are written in capitals, which no sentence end reads).
COMPANY_SENTENCE_ABBREVIATIONS: frozenset[str] = frozenset(("co", "inc", "corp", "ltd"))
COMPANY_ABBREVIATION_WORDS: frozenset[str] = COMPANY_SENTENCE_ABBREVIATIONS | frozenset(("llc", "plc"))
COMPANY_ABBREVIATIONS: frozenset[str] = frozenset(word + "." for word in COMPANY_ABBREVIATION_WORDS)


# Nouns of a source described by its side or office ("a Taliban representative", "a senior official",
# "the Pentagon spokesman"): lower-case heads of a description that stands for a person.
SOURCE_NOUNS: frozenset[str] = frozenset(
    """representative official source spokesman spokeswoman spokesperson member insider officer diplomat
    executive analyst expert lawyer aide""".split()
)

# Nouns of a person by the sport, contest or trade they do ("the McLaren driver", "the Olympic champion", "the
# Indian opener"): after "the" and a capitalised qualifier they describe someone, never name a body (unlike a
# company's noun: "the iPhone maker", "the Irish carrier"). Nouns ending in "-ist" ("the Dutch cyclist") count too.

PERSON_ROLE_NOUNS: frozenset[str] = frozenset(
    """driver rider runner sprinter champion medallist medalist opener winger skipper bowler batter batsman
    golfer boxer fighter jockey swimmer skater skier wrestler keeper seed finalist debutant rookie veteran
    youngster teenager hurdler jumper rower sailor climber peer principal referee umpire""".split()
)
# Indefinite pronouns of a person ("Anyone who saw the crash", "Everyone who attended"): capitalised opening a
# sentence, they name nobody; what the relative clause after one says is no speaker either.
INDEFINITE_PERSON_PRONOUNS: frozenset[str] = frozenset(
    "anyone anybody everyone everybody someone somebody nobody".split()
)
# The lower-case nouns a person is called by, of a source or of a trade ("the ministry official", "the team
# principal"): heads of a role or a description of someone.
PERSON_NOUNS: frozenset[str] = SOURCE_NOUNS | PERSON_ROLE_NOUNS


# Participles that join a place or a body before a name to qualify it ("Mercer Island-based Dana F. Besecker
# Company", "Texas-born Ana Silva", "Kremlin-backed Russia Today"): the words up to them are no part of the name.
PLACED_PARTICIPLES: frozenset[str] = frozenset(
    "based born bred raised owned led backed funded run headquartered".split()
)

# Words that open a subordinate clause before the main one ("When Trump suggested …, Rubio fired back:"):
# the subject of the sentence stands after the comma that closes it.
SUBORDINATORS: frozenset[str] = frozenset(
    "when while as if since although though because after before once until whereas".split()
)

# An appositive segment that opens with one of these tells what the subject did or was like, no role ("Tom Hale, like
# many others, said"; coordinators: "Trump, and other critics of the ruling, claim" coordinates a second subject).
ADVERBIAL_LEADS: frozenset[str] = PREPOSITIONS | frozenset("like unlike despite including among and or but nor".split())
# Words after a participle that make it a phrase with its complement ("Adeyemi, asked about the bill, said"), not a
# modifier of a role noun ("a retired teacher").
PARTICIPLE_OBJECT_WORDS: frozenset[str] = PREPOSITIONS | OF_LIKE | frozenset(
    "the a an his her their its by that as".split()  # "identified as …": no role noun follows
)
# Lower-case words that open a relative clause inside a role ("an expert at the university who did not work
# on the study"): the clause describes the person, the role ends before it. "that" is no such word here: it is
# also a determiner inside a role ("head of that agency"). The person's and the subject's relatives, and "whom".
RELATIVE_PRONOUNS: frozenset[str] = PERSON_RELATIVES | SUBJECT_RELATIVES | {"whom"}
# The relative words with "that", where no determiner is read: they open a relative clause in an appositive role
# ("the mayor, who backed the plan"), in a description after "according to X," and after a comma before a cue.
RELATIVE_WORDS: frozenset[str] = RELATIVE_PRONOUNS | {"that"}
# Words that open a description of a source closing the sentence after "…, according to X," ("…, one of the unions
# representing the staff.", "…, a fundraising website."), no clause going on.
SOURCE_DESCRIPTION_OPENERS: frozenset[str] = frozenset("a an one the".split())


# Capitalised words that may open a sentence before its subject's name with no comma ("But Fiorina wrote",
# "Meanwhile Rihanna spoke"): the name still opens the clause.
CLAUSE_LEAD_WORDS: tuple[str, ...] = (
    "And", "But", "So", "Yet", "Then", "Now", "Still", "Meanwhile", "Later", "Instead"
)
