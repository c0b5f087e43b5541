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
