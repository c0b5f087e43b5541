"""English reporting-verb tables added for general attribution (cue frames a linguist would list for any
news text); the older tables are in quote_patterns."""

from __future__ import annotations

import re

from .en import TIME_WORDS, WEEKDAYS

# Reporting verbs that take a listener as their object before what is reported ("warned the council
# that …", "assured voters that …", "told reporters that …"): a noun phrase after them is no subject.
LISTENER_OBJECT_CUES: frozenset[str] = frozenset(
    """told tells tell telling warned warns warn warning assured assures assure reminded reminds remind
    urged urges urge urging promised promises promise informed informs convinced persuaded notified asked
    asks ask asking showed shows show shown taught teaches cautioned cautions""".split()
)
# Of those, the cues of speech whose subject may follow them at a sentence's end ("…, warned Ann Lee, an
# economist", "…, cautioned the minister"): after a comma they are inverted, not told someone ("…, told AFP").
INVERTED_LISTENER_CUES: frozenset[str] = frozenset("warned warns cautioned cautions promised promises".split())
# Cues of telling that never invert ("…, told officers: “…”", "…, told the Herald: “…”"): the noun phrase after one
# is always the listener, never the speaker ("“…,” asked Ann Lee" inverts, "told Ann Lee" never does).
TELLING_CUES: frozenset[str] = frozenset("told tells tell telling informed informs assured assures reminded".split())

# Cues that may open a sentence, the speaker after them and the quote last ("Said Lee, “…”", "Added the
# mayor: “…”"): never the first word of a name.
INVERTED_LEAD_CUES: tuple[str, ...] = ("Said", "Says", "Added", "Adds")

# Verbs of the manner of speaking that report a direct quote ("“…,” scoffed Gil", "“…,” she snapped"),
# past forms only (the present ones are also plural nouns: "shouts", "protests"):
# cues of direct speech, and of reported speech only with "that" after them (they are weak cues: "Smith
# laughed the whole time" reports nothing).
MANNER_CUES: frozenset[str] = frozenset(
    """scoffed snapped retorted exclaimed shouted yelled mused sighed laughed fumed boasted bragged chided
    scolded teased gushed marveled marvelled sniffed pleaded interjected protested objected ventured
    retaliated mocked lectured beamed grinned smiled sobbed wept raged""".split()
)

# Verbs of public praise or condemnation whose object and its complement are what the speaker said of it
# ("Lee praised the volunteers for their work", "The senator denounced the ruling as …"), as "accused" and
# "criticised" report: speech acts, past and present forms. Not the verbs that are as often deeds ("attacked
# the village", "dismissed the case", "rejected the bill", "knocked on doors", "slammed the door", "touted a
# price"). A report only with the complement that says what was praised or condemned in it ("for …", "as …"):
# "Lee has praised the new album." alone is a summary of the writer's, no report.
EVALUATION_CUES: frozenset[str] = frozenset(
    """praised praises hailed hails lauded lauds applauded applauds commended commends
    denounced denounces decried decries derided derides assailed assails lambasted lambasts excoriated
    castigated rebuked rebukes disparaged disparages blasted blasts""".split()
)
EVALUATION_COMPLEMENTS: frozenset[str] = frozenset("for as".split())

# "As Ridge put it, “…”", "… as one aide puts it bluntly:": "put" reports speech only in this idiom, the
# particle "it" and at most a manner word or two before the punctuation that leads to the quote.
PUT_IT_RE = re.compile(r" it(?: \w+ly| (?:this|that|another) way| best)?(?=[,:;.—])")

# A sentence opened by a participle and its complement ("Asked if …", "Speaking to reporters …", "Pressed on
# …"): a phrase of the writer's, never the clause that a speaker after its comma reports.
PARTICIPLE_LEAD_RE = re.compile(
    r"[A-Z][a-z]{2,}(?:ed|ing) "
    r"(?:if|whether|about|to|on|at|in|for|by|with|after|during|from|over|the|a|an|his|her|their)\b"
)

