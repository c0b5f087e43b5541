"""Byline words in many languages, as data: the labels, by-words, job titles, desk and page words of a byline line.

:mod:`cqnews.credit_text.patterns` builds its patterns from the tuples: lower case regular-expression fragments
without groups that capture; add a language by adding its words here. The frozensets are plain lower-case words
that :mod:`cqnews.enrich.credits.byline_names` compares with ``word.casefold()``. The photo-credit words are in
:mod:`cqnews.lexicon.credits`.
"""

from __future__ import annotations

from .en import MONTH_NAMES, MONTH_SHORT_FORMS, WEEKDAY_NAMES

__all__ = [
    "AGENCY_MATERIAL_LABELS",
    "ARABIC_BY_WORDS",
    "ARABIC_NOT_NAME_WORDS",
    "AUTHOR_CLASS_WORDS",
    "BYLINE_BY_WORDS",
    "BYLINE_DATE_WORDS",
    "BYLINE_DESK_WORDS",
    "BYLINE_GENRE_ARTICLES",
    "BYLINE_GENRE_WORDS",
    "BYLINE_LABEL_WORDS",
    "BYLINE_OUR_WORDS",
    "BYLINE_PAGE_WORDS",
    "BYLINE_PLACE_WORDS",
    "BYLINE_STAMP_WORDS",
    "BYLINE_TITLE_ADJECTIVES",
    "BYLINE_TITLE_ENDINGS",
    "BYLINE_TITLE_WORDS",
    "BYLINE_WITH_WORDS",
    "BYLINE_WRITTEN_BY",
    "BY_WORDS",
    "CONTRIBUTION_LABELS",
    "CONTRIBUTOR_LABELS",
    "CREDIT_NAME_PARTICLES",
    "EDITOR_LABELS",
    "ELIDED_ARTICLES",
    "ELIDED_PARTICLE",
    "HYPHENED_ARTICLE",
    "JOB_TITLE_WORDS",
    "MONTH_WORDS",
    "NAME_CONJUNCTIONS",
    "NEWSROOM_WORDS",
    "ROLE_FILLER_WORDS",
    "TEXT_LABEL_WORDS",
    "TRANSLATOR_LABELS",
    "WEEKDAY_WORDS",
    "ZH_WRITER_LABELS",
]

# "Newsroom" in bylines ("Redakcja WP", "BR24 Redaktion", "Redacción EFE", "IN-Redaktion"): the part
# names a desk or a paper, not a person, and is kept as written. Compared with casefold().
NEWSROOM_WORDS: frozenset[str] = frozenset(
    "redaktion redacción redaccion rédaction redazione redakcja redactie redaksjonen redaktionen toimitus "
    "szerkesztőség redakce редакция редакція newsroom".split()
)

# The words that open an Arabic byline, like "By" ("بقلم" by the pen of, "كتب" / "كتبت" he / she wrote).
ARABIC_BY_WORDS: tuple[str, ...] = ("بقلم", "كتب", "كتبت")

# Words of Arabic bylines that are no part of a name (Arabic has no capital letters to tell a name by): a
# job, a desk or an outlet ("مراسل الجزيرة", "فريق التحرير", "وكالة الأنباء"); not "كاتب", also a family name
# (Kateb). Compared as written.
ARABIC_NOT_NAME_WORDS: frozenset[str] = frozenset(
    "مراسل مراسلة مراسلنا محرر محررة المحرر تحرير التحرير فريق صحفي صحفية الصحفي الكاتب وكالة الأنباء "
    "صحيفة جريدة مجلة موقع قناة شبكة بوابة هيئة خاص خاصة القسم قسم متابعات تقرير".split()
)

# "From" or "in" before the place a byline names after the writer ("Von Anna Roe aus Washington", "Por Juan
# Pérez desde Bogotá", "Par Jean Dupont à Kiev"): never a name particle nor "and" ("de", "da", "i", Dutch "en"), so
# "Juan de Dios" stays whole.
BYLINE_PLACE_WORDS: tuple[str, ...] = ("in", "from", "at", "aus", "desde", "à", "fra", "från", "z", "из", "з")

