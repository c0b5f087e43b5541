"""Tables for quote extraction: quote marks, reporting verbs, titles and stop words.

Everything here is data, so supporting a new cue or honorific means adding a word, not a branch.
The nouns that describe a speaker not named here (groups, organisations by kind, anaphoric and anonymous
nouns) are in :mod:`.descriptions_en` and re-exported here.
"""

from __future__ import annotations

import re

from .alternation import first_char_guard, trie_pattern
from .descriptions_en import EN_ANAPHORIC_NOUNS as EN_ANAPHORIC_NOUNS
from .descriptions_en import EN_ANONYMOUS_NOUNS as EN_ANONYMOUS_NOUNS
from .descriptions_en import EN_BODY_NOUNS_BEFORE_NAME as EN_BODY_NOUNS_BEFORE_NAME
from .descriptions_en import EN_DEFINITE_PERSON_HEADS as EN_DEFINITE_PERSON_HEADS
from .descriptions_en import EN_DEFINITE_SUBJECT_RE as EN_DEFINITE_SUBJECT_RE
from .descriptions_en import EN_DOCUMENT_GROUP_NOUNS as EN_DOCUMENT_GROUP_NOUNS
from .descriptions_en import EN_GROUP_ENDINGS as EN_GROUP_ENDINGS
from .descriptions_en import EN_GROUP_NOUNS as EN_GROUP_NOUNS
from .descriptions_en import EN_GROUP_PREFIXES as EN_GROUP_PREFIXES
from .descriptions_en import EN_KIN_SEX as EN_KIN_SEX
from .descriptions_en import EN_LOCALITY_HEADS as EN_LOCALITY_HEADS
from .descriptions_en import EN_MEMBER_NOUNS as EN_MEMBER_NOUNS
from .descriptions_en import EN_NOT_PEOPLE_PLURALS as EN_NOT_PEOPLE_PLURALS
from .descriptions_en import EN_ORG_ANAPHORS as EN_ORG_ANAPHORS
from .descriptions_en import EN_PEOPLE_AT_A_PLACE as EN_PEOPLE_AT_A_PLACE
from .descriptions_en import EN_TYPE_SYNONYMS as EN_TYPE_SYNONYMS
from .en import COMPANY_SENTENCE_ABBREVIATIONS, NOT_NAME_WORDS, ORG_HEAD_NOUNS, PERSON_NOUNS, TITLES
from .reporting_en import EVALUATION_CUES, MANNER_CUES
from .speaker_phrases_en import ARTICLES, DATA_NOUNS, POSSESSIVE_DETERMINERS

# Opening mark -> closing mark. Straight quotes open and close with the same character.
QUOTE_PAIRS: dict[str, str] = {
    "“": "”",
    '"': '"',
    "「": "」",
    "『": "』",
    "«": "»",
    "„": "“",  # German, Czech, Polish …: „…“
    "»": "«",  # German and Danish books and papers: »…«
    "‘": "’",
    "‚": "‘",  # German single marks: ‚…‘
    "‹": "›",  # French and Swiss single guillemets: ‹…›
}
OPENERS = frozenset(QUOTE_PAIRS)
# The verbs of saying that may follow a straight single closing mark and a comma ("'It was chaos', Hale said" /
# "'Het was chaos', zegt Jansen", as British and Dutch papers write it), English and Dutch.
STRAIGHT_CLOSE_CUES = (
    "said says added adds told tells explained asked wrote".split()
    + "zegt zei zeggen zeiden vertelt vertelde voegt voegde schrijft schreef aldus".split()
)
# The marks that open and close a quote in Chinese text (curly, corner, double corner, straight).
ZH_OPENING_MARKS = frozenset("“「『\"")
ZH_CLOSING_MARKS = frozenset(QUOTE_PAIRS[mark] for mark in ZH_OPENING_MARKS)
# Nested quote marks: skipped over inside a top-level quote, never quotes of their own.
NESTED_PAIRS: dict[str, str] = {"‘": "’", "『": "』", "「": "」", "“": "”"}

