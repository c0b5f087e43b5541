"""Reporting words of Latin-script languages other than English, one table per language.

English is read by its own, much larger rules (``quote_patterns``, ``reporting_en``). These tables
serve the smaller reader of :mod:`cqnews.enrich.quotes.latin`: who is quoted by a reporting verb
next to the quote ("„…“, sagte Anna Berg", "« … », a déclaré le maire", "Según Berg, …"), and the
two commonest shapes of reported speech. Words are lower case; a cue may be several words
("a déclaré", "ha detto"); each language's verbs of saying are kept in :mod:`.speech_verbs_latin`.
A language without a table gets its quotes found by their marks only, with no speaker: a wrong name is
worse than none.

The tables' shape is :class:`.latin_table.LatinTable`. Here are the languages with gold (German, French,
Spanish, Italian, Portuguese, Dutch); those written from grammars only (Russian, Polish, Indonesian, the
Scandinavian languages) are in :mod:`.quotes_latin_more`, and ``LATIN_TABLES`` holds them all.
The German words that tell a noun phrase's parts apart are in :mod:`.german_phrases_latin`, what the readers
know of a sentence's shape across languages in :mod:`.clause_shapes_latin`; both are re-exported here.
"""

from __future__ import annotations

from .clause_shapes_latin import ADVERBS_AFTER_CUE as ADVERBS_AFTER_CUE
from .clause_shapes_latin import DASH_DIALOGUE_LANGUAGES as DASH_DIALOGUE_LANGUAGES
from .clause_shapes_latin import LISTENER_LEADS as LISTENER_LEADS
from .clause_shapes_latin import LISTENER_POINTERS as LISTENER_POINTERS
from .clause_shapes_latin import PLURAL_VERB_ENDINGS as PLURAL_VERB_ENDINGS
from .clause_shapes_latin import PREDICATE_COORDINATORS as PREDICATE_COORDINATORS
from .clause_shapes_latin import REPORTS_WITHOUT_CONJUNCTION as REPORTS_WITHOUT_CONJUNCTION
from .clause_shapes_latin import ROMANCE_RELATIVES as ROMANCE_RELATIVES
from .clause_shapes_latin import TWO_NAME_WORDS_RE as TWO_NAME_WORDS_RE
from .german_phrases_latin import GERMAN_ACRONYM_RE as GERMAN_ACRONYM_RE
from .german_phrases_latin import GERMAN_ADJECTIVE_ENDINGS as GERMAN_ADJECTIVE_ENDINGS
from .german_phrases_latin import GERMAN_AGENT_ENDINGS as GERMAN_AGENT_ENDINGS
from .german_phrases_latin import GERMAN_BODY_GENDERS as GERMAN_BODY_GENDERS
from .german_phrases_latin import GERMAN_BODY_NOUN_ENDINGS as GERMAN_BODY_NOUN_ENDINGS
from .german_phrases_latin import GERMAN_CONTRACTIONS as GERMAN_CONTRACTIONS
from .german_phrases_latin import GERMAN_GENITIVE_ONLY_ARTICLES as GERMAN_GENITIVE_ONLY_ARTICLES
from .german_phrases_latin import GERMAN_GIVEN_NAME as GERMAN_GIVEN_NAME
from .german_phrases_latin import GERMAN_NOUN_ENDINGS as GERMAN_NOUN_ENDINGS
from .german_phrases_latin import GERMAN_OBLIQUE_ARTICLES as GERMAN_OBLIQUE_ARTICLES
from .german_phrases_latin import GERMAN_QUANTIFIERS as GERMAN_QUANTIFIERS
from .german_phrases_latin import GERMAN_SCH_ADJECTIVE_ENDINGS as GERMAN_SCH_ADJECTIVE_ENDINGS
from .german_phrases_latin import GERMAN_UNIT_GENITIVE_ENDINGS as GERMAN_UNIT_GENITIVE_ENDINGS
from .latin_table import LatinTable as LatinTable
from .latin_table import words as _words
from .quotes_latin_extra import EXTRA_TABLES
from .quotes_latin_more import DANISH, INDONESIAN, NORWEGIAN, POLISH, RUSSIAN, SWEDISH
from .speech_verbs_latin import (
    DUTCH_CUES,
    FRENCH_CUES,
    GERMAN_CUES,
    GERMAN_PARTICIPLE_CUES,
    PORTUGUESE_CUES,
    SPANISH_AUXILIARIES,
    SPANISH_CUES,
    italian_speech_verbs,
)