# "Our" between the by-word and a writer's job ("Von unserem Korrespondenten Tom Lee", "Par notre envoyé spécial
# Jean Dupont", "Por nuestro corresponsal Juan Pérez", "Av vår korrespondent Kari Lund"). Compared with casefold().
BYLINE_OUR_WORDS: tuple[str, ...] = (
    "unserem", "unserer", "unseren", "unser", "unsere", "notre", "nos", "nuestro", "nuestra", "nuestros", "nostro",
    "nostra", "nossa", "nosso", "vår", "vårt", "våre", "vores", "onze", "naszego", "naszej", "нашего", "нашої",
)

# Endings of the compound job titles German and Nordic bylines write after the name ("Leitender
# Wirtschaftsredakteur", "Sportreporterin", "Kommentator", "Dagbladets fotballekspert"), and the adjectives
# before them ("Leitender", "stellvertretende", "freie"). Compared with casefold().
BYLINE_TITLE_ENDINGS: tuple[str, ...] = (
    "redakteur", "redakteurin", "korrespondent", "korrespondentin", "reporter", "reporterin", "kommentator",
    "kommentatorin", "journalist", "journalistin", "ekspert", "experte", "expertin", "fotograf", "fotografin",
)

BYLINE_TITLE_ADJECTIVES: frozenset[str] = frozenset(
    "leitender leitende leitenden stellvertretender stellvertretende freier freie freien politischer politische "
    "ehemaliger ehemalige".split()
)

# Words that, with job, desk and newsroom words only, still name no one: an article or a group noun
# ("The Newsroom", "News Desk", "Politics Team", "La Redazione", "De redactie", "Agencias").
ROLE_FILLER_WORDS: frozenset[str] = frozenset(
    "the la le il el die der das de desk team bureau "
    # "agencies", the wire services a story draws on, none named ("Agencias", "Redacción / Agenturen")
    "agencies agencias agenturen agences agenzie agências agencje agentschappen".split()
)

# The word that opens a byline, like English "By": German "Von", Spanish/Portuguese "Por", French
# "Par", Italian "Di", Dutch "Door", Norwegian/Swedish "Av", Danish "Af". Matched only at the start
# of a byline and before a capitalised name.
BYLINE_BY_WORDS: tuple[str, ...] = ("von", "por", "par", "di", "door", "av", "af")
# English "by" and the words above: every word that opens a byline, lower-cased.
BY_WORDS: tuple[str, ...] = ("by", *BYLINE_BY_WORDS)

# The kind of piece written before the "by" word ("Kommentar von Jan Sellner", "Analysis by Jane Doe",
# "Une analyse par Jean Dupont"): dropped so that the names after it are read. Compared with casefold().
BYLINE_GENRE_WORDS: frozenset[str] = frozenset(
    """analysis commentary opinion column review essay interview editorial report
    kommentar analyse kolumne gastbeitrag gastkommentar reportage rezension kritik glosse leitartikel meinung
    bericht porträt
    chronique tribune éditorial entretien critique
    opinión análisis crónica columna tribuna entrevista reportaje commento analisi intervista editoriale
    opinião coluna
    commentaar analys krönika kronikk kommentaar anmeldelse recension""".split()
)

# Articles that may stand before the genre word: "Ein Kommentar von", "Une analyse par", "An analysis by".
BYLINE_GENRE_ARTICLES: frozenset[str] = frozenset("a an the ein eine une un el la il lo um uma een en ett".split())

# Labels before a colon that name the writer ("Autor: X", "Text: X", "Texto: X", "Auteur : X").
# The word "text" as a label, in the languages of the tables ("Text: X", "Words: X", "Text und Fotos: X").
TEXT_LABEL_WORDS: tuple[str, ...] = ("text", "texto", "texte", "testo", "tekst", "текст", "words")

# Chinese labels that name the writer: the byline finder looks for them before a colon anywhere in a page's
# information line ("2024-05-13 来源：重庆日报 作者：王小明"), and the credit parser reads them as author labels.
ZH_WRITER_LABELS: tuple[str, ...] = ("作者", "记者", "撰文", "采写", "文字")

# The words that end a Chinese site's name ("青网新闻", "人民网"): a metadata author written as the site's name glued
# to the writer's ("青网新闻张毅") is the writer's name after them.
ZH_OUTLET_NAME_ENDS: tuple[str, ...] = ("新闻", "网")