# English reporting verbs: the form written -> whether it is a participle ("saying that ...")
# whose speaker is the subject of the whole sentence.
_EN_FINITE = """
said says say told tells tell added adds explained explains noted notes stated states wrote writes
claimed claims claim argued argues argue warned warns warn insisted insists stressed stresses
emphasised emphasized emphasises emphasizes acknowledged acknowledges admitted admits confirmed confirms
announced announces requested requests recalled recalls continued continues responded responds replied replies
suggested suggests suggest urged urges urge pledged pledges revealed reveals tweeted posted asked asks
concluded concludes believes believe thinks think found finds estimated estimates estimate reported reports
testified alleged alleges allege conceded concedes observed observes remarked declared declares agreed agrees
concurred predicted predicts predict recounted shared quipped contended contends maintained maintains
cautioned cautions denied denies asserted asserts remembered threatened threatens lamented complained complains
vowed vows promised promises countered announced
pointed points opined showed shows show shown described describes called calls highlighted branded recommended
recommends proposed proposes
answered answers commented comments
accused accuses blamed blames criticised criticized criticises criticizes condemned condemns
indicated indicates encouraged encourages
joked acknowledge note argue insist insisted contend conceded concede questioned
put puts
"""
# Belief and stance verbs: a report only with "that" (or a question word) after them, and never
# the cue of a direct quote ("“…” Epstein would ask to meet her sister, who he knew was 10").
_EN_STANCE = """
hopes hoped hope fears feared fear worries worried worry doubts doubted doubt suspects suspected suspect
expects expect assumes assumed reckons thought believed feels felt feel
"""
_EN_PARTICIPLE = """
saying adding noting telling stating explaining warning claiming arguing insisting suggesting stressing
emphasising emphasizing acknowledging admitting confirming recalling describing urging pledging
accusing blaming criticising criticizing asserting calling
promising vowing predicting
"""
# (Not "declaring", "announcing": after a noun they are a document's, "an order declaring that …"; not
# "asking", which heads a topic as often as a question: "posts asking about advice".)
# Words that report only when "that" follows them, and never head a direct quote: verb forms the
# table above lacks and adjectives of certainty or concern ("made it clear that", "is confident that").
# Kept out of EN_CUES, which the speaker phrases read as verbs.
_EN_THAT_ONLY = """
predicting alleging implying implied indicate reaffirming reaffirmed recognize recognized recognizes
conclude concluding learned ruled boasted joking agree acknowledge emphasize emphasized intimated figures
know knows knew
divulged divulges disclosed discloses speculated speculates speculate hinted hints posited posits
clarified clarifies demanded demands submitted submits signalled signals signaled
charged charges
assured assures reiterated reiterates reiterating reaffirms affirmed affirms underscored underscores mentioned mentions
informed informs reminded reminds notified
clear convinced confident worried concerned hopeful aware optimistic certain afraid adamant
"""
# Nouns of speech or belief that report what their owner holds: "his claim that", "Lee's fear that"
# (an owner is needed: "the notion that", "rejected the assertion that" hold nobody's words).
EN_THAT_NOUNS = frozenset(
    """claim claims assertion suggestion belief view fear fears concern warning warnings assurance assurances
    argument contention insistence allegation accusation acknowledgement acknowledgment admission prediction
    conclusion complaint promise hope hopes""".split()
)
# The owners of such a noun: the possessive determiners and "your" ("your claim that").
EN_OWNER_WORDS = POSSESSIVE_DETERMINERS | {"your"}
EN_THAT_CUES = frozenset(_EN_THAT_ONLY.split()) | EN_THAT_NOUNS
# Of those, the verbs whose listener may stand between them and "that" ("assured farmers that …", "informed the
# House that …", "reminded residents that …"): a report only with the listener and "that".
EN_LISTENER_THAT_CUES = frozenset("assured assures informed informs reminded reminds notified".split())
# "The statement read: “…”", "“…,” the sign reads.": what a written thing says, a cue only right after a
# noun of one (``EN_WRITTEN_HEADS``) and before a colon, a quote mark or the end of a clause.
EN_WRITTEN_CUES = frozenset("read reads".split())
EN_WRITTEN_HEADS = frozenset(
    """statement letter note sign message post caption banner placard headline notice poster tweet text email
    memo inscription plaque label leaflet flyer sticker card""".split()
)
EN_CUES: dict[str, bool] = {
    w: False for w in (*_EN_FINITE.split(), *_EN_STANCE.split(), *MANNER_CUES, *EN_WRITTEN_CUES, *EVALUATION_CUES)
} | {
    w: True for w in _EN_PARTICIPLE.split()
}
EN_STANCE_CUES = frozenset(_EN_STANCE.split()) | (EN_THAT_CUES - EN_CUES.keys())
# Cues that need a particle to be reporting: "pointed out", "went on".
EN_CUE_PARTICLES: dict[str, str] = {"pointed": "out", "points": "out"}
# Cues that mostly introduce something other than speech unless a clause follows ("found that"; "maintained
# that", not "maintained a lead" nor "maintains an office").
EN_WEAK_CUES = frozenset(
    "found finds believes believe thinks think estimated estimates estimate reported reports suggested suggests "
    "suggest shared asked asks requested requests continued continues agreed agrees called calls "
    "highlighted branded calling showed shows show shown alleged alleges allege questioned states comments "
    "maintained maintains".split()
) | EN_STANCE_CUES | MANNER_CUES | EN_WRITTEN_CUES
# Weak cues that report a clause without "that" when a subject and its auxiliary follow them ("reported
# she was", "found more space may be added"); not "asked" (a question), "called" (a name), nor belief
# and inference ("they think they are", "it suggests her memories were": no one's words). The past
# "suggested" is in: mostly a proposal put forward ("Lee suggested the city should build a bridge").
# The present "states" is in ("the firm states it did not"): a noun too, so a weak cue.
EN_ZERO_THAT_CUES = frozenset(
    """found finds reported reports estimated estimates estimate showed shows show shown alleged alleges allege agreed
    agrees suggested maintained maintains states""".split()
)
# Cues whose plain object is a thing refused or put online, not words ("denied any wrongdoing", "denies the
# allegations", "tweeted an invitation to a rally", "posted a photo"): a bare clause after them is a report only when
# a subject and its finite verb open it ("denied he was …", "tweeted the vote had been …"); "deny" reports a gerund
# too ("denied being unfair to her"). Their "that" clauses are reports as any cue's. Not "claim": a thing claimed
# ("claimed victory") is left as before (with it, check R and speaker accuracy fell: the gold or PolNeAR reads some
# such claims as reports).
EN_THING_OBJECT_CUES = frozenset("denied denies tweeted posted".split())
EN_GERUND_OBJECT_CUES = frozenset("denied denies".split())
# Cues whose reported content can be an infinitive: "pledged to issue advisories".
EN_INFINITIVE_CUES = frozenset(
    """pledged pledges vowed vows promised promises agreed agrees threatened threatens promising vowing
    pledging""".split()
)
# Weak cues that report a request after a listener and an infinitive: "asked the council to delay the vote".
EN_REQUEST_CUES = frozenset("asked asks".split())
# Cues whose content can be an embedded question: "asked whether …", "wondered why …".
EN_QUESTION_CUES = frozenset("asked asks ask wondered wonders questioned explained explains".split())
EN_QUESTION_WORDS = frozenset("whether if why how what who when".split())
# Cues whose content follows a particle: "called for an inquiry", "called on Congress to act".
EN_PARTICLE_REPORTS: dict[str, tuple[str, ...]] = {
    "called": (" for ", " on "),
    "calls": (" for ", " on "),
    "calling": (" for ", " on "),
}
# Cues whose object is the listener: "told reporters", "told CNN on Monday".
EN_LISTENER_CUES = frozenset("told tells tell telling".split())