# Capitalised words that open a subordinate clause or an adverbial phrase at a sentence start ("As the sun
# set, …", "Despite the rain, …"): such a clause alone before a speaker's comma is no report.
ADVERBIAL_OPENERS: frozenset[str] = frozenset(
    """As When While Whilst After Before Because Although Though If Since Once Until Unless Despite Amid
    During Following""".split()
)

# Finite verbs that take an infinitive ("Residents plan to appeal", "The firm wants to expand"): with
# "to" after them they make a short stretch a clause, where a noun ("a plan to build") would follow a
# determiner instead.
INFINITIVE_TAKERS: frozenset[str] = frozenset(
    """plan plans want wants hope hopes intend intends expect expects aim aims need needs refuse refuses
    seek seeks try tries vow vows threaten threatens promise promises decline declines agree agrees""".split()
)

# Bodies and audiences that are told things, in lower case ("told the council the move …", "told a news
# conference …", "told investors …"): the listener after "told", never the subject of what follows.
# Only heads of an audience: "told the truth", "told a story" name what is told, not who hears it.
AUDIENCE_NOUNS: frozenset[str] = frozenset(
    """council councillors councilors board committee panel jury judge court commission tribunal inquiry
    senate assembly legislature lawmakers legislators senators members residents voters investors analysts
    shareholders staff employees workers students parents supporters crowd audience rally conference
    meeting hearing gathering delegates police officers officials journalists media press newspaper paper
    magazine broadcaster radio television program programme show station channel network colleagues fans
    listeners viewers readers congregation""".split()
)
# Cues of LISTENER_OBJECT_CUES whose object is always a person told, never a thing: a bare plural noun right after
# one is its listener ("warned travellers the roads would be icy", "assured pensioners their …").
PERSON_OBJECT_CUES: frozenset[str] = frozenset(
    "warned warns assured assures reminded reminds informed informs notified cautioned cautions".split()
)
# Lower-case heads that go on a listener named before them ("told New York magazine", "told the Reuters news
# agency", "told the MSNBC hosts", "told her audience"): the audiences above and the people and outlets of media.
LISTENER_HEADS: frozenset[str] = AUDIENCE_NOUNS | frozenset(
    """agency host hosts anchor anchors reporter reporters editor editors website site outlet podcast daily weekly
    newsletter team aides advisers advisors staffers""".split()
)
# Words that may stand before such a head inside the listener ("the city council", "a news conference").
AUDIENCE_MODIFIERS: frozenset[str] = frozenset(
    """city town county state school news press local national federal full parliamentary select district
    planning zoning advisory council board committee television radio""".split()
)

# Verbs of saying whose "as X said" closing a sentence reports that whole sentence ("The plan is dead,
# as Ellis put it."). Not verbs whose object may be a thing named inside the sentence ("…a tax on trades,
# as Sanders proposes"; "…how she was influenced, as he alleged"): "as" then stands for that part only.
AS_CLAUSE_CUES: frozenset[str] = frozenset(
    """said says put puts noted notes acknowledged acknowledges admitted admits explained explains wrote writes
    told tells stated states observed observes remarked remarks conceded concedes stressed stresses
    emphasised emphasized emphasises emphasizes argued argues insisted insists warned warns""".split()
)

# Cues that close a clause set off by commas before a participle ("…, the agency said on Monday, adding …"):
# the speaker named between the commas is the participle's subject.
SET_OFF_CUES: frozenset[str] = AS_CLAUSE_CUES | frozenset(
    "added adds announced announces claimed claims confirmed confirms reported reports".split()
)