BYLINE_LABEL_WORDS: tuple[str, ...] = (
    "autor(?:[:*_/]?innen|in|en|es|a)?",  # (German writes both sexes "Autor:innen", "Autor*innen", "AutorInnen")
    "auteure?s?",
    "autore",
    *TEXT_LABEL_WORDS,
    "redakcja",
    "autorka",
    "autorzy",
    "автор",
    "автори",
    "авторы",
    "verfasser(?:in)?",
    "kirjoittaja",
    "tekijä",
    "szerző",
    "írta",  # Hungarian: "wrote" ("Írta: Kovács Anna")
    "penulis",
    "pewarta",  # Indonesian: reporter
    "tác giả",  # Vietnamese: author
    "yazan",
    "yazar",
    "muhabir",
    "forfatter",
    "författare",
    "skribent",
    "autorius",
    "autors",
    "συντάκτης",
    "كتب",  # Arabic: "wrote" ("كتب: أحمد علي")
    "كتبت",
    "بقلم",  # "by the pen of", written as a label too ("بقلم: أحمد علي")
    "الكاتب",
    "إعداد",
    "اعداد",
)

# "Written by" in other languages, before the names ("Geschrieben von Anna Roe", "Écrit par Jean Dupont",
# "Scritto da Marco Rossi", "Un article de Jean Dupont"): dropped, like English "Written by".
BYLINE_WRITTEN_BY: tuple[str, ...] = (
    "geschrieben von", "verfasst von", "ein beitrag von", "écrit par", "rédigé par", "un article de",
    "une analyse de", "un reportage de", "escrito por", "redactado por", "un artículo de", "scritto da",
    "testo di", "un articolo di", "texto de", "texte de", "texto por", "geschreven door",
    "skrevet av", "skrevet af", "skrivet av", "scris de", "napisał", "napisała", "napisali",
    # a French interview's interviewer ("Propos recueillis par Paul Durand": remarks gathered by)
    "propos recueillis par", "entretien réalisé par", "interview réalisée par",
    # a genre and "by" where the by-word is also a particle of names ("Una columna de Ana López", "Een column
    # van Jan Jansen"), an interview's questioner ("Das Interview führte Anna Roe"), and other languages' "by"
    "una columna de", "una tribuna de", "une tribune de", "une chronique de", "een column van", "een analyse van",
    "aufgezeichnet von", "das interview führte", "die fragen stellte", "napsal", "napsala", "oleh",
    # Finnish, Slovak, Slovene and Croatian "wrote" ("Kirjoittanut Matti Virtanen", "Napísal Ján Kováč")
    "kirjoittanut", "napísal", "napísala", "napisal", "napisala", "napisao",
    # Arabic: "by the pen of", "wrote", "prepared by", "by" ("بقلم أحمد علي")
    "بقلم", "كتب", "كتبت", "إعداد", "اعداد", "بواسطة",
)

# Particles of names beside those of lexicon.en.NAME_PARTICLES, read in bylines and credits only ("Karl-Theodor
# zu Guttenberg", "Anna vom Stein", "Jan van ’t Hof", "Ahmed ben Ali"): German "zu" is also "to", so the quote
# finder's names do not take them. Compared with casefold().
CREDIT_NAME_PARTICLES: frozenset[str] = frozenset("zu zum zur vom 't ’t ben bat dei degli".split())
# Particles that are articles ("Al Jazeera", "La Stampa", "Le Monde"): at a name's start never a given name, where
# a particle that is also a given name ("Ben Ford", "Della Roe") is one. Compared with casefold().
ARTICLE_PARTICLES: frozenset[str] = frozenset("al el la le los las der den die".split())
# Definite articles that open a newspaper's or a broadcaster's name of three words or more ("Le Républicain Lorrain",
# "La Voix du Nord", "El Correo Gallego", "Il Resto del Carlino", "Der Neue Tag"): such a phrase is no person's
# name, even when its words are capitalised as one ("La Fontaine", "Le Pen" are two words after a given name).
OUTLET_ARTICLES: frozenset[str] = frozenset("le la les el il lo los las o os der die das".split())

