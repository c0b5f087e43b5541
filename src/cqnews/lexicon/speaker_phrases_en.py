"""Word and pattern tables of English speaker phrases: how a token is read (a bracketed label after a name, a
contracted pronoun, an online handle) and the small word classes the noun-phrase readers test."""

from __future__ import annotations

# A short bracketed label after a name is read as no token: a party and state, "(R)", "(D-Calif.)",
# "(R-OH)", an acronym, "(OBC)", an age, "(64)", or a British councillor's party and ward, "(Lab)",
# "(Lib Dem, Northfield)". "Sen. Tom Jones (D-Calif.) said" is read as "Sen. Tom Jones said".
WARD_LABEL = r"[A-Z][a-z]{1,11}(?: [A-Z][a-z]{1,11})?(?:, [A-Z][\w’'.\-]*(?: [A-Z][\w’'.\-]*){0,2})?"
# A photo's pointer to the person, "(pictured)", "(left)", "(second right)": "Ann Lee (pictured), 81, said" is
# read as "Ann Lee, 81, said".
PHOTO_POINTER = (
    r"(?:(?:pictured|far|second|third|top|bottom|centre|center) )?"
    r"(?:pictured|left|right|centre|center|above|below|inset|top|bottom)"
)
# The apostrophe opening a Sesotho name of the "'Ma-" form ("'Mats'eliso Lebona", the mother of Ts'eliso): glued to
# a capital M and a word with an apostrophe of its own inside, it is a letter of the name, no quote mark. The
# speaker readers read the name without it, as the name index does.
NAME_OPENING_APOSTROPHE = r"['’](?=M[^\W\d_]*+['’][^\W\d_])"

# A retired officer's mark between the rank and the name on South Asian pages, "(retd)", "(rtd)", "(retired)":
# "said Brigadier (retd) Harun Khan" is read as "said Brigadier Harun Khan" (the speaker was "Brigadier").
RETIRED_MARK = r"(?:retd|rtd|retired)\.?"

BRACKETED_LABEL = (
    rf"\((?:{PHOTO_POINTER}|{RETIRED_MARK}|[A-Z]{{2,6}}"
    rf"|[A-Z]{{1,2}}(?:[-–.,] ?[A-Z][\w.]*(?: [A-Z][\w.]*)?)?|\d{{1,3}}|{WARD_LABEL})\)"
)

# A subject pronoun with its auxiliary contracted ("he’s said", "they've warned") is the pronoun, the
# "’s" no token (the group ``contraction``).
CONTRACTED_PRONOUN = r"(?:[Hh]e|[Ss]he|[Ww]e|[Tt]hey|I)(?=['’](?:s|ve|d)\b)|(?P<contraction>(?<=[eyI])['’](?:s|ve|d)\b)"

# An online handle standing for its user: "@jdoe", "acebush1" (lower-case letters with digits;
# capitalised at a sentence start: "Acebush1 answered").
HANDLE = r"@\w{2,30}|[A-Za-z][a-z_]{2,20}\d{1,6}[a-z_]{0,10}"

# Marks that set a name's run off from the words before it ("…, de Vries said"; a comma, a dash, an opening mark).
SETTING_OFF_MARKS = frozenset(",;—–“\"(")

# "the" before a cue's participle makes it a noun ("the accused said").
NOUN_DETERMINERS = frozenset(("the",))
# The number words among the determiners ("the mother of two said").
COUNTED_NUMBER_WORDS = frozenset(("one", "two", "three"))
# Possessive determiners: a phrase ending in one is no description ("… told his").
POSSESSIVE_DETERMINERS = frozenset(("his", "her", "their", "its", "our", "my"))

# The articles ("the", "a", "an").
ARTICLES = frozenset(("a", "an", "the"))

# Straight marks open a quote when the word follows them with no space ("Morning Joe," / ''Hardball'').
STRAIGHT_QUOTE_MARKS = frozenset(('"', "'", "''"))

# Words that open a phrase a clause's subject is no part of ("Like Smith, …", "Despite the ban, …").
PHRASE_LEADS = frozenset("like unlike despite including among".split())
# Words that open a verb's object: after a word in -s they show it a verb ("remembers it", "runs the").
OBJECT_OPENERS = frozenset("it him her them the a an his their its this that".split())

# Words before a name that make it part of a phrase ("of the Lee family", "with Lee"), besides the prepositions.
PHRASE_JOINERS = frozenset(("of", "and", "or"))

# Endings of a word that is no noun of a role ("reported", "leading", "only", plurals).
NOT_ROLE_NOUN_ENDINGS = ("ed", "ing", "ly", "s")
# Adjectives that go on a person's name as an epithet, no role ("said the quiet Mary Lane", "the young Tom Hale",
# "the late Ann Cole"): the endings that make a word an adjective and no person's noun ("the cheerful Ann Lee",
# "the famous …", "the tireless …", "the likeable …"), and the plain adjectives of age, size and manner, which have
# none.
EPITHET_ENDINGS = ("ful", "ous", "less", "ish", "able", "ible")
EPITHET_ADJECTIVES = frozenset(
    """young old late elderly tall short big little tiny small quiet shy proud brave calm gentle kind bold loud
    great good popular""".split()
)

