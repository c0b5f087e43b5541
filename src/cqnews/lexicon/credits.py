"""Credit and byline words in many languages, as data.

:mod:`cqnews.enrich.credit_patterns` builds its patterns from these tables. Entries are lower case
regular-expression fragments without groups that capture; add a language by adding its words here.
"""

from __future__ import annotations

__all__ = [
    "BYLINE_BY_WORDS",
    "BYLINE_LABEL_WORDS",
    "BYLINE_WITH_WORDS",
    "JOB_TITLE_WORDS",
    "NAME_CONJUNCTIONS",
    "PHOTO_WORDS",
    "SOURCE_WORDS",
]

# "Photo" before a colon in a credit, in languages other than English ("Foto: dpa", "Bild: Andreas
# Seidel/Archiv", "Crédit photo : AFP", "Zdjęcie: Reuters", "Фото: …", "Grafik: dpa").
PHOTO_WORDS: tuple[str, ...] = (
    "fotos?",
    "fotograf(?:ie|ía|ia)?",
    "fotografías?",
    "bild(?:er)?",
    "bildquelle",
    "fotoquelle",
    "grafik",
    "infografik",
    "collage",
    "montage",
    "crédits?(?:\\s+photos?)?",
    "cr[ée]dito(?:\\s+foto)?",
    "photos?\\s+credit",
    "zdj[eę]cie",
    "fot\\.?",
    "kuva",
    "mynd",
    "ljósmynd",
    "фото",
    "світлина",
    "коллаж",
    "колаж",
)

# "Source" before a colon ("Quelle: Tobias Koch", "Fuente: EFE", "Источник: …").
SOURCE_WORDS: tuple[str, ...] = ("quelle", "fuente", "fonte", "source\\s+photo", "источник", "джерело", "źródło")

# The word that opens a byline, like English "By": German "Von", Spanish/Portuguese "Por", French
# "Par", Italian "Di", Dutch "Door", Norwegian/Swedish "Av", Danish "Af". Matched only at the start
# of a byline and before a capitalised name.
BYLINE_BY_WORDS: tuple[str, ...] = ("von", "por", "par", "di", "door", "av", "af")

# Labels before a colon that name the writer ("Autor: X", "Text: X", "Texto: X", "Auteur : X").
BYLINE_LABEL_WORDS: tuple[str, ...] = (
    "autor(?:in|en|es|a)?",
    "auteure?s?",
    "autore",
    "text",
    "texto",
    "texte",
    "testo",
    "tekst",
    "redakcja",
    "autorka",
    "autorzy",
    "автор",
    "автори",
    "авторы",
    "текст",
)

# "and" between names ("Von A und B", "Por A y B", "Par A et B", "Av A og B", "Door A en B").
NAME_CONJUNCTIONS: tuple[str, ...] = (
    "and",
    "&",
    "und",
    "y",
    "e",
    "et",
    "og",
    "och",
    "en",
    "oraz",
    "i",
    "ja",
    "ve",
    "és",
    "та",
    "і",
    "и",
)

# "with" before the agency a byline shares ("Von Anna Roe mit dpa", "Por X con EFE", "Par X avec AFP").
BYLINE_WITH_WORDS: tuple[str, ...] = ("with", "mit", "con", "avec", "med", "met")

# Job titles after a name in a byline, in languages other than English ("Anna Roe Korrespondentin",
# "María López, corresponsal", "Jan Kowalski, dziennikarz"): cut from the name, like "Reporter".
JOB_TITLE_WORDS: tuple[str, ...] = (
    "korrespondent",
    "korrespondentin",
    "redakteur",
    "redakteurin",
    "reporterin",
    "journalistin",
    "autorin",
    "volontär",
    "volontärin",
    "chefredakteur",
    "chefredakteurin",
    "corresponsal",
    "periodista",
    "redactor",
    "redactora",
    "reportera",
    "journaliste",
    "correspondant",
    "correspondante",
    "rédacteur",
    "rédactrice",
    "giornalista",
    "corrispondente",
    "redattore",
    "redattrice",
    "jornalista",
    "correspondente",
    "repórter",
    "dziennikarz",
    "dziennikarka",
    "korespondent",
    "korespondentka",
    "redaktor",
    "redaktorka",
    "toimittaja",
    "журналист",
    "журналистка",
    "журналіст",
    "корреспондент",
    "кореспондент",
    "редактор",
)
