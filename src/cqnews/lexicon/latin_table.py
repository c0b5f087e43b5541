"""The shape of a table of reporting words of a Latin-script language other than English (``LatinTable``).

The tables themselves are in :mod:`.quotes_latin` (the languages with gold: German, French, Spanish, Italian,
Portuguese, Dutch) and :mod:`.quotes_latin_more` (the languages written from grammars only); the reader of
:mod:`cqnews.enrich.quotes.latin` takes one of them by the page's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, eq=False)  # (tables are compared and hashed by identity)
class LatinTable:
    """The words one language reports speech with; a field left out is empty (a table of verbs of saying alone
    finds quotes next to them and reads no speaker)."""

    language: str
    cues: frozenset[str]  # finite reporting verbs: "sagte", "a déclaré", "dijo"
    sources_before: frozenset[str] = frozenset()  # a source named after it, before what it says: "laut", "selon"
    # A source named before it: "Berg zufolge" ("aldus Berg" reads after). Not read yet: reading it found more
    # German reports but gave fewer of them the right speaker (session 35, docs/quotes.md).
    sources_after: frozenset[str] = frozenset()
    after_quote: frozenset[str] = frozenset()  # a word that names the speaker only right after a quote: "„…“, so Berg"
    determiners: frozenset[str] = frozenset()  # a description opens with one: "die Ministerin", "le maire"
    # subject pronoun -> gender ("m", "f", None when it may be plural)
    pronouns: dict[str, str | None] = field(default_factory=dict)
    titles: tuple[str, ...] = ()  # office words (lower case); a word ending in one is a title: "Innenministerin"
    that: frozenset[str] = frozenset()  # the conjunction a reported clause may open with: "dass", "que"
    particles: frozenset[str] = frozenset()  # lower-case words inside a name: "von", "de", "van"
    prepositions: frozenset[str] = frozenset()  # a description ends before one: "der Sprecher gegenüber der Zeitung"
    openers: frozenset[str] = frozenset()  # capitalised at a sentence start, never a speaker: "Dennoch", "Auch"
    # words of ``sources_before`` that lead other phrases as often ("wie" a comparison, "pour" a purpose): a source
    # only opening the sentence right before a quote ("Pour Berg, « … »"), never a reported clause's lead
    loose_sources: frozenset[str] = frozenset()
    # those of ``loose_sources`` that may also open a sentence that a person or an office set off by a comma frames
    # ("Para el juez, las pruebas bastan."; not German "Wie Berg, …", a comparison)
    framing_sources: frozenset[str] = frozenset()
    verb_endings: tuple[str, ...] = ()  # any verb so ending reports right after a quote: "„…“, schimpft Berg"
    subject_first: bool = False  # no subject after the verb: the clause's first phrase is (German word order)
    capitalised_nouns: bool = False  # every noun is capitalised (German): a capital does not make a name
    inflected_titles: bool = False  # an office word takes case endings: "rzecznika" is "rzecznik"
    dash_quotes: bool = False  # a paragraph opening with a dash is a quote: "– Vi är redo, säger Kristersson."
    that_verbs: frozenset[str] = frozenset()  # besides the cues, verbs a reported "dass" clause follows
    subjunctives: frozenset[str] = frozenset()  # verb forms only reported speech uses (German Konjunktiv I)
    # open a clause whose subjunctive is a condition or unreal, not reported speech: "ohne dass", "als ob"
    unreal_leads: frozenset[str] = frozenset()
    # cues with an empty subject, whose source a preposition names in their clause: "Aus dem Ministerium hieß es"
    impersonal: frozenset[str] = frozenset()
    impersonal_sources: frozenset[str] = frozenset()  # those prepositions: "aus", "von"
    # open a subordinate clause, which says when or why, not what was said: "Nachdem …, erklärte er"
    subordinators: frozenset[str] = frozenset()
    null_subject: bool = False  # a verb may go without its subject: "“…”, ha explicado" speaks for who was named
    auxiliaries: frozenset[str] = frozenset()  # a perfect's auxiliary, read with ``verb_endings``: "ha", "han"
    participle_endings: tuple[str, ...] = ()  # a participle after an auxiliary: "-ado", "-ido" ("ha resumido")
    listeners: frozenset[str] = frozenset()  # who was told, between a verb and its subject: "dijo a EFE el …"
    # nouns of a newspaper, an agency or a broadcaster whose name follows them in a listener phrase: "dijo a la
    # agencia Efe un vecino" told Efe, the subject is "un vecino"
    media: frozenset[str] = frozenset()
    # listener words that are also the subject's article: with a name alone after the verb, the subject ("disse a
    # RTP." is RTP's; "disse à RTP" told RTP)
    subject_listeners: frozenset[str] = frozenset()
    adverbs: frozenset[str] = frozenset()  # may stand between a verb and its "que": "defendió además que"
    # a negation before a verb, no part of the subject before it: "El Gobierno no ha confirmado que …"
    negations: frozenset[str] = frozenset()
    # open a sentence before a verb of saying and its subject, set off by a comma, which report the rest: "Come ha
    # spiegato il questore, …", "Como ha explicado el alcalde, …", "Comme l'a expliqué le maire, …"
    as_said: frozenset[str] = frozenset()
    # between a source word and its verb: "secondo quanto riferisce il Corriere", "según lo que dijo el alcalde"
    source_fillers: frozenset[str] = frozenset()
    # object pronouns that may open a sentence before its verb, never a name: "Lo ha dicho …", "Gli ha detto …"
    object_pronouns: frozenset[str] = frozenset()
    # a stressed pronoun after a source word, other than the subject pronouns: French "Selon lui, …", "selon eux"
    source_pronouns: dict[str, str | None] = field(default_factory=dict)
    gerund_endings: tuple[str, ...] = ()  # a gerund's endings: "-ando", "-endo" ("ha detto Rossi, uscendo da casa")
    adverb_ending: str = ""  # an adverb's ending: "-mente" ("señaló posteriormente que")
    reflexive: str = ""  # before a verb of saying, makes it no report: "se declararon consternados", "se dice"
    relatives: frozenset[str] = frozenset()  # open a clause of another subject: "qui", "quien", "welche"
    # a relative pronoun that is its clause's subject, standing for the phrase before its comma: "…, quien aseguró"
    relative_subjects: frozenset[str] = frozenset()
    # open a sentence that reports the quote just before it: "“…”. Así lo ha explicado el ministro."
    back_references: frozenset[str] = frozenset()
    # the indefinite articles among the determiners: "ein Sprecher", "un porte-parole" is someone not named before
    indefinites: frozenset[str] = frozenset()
    # join two capitalised nouns of one phrase: "des Januars und Februars" (read only with ``capitalised_nouns``)
    joiners: frozenset[str] = frozenset()
    # the dative articles: one after a verb whose subject opened the sentence opens who was told ("Berg sagte der
    # Deutschen Presse-Agentur, …"), not an object said ("erklärte die Regeln")
    dative_articles: frozenset[str] = frozenset()
    # common finite verbs (be, have, become, the modals) that stand second in a clause whose first place a source
    # holds, ending its description there: "Volgens de politie is de man …" (Dutch nouns are in lower case)
    finite_verbs: frozenset[str] = frozenset()
    # a perfect's auxiliary whose participle ends the clause: "„…“, hat Hendel erzählt" (cue "hat erzählt")
    perfect_auxiliaries: frozenset[str] = frozenset()
    # cues that are a perfect's participle: one reports only with an auxiliary of ``perfect_auxiliaries`` in its
    # clause ("Die Polizei hat mitgeteilt, …", "Wie Berg betont hat, …"), not in a report's Konjunktiv ("habe gewarnt")
    participle_cues: frozenset[str] = frozenset()
    # a quote right after one is a term, not speech (the "so-called" of English ``EN_TITLE_LEADS``, 所谓 of
    # ``ZH_TITLE_LEADS``): "die sogenannte „…“", "l'opération dite « … »"; one word or two ("so genannte")
    term_leads: frozenset[str] = frozenset()
    # articles of a case no speech takes: a short quote right after one is a name ("laut einem Bericht des
    # „Spiegel“", "die Redaktion der „Bild“"), not what was said
    name_articles: frozenset[str] = frozenset()
    # right before a lead, makes it a verb of saying, the quote speech: "a dit « … »", "ha llamado «…»"
    term_lead_blockers: frozenset[str] = frozenset()
    # where and when, between a reporting verb and its subject: "sagte am Montag in Berlin Minister …", "dijo el
    # lunes en Madrid el ministro …". A preposition of place before a capitalised place name ("in", "en", "em") ...
    place_leads: frozenset[str] = frozenset()
    # ... the article or preposition before a weekday ("am", "el", "op") and words that name a day ("heute", "ayer")
    weekday_leads: frozenset[str] = frozenset()
    day_words: frozenset[str] = frozenset()
    # cues whose reported clause may follow with no conjunction: Vietnamese "ông Nam cho biết dự án …" ("rằng" left out)
    clause_cues: frozenset[str] = frozenset()
    # ... those of them that also take a noun as object ("thông báo kết quả", "xác nhận danh tính"): their clause only
    # after a comma ("Bộ trưởng nhấn mạnh, các hộ dân …"), never right after the verb
    object_clause_cues: frozenset[str] = frozenset()
    # a script with no capitals (Hebrew, Arabic): a name is read by where it stands, not by its capitals
    # (:mod:`cqnews.enrich.quotes.latin_uncased`): after the verb, an office whose last word takes the article, then
    # the name ("قال وزير الخارجية أحمد علي", "אמר ראש המועצה יוסי מזרחי")
    uncased: bool = False
    article_prefixes: tuple[str, ...] = ()  # the article joined to its noun: "ال", "ה"
    # a name's word that the next, with the article, belongs to: "عبد الله", "أبو الحسن" (no office)
    name_links: frozenset[str] = frozenset()
    # nouns of someone not named, never a name: "مسؤول" (an official), "גורם" (a source)
    unnamed_nouns: frozenset[str] = frozenset()
    # a preposition joined to the article and its noun: a word opening with one is a listener or an adverbial
    # ("للسكان", to the residents; "بالنيابة", acting), never a name's word: Arabic "لل", "بال"
    preposition_prefixes: tuple[str, ...] = ()


def words(text: str) -> frozenset[str]:
    """The words of a table written with bars between them ("sagte|sagt|erklärte")."""
    return frozenset(text.split("|"))