# Nouns of data and of the documents that hold it, a finding's bearer, never its speaker ("data from the ministry
# show …", "the study found …"): the words common to DATA_WORDS and quote_patterns.EN_DOC_HEADS.
DATA_NOUNS = frozenset("data figures statistics report study survey poll".split())
# Nouns of data that speak for no one ("data from the ministry show …").
DATA_WORDS = DATA_NOUNS | frozenset("numbers estimates research analysis statement".split())

# A participle between a document and its author ("a statement released by …", "a report published by …", "a
# statement signed by its spokesman, Dr Ade Musa, said").
ISSUED_WORDS = frozenset("released issued published compiled prepared conducted commissioned posted signed".split())
# A participle between an office holder and the one who stood in for them and spoke ("The governor, represented by
# his deputy, Dr Ann Obi, said"): the one named after speaks, the words after "by" their role (Session 64).
STOOD_IN_WORDS = frozenset(("represented",))

# Prepositions of a medium after a subject ("Ann Lee in an interview said", "… via email"): no part of it.
MEDIUM_PREPOSITIONS = frozenset(("in", "on", "via"))

# Conjunctions after a comma that open a new clause with its own subject (", and Ann Lee said").
CLAUSE_CONJUNCTIONS = frozenset(("and", "but"))

# Words joining two capitalised runs into one organisation's name ("the Fire and Rescue Service", "Johnson & Co").
NAME_RUN_JOINERS = frozenset(("and", "&"))

# Participles before the name of someone described ("a businessman surnamed Bu", "a teacher named Ann").
NAMING_PARTICIPLES = frozenset(("surnamed", "named"))

# Forms of "go" before "on to say" ("Smith went on to say").
GO_FORMS = frozenset(("went", "goes", "go", "going"))

# Prepositions that may stand inside a description of a source ("head of the agency", "a lawyer for the family",
# "a professor at the university"); other prepositions end it.
DESCRIPTION_PREPOSITIONS = frozenset(("of", "for", "at"))

# Prepositions that open a past participle's own phrase inside a description ("a man arrested by police", "a woman
# injured in the crash"): the agent or the event the participle names belongs to the description.
PARTICIPLE_PHRASE_PREPOSITIONS = frozenset(("by", "in"))
# Past participles not ending in "-ed"/"-en" that take such a phrase ("a man shot by police", "a boy hurt in a fall").
IRREGULAR_PARTICIPLES = frozenset(("shot", "hit", "hurt", "held", "caught", "struck", "found", "stung", "seen"))

# Nouns that head a role whose "of" complement is lower case, beside the titles and agent nouns ("head of petroleum
# analysis Ann Cole", "vice president of global sales Tom Hale"): the whole phrase is the role before the name.
ROLE_HEADS_BEFORE_OF = frozenset(("head",))
# Nouns of the people close to someone that speak for them before "of" and a name ("the family of Amina Yusuf
# said", "relatives of the victim", "the parents of Tom Hale"): the name is whose family, never the speaker.
KIN_BEFORE_OF = frozenset("family relatives parents children friends".split())
# Two words that qualify a role noun as one ("next door neighbour", like "next-door neighbour"), whose first word
# alone opens no role (a time word: "next week"): before a name the role starts at the first.
ROLE_MODIFIER_COMPOUNDS = frozenset({("next", "door")})

# The indefinite articles: a name takes none ("a German user").
INDEFINITE_ARTICLES = frozenset(("a", "an"))

# Prepositions between data and their source ("data from the bank", "a report by UNDP", "a study of …").
DATA_SOURCE_PREPOSITIONS = frozenset(("from", "by", "of"))

# Grandparents' words the kin tables leave out, which open a count of grandchildren ("gran-of-seven",
# "grandad-of-four"): the sex of the person a later "the gran-of-seven said" stands for.
FEMALE_ELDERS: frozenset[str] = frozenset("gran granny nan nana nanna grandma grandmother grandmum".split())
MALE_ELDERS: frozenset[str] = frozenset("grandad granddad grandpa grandfather".split())

# Informal nouns that rename a title given before ("Captain Rohit Sharma", then "the skipper"; "Arsenal manager
# Mikel Arteta", then "the Arsenal boss"): the noun and the titles it stands for.
TITLE_SYNONYMS: dict[str, frozenset[str]] = {
    "skipper": frozenset(("captain",)),
    "boss": frozenset("manager coach chief head director".split()),
    "gaffer": frozenset(("manager",)),
    "supremo": frozenset("chief head director".split()),
}
# Everyday nouns of a person with no agent ending ("nurse", "vicar", "pupil", "gran", "landlady"): a description
# ending in one ("Bronwyn Hale, a nurse", "the retired dinner lady") is of a person, as "the postman" is.
EVERYDAY_PERSON_NOUNS: frozenset[str] = frozenset(
    """nurse midwife surgeon medic vet chef cook nanny pilot mechanic guard monk nun priest vicar chaplain grandad
    granddad gran granny grandma grandpa nan nana lady gentleman resident tenant student pupil parent schoolgirl
    schoolboy patient landlord landlady publican""".split()
)
# Nouns of a person described by where they come from ("the woman from Soweto said", "the youngster from Umlazi"):
# the place after "from" is no speaker. One who speaks for a body is not here ("a spokesman from Acme said").
FROM_PLACE_PERSON_NOUNS: frozenset[str] = EVERYDAY_PERSON_NOUNS | frozenset(
    "woman man girl boy youngster teenager mother father mum dad native villager trader farmer".split()
)