# An elided particle before a surname ("Anne d’Ormesson", "Jean d'Arc").
ELIDED_PARTICLE = r"[dD]['’]"
# An Arabic article joined by a hyphen before a surname, in lower case ("Khalid al-Mansour", "Omar el-Sayed", "Zia
# ul-Haq", "Nabil ash-Shami"): the name word is what follows the hyphen. A regular-expression fragment. The article
# written as it sounds before a "sun letter" (ad-, an-, ar-, as-, ash-, at-, az-) doubles that letter, so the word
# after the hyphen must open with it ("Nabil ash-Shami", "Samir at-Tayyib", "Ali ad-Din"): English "at-Large",
# "as-Is", "ad-Hoc" are no article and a name.
HYPHENED_ARTICLE = r"(?:(?:al|el|ul)-|a(?P<sun>sh|[dnrstz])-(?=(?i:(?P=sun))))"
# The elided article and particle opening a word of an outlet's name ("Le Courrier de l'Ouest"), in both
# apostrophes; compared with the word's casefold() start.
ELIDED_ARTICLES: tuple[str, ...] = ("l'", "d'", "l’", "d’")

# "and" between names ("Von A und B", "Por A y B", "Par A et B", "Av A og B", "Door A en B").
NAME_CONJUNCTIONS: tuple[str, ...] = (
    "and",
    "&",
    "und",
    "sowie",  # ("Von Anna Roe sowie Jan Weber": as well as)
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
    # Czech/Slovak, Romanian (both spellings of ș), Greek, Lithuanian, Indonesian/Malay
    "a",
    "și",
    "şi",
    "και",
    "ir",
    "dan",
    "و",  # Arabic, when written apart ("أحمد علي و محمد حسن")
)

# Labels of a line that credits the agencies whose material the story uses ("Mit Material von dpa",
# "Con información de EFE", "Avec AFP", "With material from Reuters"): regular-expression fragments,
# lower case, followed by the agencies only.
AGENCY_MATERIAL_LABELS: tuple[str, ...] = (
    r"mit\s+material\s+(?:von|der|des)",
    r"mit\s+informationen\s+(?:von|der)",
    r"con\s+informaci[oó]n(?:es)?\s+de(?:\s+la)?",
    r"com\s+informa[cç][oõ]es\s+d[ae]",
    r"avec",
    r"with\s+material\s+from",
)

# Labels of a line that credits reporters who helped ("Additional reporting by Jane Roe", "With reporting by
# John Doe in Paris"): a contributor credit, not the byline.
CONTRIBUTION_LABELS: tuple[str, ...] = (
    r"(?:with\s+)?additional\s+reporting\s+(?:by|from)",
    r"with\s+reporting\s+(?:by|from)",
)

# Labels before a colon that credit someone other than the writer, in languages other than English, by role:
# the editor ("Redaktion: Eva Roe", "Redactie: Jan Jansen"), the translator ("Übersetzung: …", "Traduction : …"),
# and those who helped, filmed or drew ("Mitarbeit: …", "Recherche: …", "Video: …", "Illustration: …").
# Regular-expression fragments, matched case-insensitively.
EDITOR_LABELS: tuple[str, ...] = ("redaktion", "redactie", "bearbeitung", "edición", "édition", "edição")

TRANSLATOR_LABELS: tuple[str, ...] = (
    "übersetzung", "traduction", "traducción", "traduzione", "tradução", "vertaling", "oversættelse",
    "oversettelse", "översättning", "tłumaczenie", "перевод", "переклад",
)

CONTRIBUTOR_LABELS: tuple[str, ...] = (
    "mitarbeit", "recherche", "colaboración", "collaboration", "collaborazione", "colaboração", "medewerking",
    "współpraca", "kamera", "video", "illustrations?", "illustrationen", "ilustración", "ilustrações",
)

# "with" before the agency a byline shares ("Von Anna Roe mit dpa", "Por X con EFE", "Par X avec AFP").
BYLINE_WITH_WORDS: tuple[str, ...] = ("with", "mit", "con", "avec", "med", "met")

