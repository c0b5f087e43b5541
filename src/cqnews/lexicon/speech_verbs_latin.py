"""Verbs of saying of the languages read from a table (:mod:`cqnews.lexicon.quotes_latin`), one table per
language, in the finite forms news reports speech with: the verbs of saying are kept here and the words of names,
offices and phrases in ``quotes_latin``. Italian is made from each verb's principal parts by its conjugation (a
regular verb by its infinitive, an irregular one by its own forms); the other languages list the forms they read
(Spanish perfects and plurals made from its presents and preterites).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# -- Italian ------------------------------------------------------------------------------------------------

# The auxiliary of the compound pasts (passato prossimo, trapassato), singular and plural.
ITALIAN_AUXILIARIES = ("ha", "hanno", "aveva", "avevano")

# Regular verbs of saying in -are ("dichiarare": "dichiara", "dichiarano", "dichiarò", "dichiararono",
# "dichiarava", "dichiaravano", "ha dichiarato") and in -ire with -isc- ("ribadire": "ribadisce", "ribadì",
# "ha ribadito").
_ITALIAN_ARE = (
    "dichiarare affermare spiegare sottolineare precisare commentare osservare assicurare annunciare raccontare "
    "ricordare confermare replicare rivelare evidenziare denunciare accusare lamentare attaccare avvisare "
    "esortare tuonare incalzare ironizzare chiosare sintetizzare puntualizzare rimarcare rilevare segnalare "
    "giurare"
).split()
_ITALIAN_ISC = "ribadire garantire definire esordire suggerire riferire chiarire ammonire".split()
# Irregular ones: present (singular, plural), passato remoto (singular, plural), imperfect (singular, plural),
# participle.
_ITALIAN_IRREGULAR = (
    ("dice", "dicono", "disse", "dissero", "diceva", "dicevano", "detto"),
    ("aggiunge", "aggiungono", "aggiunse", "aggiunsero", "aggiungeva", "aggiungevano", "aggiunto"),
    ("conclude", "concludono", "concluse", "conclusero", "concludeva", "concludevano", "concluso"),
    ("risponde", "rispondono", "rispose", "risposero", "rispondeva", "rispondevano", "risposto"),
    ("ammette", "ammettono", "ammise", "ammisero", "ammetteva", "ammettevano", "ammesso"),
    ("sostiene", "sostengono", "sostenne", "sostennero", "sosteneva", "sostenevano", "sostenuto"),
    ("chiede", "chiedono", "chiese", "chiesero", "chiedeva", "chiedevano", "chiesto"),
    ("scrive", "scrivono", "scrisse", "scrissero", "scriveva", "scrivevano", "scritto"),
    ("promette", "promettono", "promise", "promisero", "prometteva", "promettevano", "promesso"),
    ("insiste", "insistono", "insistette", "insistettero", "insisteva", "insistevano", "insistito"),
    ("avverte", "avvertono", "avvertì", "avvertirono", "avvertiva", "avvertivano", "avvertito"),
    ("prosegue", "proseguono", "proseguì", "proseguirono", "proseguiva", "proseguivano", "proseguito"),
    ("riconosce", "riconoscono", "riconobbe", "riconobbero", "riconosceva", "riconoscevano", "riconosciuto"),
)


def _italian_parts(infinitive: str) -> tuple[str, ...]:
    """The forms of a regular verb, in the order of ``_ITALIAN_IRREGULAR``."""
    if infinitive.endswith("are"):
        stem = infinitive[:-3]
        return (f"{stem}a", f"{stem}ano", f"{stem}ò", f"{stem}arono", f"{stem}ava", f"{stem}avano", f"{stem}ato")
    stem = infinitive[:-3]
    return (f"{stem}isce", f"{stem}iscono", f"{stem}ì", f"{stem}irono", f"{stem}iva", f"{stem}ivano", f"{stem}ito")


def _compound(auxiliaries: Iterable[str], participle: str) -> list[str]:
    return [f"{aux} {participle}" for aux in auxiliaries]


def italian_speech_verbs(*, plural_and_imperfect: bool = False) -> frozenset[str]:
    """The Italian verbs of saying above in the third person singular of the present and the passato remoto, and
    the passato prossimo in both numbers ("dichiara", "dichiarò", "ha dichiarato", "hanno dichiarato": a body or a
    group reports in the plural, "i carabinieri hanno riferito che …"); with ``plural_and_imperfect`` also the
    simple plurals, imperfects and pluperfects ("dichiarano", "dichiaravano", "avevano dichiarato"; off: the simple
    plurals alone take it indirect check P 1.000 -> .500, sessions 41 and 51)."""
    forms: set[str] = set()
    for parts in [*map(_italian_parts, _ITALIAN_ARE + _ITALIAN_ISC), *_ITALIAN_IRREGULAR]:
        present, _, past, *_ = parts
        forms.update((present, past, *_compound(ITALIAN_AUXILIARIES[:2], parts[-1])))
        if plural_and_imperfect:
            forms.update(parts[:-1])
            forms.update(_compound(ITALIAN_AUXILIARIES, parts[-1]))
    return frozenset(forms) | _ITALIAN_PAIRS


# "far sapere": the verb of saying is the pair ("“…”, ha fatto sapere la prefettura", "fa sapere il Comune").
_ITALIAN_PAIRS = frozenset(("fa sapere", "fanno sapere", "ha fatto sapere", "hanno fatto sapere", "fece sapere"))


# -- the other languages: the forms each table reads, as written (Spanish perfects and plurals made from them) --


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split("|"))


_GERMAN_WRITTEN = _words(
    "sagte|sagt|sagten|sagen|erklärte|erklärt|erklärten|betonte|betont|betonten|meinte|meint|"
    "ergänzte|ergänzt|fügte|warnte|warnt|kritisierte|kritisiert|forderte|fordert|schrieb|schreibt|"
    "berichtete|berichtet|erläuterte|erläutert|versicherte|versichert|bestätigte|bestätigt|fragte|fragt|"
    "antwortete|antwortet|unterstrich|unterstreicht|teilte|räumte|kündigte|mahnte|mahnt|urteilte|"
    "bilanzierte|resümierte|erzählte|erzählt|beklagte|beklagt|verriet|verrät|"
    # (strong verbs, their past in -a-, -ie-, never read by the weak endings "-t", "-te" after a quote)
    "versprach|verspricht|empfahl|empfiehlt|riet|rät|widersprach|widerspricht|gestand|gesteht|rief|ruft|"
    # (impersonal: "Aus dem Ministerium hieß es, …", the source after "aus" or "von"; see LatinTable.impersonal)
    "heißt es|hieß es"
)
# More German weak verbs of saying, by their infinitive: the present and the past in both numbers ("beteuern":
# "beteuert", "beteuerte", "beteuerten"; a stem in -d, -t or consonant + n takes an e: "entgegnet").
_GERMAN_WEAK = (
    "beteuern bekräftigen monieren bemängeln entgegnen präzisieren konstatieren schildern kommentieren "
    "prophezeien appellieren"
).split()


def _german_weak(infinitives: Iterable[str]) -> frozenset[str]:
    """The third persons of the present and the past of weak verbs, from their infinitives."""
    forms: set[str] = set()
    for infinitive in infinitives:
        stem = infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]
        joint = "e" if stem.endswith(("d", "t")) or re.search(r"[^aeiouäöürl]n$", stem) else ""
        forms.update(f"{stem}{joint}{ending}" for ending in ("t", "te", "ten"))
    return frozenset(forms)


# The past plural of the written verbs: a weak past in -te takes -n ("berichtete" "berichteten", "erzählte"
# "erzählten"), a strong one -en ("schrieb" "schrieben", "verriet" "verrieten"): a group reports as often as one
# person ("Zeugen berichteten, der Wagen sei …").
_GERMAN_STRONG_PASTS = ("schrieb", "verriet", "unterstrich")


def _german_past_plurals(written: frozenset[str]) -> frozenset[str]:
    """ "berichteten" from "berichtete", "schrieben" from "schrieb" (the separable "teilte" gives "teilten")."""
    weak = {f"{w}n" for w in written if w.endswith("te")}
    return frozenset(weak | {f"{w}en" for w in _GERMAN_STRONG_PASTS})


# German verbs of saying written at the end of their clause: the participle of a perfect ("Die Polizei hat
# mitgeteilt, …", "Wie Berg betont hat, …"; besides the present forms above that are participles too, "erklärt",
# "bestätigt"). Only such forms: none of them is a noun or another verb's form. One reports only with an auxiliary
# of the perfect in its clause (LatinTable.participle_cues): "Man habe … gewarnt, so Berg" is what was said.
GERMAN_PARTICIPLE_CUES = _words(
    "gesagt|gemeint|gewarnt|gefordert|gefragt|geantwortet|geschildert|gemahnt|geschrieben|versprochen|"
    "mitgeteilt|angekündigt|eingeräumt|hinzugefügt|angegeben|bekanntgegeben"
)
# German verbs that, with "sich" and a word of mood, present the subject before a colon and a quote ("Hahn zeigte
# sich überwältigt: „…“", "Müller gab sich zufrieden:", "Die Ärztin äußerte sich vorsichtig:"): what follows the
# colon is the subject's words. Present and past of both numbers; read only with "sich" right after them.
GERMAN_SELF_PRESENTING = _words(
    "zeigt|zeigte|zeigen|zeigten|gibt|gab|geben|gaben|äußert|äußerte|äußern|äußerten|präsentiert|präsentierte"
)
GERMAN_CUES = (
    _GERMAN_WRITTEN | _german_past_plurals(_GERMAN_WRITTEN) | _german_weak(_GERMAN_WEAK) | GERMAN_PARTICIPLE_CUES
)
# French pronominal verbs of saying, by their infinitive (all regular): the present "s'indigne", "se félicite",
# "se réjouit" (the pronoun elided before a vowel or a mute h) and the passé composé "s'est indigné(e)", "s'est
# réjoui(e)"; the irregular "se plaint", "s'est plaint(e)", "s'émeut", "s'est ému(e)" and "se dit", "s'est dit(e)" (with
# an adjective: "Le maire s'est dit « très inquiet »"), written out.
_FRENCH_PRONOMINAL = (
    "indigner féliciter inquiéter étonner emporter interroger désoler alarmer insurger exclamer agacer "
    "justifier réjouir enorgueillir"
).split()
_FRENCH_PRONOMINAL_IRREGULAR = (
    "se plaint",
    "s'est plaint",
    "s'est plainte",
    "s'émeut",
    "s'est ému",
    "s'est émue",
    "se dit",
    "s'est dit",
    "s'est dite",
)
_OPEN_E_RE = re.compile(r"é([^aeiouéèêy]+)$")


def _french_present_and_participle(infinitive: str) -> tuple[str, str] | None:
    """The third person of the present and the participle of a regular -er or -ir verb ("indigne", "indigné";
    "réjouit", "réjoui"; "inquiète": the e open before a mute e); None for another infinitive."""
    stem = infinitive[:-2]
    if infinitive.endswith("er"):
        return _OPEN_E_RE.sub(r"è\1", stem) + "e", f"{stem}é"
    return (f"{stem}it", f"{stem}i") if infinitive.endswith("ir") else None


def _french_pronominal(infinitives: Iterable[str]) -> frozenset[str]:
    """ "s'indigne", "s'est indigné", "s'est indignée" from "indigner", "se réjouit", "s'est réjoui(e)" from
    "réjouir", and the irregular forms (either apostrophe)."""
    forms = set(_FRENCH_PRONOMINAL_IRREGULAR)
    for infinitive in infinitives:
        if (made := _french_present_and_participle(infinitive)) is not None:
            present, participle = made
            forms.add(("s'" if infinitive[:1] in "aeéèêiouh" else "se ") + present)
            forms.update(f"s'est {participle}{e}" for e in ("", "e"))
    return frozenset(forms | {form.replace("'", "’") for form in forms})


# The present plural of the French verbs of saying whose singular does not end in "-e" ("dit": "disent"); the others
# add "-nt" ("indique": "indiquent"): "« … », indiquent les pompiers", "…, précisent les gendarmes".
_FRENCH_IRREGULAR_PLURALS = {
    "dit": "disent",
    "avertit": "avertissent",
    "reconnaît": "reconnaissent",
    "répond": "répondent",
    "poursuit": "poursuivent",
    "prévient": "préviennent",
    "conclut": "concluent",
}


def _french_present_plurals(written: frozenset[str]) -> frozenset[str]:
    """The third person plural of the French presents of ``written`` (one word, no compound past)."""
    plurals = {w + "nt" for w in written if w.endswith("e") and " " not in w and not w.endswith("ée")}
    return frozenset(plurals | {_FRENCH_IRREGULAR_PLURALS[w] for w in written if w in _FRENCH_IRREGULAR_PLURALS})


_FRENCH_WRITTEN = _words(
    "a déclaré|a dit|a affirmé|a expliqué|a ajouté|a souligné|a indiqué|a précisé|a estimé|a assuré|"
    "a averti|a martelé|a insisté|a reconnu|a confié|a répondu|a lancé|a commenté|a jugé|"
    "déclare|dit|affirme|explique|ajoute|souligne|indique|précise|estime|assure|avertit|martèle|"
    "insiste|reconnaît|confie|répond|lance|commente|juge|raconte|a raconté|note|a noté|poursuit|"
    "a poursuivi|déclarait|expliquait|affirmait|annonce|confirme|rappelle|relève|dénonce|regrette|déplore|"
    "prévient|concède|résume|conclut|répète|évoque|signale|raconte|"
    # ("faire savoir": the verb of saying is the pair, "« … », a fait savoir la préfecture")
    "a fait savoir|fait savoir|ont fait savoir|font savoir"
)


def _french_negated(written: frozenset[str]) -> frozenset[str]:
    """The negated passé composé of the French cues of ``written`` written with "a": "ne" elided before the
    auxiliary, "pas" or "jamais" between it and the participle ("Le maire n'a pas confirmé que …")."""
    return frozenset(
        f"n{apostrophe}a {adverb} {w[2:]}"
        for w in written
        if w.startswith("a ") and w.count(" ") == 1
        for apostrophe in ("'", "’")
        for adverb in ("pas", "jamais")
    )


FRENCH_CUES = (
    _FRENCH_WRITTEN
    | _french_present_plurals(_FRENCH_WRITTEN)
    | _french_pronominal(_FRENCH_PRONOMINAL)
    | _french_negated(_FRENCH_WRITTEN)
)
_SPANISH_WRITTEN = _words(
    "dijo|afirmó|explicó|señaló|aseguró|añadió|indicó|declaró|apuntó|subrayó|manifestó|agregó|"
    "comentó|destacó|advirtió|sostuvo|insistió|reconoció|precisó|expresó|recalcó|afirma|explica|"
    "señala|asegura|añade|indica|declara|apunta|subraya|dice|agrega|comenta|destaca|advierte|"
    "sostiene|insiste|reconoce|precisa|expresa|recalca|"
    # (more verbs of saying; a preterite here gives its perfect too: "confirmó" -> "ha confirmado")
    "confirmó|defendió|denunció|criticó|anunció|informó|aclaró|reiteró|admitió|negó|alertó|recordó|"
    "lamentó|relató|resumió|concluyó|avisó|respondió|contestó|preguntó|opinó|consideró|estimó|"
    "argumentó|puntualizó|detalló|reclamó|pidió|exigió|prometió|valoró|remarcó|enfatizó|garantizó|"
    "confesó|matizó|describió|contó|confió|narró|confirma|defiende|denuncia|critica|anuncia|informa|aclara|reitera|admite|"
    "niega|"
    "alerta|recuerda|lamenta|relata|resume|concluye|avisa|responde|contesta|pregunta|opina|considera|"
    "estima|argumenta|puntualiza|detalla|reclama|pide|exige|promete|valora|remarca|enfatiza|garantiza|"
    # (verbs of telling a story or a confidence: "«…», contó la vecina", "confía el técnico"; not "cuenta", as in
    # "tener en cuenta que")
    "confía|narra"
)
_PORTUGUESE_WRITTEN = _words(
    "disse|afirmou|explicou|acrescentou|declarou|salientou|sublinhou|referiu|adiantou|garantiu|"
    "destacou|frisou|defendeu|assegurou|indicou|apontou|comentou|diz|afirma|explica|acrescenta|"
    "declara|salienta|sublinha|refere|adianta|garante|destaca|frisa|defende|assegura|indica|aponta|comenta|"
    # (more verbs of saying: "A GNR informou que …", "Segundo informou a PSP, …")
    "informou|anunciou|revelou|admitiu|reconheceu|confirmou|esclareceu|alertou|avisou|considerou|criticou|"
    "denunciou|relatou|reforçou|realçou|concluiu|respondeu|confessou|lamentou|recordou|lembrou|"
    "informa|anuncia|revela|admite|reconhece|confirma|esclarece|alerta|avisa|considera|critica|denuncia|relata|"
    "reforça|realça|conclui|responde|lamenta|recorda|lembra|"
    # (the Brazilian papers' verbs of saying and of judging aloud: "«…», contou a moradora", "O delegado ressaltou
    # que …", "avaliou o secretário", "pontuou"; not the present "conta", as in "levar em conta que")
    "contou|ressaltou|avaliou|pontuou|observou|argumentou|sustentou|negou|ponderou|enfatizou|completou|"
    "ressalta|avalia|pontua|observa|argumenta|sustenta|nega|pondera|enfatiza"
)


def _portuguese_plurals(singulars: frozenset[str]) -> frozenset[str]:
    """The third person plural of Portuguese reporting verbs, made from the singular ("afirmou" gives "afirmaram",
    "defendeu" "defenderam", "garantiu" "garantiram", "afirma" "afirmam"; "disse" "disseram", "diz" "dizem"): a
    group reports as often as one person ("os pais disseram que …")."""
    plurals = {"disseram", "dizem"}
    for w in singulars:
        if w.endswith(("ou", "eu", "iu")):
            plurals.add(w[:-2] + {"o": "a", "e": "e", "i": "i"}[w[-2]] + "ram")
        elif w.endswith(("a", "e")) and w != "disse":
            plurals.add(w + "m")
    return frozenset(plurals)


# Portuguese pronominal verbs of saying, the pronoun after the verb joined by a hyphen, by their infinitive (all
# regular in -ar): "«…», queixa-se a vizinha", "queixou-se Ana Duarte", "congratulou-se o presidente da câmara",
# "lamentaram-se os moradores". The pronoun is part of the cue, so the subject after it speaks.
_PORTUGUESE_PRONOMINAL = "queixar lamentar congratular felicitar questionar perguntar desculpar justificar".split()


def _portuguese_pronominal(infinitives: Iterable[str]) -> frozenset[str]:
    """ "queixa-se", "queixou-se", "queixam-se", "queixaram-se" from "queixar"."""
    return frozenset(f"{i[:-2]}{ending}-se" for i in infinitives for ending in ("a", "ou", "am", "aram"))


PORTUGUESE_CUES = (
    _PORTUGUESE_WRITTEN | _portuguese_plurals(_PORTUGUESE_WRITTEN) | _portuguese_pronominal(_PORTUGUESE_PRONOMINAL)
)
DUTCH_CUES = _words(
    "zei|zegt|zeiden|zeggen|verklaarde|verklaart|stelde|stelt|benadrukte|benadrukt|liet|schreef|"
    "schrijft|vertelde|vertelt|legde|voegde|waarschuwde|waarschuwt|meldde|meldt|erkende|erkent|"
    "vroeg|vraagt|antwoordde|antwoordt|reageerde|reageert|"
    # ("laten weten": the verb of saying is the pair, "De gemeente liet weten dat …")
    "liet weten|laat weten|lieten weten|laten weten"
)
RUSSIAN_CUES = _words(
    "сказал|сказала|сказали|заявил|заявила|заявили|отметил|отметила|отметили|подчеркнул|подчеркнула|"
    "пояснил|пояснила|добавил|добавила|сообщил|сообщила|сообщили|рассказал|рассказала|признал|признала|"
    "уточнил|уточнила|написал|написала|ответил|ответила|предупредил|предупредила|заверил|заверила|"
    "говорит|считает|отмечает|подчеркивает|подчёркивает|поясняет|добавляет|сообщает|рассказывает"
)
POLISH_CUES = _words(
    "powiedział|powiedziała|powiedzieli|stwierdził|stwierdziła|dodał|dodała|podkreślił|podkreśliła|"
    "zaznaczył|zaznaczyła|oświadczył|oświadczyła|przekazał|przekazała|wyjaśnił|wyjaśniła|ocenił|ocenia|"
    "oceniła|napisał|napisała|poinformował|poinformowała|przyznał|przyznała|zapowiedział|zapowiedziała|"
    "mówi|uważa|podkreśla|zaznacza|dodaje|wyjaśnia"
)
INDONESIAN_CUES = _words(
    "kata|ujar|ucap|ungkap|jelas|tutur|tegas|imbuh|katanya|ujarnya|ungkapnya|jelasnya|tuturnya|tegasnya|"
    "mengatakan|menegaskan|menjelaskan|menyatakan|mengungkapkan|menambahkan|menyebutkan|menuturkan|berkata"
)
SWEDISH_CUES = _words(
    "sa|sade|säger|berättar|berättade|skriver|skrev|konstaterar|konstaterade|menar|tillägger|tillade|"
    "förklarar|förklarade|uppger|uppgav|betonar|betonade|svarar|svarade"
)
NORWEGIAN_CUES = _words(
    "sa|sier|forteller|fortalte|skriver|skrev|mener|forklarer|forklarte|opplyser|opplyste|understreker|"
    "understreket|svarer|svarte"
)
DANISH_CUES = _words(
    "sagde|siger|fortæller|fortalte|skriver|skrev|mener|tilføjer|forklarer|forklarede|oplyser|oplyste|"
    "understreger|understregede|svarer|svarede"
)


def _spanish_perfects(preterites: frozenset[str]) -> frozenset[str]:
    """The perfect tenses of Spanish reporting verbs, made from their preterites ("insistió" gives "ha
    insistido", "había insistido"; "afirmó" gives "ha afirmado"); irregular ones from their own table."""
    participles = {
        _SPANISH_IRREGULAR.get(w) or (w[:-2] + "ido" if w.endswith("ió") else w[:-1] + "ado")
        for w in preterites
        if w.endswith("ó") or w in _SPANISH_IRREGULAR
    }
    return frozenset(f"{aux} {p}" for aux in SPANISH_AUXILIARIES for p in participles)


def _spanish_plurals(singulars: frozenset[str]) -> frozenset[str]:
    """The third person plural of Spanish reporting verbs, made from the singular ("afirmó" gives "afirmaron",
    "insistió" gives "insistieron", "afirma" gives "afirman"): a group or a body reports as often as one person
    ("los vecinos aseguraron que …")."""
    plurals = {_SPANISH_IRREGULAR_PLURALS.get(w, "") for w in singulars}
    for w in singulars:
        if " " in w or w in _SPANISH_IRREGULAR_PLURALS:
            continue
        if w.endswith("ió"):
            plurals.add(w[:-2] + "ieron")
        elif w.endswith("ó"):
            plurals.add(w[:-1] + "aron")
        elif w.endswith(("a", "e")):
            plurals.add(w + "n")
    return frozenset(plurals - {""})


_SPANISH_IRREGULAR_PLURALS = {
    "dijo": "dijeron",
    "sostuvo": "sostuvieron",
    "concluyó": "concluyeron",
    "anunció": "anunciaron",
    "denunció": "denunciaron",
    "describió": "describieron",
    "confió": "confiaron",
}
SPANISH_AUXILIARIES = ("ha", "han", "había", "habían")
_SPANISH_IRREGULAR = {
    "dijo": "dicho",
    "describió": "descrito",
    "advirtió": "advertido",
    "sostuvo": "sostenido",
    "pidió": "pedido",
    "concluyó": "concluido",
    # (-ar verbs whose stem ends in -i: "anunció" is "anunci-ó", its participle "anunciado", not "anuncido")
    "anunció": "anunciado",
    "denunció": "denunciado",
    "confió": "confiado",
}


# Spanish pronominal verbs of saying, by their infinitive (all regular in -ar): "«…», se queja la vecina", "se
# lamentó el alcalde", "se ha felicitado la consejera", "se preguntan los vecinos". The pronoun is part of the cue:
# "se" before another verb of saying still makes it impersonal ("se dice que", LatinTable.reflexive).
_SPANISH_PRONOMINAL = "quejar lamentar preguntar felicitar congratular sincerar jactar justificar disculpar".split()


def _spanish_pronominal(infinitives: Iterable[str]) -> frozenset[str]:
    """ "se queja", "se quejó", "se quejan", "se quejaron", "se ha quejado", "se han quejado" from "quejar"."""
    forms: set[str] = set()
    for infinitive in infinitives:
        stem = infinitive[:-2]
        forms.update(f"se {stem}{ending}" for ending in ("a", "ó", "an", "aron"))
        forms.update(f"se {aux} {stem}ado" for aux in SPANISH_AUXILIARIES)
    return frozenset(forms)


# "mostrarse" and a predicative adjective after a quote ("«…», se mostró satisfecho el presidente", "se ha mostrado
# tajante la alcaldesa"): the adjective is stepped over to the subject (latin_setting._past_predicative). Only
# after a quote: "El entrenador se mostró satisfecho, aunque …" reports nothing (latin_reported._cue_first)
SPANISH_SHOWN = frozenset(
    ("se muestra", "se muestran", "se mostró", "se mostraron", "se ha mostrado", "se han mostrado")
)

SPANISH_CUES = (
    _SPANISH_WRITTEN
    | _spanish_perfects(_SPANISH_WRITTEN)
    | _spanish_plurals(_SPANISH_WRITTEN)
    | _spanish_pronominal(_SPANISH_PRONOMINAL)
    | SPANISH_SHOWN
)


# The words that lead the agent of a passive participle of saying after a source word and its filler, by language:
# "secondo quanto riferito dai carabinieri", "según lo informado por la Secretaría", "segundo o informado pela
# polícia" (Italian joins the article to "da": "dal", "dalla", "dai"). Read by latin_passive.past_passive_verb.
PASSIVE_AGENTS: dict[str, frozenset[str]] = {
    "it": frozenset("da dal dallo dalla dall' dall’ dai dagli dalle".split()),
    "es": frozenset(("por",)),
    "pt": frozenset("por pelo pela pelos pelas".split()),
}
# Of those, the ones with no article in them ("da fonti", "por testigos"): the phrase after them is no definite
# agent, unlike "dai carabinieri", "pela polícia" (latin_passive.contracted_agent).
BARE_PASSIVE_AGENTS: frozenset[str] = frozenset(("da", "por"))
# The auxiliaries of a passive standing before the participle of saying, by language ("segundo o que foi informado
# pela prefeitura"): stepped over to the participle (latin_passive.past_passive_verb).
PASSIVE_AUXILIARIES: dict[str, frozenset[str]] = {"pt": frozenset(("foi",))}
# For a language whose table holds simple pasts, not perfects (Portuguese: "informou", not "tem informado"): a
# participle's last three letters and the endings of the simple pasts it is read with ("informado" of "informou",
# "referido" of "referiu", "esclarecido" of "esclareceu"), and the participles of saying read whatever the table holds
# ("dito", of "disse"). Read by latin_passive.
PARTICIPLE_PASTS: dict[str, dict[str, tuple[str, ...]]] = {"pt": {"ado": ("ou",), "ido": ("eu", "iu")}}
IRREGULAR_SAYING_PARTICIPLES: dict[str, frozenset[str]] = {"pt": frozenset(("dito",))}
