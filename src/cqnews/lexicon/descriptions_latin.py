"""Articles and possessives that keep a description from standing for one person named before, per Latin-script
language (see :mod:`.quotes_latin`).

"conclude il suo portavoce", "disse o seu assessor": an article and a possessive describe someone's aide, not the
person the paragraph named; "según las primeras informaciones", "selon les enquêteurs": a plural article names
several, not one. Lower case, by language code (French, Spanish and German put no article before a possessive:
"son porte-parole", "sein Sprecher"; German "die" is also a singular article, so no German plural is listed).
"""

from __future__ import annotations

import re

POSSESSIVES_AFTER_ARTICLE: dict[str, frozenset[str]] = {
    "it": frozenset({"suo", "sua", "suoi", "sue", "loro", "mio", "mia", "nostro", "nostra"}),
    "pt": frozenset({"seu", "sua", "seus", "suas", "meu", "minha", "nosso", "nossa"}),
}

PLURAL_ARTICLES: dict[str, frozenset[str]] = {
    "fr": frozenset({"les", "des"}),
    "es": frozenset({"los", "las"}),
    "it": frozenset({"i", "gli", "le"}),
    "pt": frozenset({"os", "as"}),
    "nl": frozenset(),
}

# An age written as one adjective between an article and a name ("der 58-jährige Klaus Hofmann", "de 58-jarige Jan
# de Vries"): the article and the age describe the person the name that follows names.
AGE_ADJECTIVE_RE = re.compile(r"\d{1,3}-(?:jährige|jährigen|jähriger|jarige)")

# A description that only points back to someone named before, after its definite article, read like a pronoun of
# the sex the article (or the noun) tells: an age made a noun ("le quinquagénaire", "el sexagenario", "il
# cinquantenne", "o sexagenário") or an epithet of an elected official that names no office of
# its own ("la edil", "l'élu", "il primo cittadino", "o autarca"). By language: the articles and the sex each
# tells (None: the noun tells), the age noun, and the epithets with their sex (None: either).
ANAPHORIC_ARTICLES: dict[str, dict[str, str | None]] = {
    "es": {"el": "m", "la": "f"},
    "fr": {"le": "m", "la": "f", "l'": None, "l’": None},
    "it": {"il": "m", "lo": "m", "la": "f", "l'": None, "l’": None},
    "pt": {"o": "m", "a": "f"},
}
AGE_NOUN_RES: dict[str, re.Pattern[str]] = {
    "es": re.compile(r"(?:cuadra|quincua|sexa|septua|octo|nona)genari[oa]"),
    "fr": re.compile(r"(?:quadra|quinqua|sexa|septua|octo|nona)génaire|trentenaire"),
    "it": re.compile(r"(?:\d{1,3}|venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta)enne"),
    "pt": re.compile(r"(?:quadra|quinqua|sexa|septua|setua|octo|nona)genári[oa]"),
}
EPITHETS: dict[str, dict[str, str | None]] = {
    "es": {
        "edil": None,
        "edila": "f",
        "legislador": "m",
        "legisladora": "f",
        "mandatario": "m",
        "mandataria": "f",
        "jefe comunal": "m",
        "jefa comunal": "f",
        "primer edil": "m",
    },
    "fr": {"élu": "m", "élue": "f", "édile": None, "premier magistrat": "m", "premier édile": "m"},
    "it": {"primo cittadino": "m", "prima cittadina": "f"},
    "pt": {"autarca": None, "edil": None, "governante": None, "parlamentar": None},
}

# An age set off by commas between a name and the office after it ("Anna Berg, 45, Anwohnerin", "Paul Roy, 52 ans,
# éleveur", "Ana Ruiz, de 67 años, vecina del barrio", "Rita Bassi, 61 anni, titolare"): the age, a number with the
# word for years or none, is no office, and the office after its comma is the role.
AGE_BETWEEN_COMMAS_RE = re.compile(r", (?:de )?\d{1,3}(?: (?:ans|años|anni|anos|jaar|Jahre))?(?=, )")

# Endings of the Romance adjectives of belonging that follow a body's capitalised name, lower case ("El Gobierno
# regional", "el Ejecutivo autonómico", "la Policía municipal", "le Gouvernement français", "la Commission
# européenne", "o Governo central"): the adjective is part of the body's name. Endings of adjectives only, none of
# an adverb or a negation ("no", "ya", "también", "hoy", "-mente").
ROMANCE_BODY_ADJECTIVE_ENDINGS: tuple[str, ...] = tuple(
    "al ar ico ica ano ana ense ivo iva ais aise éen éenne ien ienne".split()
)

# Nouns of a body whose capitalised name follows them in an office's complement, before the holder's name ("el
# entrenador del club Real Madrid Carlo Ancelotti", "il presidente della squadra Inter Milano …", "o presidente do
# clube Sport Recife …"): the body's name may run to a known given name, which opens the holder's. Lower case.
BODY_NOUNS_BEFORE_NAME: dict[str, frozenset[str]] = {
    "es": frozenset({"club", "equipo", "conjunto", "empresa", "grupo", "compañía", "sindicato", "partido"}),
    "fr": frozenset({"club", "équipe", "entreprise", "groupe", "société", "syndicat", "parti"}),
    "it": frozenset({"club", "squadra", "società", "azienda", "gruppo", "sindacato", "partito"}),
    "pt": frozenset({"clube", "equipe", "equipa", "time", "empresa", "grupo", "sindicato", "partido"}),
    "nl": frozenset({"club", "ploeg", "bedrijf", "partij", "vakbond"}),
}

# The nouns of a party among them: a leader's name follows them as often as the party's ("el líder del partido
# Santiago Abascal"), so capitalised words with no known given name after them are not read as the body's name.
PARTY_NOUNS = frozenset({"partido", "parti", "partito", "partij"})

# Elided words that open an office's complement written with its noun ("il ministro dell'Economia Marco Bianchi",
# "il sottosegretario all'Interno", "le secrétaire d'État Jean Martin"): the complement is that one word.
ELIDED_COMPLEMENT_OPENERS = frozenset({"dell'", "dell’", "all'", "all’", "d'", "d’"})

# Languages whose surname particle follows a person's given names only ("Jan Peter van Dijk"): after a surname it
# opens a body or a place ("Arne Sloof van Feyenoord", "Jan Jansen van PSV").
PARTICLE_AFTER_GIVEN_NAMES = frozenset({"nl"})