# Case-sensitive: "States" in "United States" is no cue. No look-ahead on the first letters in front: the cues
# start with 25 of the 26 lower-case letters, so it turns away few positions and costs one more test at each (the
# corpus's blocks are scanned a quarter faster without it; tests/speed/test_regex_guards.py: the same matches).
EN_CUE_RE = re.compile(r"\b" + trie_pattern(EN_CUES.keys() | EN_THAT_CUES) + r"\b")
ACCORDING_RE = re.compile(r"\baccording to\b", re.IGNORECASE)

# A headline's cue, capitalised as every word of a title is: "Lee Says Tax Plan Will Fail",
# "Mayor Tells Council Bridge Is Safe". Only verbs of saying: a title's "Plans", "Hopes" or "Backs"
# are nouns as often as verbs ("Said" is a name as often as a cue). Each ends a capitalised name run
# (lexicon.en.NOT_NAME_WORDS): "Lee Says" names Lee.
EN_TITLE_CUES = frozenset("says tells told warns claims insists admits argues predicts vows".split())
EN_TITLE_CUE_RE = re.compile(
    first_char_guard(w.capitalize() for w in EN_TITLE_CUES)
    + r"\b(?:"
    + trie_pattern(w.capitalize() for w in EN_TITLE_CUES)
    + r")\b"
)