# Styles of address that close a role run right before a name and say nothing of the office ("Club chairman Alhaji
# Musa Danladi", "Party chairman Chief Bisi Akande", "School principal Mrs Grace Achieng"): a later "the chairman"
# names the office without them.
ADDRESS_STYLES = frozenset(
    """mr mrs ms dr miss mx alhaji alhaja alh hajia hajiya chief mallam dato' dato’ dato datuk datin sri seri prof
    engr adv hon barrister""".split()
)

# Titles written before a lone surname in local pages ("Chief Ogbonna", "Alhaji Bello", "Pastor Adeyemi", "Sgt.
# Walsh"): the surname is a person a later he or she may stand for, as after "Mr" (Session 63). Capitalised, with
# the sex the title tells where it tells one.
TITLES_BEFORE_A_SURNAME: dict[str, str | None] = {
    **dict.fromkeys(
        """Chief Dr Prof Professor Pastor Bishop Archbishop Rabbi Rev Reverend Justice Judge Senator Sen Gov Governor
        Sgt Sergeant Insp Inspector Det Detective Supt Superintendent Capt Captain Col Gen Cllr Councillor Hon Engr
        Barrister Coach Mayor""".split()
    ),
    **dict.fromkeys("Alhaji Mallam Sheikh Imam Father".split(), "m"),
    **dict.fromkeys("Alhaja Hajia Hajiya Sister".split(), "f"),
}

# Adjectives of tenure that open a role run before its lower-case words ("Acting county police commander Peter
# Kimani", "Former county police commander …", "Interim club chairman …").
TENURE_ADJECTIVES = frozenset("acting interim outgoing incoming former retired ex erstwhile".split())

# A word and "to" or "for" that make one preposition ("Prior to launch Google promised …", "Due to the storm the
# council said"): no role's head and its complement, although "prior" is also a title.
PREPOSITION_PAIRS: frozenset[tuple[str, str]] = frozenset(
    (("prior", "to"), ("due", "to"), ("according", "to"), ("next", "to"), ("thanks", "to"), ("owing", "to"),
     ("close", "to"), ("as", "for"), ("except", "for"))
)

# Nouns of a style of address that take a possessive before them ("His Excellency President Kofi Adjei", "Her
# Worship the Mayor"): the possessive is part of the role as written.
STYLE_NOUNS: frozenset[str] = frozenset(
    "excellency excellencies highness lordship ladyship worship majesty eminence holiness".split()
)

# Titles in the plural before two names joined by "and" ("Justices Surya Kant and Ravi Menon said", "Messrs Tom Hale
# and Ann Roe"): both people speak, the plural title their role.
PLURAL_TITLES = frozenset(
    "justices judges messrs messrs. drs drs. senators sens. reps. professors profs. doctors".split()
)
# The plural titles that are no common noun opening an organisation's name (not "Doctors Without Borders"): before
# one name they are its holder's title all the same ("said Justices Surya Kant": a slip for "Justice").
PLURAL_TITLES_OF_ONE = PLURAL_TITLES - frozenset(("doctors", "professors", "judges"))
# The words that make a plural title and its body the object of the phrase before ("Lawyers for Justices of the
# High Court", "Supporters of Judges of the Court of Appeal"): those people do not speak.
HOLDERS_AS_OBJECT = frozenset(("for", "of", "representing"))
# The lower-case words a body's name may hold between its capitalised words after such a plural title ("Justices of
# the High Court", "Judges of the Court of Appeal").
BODY_NAME_JOINERS = frozenset(("of", "the", "and", "for"))
# The nouns of a body of judges and the words joining them to such a plural title ("A bench of Justices …", "a
# bench comprising Justices …").
BENCH_NOUNS = frozenset(("bench", "panel"))
BENCH_JOINERS = frozenset(("of", "comprising"))

# Adjectives of a speaker's mood written with "a" before the name ("said a tearful Ann Cole", "a defiant Mr Kamau
# told reporters"), and the adverbs that may grade them ("a visibly emotional …"): the writer's colour, no role;
# the name after them speaks (Session 64).
MOOD_ADJECTIVES: frozenset[str] = frozenset(
    """tearful emotional defiant beaming angry jubilant delighted relieved smiling frustrated furious upbeat
    elated dejected grinning shaken distraught sombre somber buoyant bullish bemused exasperated ecstatic""".split()
)
MOOD_ADVERBS: frozenset[str] = frozenset("visibly clearly obviously still".split())