GERMAN = LatinTable(
    language="de",
    place_leads=_words("in|im"),
    weekday_leads=_words("am"),
    day_words=_words("heute|gestern|morgen"),
    back_references=_words("mit diesen worten|mit diesen sätzen"),
    relatives=_words("welche|welcher|welches|wer|dessen|deren|wo"),
    cues=GERMAN_CUES,
    sources_before=_words(
        "laut|nach angaben von|nach worten von|wie|nach angaben|aus sicht|nach ansicht|nach einschätzung|"
        "nach auffassung|nach meinung|nach darstellung|nach informationen"
    ),
    loose_sources=_words("wie"),
    sources_after=_words("zufolge"),
    after_quote=_words("so"),
    determiners=_words(
        "der|die|das|den|dem|des|ein|eine|einer|einem|eines|ihr|ihre|sein|seine|"
        "dieser|diese|dieses|diesem|diesen|jeder|jede|jedes|jedem|jeden|kein|keine|keiner|keinem|keinen"
    ),
    pronouns={"er": "m", "sie": None},
    indefinites=_words("ein|eine|einer|einem|einen|eines"),
    # who was told, after the verb: "sagte dem Sender ein Sprecher", "sagte gegenüber der Zeitung" ("dem" is no
    # subject's article)
    listeners=_words("dem|gegenüber"),
    # may stand between a verb of saying and its subject after it: "„…“, sagte auch Klaus Wolf", "sagte zudem der …"
    adverbs=_words(
        "auch|dazu|zudem|außerdem|ebenfalls|jedoch|allerdings|aber|dagegen|hingegen|indes|ferner|weiter|später|"
        "zuvor|damals|bereits|schon|nun|jetzt|noch|erneut|daraufhin|anschließend|abschließend|schließlich|"
        "ergänzend|wiederum|ebenso|gestern|heute"
    ),
    # (a feminine form in -in is a title too, derived by rule: "Ministerin", "Schülerin", "Architektin"; see
    # latin_titles.is_title. Only the forms the rule cannot derive are listed: "-e" and umlaut ones, "Expertin",
    # "Ärztin")
    dative_articles=_words("dem|der|einem|einer"),
    name_articles=_words("des|der|dem|den|eines|einer|einem"),
    titles=(
        "minister", "präsident", "kanzler", "bürgermeister", "sprecher", "chef", "vorsitzende", "vorsitzender",
        "direktor", "trainer", "professor", "dr.", "prof.", "experte", "expertin", "leiter", "geschäftsführer",
        "sekretär", "abgeordnete", "abgeordneter", "politiker", "senator", "landrat", "landrätin", "richter",
        "anwalt", "anwältin", "kommissar", "general", "kapitän", "coach", "stürmer", "torhüter", "spieler",
        "rektor", "schüler", "lehrer", "verwalter", "mitarbeiter", "bewohner", "anwohner", "besucher",
        "fahrer", "arzt", "ärztin", "polizist", "journalist", "analyst", "ökonom", "volkswirt", "stratege",
        "strategin", "kollege", "kollegin", "vorstand", "gründer", "inhaber", "betreiber", "referent",
        "berater", "forscher", "wissenschaftler", "autor", "sänger", "musiker", "künstler", "kandidat",
        "pfarrer", "bischof", "landwirt", "unternehmer", "manager", "intendant", "moderator", "redakteur",
        "banker", "händler", "chefvolkswirt", "schauspieler", "regisseur", "architekt",
        # (local offices: "Kämmerer", "Ortsvorsteherin", "Kreisbrandmeister", "Stadträtin"; the masculine "-rat"
        # is also the council itself, "der Gemeinderat", so only its feminine form is an office word)
        "kämmerer", "kämmerin", "vorsteher", "brandmeister", "torwart", "rätin",
        "herr", "frau",  # (courtesy titles: "Frau Berg" is Berg)
    ),
    that=_words("dass"),
    impersonal=_words("heißt es|hieß es"),
    impersonal_sources=_words("aus|von|vom|seitens"),
    unreal_leads=_words("wenn|falls|ohne dass|als ob|als wenn"),
    subordinators=_words("nachdem|als|weil|obwohl|obgleich|bevor|ehe|seit|seitdem|sobald|falls|indem|während|da|damit"),
    particles=_words("von|van|de|der|den|zu"),
    # (not "für": "Für Schulleiter Salcher eh kein Thema: „…“" frames a source, as "Para Hurtado" does)
    prepositions=_words(
        "zu|zum|zur|gegenüber|im|am|in|bei|beim|auf|vor|nach|über|mit|an|aus|während|vom|von"
        "|seit|bis|gegen|ohne|um|durch|unter|wegen|trotz|zwischen|neben|hinter|dank"
    ),
    openers=_words(
        "am|im|auch|aber|doch|dennoch|so|dann|damit|ähnlich|zudem|außerdem|nach|bei|für|mit|in|zum|zur|vor|"
        "seit|heute|gestern|jetzt|nun|noch|schon|hier|dort|da|dabei|dazu|deshalb|daher|trotzdem|allerdings|"
        "immerhin|vielmehr|etwa|zwar|denn|und|oder|als|wenn|weil|später|zuvor|zuletzt|anschließend|danach|"
        "darauf|darin|darum|davon|dafür|dagegen|darüber|gleichzeitig|insgesamt|zunächst|inzwischen|mittlerweile|"
        "derzeit|bislang|bisher|einst|man|es|"
        "nachdem|während|obwohl|bevor|seitdem|sobald|ob|falls|indem|sodass|wo|was|wer|warum|weshalb|wie"
    ),
    verb_endings=("t", "te"),
    subject_first=True,
    capitalised_nouns=True,
    joiners=_words("und|oder|sowie"),
    perfect_auxiliaries=_words("hat|haben|hatte|hatten"),
    participle_cues=GERMAN_PARTICIPLE_CUES,
    term_leads=_words(
        "sogenannte|sogenannten|sogenannter|sogenanntes|sogenanntem|sog.|so genannte|so genannten|so genannter|"
        "so genanntes|so genanntem"
    ),
    that_verbs=_words(
        "erwartet|erwarten|rechnet|rechnen|glaubt|glauben|befürchtet|befürchten|hofft|hoffen|weist|wies|"
        "bestätigt|berichtet|meldet|meldete|schätzt|prognostiziert|vermutet|bezweifelt|fordert|geht|ging|"
        "räumt|zeigte|zeigt|argumentiert|argumentierte|behauptet|behauptete|betonen|erklären|sagen|mitteilte|"
        "versichert|kritisieren|warnen|vorgeworfen|wirft|warf|droht|drohte|ist überzeugt|sind überzeugt"
    ),
    subjunctives=_words(
        "sei|seien|habe|werde|gebe|bestehe|stehe|liege|gehe|komme|müsse|könne|solle|wolle|dürfe|lasse|wisse|"
        "bleibe|handle|handele|zeige|fehle|brauche|gelte|laufe|sehe|halte|trage|erwarte|plane|arbeite|rechne|"
        "entstehe|betrage|hänge|wirke|drohe|fordere|führe|mache|nehme|bringe|finde|gehöre|würden"
    ),
)