# Words between a subject and its cue that do not change who speaks.
EN_SKIPPABLE = frozenset(
    """also further later previously has had have would will then again once recently earlier had
    repeatedly reportedly however meanwhile too still now has since initially first last publicly privately
    separately jokingly simply twice already even long often always ever outright flat-out sometimes seldom
    afterwards afterward did does do""".split()
)
EN_NEGATIONS = frozenset(
    """not never n't didn't don't doesn't hasn't haven't hadn't won't wouldn't declined refused""".split()
)

EN_PRONOUNS: dict[str, str] = {"he": "m", "she": "f", "they": "p", "it": "n", "i": "i", "we": "p"}
# The person addressed ("you know that …", "as you said"): no speaker the article names, never a role "you".
EN_ADDRESSEE_PRONOUNS = frozenset(("you",))
# Titles before a name and words never in a name: lexicon.en holds them.
EN_TITLES = TITLES
# Abbreviated titles as a later description spells them out ("Sen. Ted Cruz" … "the senator said").
EN_TITLE_WORDS: dict[str, str] = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "prof": "professor",
    "sgt": "sergeant", "capt": "captain", "lt": "lieutenant", "col": "colonel", "adm": "admiral",
    "cmdr": "commander", "maj": "major", "cpl": "corporal", "pvt": "private", "rev": "reverend",
    "det": "detective", "insp": "inspector", "supt": "superintendent", "cllr": "councillor", "coun": "councillor",
    "cr": "councillor",
}
# Titles that open a compound one ("State Senator", "Foreign Minister") without naming a person alone: "the
# state" after "State Sen. Ann Roe" is no description of her, unlike "the detective" after "Det Sgt Ann Roe".
EN_TITLE_MODIFIERS = frozenset("state defense defence treasury interior foreign vice rear".split())
# Nouns of the class a title's holder belongs to: "the peer" after "Lord Sugar", "the cleric" after "Imam Ali
# Musa", "the lawmaker" after "Sen. Ann Roe" stand for that person as a repeated title does.
EN_TITLE_CLASSES: dict[str, frozenset[str]] = {
    "peer": frozenset("lord lady baroness baron".split()),
    "cleric": frozenset("imam rabbi bishop archbishop cardinal pastor reverend ayatollah mufti deacon".split()),
    "lawmaker": frozenset("senator representative congressman congresswoman mp mep msp assemblyman".split()),
    "officer": frozenset("sergeant constable inspector detective superintendent lieutenant captain".split()),
    "judge": frozenset(("justice",)),
}
EN_NOT_NAME = NOT_NAME_WORDS | EN_TITLE_CUES
# Capitalised heads of a document or body credited with what it states ("The 14th Five-Year Plan of
# Chongqing states", "the China Statistical Yearbook shows"): like organisations, they are speakers.
DOC_WORDS = frozenset(
    """plan report yearbook summary survey study review outlook index census strategy statement declaration
    resolution amendment constitution charter act academy institution programme program initiative""".split()
)
# Lower-case words that join the parts of one organisation's name: "Ministry of Public Security",
# "Department of Health and Human Services", "Office for the Western District of New York".
ORG_CONNECTORS = frozenset("of for on and".split())
ORG_HEADS = ORG_HEAD_NOUNS  # lower-case heads of a noun phrase that name an organisation (lexicon.en)
# A capitalised preposition ending a run is inside an organisation's name: "… Competition Between
# the United States and …", "… Committee For the …".
ORG_INNER_PREPOSITIONS = frozenset("between of on for and in to with against among".split())
# Documents and data that "show" a finding without "that": "the budget documents show Sars collected …".
EN_DOC_HEADS = DATA_NOUNS | frozenset("documents document records reports studies surveys polls".split())
# Labels before a colon at the start of a block that mark a section, a kind of text or a kicker, not a
# speaker ("Update: the road has reopened", "Read More: …", "The Latest: …", "Contributing: …"), and the parts of an
# interview's lines ("Interviewer: What made you …", "Host:", "Question:"; Session 63); lower case.
EN_NOT_SPEAKER_LABELS = frozenset(
    w.strip()
    for w in """update, updates, note, editor's note, editor’s note, editors' note, correction, corrections,
    clarification, related, related coverage, related stories, read more, see also, more, also, watch, listen,
    video, videos, photo, photos, image, images, picture, pictures, caption, credit, credits, source, sources,
    disclaimer, disclosure, transcript, background, context, advertisement, sponsored, tags, topics,
    filed under, subscribe, follow, share, warning, spoiler, spoilers, why, what, who, where, when, how,
    the bottom line, bottom line, summary, breaking, breaking news, live, exclusive, opinion, analysis,
    editorial, review, comment, commentary, fact check, name, age, q, a, the latest, latest, contributing,
    revealed, wow, bombshell, look, just in, developing, explainer,
    interviewer, interviewee, question, answer, host, moderator, presenter, anchor, reporter, narrator, caller,
    audience""".split(",")
)
# A short "key: value" line of a fact box or spec list ("Comfort rating: 26°F", "Weight: 2 pounds"): a label of
# one to three words, its value, eight words in all at most. A label claim right after such a line is one more
# value of the list ("Fill: 650 Fill Power Down"), not a headline's claim.
EN_KEY_VALUE_LINE = re.compile(r"[A-Z][\w’'\-]*(?: [\w’'\-]+){0,2}: \S")
EN_KEY_VALUE_MAX_WORDS = 8
# "the statement said", "the letter stated": the words of whoever was quoted last.
EN_DOC_ANAPHORS = frozenset("statement report letter release note filing memo document post".split())

