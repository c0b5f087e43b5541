"""German words and endings that tell the parts of a noun phrase next to a verb of saying apart: a body named by
an adjective and a noun or by an acronym, a unit's genitive, a given name as prose writes it, an agent noun before a
name, the articles and contractions a body or a complement opens with, the quantifiers of people not named.

Re-exported by :mod:`.quotes_latin`, where the readers import them from. Lower case unless a pattern says otherwise.
"""

from __future__ import annotations

import re

# German bodies named by an adjective and a noun ("Statistisches Bundesamt", "Deutsche Bank"), by the
# ending of the noun: the gender gives the adjective's ending in the nominative, how the gold writes a body.
GERMAN_BODY_GENDERS: tuple[tuple[str, str], ...] = (
    ("amt", "es"), ("institut", "es"), ("ministerium", "es"), ("gericht", "es"), ("zentrum", "es"),
    ("bank", "e"), ("kommission", "e"), ("regierung", "e"), ("agentur", "e"), ("behörde", "e"), ("kammer", "e"),
    ("bund", "er"), ("verband", "er"), ("rat", "er"), ("dienst", "er"),
    ("polizei", "e"), ("feuerwehr", "e"), ("anwaltschaft", "e"), ("verwaltung", "e"), ("direktion", "e"),
    ("gewerkschaft", "e"),
)

# The noun endings of those bodies alone ("…amt", "…bank", "…verband").
GERMAN_BODY_NOUN_ENDINGS: tuple[str, ...] = tuple(tail for tail, _ in GERMAN_BODY_GENDERS)

# Genitives of a German administrative unit ("des Bezirks", "des Landkreises", "der Stadt", "der Gemeinde"): a
# noun that is no office before one names a department of it, a body ("die Sportförderung des Bezirks").
GERMAN_UNIT_GENITIVE_ENDINGS: tuple[str, ...] = (
    "bezirks", "bezirkes", "kreises", "stadt", "gemeinde", "landes", "kantons", "region", "senats",
)

# A German acronym that names a body after an article ("laut dem ADAC", "die FDP", "die AfD", "das DIW").
GERMAN_ACRONYM_RE = re.compile(r"[A-ZÄÖÜ][A-Za-zÄÖÜ]?[A-ZÄÖÜ]+")

# Endings of German nouns (a feminine "-in", "-ung", "-heit" …) and of adjectives and agent nouns before another
# word ("Neue", "Freien", "Kreditvermittler"): a capitalised run with one of them is German, not a foreign name
# ("laut des Daily Star" is a body; "laut der Neuen Zürcher Zeitung" is read as a German phrase).
GERMAN_NOUN_ENDINGS: tuple[str, ...] = tuple("in innen ung heit keit schaft ion tät nis tum ei".split())

GERMAN_ADJECTIVE_ENDINGS: tuple[str, ...] = ("e", "en", "er", "em", "es")

# A German given name as prose writes it before a surname: a capital and small letters only ("Mario", "Jürgen";
# not "Hans-Peter", not "AfD"), as :mod:`cqnews.enrich.quotes.latin_surnames` reads a full name back.
GERMAN_GIVEN_NAME = "[A-ZÄÖÜ][a-zäöüß]+"

# Adjective endings a German first name does not have ("Deutsche Bank", "Europäische Zentralbank").
GERMAN_SCH_ADJECTIVE_ENDINGS = ("sche", "schen", "scher", "sches")

# Endings of German nouns of agents and trades ("Kämmerer", "Förster", "Kurator", "Dozentin", "Florist"): such a word
# before a given name and a surname is who the person is, not part of the name ("Kämmerer Udo Brandt").
GERMAN_AGENT_ENDINGS = ("er", "erin", "or", "orin", "ent", "entin", "ist", "istin", "eur", "eurin", "ant", "antin")
# Endings of German adjectives and participles made nouns of someone after "der"/"die" ("Angeklagte", "Verletzte",
# "Betroffene"): a capitalised article and such a noun opening a sentence describe a person, no name.
GERMAN_NOUNED_ADJECTIVE_ENDINGS = ("te", "ne")

# German prepositions holding an article: a noun phrase follows them, not a name.
GERMAN_CONTRACTIONS = frozenset(("im", "am", "vom", "zum", "zur", "beim", "ins", "ans", "aufs"))

# The German article of a body read after "laut", "nach Angaben" ("laut dem Statistischen Bundesamt").
GERMAN_OBLIQUE_ARTICLES = frozenset(("dem", "des", "der"))

# German articles of the genitive only: a phrase they open is never a subject, but the complement of the noun before
# it ("Ein Sprecher des Ministeriums sagte": the speaker is "Ein Sprecher des Ministeriums", not "des Ministeriums").
# (Not "der", which opens a feminine subject; source_documents_latin.GERMAN_GENITIVE_ARTICLES holds it.)
GERMAN_GENITIVE_ONLY_ARTICLES = frozenset(("des", "eines"))

# German words of quantity opening a plural subject ("Viele Anwohner berichteten, …", "Zwei Zeugen sagten, …"): a
# description of people not named, never the first word of a name.
GERMAN_QUANTIFIERS = frozenset(
    "viele mehrere einige manche zahlreiche etliche beide alle andere wenige zwei drei vier fünf sechs".split()
)