FRENCH = LatinTable(
    language="fr",
    place_leads=_words("à|en"),
    day_words=_words("hier|aujourd’hui|aujourd'hui"),
    back_references=_words("ainsi|c'est ce|c’est ce|c'est en ces termes|c’est en ces termes"),
    relatives=_words("qui|dont|où|lequel|laquelle|lesquels|lesquelles"),
    relative_subjects=_words("qui"),
    object_pronouns=_words("lui|leur|me|te"),
    cues=FRENCH_CUES,
    sources_before=_words("selon|d'après|d’après|pour"),
    loose_sources=_words("pour"),
    framing_sources=_words("pour"),
    sources_after=frozenset(),
    after_quote=frozenset(),
    determiners=_words("le|la|les|l'|l’|un|une|son|sa|ses|leur"),
    pronouns={"il": "m", "elle": "f", "ils": None, "elles": None},
    source_pronouns={"lui": "m", "eux": None},
    indefinites=_words("un|une|des"),
    titles=(
        "ministre", "président", "présidente", "maire", "porte-parole", "directeur", "directrice",
        "ambassadeur", "ambassadrice",
        "professeur", "professeure", "secrétaire", "député", "députée", "sénateur", "sénatrice",
        "préfet", "préfète", "avocat", "avocate", "procureur", "procureure", "entraîneur", "chef",
        "général", "dr", "dr.", "me", "adjoint", "adjointe", "conseiller", "conseillère", "chercheur",
        "chercheuse", "économiste", "analyste", "responsable", "délégué", "déléguée", "fondateur", "fondatrice",
        "leader", "candidat", "candidate", "juge", "commissaire", "dirigeant", "dirigeante",
        "docteur", "médecin",
    ),
    that=_words("que|qu'|qu’"),
    as_said=_words("comme|ainsi que"),  # "Comme l'a expliqué le maire, …"
    particles=_words("de|du|des|la|le|d'|d’"),
    prepositions=_words("à|au|aux|lors|devant|dans|sur|pendant|auprès|en|après|avant"),
    # conjunctions opening a sentence: never a one-word name ("Quand …")
    openers=_words("quand|lorsque|puisque|mais|si|comme"),
    listeners=_words("à|au|aux"),
    media=_words("agence|journal|quotidien|hebdomadaire|magazine|chaîne|radio|station|site|télévision"),
    adverbs=_words("aussi|encore|ensuite|déjà|hier|alors|enfin|donc"),
    gerund_endings=("ant",),
    adverb_ending="ment",
    # right after a quote, any verb in the present or the passé simple ("« … », estime le maire", "conclut le
    # communiqué", "déclara-t-il") or a compound past ("a précisé", "avait indiqué", "ont expliqué")
    verb_endings=("e", "a", "t"),
    auxiliaries=_words("a|avait|ont|avaient"),
    participle_endings=("é", "ée", "és", "i", "u", "it", "is"),
    # ("dit" alone is left out: "Le ministre dit « … »" is as common as "le projet dit « … »")
    term_leads=_words("dite|dits|dites|soi-disant|prétendu|prétendue|prétendus|prétendues"),
    # ("vous dites « … »", "elle a dites", "elle s'est dite « … »": the verb of saying, the quote speech)
    term_lead_blockers=_words(
        "a|ai|as|avons|avez|ont|avait|avaient|avais|aurait|auraient|eut|aura|il|elle|on|je|j'|j’|tu|nous|vous|ils|"
        "elles|qui|me|m'|m’|te|t'|t’|lui|leur|se|s'|s’|ça|cela|ce|c'|c’|l'a|l’a|m'a|m’a|t'a|t’a|l'ai|l’ai|"
        "l'avait|l’avait|ne|n'|n’|pas|jamais|déjà|toujours|aussi|bien|encore|s'est|s’est"
    ),
)