# Nouns that report what someone (unnamed) says: "allegations that …", "complaints that …" (the lookahead
# admits only their first letters).
EN_NOUN_REPORT_RE = re.compile(
    r"(?=[acsr])\b(allegations|accusations|complaints|suggestions|assertions|rumou?rs) that\b"
)
# The same nouns as plain strings: one of them is in every block the pattern matches (substring tests first).
EN_NOUN_REPORT_WORDS = ("allegations", "accusations", "complaints", "suggestions", "assertions", "rumors", "rumours")
# The link after a member noun; the noun itself is checked on the word before (a cheaper scan).
EN_MEMBER_LINK_RE = re.compile(r" (?:on|of|at|from|in) (?=the [A-Z])")
# Where words appeared, between a subject and its verb: "The army in a statement said", "Smith on Twitter wrote".
EN_MEDIUM_NOUNS = EN_DOC_ANAPHORS | frozenset(
    "interview tweet email e-mail video message speech podcast broadcast twitter x facebook instagram".split()
)
EN_MEDIUM_DETERMINERS = frozenset("a an the his her its their our".split())
# "added more than 2%", "added 200,000 jobs": an amount after "added" is no reported speech.
EN_AMOUNT_AFTER_RE = re.compile(
    r" (?:(?:more than|less than|about|nearly|almost|roughly|around|over|some|another|an?) )?[$€£¥]?\d"
)
# A sentence end and an opening quote mark: an apposition ("…, co-author of the study.") stops there.
EN_SENTENCE_THEN_QUOTE_RE = re.compile(r"[.!?]\s*[" + re.escape("".join(sorted(OPENERS))) + "]")
# A sentence end after a lower-case word or a number, then a capital ("…, double the number in 2017. One of these,
# …"): an apposition stops there too. After a capital it may be an abbreviation or an initial ("a U.S. Army veteran").
EN_SENTENCE_END_RE = re.compile(r"(?:\b[a-z]{2,}|\d)[.!?] (?=[A-Z])")
# A plural abbreviation of Spanish doubles its capital and keeps a stop each ("EE. UU.", "FF. AA."): the stop after
# the first pair of such a two-part abbreviation ends no sentence (matched from the first pair's first letter).
PLURAL_ABBREVIATION_PAIR_RE = re.compile(r"(?<![^\W\d_])([A-Z])\1\. ([A-Z])\2\.")
# A capitalised word before a sentence end and a capital ("…, spoke on Monday. Northwind Freight cut …"): the
# sentence ends there too unless the word is an abbreviation (EN_ABBREVIATIONS, a month's short form: "Gov. Tom
# Hale", "Jan. Five"). An initial ("Franklin D. Roosevelt") or a dotted one ("U.S.") has no lower-case letter.
EN_CAPITAL_END_RE = re.compile(r"\b([A-Z][a-z]+)[.!?] (?=[A-Z])")
# Words a full stop follows without ending an English sentence; abbreviated titles ("Rev.", "Adm.") come from the
# one table of titles, company forms ("Inc.", "Co.") from the one table of those.
EN_ABBREVIATIONS: frozenset[str] = (
    frozenset("mr mrs ms dr st sen rep gov gen lt col jr sr no vs prof capt sgt ft mt dept est approx".split())
    | frozenset(("u.s", "a.m", "p.m"))
    | COMPANY_SENTENCE_ABBREVIATIONS
    | {t.rstrip(".") for t in TITLES if t.endswith(".")}
)


# Titles and terms: a quote right after one of these is a name, not speech.
EN_TITLE_LEADS = frozenset(
    """titled entitled dubbed named term word words phrase slogan hashtag headline song album film
    movie book show series programme program nicknamed branded labelled labeled so-called""".split()
)