# Job titles after a name in a byline, in languages other than English ("Anna Roe Korrespondentin",
# "María López, corresponsal", "Jan Kowalski, dziennikarz"): cut from the name, like "Reporter".
JOB_TITLE_WORDS: tuple[str, ...] = (
    "korrespondent",
    "korrespondentin",
    "korrespondenten",  # "Von unserem Korrespondenten Tom Lee"
    "korrespondentinnen",
    "redakteurs",
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
    "inviato",  # ("Dal nostro inviato Marco Rossi": our envoy)
    "inviata",
    "verslaggever",  # ("Van onze verslaggever Jan Jansen")
    "verslaggeefster",
    "redacteur",  # ("Door onze redacteur Jan Jansen")
    "redactrice",
    "envoyé",  # ("Par notre envoyée spéciale Marie Roe": our special envoy)
    "envoyée",
    "spécial",
    "spéciale",
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

# Words of a job title before "Reporter", "Editor" …: "Travel News Reporter", "Deputy Content Hub Director".
BYLINE_DESK_WORDS: frozenset[str] = frozenset(
    "news travel lifestyle sports sport politics political business senior chief deputy content hub freelance "
    "parliamentary digital health science tech technology entertainment showbiz royal crime consumer money world "
    "us uk home affairs economics economy culture fashion food motoring features feature trainee junior staff "
    "local general breaking assistant associate executive managing data investigations investigative social media "
    "audience editorial national international foreign environment climate education property personal finance "
    "weather video audio live contributing special lead principal global opinion games gaming reviews commerce "
    "shopping deals security legal courts city state sports bookmark share twitter today dailystar by"
    .split()
)

# Job titles beside the job words of names.JOB_WORDS that end a name in a byline run.
BYLINE_TITLE_WORDS: frozenset[str] = frozenset(
    "director commentator specialist strategist manager head expert researcher fellow professor lecturer "
    "contributors reporters writers editors correspondents journalists"
    .split()
)

# Month names and abbreviations (English): a date after a byline is not part of a name.
MONTH_WORDS: frozenset[str] = frozenset(MONTH_NAMES) | MONTH_SHORT_FORMS

# Day names (English): "By Anna Roe on Monday, May 4" ends the names at "on".
WEEKDAY_WORDS: tuple[str, ...] = WEEKDAY_NAMES

# Class-name words of a byline element beside English author/byline/writer ("autor", "auteur", "verfasser").
AUTHOR_CLASS_WORDS: tuple[str, ...] = (
    "autor", "autores", "autoren", "autorin", "autori", "autore", "auteur", "auteurs", "verfasser", "forfatter",
    "firma", "signature",  # Italian and Spanish "firma", French "signature": the signed byline
    "skribent", "avtor",
)

# Page words a byline run picks up from its surroundings ("Jane Doe Twitter").
BYLINE_PAGE_WORDS: frozenset[str] = frozenset(
    "twitter today published updated email follow share bookmark comments"
    .split()
)

# "Published" and "updated" of other languages, written after the names in a byline line ("Par Jean Roe
# Publié le 3 mars", "Von Anna Roe Aktualisiert am …", "Por Juan Roe Actualizado: …"): the names end there.
# Lower-case regular-expression fragments, matched in any case as whole words.
BYLINE_STAMP_WORDS: tuple[str, ...] = (
    "publié(?:e)?", "mis à jour", "mise à jour", "actualizado", "actualizada", "publicado", "publicada",
    "atualizado", "aktualisiert", "veröffentlicht", "erschienen", "stand:", "aggiornato", "pubblicato",
    "oppdatert", "publisert", "bijgewerkt", "gepubliceerd", "geüpdatet", "opublikowano", "zaktualizowano",
    "aktualizacja", "uppdaterad", "publicerad", "opdateret", "udgivet", "päivitetty", "julkaistu",
    "frissítve", "publikálva", "обновлено", "опубликовано", "оновлено", "опубліковано",
)

# The word for "on" before a date written after the names in a byline line ("Von Anna Roe am 12.03.2024", "Par Jean
# Roe le 3 mars 2024", "Por Juan Roe el 12 de marzo", "Di Mario Rossi il 12 marzo"): lower case, as in running text
# ("Anna Le" is a name).
BYLINE_DATE_WORDS: tuple[str, ...] = ("on", "am", "vom", "den", "le", "du", "el", "del", "il", "op", "em", "på")