# Common irregular past forms, the finite verb of a short clause that has no auxiliary and no -ed form
# ("Fares went up", "Prices fell", "Two men were hurt" has its auxiliary).
IRREGULAR_PAST: frozenset[str] = frozenset(
    """went fell rose grew came left took made won lost paid sold cut hit began ran fled sank shrank spent
    broke froze stole drove flew fought quit shut struck swore wrote gave got kept held told said
    met saw stood sat brought thought heard sent built bought caught taught knew threw chose drew sought
    withdrew oversaw underwent understood undertook forgot shook swam sang rode hung fed dealt spoke hid""".split()
)

# Words that join a reported clause to what follows it, where a new report may open and the first one stop ("he
# wants X and pointed to Y", "she was 15, but she later acknowledged that …", "…, while 30 percent said …").
REPORT_JOINERS: frozenset[str] = frozenset("and but though although while whereas yet".split())

# Prepositions after a past with no object that make it the main verb of a sentence whose subject holds a relative
# clause with a report ("Residents who said the water was brown complained to the council", "Farmers who said their
# crops had failed marched to the county offices").
MOTION_PREPOSITIONS: frozenset[str] = frozenset(
    "to in at on into onto outside from near across through towards toward out off away".split()
)

# Adjectives of stance that report a clause with "that" ("is confident that", "made it clear that"), and
# the words of the predicate between them and their subject ("Ellis has made it very clear that").
STANCE_ADJECTIVES: frozenset[str] = frozenset(
    "clear convinced confident worried concerned hopeful aware optimistic certain afraid adamant".split()
)
PREDICATE_WORDS: frozenset[str] = frozenset(
    """is are was were be been being am has have had remain remains remained seem seems seemed become
    becomes became made makes make it very so quite also still now more""".split()
)

# A subject that counts people rather than naming them, read whole before a cue ("Several said they …",
# "Some say …", "Two in three said …", "About 40 percent of them say …", "All but two said …"): a quantifier,
# a share or a count, optionally "of" and a short noun phrase. A discourse word may open the sentence.
_SHARE = (
    r"(?:(?:about|nearly|almost|roughly|more than|over|fewer than|less than|just|only) )?"
    r"(?:\d+(?:\.\d+)? ?(?:%|percent|per cent)|(?:one|two|three|four|five|six|seven|eight|nine|\d+)[- ]in[- ]"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)|a third|two-thirds|a quarter|half|a majority|a minority"
    r"|the majority)"
)
QUANTITY_SUBJECT_RE = re.compile(
    r"(?:(?:and|but|yet|still|now|so|still others),? )?"
    r"(?:some|several|many|most|others|a few|both|all but (?:one|two|three|four|five)|" + _SHARE + r")"
    r"(?: of (?:them|those|these|the [a-z]+(?: [a-z]+)?|[a-z]+))?",
    re.IGNORECASE,
)

# Participles of what a speaker did while reporting, after a comma that closes the report ("…, citing a 2019 study",
# "…, pointing to cracks in the deck", "…, speaking at a rally", "…, referring to the mayor"), or of what the report
# set off ("…, prompting the city to close it", "…, sparking protests", "…, drawing criticism", "…, sending shares
# up", "…, forcing drivers onto a detour"): the writer's words.
SPEAKER_PARTICIPLES: frozenset[str] = frozenset(
    "citing pointing speaking referring prompting sparking drawing triggering sending forcing".split()
)

# Words of a time phrase that may stand right after a closing cue before its adverbials ("…, Lee said this
# week at a rally in Reno", "…, she told reporters Tuesday after the vote"): no clause's words.
# The time words of lexicon.en, weekdays capitalised as written, and the words that lead a time phrase.
# The words that link a past participle to what follows in an aside on a source after "According to X,"
# (", released Tuesday,", ", published by the ministry,", ", written last year,"); a weekday links too.
SOURCE_ASIDE_LINKS: frozenset[str] = frozenset("by on in last this earlier late".split()) | {
    day.capitalize() for day in WEEKDAYS
}
TAIL_TIME_WORDS: frozenset[str] = (
    (TIME_WORDS - WEEKDAYS)
    | {day.capitalize() for day in WEEKDAYS}
    | frozenset("earlier later recently again also then this last next late early".split())
)