SPANISH = LatinTable(
    language="es",
    place_leads=_words("en"),
    weekday_leads=_words("el|este"),
    day_words=_words("hoy|ayer"),
    back_references=_words("así|así lo|con esas palabras|con estas palabras"),
    relatives=_words("quien|quienes|cuyo|cuya|cuyos|cuyas|donde|cual|cuales"),
    relative_subjects=_words("quien|quienes"),
    object_pronouns=_words("lo|le|los|les|me|te|nos|os"),
    cues=SPANISH_CUES,
    sources_before=_words("según|para|de acuerdo con"),
    source_fillers=_words("lo que|lo"),
    loose_sources=_words("para|de acuerdo con"),
    framing_sources=_words("para|de acuerdo con"),
    sources_after=frozenset(),
    after_quote=frozenset(),
    determiners=_words("el|la|los|las|un|una|su|sus"),
    pronouns={"él": "m", "ella": "f", "ellos": None, "ellas": None},
    indefinites=_words("un|una|unos|unas"),
    titles=(
        "ministro", "ministra", "presidente", "presidenta", "alcalde", "alcaldesa", "portavoz",
        "director", "directora", "profesor", "profesora", "secretario", "secretaria", "diputado",
        "diputada", "senador", "senadora", "abogado", "abogada", "fiscal", "entrenador", "entrenadora",
        "jefe", "jefa", "gobernador", "gobernadora", "general", "dr.", "dra.", "consejero", "consejera",
        "concejal", "concejala", "investigador", "investigadora", "economista", "analista", "responsable",
        "delegado", "delegada", "fundador", "fundadora", "líder", "candidato", "candidata", "juez", "jueza",
        "magistrado", "magistrada", "dirigente", "coordinador", "coordinadora", "doctor", "doctora", "médico", "médica",
        "embajador", "embajadora",
        # diplomatic, judicial, police, church and sports offices
        "cónsul", "cónsula", "fiscala", "comisario", "comisaria", "inspector", "inspectora", "comandante", "coronel",
        "obispo", "arzobispo", "párroco", "capitán", "capitana", "seleccionador", "seleccionadora",
        "señor", "señora", "don", "doña", "sr.", "sra.", "srta.",  # (courtesy titles: "la señora Ruiz" is Ruiz)
    ),
    that=_words("que"),
    as_said=_words("como|tal y como|tal como"),  # "Como ha explicado el alcalde, …"
    particles=_words("de|del|la|las|los|y"),
    prepositions=_words("a|al|en|ante|durante|tras|con|desde|sobre"),
    # conjunctions opening a sentence: never a one-word name ("Cuando …")
    openers=_words("cuando|mientras|aunque|porque|pero|si|como"),
    verb_endings=("ó",),  # the preterite's third person: "“…”, lamentó", "resumió", "relató"
    null_subject=True,
    auxiliaries=frozenset(SPANISH_AUXILIARIES),
    participle_endings=("ado", "ido", "cho"),
    listeners=_words("a|al"),
    media=_words("agencia|diario|periódico|cadena|emisora|radio|televisión|revista|semanario|web|portal"),
    adverbs=_words("además|también|hoy|ayer|luego|entonces|asimismo|ya|incluso|todavía|aún"),
    negations=_words("no|nunca|tampoco"),
    reflexive="se",
    gerund_endings=("ando", "iendo", "yendo"),
    adverb_ending="mente",
    term_leads=_words(
        "llamado|llamada|llamados|llamadas|denominado|denominada|denominados|denominadas|supuesto|supuesta|"
        "supuestos|supuestas"
    ),
    # ("ha llamado «…» a los jueces": the verb, what was said; "por supuesto" is "of course")
    term_lead_blockers=_words("ha|he|has|hemos|habéis|han|había|habían|habría|habrían|haya|hubiera|por"),
)