# A short lower-case quoted fragment after an article is a term ("playing the “fire challenge,”") unless
# a verb of being or naming, "as" or a preposition stands before the determiner ("is a “disgrace”", "called it a
# “sham”", "labeled the “forgotten towns”", "a call for a “revolution”": someone's words, or a name they gave).
EN_TERM_DETERMINERS = ARTICLES
EN_JUDGEMENT_LEADS = frozenset(
    """as is was are were be been being call called calls calling labeled labelled dubbed named termed declared
    declaring of""".split()
)

# Small words written in lower case inside a title ("Meet the Press", "A Time for Truth", "Fox & Friends").
EN_TITLE_SMALL_WORDS = frozenset("a an the and or of for to in on at by with & vs".split())

# Nouns of speech owned by their speaker right before a quote: "the city government’s calling to “…”",
# "the ministry’s call for “…”" (the owner speaks the quoted words, not whoever reports them).
EN_CALL_NOUNS: tuple[str, ...] = tuple(
    """calling call calls demand demands plea pleas appeal appeals pledge promise vow warning order request
    urging""".split()
)
EN_OWNED_CALL_RE = re.compile(r"(?:’s|'s) (?:" + "|".join(EN_CALL_NOUNS) + r") (?:to|for) ?$")


# Verbs that report only right after a quote and its speaker ("“…,” Connolly began", "“…,” she
# quipped"): not cues elsewhere ("The company began selling …"). The name before them is a bounded run.
EN_AFTER_QUOTE_VERBS: tuple[str, ...] = tuple(
    """began begins started starts concluded concludes quipped joked laughed charged questioned reacted retorted
    exclaimed scoffed snapped mused boasted wondered demanded assured chimed shouted yelled quips jokes laughs
    retorts exclaims scoffs snaps muses boasts wonders chimes shouts yells""".split()
) + ("shot back", "went on", "goes on")
EN_AFTER_QUOTE_RE = re.compile(
    r"[,.]? ?(?:[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3}|he|she|they) (" + "|".join(EN_AFTER_QUOTE_VERBS) + r")\b"
)

# "“Absolutely not,” came the reply from Senator Jane Roe." / "…,” was the response from the union.": a
# noun of answering after "came" or "was", the speaker after "from" (group 1: the noun, the cue).
EN_CAME_REPLY_RE = re.compile(
    r"[,.!?]? ?(?:came|was) (?:the|a|an|his|her|their|its) (?:\w+ )?(reply|response|answer|retort|rejoinder) from "
)

# A phrase that lends the quote after it to a speaker: "In the words of X, “…”", "To quote X, “…”"
# (the speaker after it), "In X's words, “…”" (group 1: the speaker's name, a bounded run).
EN_WORDS_OF_RE = re.compile(r"\b(?:[Ii]n the words of|[Tt]o quote) ")
EN_OWNED_WORDS_RE = re.compile(r"\b[Ii]n ([A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3})['’]s? (?:own )?words, ?$")

# Relatives named by their owner ("Travis Kelce's mom"): the person of that family named just before.
EN_KIN_NOUNS: tuple[str, ...] = tuple(
    """mother mom mum father dad wife husband son daughter brother sister widow widower grandmother
    grandfather uncle aunt granddaughter grandson niece nephew cousin""".split()
)
# Nouns of a tie to another person, the relatives and others ("his son Michael said", "neighbour Peter Walsh
# told", "his longtime friend Bill Hargrove"): before a name they are the person's role.
EN_TIE_NOUNS = frozenset(EN_KIN_NOUNS) | frozenset(
    """friend neighbour neighbor colleague classmate roommate flatmate partner girlfriend boyfriend fiance
    fiancee""".split()
)
# The nouns of a person before a name, a source's ("official", "referee") or a tie's ("daughter", "neighbour"):
# "Ministry of Finance official Ann Cole", "his son Tom", "said his daughter, Ann Hale".
EN_PERSON_OR_TIE_NOUNS = PERSON_NOUNS | EN_TIE_NOUNS


# Cues that take an object: "…, called Omar a “terrorist”" has no inverted subject (unlike "…, said Omar").
EN_OBJECT_CUES = frozenset(
    """called calls accused accuses blamed blames criticised criticized criticises criticizes condemned condemns
    branded described describes urged urges urge encouraged encourages asked asks""".split()
) | EVALUATION_CUES