# Words that join a second cue to a first verb of the same subject ("… and said", "…, but added", "then urged"): the
# cue is coordinated, its speaker the first verb's.
CUE_COORDINATORS: frozenset[str] = frozenset(("and", "but", "then"))

# Adverbs that may stand between "and"/"but" and the second verb of a coordination ("…, but later acknowledged
# that …", "and also noted that …"): the verb is still the coordinated one (adverbs in -ly count too).
COORDINATED_VERB_ADVERBS: frozenset[str] = frozenset(
    "later also then again subsequently further afterwards separately earlier immediately".split()
)

# "said about 40 people were hurt", "said about half of the staff had left": an approximation before a count
# opens the reported clause (its subject), where "about" alone would head a topic ("said about the plan").
COUNT_APPROXIMATORS: frozenset[str] = frozenset(["about"])
# "said at least 20 people died", "said at most a dozen were hurt": "at" with these opens a count the same way.
AT_COUNT_WORDS: frozenset[str] = frozenset(["least", "most"])
COUNT_RE = re.compile(
    r"\d[\d,.]*%?|half|dozens|hundreds|thousands|millions|a (?:third|quarter|fifth|dozen|hundred|thousand|million)\b"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b",
    re.IGNORECASE,
)

# Words never in the noun phrase that runs from a clause's comma to a closing cue's subject ("…, current and
# former officials said", "…, the news site RTL Info reported"): besides prepositions, auxiliaries and the
# words that end a noun phrase (lexicon.en), these make the words a clause or an aside of their own.
NOT_SUBJECT_LEAD_WORDS: frozenset[str] = frozenset(
    "of not also yet nor however who which what where how why it there".split()
)

# Cues that report nothing before an infinitive ("…, he continues to expect a rebound"): their reported-speech
# reading is skipped there (as direct-quote cues they stay: "“…,” he continued to tell reporters").
BEFORE_INFINITIVE_CUES: frozenset[str] = frozenset("continued continues".split())
# Cues of a reply or a letter that "saying" follows as the manner of the reply ("responded saying the funds …", "wrote
# saying …"): the participle reads the report. After other cues "saying" may be what is reported ("recalled saying
# …", "denied saying …"); after "back" it is always the manner ("hit back saying …").
REPLY_CUES: frozenset[str] = frozenset(
    """responded responds replied replies answered answers reacted reacts wrote writes retorted retorts""".split()
)
# Words before a participle cue that make it the writer's aside, no one's report: "It's also worth noting that
# …" (the writer notes it).
WRITER_GERUND_LEADS: frozenset[str] = frozenset(("worth",))

# A sentence start that names nobody before a passive cue: "It was reported that …", "But it has been announced
# that …" ("It was" is no speaker).
EXPLETIVE_PASSIVE_RE = re.compile(
    r"\s*(?:(?:But|And|Now|So|Yet|Still),? )?[Ii]t (?:is|was|has been|had been|will be|would be|had also been|was also)"
    r"(?: (?:also|now|later|widely|previously|first|officially|\w+ly))? "
)

# Words after "<count> <past form>" that make the past form a verb ("42 warned they …", "12 agreed to …"),
# besides clause breaks, prepositions and determiners; any other lower-case word makes it a modifier of that
# noun ("271 pledged delegates", "the 40 reported cases").
COUNT_VERB_FOLLOWERS: frozenset[str] = frozenset("to he she they it we him them us".split())

# A cue word that reports nothing before these words: the first half of a compound noun ("a liberal think
# tank", "more pledged delegates"), of a phrasal verb of no speech ("the delays added up to …") or of an idiom
# ("easier said than done").
NOT_CUE_BEFORE: dict[str, frozenset[str]] = {
    "said": frozenset(["than"]),
    "think": frozenset("tank tanks".split()),
    "pledged": frozenset("delegate delegates".split()),
    "added": frozenset(["up"]),
    "adds": frozenset(["up"]),
}