ITALIAN = LatinTable(
    language="it",
    place_leads=_words("a|in"),
    day_words=_words("ieri|oggi"),
    back_references=_words("così|con queste parole"),
    relatives=_words("cui|quale|quali|dove|chi"),
    object_pronouns=_words("lo|la|li|le|gli|ne|mi|ti|ci|vi"),
    cues=italian_speech_verbs(),
    sources_before=_words("secondo|per"),
    source_fillers=_words("quanto"),
    loose_sources=_words("per"),
    framing_sources=_words("per"),
    sources_after=frozenset(),
    after_quote=frozenset(),
    determiners=_words("il|lo|la|i|gli|le|l'|l’|un|un'|un’|uno|una|suo|sua"),
    pronouns={"lui": "m", "lei": "f", "loro": None},
    indefinites=_words("un|uno|una|un'|un’"),
    titles=(
        "ministro", "ministra", "presidente", "premier", "sindaco", "sindaca", "portavoce", "direttore",
        "ambasciatore", "ambasciatrice",
        "direttrice", "professore", "professoressa", "segretario", "segretaria", "deputato", "deputata",
        "senatore", "senatrice", "avvocato", "avvocata", "procuratore", "allenatore", "capo", "generale",
        "dott.", "prof.", "assessore", "assessora", "consigliere", "consigliera", "ricercatore",
        "ricercatrice", "economista", "analista", "responsabile", "fondatore", "fondatrice", "leader",
        "candidato", "candidata", "giudice", "magistrato", "dirigente", "governatore", "prefetto", "commissario",
        "dottor", "dottore", "dottoressa", "medico",
        # diplomatic, judicial, police, church and sports offices
        "console", "questore", "comandante", "colonnello", "vescovo", "arcivescovo", "cardinale", "parroco",
        "capitano", "ct",
        "signor", "signora", "signore",  # (courtesy titles: "la signora Rossi" is Rossi)
    ),
    that=_words("che"),
    particles=_words("di|de|del|della|dello|dei|degli|delle|da|la|lo"),
    as_said=_words("come|così come"),  # "Come ha spiegato il questore, …"
    prepositions=_words("a|al|alla|in|nel|nella|durante|con|su|sul|dopo|davanti"),
    # conjunctions opening a sentence: never a one-word name ("Quando …"); nor a preposition of whence with its
    # article ("Dalla Regione fanno sapere che …": the body, not "Dalla Regione")
    openers=_words("quando|mentre|sebbene|perché|ma|se|come|dal|dalla|dallo|dai|dagli|dalle"),
    # right after a quote, any verb in the present or the passato remoto ("“…”, sostiene la ministra",
    # "aggiunge", "spiegò") or a compound past ("ha ribadito", "aveva spiegato")
    verb_endings=("a", "e", "ò"),
    auxiliaries=_words("ha|hanno|aveva|avevano"),
    participle_endings=("ato", "ata", "uto", "ito", "ati", "uti", "iti"),
    null_subject=True,
    listeners=_words("a|al|allo|alla|ai|agli|alle|all'|all’"),
    media=_words("agenzia|quotidiano|giornale|settimanale|rivista|emittente|radio|televisione|tg|sito"),
    adverbs=_words("anche|inoltre|poi|ieri|oggi|ancora|già|infine|quindi"),
    negations=_words("non"),
    gerund_endings=("ando", "endo"),
    adverb_ending="mente",
    term_leads=_words("cosiddetto|cosiddetta|cosiddetti|cosiddette"),
)

PORTUGUESE = LatinTable(
    language="pt",
    place_leads=_words("em"),
    weekday_leads=_words("na|no|nesta|neste"),
    day_words=_words("hoje|ontem"),
    back_references=_words("assim|foi assim que|com estas palavras"),
    relatives=_words("quem|cujo|cuja|onde|qual|quais"),
    object_pronouns=_words("lhe|lhes|me|te|nos"),
    cues=PORTUGUESE_CUES,
    sources_before=_words("segundo|para|conforme|de acordo com"),
    source_fillers=_words("o que|o"),
    loose_sources=_words("para"),
    framing_sources=_words("para"),
    sources_after=frozenset(),
    after_quote=frozenset(),
    determiners=_words("o|a|os|as|um|uma|seu|sua"),
    pronouns={"ele": "m", "ela": "f", "eles": None, "elas": None},
    indefinites=_words("um|uma|uns|umas"),
    titles=(
        "ministro", "ministra", "presidente", "prefeito", "prefeita", "porta-voz", "diretor", "diretora",
        "professor", "professora", "secretário", "secretária", "deputado", "deputada", "senador",
        "senadora", "advogado", "advogada", "procurador", "procuradora", "treinador", "técnico",
        "governador", "governadora", "general", "vereador", "vereadora", "investigador", "investigadora",
        "pesquisador", "pesquisadora", "economista", "analista", "responsável", "fundador", "fundadora",
        "doutor", "doutora", "médico", "médica", "embaixador", "embaixadora",
        # diplomatic, judicial, police, church and sports offices
        "cônsul", "juiz", "juíza", "desembargador", "desembargadora", "promotor", "promotora", "delegado",
        "delegada", "comandante", "coronel", "bispo", "arcebispo", "capitão", "capitã",
        "sr.", "sra.", "senhor", "senhora",  # (courtesy titles: "o sr. Silva" is Silva)
    ),
    that=_words("que"),
    particles=_words("de|da|do|dos|das|e"),
    as_said=_words("como|conforme"),  # "Como explicou o comandante, …"
    prepositions=_words("a|ao|à|em|no|na|durante|com|sobre|após|perante"),
    # conjunctions opening a sentence: never a one-word name ("Quando …")
    openers=_words("quando|enquanto|embora|porque|mas|se|como"),
    null_subject=True,
    verb_endings=("ou", "eu", "iu"),  # the preterite's third person: "“…”, ponderou o ministro", "respondeu"
    listeners=_words("a|à|ao|aos|às"),
    media=_words("agência|jornal|diário|revista|semanário|rádio|emissora|televisão|canal|site|portal"),
    subject_listeners=_words("a"),
    adverbs=_words("também|ainda|ontem|hoje|já|depois|ainda|logo"),
    negations=_words("não|nunca"),
    gerund_endings=("ando", "endo", "indo"),
    adverb_ending="mente",
    term_leads=_words(
        "chamado|chamada|chamados|chamadas|suposto|suposta|supostos|supostas|denominado|denominada|denominados|"
        "denominadas"
    ),
    # ("tem chamado «…» aos juízes": the verb, what was said)
    term_lead_blockers=_words("tem|têm|tinha|tinham|tenho|temos|havia|haviam|há"),
)