# Cue words in -s that are plural nouns as often as verbs ("the states that vote in March", "comments that were
# echoed"): a verb right after their "that" makes it a relative pronoun, as after any noun.
PLURAL_NOUN_CUES: frozenset[str] = frozenset("states comments reports shows claims calls answers notes".split())

# Cue forms in -s that are far more often plural nouns ("six states", "states that vote in March", "questions and
# answers"): a cue only before "that" or a colon, or after a pronoun or a noun of a text that can state or answer
# ("the law states", "it states", "he answers that").
NOUN_FIRST_CUES: frozenset[str] = frozenset("states answers".split())
STATING_HEADS: frozenset[str] = frozenset(
    """he she it this law constitution rule act bill policy website article section clause order ruling lawsuit
    complaint filing indictment affidavit warrant document report study survey poll statement letter note sign
    message post notice memo email text label contract agreement guideline guidance regulation code
    charter manual release page""".split()
)
# Adverbs between a text and its verb ("the plan clearly states", "the law also states"), besides those in -ly.
STATING_ADVERBS: frozenset[str] = frozenset("also further still now".split())
# Words of quantity before a plural noun ("several states", "other states"): "states" after them is no verb.
PLURAL_QUANTIFIERS: frozenset[str] = frozenset("other several all both few more most dozen".split())
# Articles that open a subject noun before a mostly-noun cue form ("the firm states"); an owner does not ("his
# slashing comments" is a noun phrase).
SUBJECT_ARTICLES: frozenset[str] = frozenset("the a an this".split())
# Cue forms that are mostly plural nouns but head a direct quote as a verb often enough ("“…,” comments Lee"): the
# reported-speech reader takes them as verbs only where "states" would be one ("the memo comments that", not
# "his comments on immigration").
INDIRECT_NOUN_FIRST_CUES: frozenset[str] = frozenset(["comments"])

# A passive report of unnamed sources before its infinitive ("the scenes are said to be based on …", "he is
# widely said to have left"): what is said is the infinitive, nobody named. Lower case "is" … "said to" only.
PASSIVE_SAID_RE: re.Pattern[str] = re.compile(
    r"\b(?:is|are|was|were)(?: (?:also|widely|often|now|reportedly))? said (?=to )"
)

# "…,” Xinhua quoted Wang Wei as saying", "…,” the paper cited him as saying", "…,” Wang was quoted by the agency
# as saying": the verb whose object (or passive subject) is the one who said the words, before "as saying".
QUOTED_AS_RE = re.compile(r"\b(?:quoted|cited)\b")
QUOTED_AS_AUXILIARIES: frozenset[str] = frozenset("was were is are been being".split())

# Cues of evidence ("revealed", "showed", "found") and the things that can be their subject without being anyone's
# words: a scan, a test, a video or a photo shows what it shows ("The scan revealed severe inflammation", "Blood
# tests showed the body had made antibodies"); no one is reported as saying it.
EVIDENCE_CUES: frozenset[str] = frozenset(
    "reveals revealed show shows showed shown found finds suggest suggests suggested indicates indicated".split()
)
# The head noun of the subject before a cue of evidence, past an auxiliary and an adverb ("tests have clearly
# shown"), searched for in the few characters before the cue (group 1).
EVIDENCE_LEAD_RE = re.compile(r"([\w\-]+) (?:(?:has|have|had|also|clearly|later|then|only) )*$")
EVIDENCE_THINGS: frozenset[str] = frozenset(
    """scan scans x-ray x-rays test tests sample samples video videos footage photo photos photograph photographs
    image images picture pictures screenshot screenshots imagery camera cameras autopsy biopsy ultrasound mri
    recording recordings""".split()
)