DUTCH = LatinTable(
    language="nl",
    place_leads=_words("in|op"),
    weekday_leads=_words("op"),
    day_words=_words("vandaag|gisteren"),
    relatives=_words("die|wie|waar|welke"),
    cues=DUTCH_CUES,
    sources_before=_words("volgens"),
    sources_after=_words("aldus"),
    after_quote=_words("aldus"),
    determiners=_words("de|het|een|zijn|haar"),
    pronouns={"hij": "m", "zij": None, "ze": None},
    indefinites=_words("een"),
    titles=(
        "minister", "premier", "president", "burgemeester", "woordvoerder", "woordvoerster", "directeur",
        "voorzitter", "hoogleraar", "professor", "staatssecretaris", "trainer", "coach", "advocaat",
        "officier", "commissaris", "wethouder", "kamerlid", "dr.", "prof.", "dokter",
        # diplomatic, judicial, police, church and sports offices
        "ambassadeur", "consul", "rechter", "korpschef", "bisschop", "kardinaal", "aanvoerder", "bondscoach",
        "heer", "mevrouw", "dhr.", "mevr.",  # (courtesy titles: "de heer Bakker" is Bakker)
    ),
    that=_words("dat"),
    particles=_words("van|de|der|den|ten|ter|te|het"),
    prepositions=_words("tegen|tegenover|in|op|bij|tijdens|na|met|aan|voor"),
    finite_verbs=_words(
        "is|zijn|was|waren|heeft|hebben|had|hadden|wordt|worden|werd|werden|zal|zullen|zou|zouden|kan|kunnen"
        "|kon|konden|moet|moeten|moest|moesten|mag|mogen|mocht|wil|willen|wilde|gaat|gaan|ging|gingen|komt|komen"
        "|kwam|kwamen|blijft|blijven|bleef|bleven|lijkt|lijken|leek|staat|staan|stond|ligt|liggen|lag"
    ),
    term_leads=_words("zogenaamde|zogenaamd|zogeheten|zogenoemde|zo genaamde|zo genoemde"),
)

# Languages without a table: quotes found by their marks, no speaker read.
MARKS_ONLY = LatinTable(language="", cues=frozenset())


LATIN_TABLES: dict[str, LatinTable] = {
    table.language: table
    for table in (
        GERMAN, FRENCH, SPANISH, ITALIAN, PORTUGUESE, DUTCH, RUSSIAN, POLISH, INDONESIAN, SWEDISH, NORWEGIAN,
        DANISH,
    )
} | {"nb": NORWEGIAN, "nn": NORWEGIAN} | EXTRA_TABLES