# Words before a "that" opening a clause of result, not the report ("feel so angry that", "said such crowds came
# that …"), and the word after "so" that makes it a time instead ("said so far that …": the cue's "that").
RESULT_LEADS: frozenset[str] = frozenset("so such".split())
NOT_RESULT_AFTER_SO: frozenset[str] = frozenset("far".split())
# Words right after a cue that open no subject of a clause owning the next "that" although
# lexicon.en.CLAUSE_OPENERS has them ("said this week that", "said it again"), unless a finite verb follows them
# ("said there was no sign that …").
NOT_SUBJECTS_AFTER_CUE: frozenset[str] = frozenset("this it there".split())

# Prepositions in -ing ("said during the meeting that …", "said following the vote that …"): no participle whose
# phrase could hold the "that" after it.
ING_PREPOSITIONS: frozenset[str] = frozenset(
    "during including following regarding concerning according excluding considering pending barring".split()
)

# A passive report of speech to its hearers, the teller not named ("Residents were told the water was safe", "The
# court was told that he had no convictions", "Staff have been told the office will close"), and a court or a body
# of inquiry that heard a clause ("A court heard that the defendant had lied", "The jury heard the couple had
# argued"): what was told or heard is the clause after, nobody named. The clause's first word must follow; a word
# of a phrase ("told by police", "heard from a witness", "told to leave") opens none.
PASSIVE_TOLD_RE: re.Pattern[str] = re.compile(
    r"\b(?:is|are|was|were|been|being)(?: (?:also|later|then|now|repeatedly|previously|reportedly))? (told)"
    r"(?: that)? (?=\w)"
)
HEARING_BODIES: tuple[str, ...] = tuple(
    "court courts jury jurors inquest tribunal hearing magistrates trial inquiry".split()
)
COURT_HEARD_RE: re.Pattern[str] = re.compile(
    r"\b(?i:" + "|".join(HEARING_BODIES) + r")(?: (?:has|had|also|later|then))? (heard)(?: that)? (?=\w)"
)

# The verbs of saying after which a formula or a pro-form is what was said, not a report of a clause ("said
# nothing about the motive", "said goodbye to the house", "said yes to the plan", "has said so repeatedly").
SAY_FORMS: frozenset[str] = frozenset("said says say saying".split())
SAID_FORMULAE: frozenset[str] = frozenset(
    "nothing little much so otherwise yes no goodbye farewell hello grace sorry thanks amen".split()
)

# Cue forms in -s that close a sentence as plural nouns after a phrase of comparison ("…, beating analyst
# estimates.", "…, in line with market estimates.", "…, below economists' estimates."): no one speaks there.
NOUN_HOMOGRAPH_CUES: frozenset[str] = PLURAL_NOUN_CUES | frozenset(["estimates"])
# Words of comparison, besides the prepositions, that open the phrase before such a noun ("below economists'
# estimates", "ahead of estimates", "short of analyst estimates").
COMPARISON_LEADS: frozenset[str] = frozenset("below above ahead than short".split())

# Nouns of a claim or an act with which the writer sums up a report after a comma or a dash ("said it would cut
# 300 jobs, a move the union called shameful", "— a claim the company denies"): the aside is not the report.
SUMMARY_NOUNS: frozenset[str] = frozenset(
    """claim claims move verdict decision step figure charge allegation assertion view position finding conclusion
    accusation suggestion promise pledge prediction estimate remark statement""".split()
)
# The words after such a noun that open the relative clause of the aside ("a move the union called shameful", "a
# claim that has …", "a view few experts share"): its subject or a relative pronoun.
SUMMARY_RELATIVE_HEADS: frozenset[str] = frozenset(
    "the that which his her its their our few many some most both critics officials experts he she they we".split()
)

# The labels of an interview printed as questions and answers, opening a sentence ("Q: Why did you go back? A: I
# had no choice, he said."): the label says who asks or answers, it is no part of the words reported.
INTERVIEW_LABELS: tuple[str, ...] = ("Q: ", "A: ")
