"""Photo-credit words in many languages, as data: the labels, agencies, picture kinds and bracket words of a credit.

:mod:`cqnews.credit_text.patterns` builds its patterns from the tuples: lower case
regular-expression fragments without groups that capture; add a language by adding its words here.
The byline words are in :mod:`cqnews.lexicon.bylines`; the Chinese, Japanese and Korean credit words in
:mod:`cqnews.lexicon.credits_cjk` (re-exported here).
"""

from __future__ import annotations

from .credits_cjk import (
    CJK_BAR_MARKS,
    CJK_LABEL_MARKS,
    CJK_PHOTO_LABELS,
    CJK_PICTURE_WORDS,
    CJK_POOL_WORDS,
    CJK_REPORTER_RANKS,
    CJK_REPORTER_WORDS,
    CJK_REPORTER_WORDS_SIMPLIFIED,
    CJK_SHOT_WORDS,
    CJK_SOURCE_FROM,
    CJK_SOURCE_WORDS,
    CJK_SUPPLIED_BY,
    CJK_SUPPLIED_WORDS,
    CREDIT_LEAD_MARKS,
    JA_DATE_UNITS,
    JA_SHOT_WORD,
    KO_FILE_PHOTO_WORDS,
    KO_PHOTO_LABELS,
    KO_REPORTER_WORDS,
    KO_SPACED_PHOTO_LABELS,
    KO_SUPPLIED_WORDS,
    ZH_CREDIT_BODY_HEADS,
    ZH_FILE_PICTURE_LABELS,
    ZH_PICTURE_LABELS,
    ZH_PICTURE_OPENERS,
    ZH_SHOT_PLACE_PREPOSITIONS,
    ZH_SHOT_PLACES,
    ZH_TEXT_AND_PICTURES,
)

__all__ = [
    "ABBREVIATED_LABEL_GIVERS",
    "AGENCY_WORDS",
    "ARCHIVE_PICTURE_WORDS",
    "ARCHIVE_WORDS",
    "AUTHOR_PHOTO_WORDS",
    "BODY_COMPOUND_ENDS",
    "CAPTION_BRACKET_WORDS",
    "CHAIN_ARCHIVE_NOTES",
    "CJK_BAR_MARKS",
    "CJK_LABEL_MARKS",
    "CJK_PHOTO_LABELS",
    "CJK_PICTURE_WORDS",
    "CJK_POOL_WORDS",
    "CJK_REPORTER_RANKS",
    "CJK_REPORTER_WORDS",
    "CJK_REPORTER_WORDS_SIMPLIFIED",
    "CJK_SHOT_WORDS",
    "CJK_SOURCE_FROM",
    "CJK_SOURCE_WORDS",
    "CJK_SUPPLIED_BY",
    "CJK_SUPPLIED_WORDS",
    "COURTESY_ARTICLES",
    "COURTESY_OF_WORDS",
    "COURTESY_WORDS",
    "CREDIT_ABBREVIATIONS",
    "CREDIT_LEAD_MARKS",
    "DESCRIPTION_ARTICLES",
    "ELECTED_BODIES",
    "FILE_NOTES",
    "FILE_PHOTO_NOTES",
    "JA_DATE_UNITS",
    "JA_SHOT_WORD",
    "KO_FILE_PHOTO_WORDS",
    "KO_PHOTO_LABELS",
    "KO_REPORTER_WORDS",
    "KO_SPACED_PHOTO_LABELS",
    "KO_SUPPLIED_WORDS",
    "NAMED_GIVER_WORDS",
    "NEWSPAPER_WORDS",
    "PHOTOGRAPHER_TITLES",
    "PHOTOGRAPHER_TITLE_KINDS",
    "PHOTO_ABBREVIATIONS",
    "PHOTO_BY_WORDS",
    "PHOTO_FROM_ARTICLES",
    "PHOTO_GIVEN_VERBS",
    "PHOTO_GIVER_WORDS",
    "PHOTO_KIND_WORDS",
    "PHOTO_SITE_WORDS",
    "PHOTO_TAKEN_VERBS",
    "PHOTO_WORDS",
    "PICTURE_NOUNS",
    "PICTURE_ORIGIN_WORDS",
    "PUBLICATION_QUOTES",
    "RIGHTS_RESERVED",
    "SCREEN_GRAB_NOTES",
    "SOURCE_WORDS",
    "STREET_WORDS",
    "UNCASED_PHOTO_LABELS",
    "VI_FAMILY_NAMES",
    "ZH_CREDIT_BODY_HEADS",
    "ZH_FILE_PICTURE_LABELS",
    "ZH_PICTURE_LABELS",
    "ZH_PICTURE_OPENERS",
    "ZH_SHOT_PLACES",
    "ZH_SHOT_PLACE_PREPOSITIONS",
    "ZH_TEXT_AND_PICTURES",
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
    "cr[ée]ditos?(?:\\s+foto)?",
    "photos?\\s+credit",
    "zdj[eę]cie",
    "fot\\.?",
    "kuva",
    "mynd",
    "ljósmynd",
    "фото",
    "фотографи[яи]",
    "світлина",
    "fotoğraf(?:lar)?",
    "φωτογραφί(?:α|ες)",
    # (in capitals Greek drops the accent: "ΦΩΤΟΓΡΑΦΙΑ:", "ΦΩΤΟ:"; "Φωτο:" is the short word)
    "φωτογραφι(?:α|ες)",
    "φωτο",
    "φωτ\\.?",
    "коллаж",
    "колаж",
    # "Image" and "picture" of more languages ("Imagen: EFE", "Beeld: ANP", "Bilde: NTB", "Billede: Ritzau")
    # and the picture kinds written as the label ("Symbolbild: dpa", "Archivfoto: Anna Roe").
    "imagen(?:es)?",
    "imagem",
    "immagin[ei]",
    "beeld",
    "afbeelding",
    "foto's",
    "bilde(?:r)?",
    "billede(?:r)?",
    "fotó",
    "kép",
    "ảnh",  # Vietnamese ("Ảnh: Reuters", "Ảnh: Bệnh viện cung cấp")
    "снимк[аи]",  # Bulgarian ("Снимка: БТА")
    "nuotr\\.?",  # Lithuanian ("Nuotr.: BNS"), and the word it shortens
    "nuotrauka",
    "symbol(?:bild|foto)",
    "archiv(?:bild|foto)",
    # the archive picture written in words, before a colon or "/" only ("Foto de archivo: Marta Ruiz", "Foto
    # d'archivio: Paolo Bianchi", "Photo d'archives : Marie Dubois"), as "Archivfoto: Lena Hartmann" is; alone or in
    # a bracket it is caption text (CAPTION_BRACKET_WORDS)
    "fotos?\\s+de\\s+archivo",
    "imagen(?:es)?\\s+de\\s+archivo",
    "fotos?\\s+d['’]archivio",
    "immagin[ei]\\s+d['’]archivio",
    "photos?\\s+d['’]archives?",
    "images?\\s+d['’]archives?",
    "archieffoto",
    "arkiv(?:bilde?|foto)",
    # the photographer named as the label ("Fotógrafo: Ana Roe", "Photographe : Jean Roe", "Fotografin: Anna
    # Roe", "Fotograaf: Jan de Vries") and a picture put together from others ("Fotomontage: Anna Roe")
    "fot[oó]graf[oa]s?",
    "fotograf(?:in|en)",
    "photographe",
    "fotograaf",
    "fotomontage",
    # Slovak and Czech "shot", South Slavic "photograph", West Slavic "graphic", the German "picture rights"
    # ("Snímka: Ján Kováč", "Fotografija: Ivan Horvat", "Grafika: PAP", "Bildnachweis: dpa")
    "snímka",
    "snímek",
    "fotografija",
    "grafika",
    "bildnachweis",
    "bildrechte",
    # Swahili "picture", Malay and Indonesian "picture", Tagalog "picture" and "taken" ("Picha: Amina Hassan",
    # "Gambar: Bernama", "Larawan: Juan Dela Cruz", "Kuha: Juan Dela Cruz"; "Kuha ni …" with PHOTO_BY_WORDS)
    "picha",
    "gambar",
    "larawan",
    "kuha",
)

# Words naming a newspaper in the languages of the tables beside English (whose "Times", "Gazette", "Courier" are in
# lexicon.en.ORG_WORDS), and the English ones lexicon.en.ORG_WORDS leaves out ("Ledger", "Examiner", "Dispatch",
# "Sentinel" …; surnames among them, Leader and Messenger, stay out): a part of a credit chain holding one is the
# taker's paper, not a second person ("Budi Santoso/Harian Teluk", "Lena Hartmann/Harzer Bote", "Marta Ruiz/Diario
# del Valle", "Dana Whitfield/Harbour Ledger"). Compared with casefold().
NEWSPAPER_WORDS: frozenset[str] = frozenset(
    """ledger examiner dispatch enquirer inquirer sentinel argus clarion advertiser gleaner bugle intelligencer
    zeitung bote kurier anzeiger rundschau nachrichten tagblatt tageblatt volksblatt diario periódico periodico
    gaceta heraldo correo gazzetta giornale corriere quotidiano messaggero quotidien courrier dépêche républicain
    dagblad krant courant harian koran tidende posten gazeta dziennik noticias notícias jornal folha""".split()
)

# Words naming a street or a square: a credit part holding one is a place, never a person's name ("Photo Main
# Street / Tom Reyes", "Harbour Road", "Rue des Halles", "Calle Mayor"). Surnames among such words (Lane, Park,
# Plaza, Bridge) are left out. Compared with casefold() ("Straße" -> "strasse").
STREET_WORDS: frozenset[str] = frozenset(
    """street avenue road boulevard highway square esplanade promenade strasse gasse rue calle avenida
    piazza""".split()
)

# Vietnamese family names, written first in a person's name ("Nguyễn Văn An", "Trần Thị Mai"): the commonest
# sixteen carry nearly every Vietnamese name, so a credit's name opening with one is a person's though no table of
# given names knows it ("Ảnh: Nguyễn Văn An/Tuổi Trẻ": the taker, then the paper). Compared with casefold().
VI_FAMILY_NAMES: frozenset[str] = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý".split()
)

# "By" between a photo word and the photographer, in other languages ("Foto di Marco Rossi", "Foto de Ana
# Roe", "Photo de Jean Dupont", "Foto von Anna Roe"): matched in lower case only and before a capital letter,
# so that "Foto de archivo" (an archive picture) stays caption text.
# Tagalog "ni" ("Kuha ni Juan Dela Cruz", taken by).
PHOTO_BY_WORDS: tuple[str, ...] = ("di", "de", "von", "door", "por", "par", "av", "af", "ni")

# Verbs of taking the picture that open a credit before "by" and a capitalised name, as a photo word does
# ("Photographed by Anna Roe"; "photographed by a drone" is caption text): lower case, one regex alternation.
PHOTO_TAKEN_VERBS: tuple[str, ...] = ("photographed",)

# Verbs of giving between a photo word and "by" before the giver ("Photo supplied by Lakeside Council", "Image
# provided by the Harbour Trust"): a credit label, as "Photo courtesy of" is.
PHOTO_GIVEN_VERBS: tuple[str, ...] = ("supplied", "provided", "contributed", "submitted")

# "On" or "from" between a photographer and the picture site that hosts the picture ("Photo by Anna Roe on
# Unsplash", "Image by Anna Roe from Pixabay", "Foto von Anna Roe auf Pexels"): the site is an organisation only
# when the credit tables know it.
PHOTO_SITE_WORDS: tuple[str, ...] = ("on", "from", "auf", "sur", "su", "en", "op", "på")

# What a caption writes in brackets that is no credit, in the languages of the tables (compared with casefold(),
# the whole bracket): where a person stands ("Olaf Scholz (l.)", "(Mitte)", "El rey (c)", "(à gauche)", "(t.v.)"),
# what kind of picture it is ("(Symbolfoto)", "(Grafik)", "(Visualisierung)"), and the party of a politician
# ("Friedrich Merz (CDU)", "(PSOE)", "(RN)"): caption text, not an agency.
CAPTION_BRACKET_WORDS: frozenset[str] = frozenset(
    (
        "l.", "r.", "m.", "li.", "re.", "mi.", "v.l.", "v. l.", "v.l.n.r.", "v. l. n. r.", "von links", "von rechts",
        "links", "rechts", "mitte", "vorne", "hinten", "oben", "unten", "i", "d", "izq.", "izda.", "dcha.",
        "izquierda", "derecha", "centro", "a la izquierda", "a la derecha", "en el centro", "g", "dr", "à gauche",
        "à droite", "au centre", "sinistra", "destra", "al centro", "a sinistra", "a destra", "t.v.", "t.h.",
        "til venstre", "til høyre", "i midten", "midten", "t.v", "t.h", "till vänster", "till höger", "v.", "h.",
        "od lewej", "z lewej", "z prawej", "foto", "bild", "grafik", "infografik", "visualisierung", "illustration",
        "illustración", "ilustración", "symbolbild", "symbolfoto", "montage", "collage", "fotomontage", "karte",
        "animation", "rendering", "simulation", "video", "archivo", "foto de archivo", "imagen de archivo",
        # parties, as captions name them after a politician (not "Ap": it is also the agency AP)
        "cdu", "csu", "spd", "fdp", "afd", "grüne", "die grünen", "linke", "die linke", "bsw", "övp", "spö",
        "fpö", "neos", "svp", "sp", "glp", "pp", "psoe", "vox", "sumar", "podemos", "erc", "pnv", "junts",
        "lr", "rn", "ps", "lfi", "eelv", "pd", "fdi", "m5s", "lega", "pis", "po", "ko", "psl", "frp", "krf",
        "sv", "mdg", "sd", "kd", "mp", "cvp", "n-va", "vld", "cd&v", "pvda", "vvd", "cda", "d66", "pvv",
    )
)

# "News agency" (and picture agency) in other languages ("SID Nachrichtenagentur", "Agencia EFE", "Agence Belga"):
# the words of AGENCY_WORDS that name a news or picture agency (not a city, police or a ministry). Compared with
# casefold().
NEWS_AGENCY_WORDS: frozenset[str] = frozenset(
    "nachrichtenagentur presseagentur bildagentur fotoagentur agentur agencia agence agenzia agência agencja "
    "agentschap persbureau nyhetsbyrå nyhetsbyrån nyhedsbureau uutistoimisto агентство агенція "
    "ajansı ajansi agentura agentúra agentūra ügynökség".split()
)

# The agency words and the heads of other bodies that hand out pictures: a byline part holding one names an
# organisation, not a person. Compared with casefold().
AGENCY_WORDS: frozenset[str] = NEWS_AGENCY_WORDS | frozenset(
    # the heads of other bodies that hand out pictures ("Foto: Stadt Köln", "Bild: Polizei Bayern",
    # "Foto: Ayuntamiento de Madrid"), whose names read like two capitalised words
    "stadt gemeinde landkreis polizei feuerwehr ministerium universität hochschule verein verband klinikum "
    "bundeswehr landesamt bundesamt behörde stiftung landesregierung senat bezirksamt kreisverwaltung "
    "ayuntamiento ministerio universidad gobierno policía bomberos mairie préfecture ministère université "
    "comune polizia ministero università regione politiet kommune universitetet policja urząd ministerstwo "
    # Portuguese: city hall, government, police, fire brigade, department, ministry, university ("Foto:
    # Divulgação/Prefeitura do Vale", "Foto: Governo do Estado")
    "prefeitura governo polícia bombeiros secretaria ministério universidade "
    # Spanish of Latin America: mayor's office, municipality, governorate, intendancy ("Foto: Alcaldía de Villaverde")
    "alcaldía alcaldia municipalidad gobernación gobernacion intendencia "
    # Indonesian and Malay: public relations, city, regency and province governments, police, office, ministry,
    # and "documentation (of)" before the body that keeps the picture ("Foto: Dok. Humas Pemkot", "Foto: Humas
    # Polda Jatim", "Gambar: Jabatan Penerangan")
    "humas pemkot pemkab pemprov pemda polda polres polri dinas kementerian jabatan dok dokumentasi".split()
)

# Heads of a public body that German (and Dutch, Scandinavian) writes at the end of one compound word
# ("Polizeipräsidium Lakeside", "Landratsamt Talkreis", "Stadtverwaltung Lakeside", "Bundespolizei", "Amtsgericht
# Lakeside", "Handwerkskammer Tal"), lower case: a word ending so, longer than the head, is no part of a person's
# name and makes the credit an organisation, as the head alone (AGENCY_WORDS: "Polizei Bayern") does.
BODY_COMPOUND_ENDS: tuple[str, ...] = (
    "präsidium", "ministerium", "verwaltung", "behörde", "direktion", "polizei", "feuerwehr", "gericht", "kammer",
    "verband", "klinikum", "amt", "politie", "brandweer",
)

# Words that give a line of capitalised words an outlet's shape: a paper, a broadcaster, a picture agency or a
# wire ("Lakeside Media Group", "Valley Times", "Northshore Images", "Harbour Photography"). An organisation's
# name alone after a caption's sentence is its credit only with one (or as a known outlet): "Photo Gallery", "City
# Council", "Supreme Court" there are page furniture or the caption's subject. Compared with casefold(); the
# newspaper words of NEWSPAPER_WORDS and the agency words of NEWS_AGENCY_WORDS count too.
OUTLET_WORDS: frozenset[str] = frozenset(
    """media news times post press wire tv television radio herald tribune gazette chronicle courier observer
    journal magazine channel network images photography pictures photos studios productions newspaper
    newspapers broadcasting broadcast""".split()
)

# Abbreviations opening a credit's words whose full stop ends no sentence (Indonesian "Dok." documentation:
# "Foto: Dok. Humas Pemkot", "Foto: Dok. Pribadi"). Compared with casefold(), without the stop.
CREDIT_ABBREVIATIONS: frozenset[str] = frozenset(("dok",))

# The kind of picture before "photo" in a credit ("Staff photo by Anna Roe", "Submitted photo: Ben Poe", "File photo
# by …", "Satellite image: Maxar Technologies"): US and Canadian local papers credit so; the word is no part of the
# name.
PHOTO_KIND_WORDS: tuple[str, ...] = ("staff", "submitted", "contributed", "file", "satellite")

# Assemblies one runs for, written after "for" on a campaign's sign ("Ben Poe for Congress"), as an office is ("Anna
# Roe for Mayor", lexicon.en.OFFICE_TITLES): after a person's name and "for" they name no outlet the picture was
# taken for ("Anna Roe for The Ledger").
ELECTED_BODIES: frozenset[str] = frozenset(("congress", "senate", "council", "parliament", "assembly", "office"))

# A photographer's title as the last part of a credit chain ("Anna Roe/Staff Photographer", "Anna Roe/Staff",
# "Anna Roe/Contributing Photographer"): what the taker is, no organisation. The title words, and the words that may
# stand before them.
PHOTOGRAPHER_TITLES: tuple[str, ...] = ("photographer", "photojournalist", "staff")
PHOTOGRAPHER_TITLE_KINDS: tuple[str, ...] = ("staff", "contributing", "freelance", "senior", "chief", "special")

# Lower-case words that, after "Photo from", open a description of the scene, not a source ("Photo from the 2019
# parade"; "Photo from the Associated Press" names one: a capital follows the article).
PHOTO_FROM_ARTICLES: tuple[str, ...] = ("the", "a", "an", "this", "that", "these", "those", "our", "last")

# Words that say who gave the picture, written alone before a photo word as a whole credit note ("(Courtesy photo)",
# "… on Sunday. Handout photo", "(Submitted photo)", "(Provided photo)"): the giver is the credit, as "Handout" or
# "Supplied" alone is (those are in the organisation table, lexicon.credit_orgs).
# "Courtesy" in Spanish and Portuguese ("Foto: Cortesía Alcaldía de Villaverde", "Gentileza Ana Souza"), with the
# "of" that may follow it: before a capitalised giver, a label as "courtesy (of)" is.
COURTESY_WORDS: tuple[str, ...] = ("cortesía", "cortesia", "gentileza")
COURTESY_OF_WORDS: tuple[str, ...] = ("de", "del", "da", "do")
# The articles after that "of" before the giver ("Cortesía de la Alcaldía de Villaverde", "Gentileza da Prefeitura").
COURTESY_ARTICLES: tuple[str, ...] = ("la", "las", "los", "el", "a", "o", "as", "os")

PHOTO_GIVER_WORDS: tuple[str, ...] = ("courtesy", "handout", "submitted", "contributed", "supplied", "provided")
# The giver words of PHOTO_GIVER_WORDS that may follow the giver's name, a photo word after them or not ("(Port
# Authority handout)", "(Harbour Trust handout photo)"): the name gave the picture.
NAMED_GIVER_WORDS: tuple[str, ...] = ("handout", "supplied")

# The English nouns of a picture a credit note closes with after its giver ("Courtesy photo", "Handout images"),
# each read in the plural with "s" too.
PICTURE_NOUNS: tuple[str, ...] = ("photo", "image", "picture")

# An abbreviation of "photo" whose full stop stands for the colon ("Fot. Jan Nowak/PAP", "Φωτ. …").
PHOTO_ABBREVIATIONS: tuple[str, ...] = ("Fot.", "Φωτ.")
# Lower-case givers a photo abbreviation may stand before, no capital to tell them ("… w poniedziałek. Fot. materiały
# prasowe": press materials, the picture handed out by the firm or office the caption is about).
ABBREVIATED_LABEL_GIVERS: tuple[str, ...] = ("materiały prasowe", "materiały promocyjne")

# The author of the article as the picture's taker, after a photo word ("… в субботу. Фото автора", "Фото: автора",
# Belarusian "Фота аўтара", Polish "Foto autora"): the genitive saying "by the author"; a credit naming no one.
AUTHOR_PHOTO_WORDS: frozenset[str] = frozenset(("автора", "аўтара", "autora"))

# "Source" before a colon ("Quelle: Tobias Koch", "Fuente: EFE", "Источник: …").
SOURCE_WORDS: tuple[str, ...] = ("quelle", "fuente", "fonte", "source\\s+photo", "источник", "джерело", "źródło")

# A note that ends a credit chain and says the picture is an old one ("REUTERS/Anna Roe/File Photo",
# "(AP Photo/Anna Roe, File)"): part of the credit as written, no one to credit. Those of FILE_PHOTO_NOTES (with a
# photo word) are a whole credit note alone too, as a caption's tail ("… in 2019. File photo").
FILE_PHOTO_NOTES: frozenset[str] = frozenset(("file photo", "file image"))
FILE_NOTES: frozenset[str] = FILE_PHOTO_NOTES | {"file", "files"}

# Bracketed words after a caption that say what kind of picture it is, not who took it
# ("(Archivbild)", "(Symbolbild)", "(foto d'archivio)"): caption text, never a credit.
ARCHIVE_WORDS: tuple[str, ...] = (
    "archiv", "archivbild", "archivfoto", "symbolbild", "symbolfoto", "illustration", "montage",
    "foto d'archivio", "immagine d'archivio", "imagen de archivo", "foto de archivo", "image d'archives",
    "photo d'archives", "arkivbilde", "arkivfoto", "arkivbild", "zdjęcie ilustracyjne", "архивное фото",
    "archivo", "archivio", "arquivo", "archive", "archives", "archief", "archiwum", "архив", "arşiv",
    "photo d'illustration", "image d'illustration", "imagen ilustrativa", "foto ilustrativa", "foto de arquivo",
    "foto di repertorio", "immagine di repertorio", "archiefbeeld", "archieffoto", "zdjęcie archiwalne",
    "фото из архива", "arşiv fotoğrafı",
)

# Words that say how the picture was got, not who took it: no person's name holds them ("Foto: Arquivo Pessoal" is a
# personal archive, "Foto: Reprodução/Instagram" a picture reproduced from a site, as "Screenshot" and "Captura de
# pantalla" are; "Reprodução/Redes Sociais" one from the social networks). One word each: the single words of
# ARCHIVE_WORDS but for the kinds of picture ("montage", "illustration"), the screen-grab words and the social
# networks' adjective.
PICTURE_ORIGIN_WORDS: frozenset[str] = frozenset(
    w for w in ARCHIVE_WORDS if " " not in w and w not in ("montage", "illustration")
) | frozenset(
    (
        "reprodução", "reproducao", "reproducción", "reproduccion", "screenshot", "screengrab", "bildschirmfoto",
        "captura", "sociais", "sociales", "sociaux",
    )
)

# A credit chain's first part that says how the picture was got, not who took it: a screen grab ("Foto:
# Reprodução/Instagram", "Screenshot/YouTube", "Captura de pantalla/X", "Reprodução/Rede Globo": the site or channel
# after the bar is the credit, an organisation though its words read as a name) or an archive ("Foto: Archivo/El
# Diario": the keeper after the bar). The note names no one. Compared with casefold().
SCREEN_GRAB_NOTES: frozenset[str] = frozenset(
    (
        "reprodução", "reproducao", "reproducción", "reproduccion", "screenshot", "screengrab", "screen grab",
        "bildschirmfoto", "captura", "captura de pantalla", "captura de tela", "capture d'écran", "zrzut ekranu",
        "скриншот", "скріншот",
        # Norwegian, Swedish, Danish, Finnish, Dutch, Italian ("Foto: Skjermdump/NRK", "Bild: Skärmdump/SVT")
        "skjermdump", "skjermbilde", "skärmdump", "skärmbild", "skærmbillede", "skærmdump", "kuvakaappaus",
        "schermafbeelding", "schermata",
    )
)
CHAIN_ARCHIVE_NOTES: frozenset[str] = frozenset(
    w for w in ARCHIVE_WORDS if " " not in w and w not in ("montage", "illustration")
)

# Picture words (singular, lower case) that, right after an archive word, make the archive's own name ("Archive
# Photos", "Archivio Foto"): the words stay the giver's name, the archive word is not cut from it.
ARCHIVE_PICTURE_WORDS: frozenset[str] = frozenset(
    ("photo", "foto", "image", "picture", "bild", "imagen", "immagine", "imagem")
)

# The rights notice after a copyright holder ("© 2025 Golem.de Alle Rechte vorbehalten", "© Anna Roe. All rights
# reserved"): no one to credit. Lower case regular-expression fragments.
RIGHTS_RESERVED: tuple[str, ...] = (
    "all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
    "todos os direitos reservados", "tutti i diritti riservati", "alle rechten voorbehouden",
    "wszelkie prawa zastrzeżone", "все права защищены", "всі права захищені", "alle rettigheder forbeholdes",
    "alle rettigheter reservert", "alla rättigheter förbehållna", "kaikki oikeudet pidätetään",
    "tüm hakları saklıdır", "všechna práva vyhrazena",
)

# Articles opening a lower-case noun phrase after a photo label ("Photo: the new park plan.", "Foto: la nueva plaza
# del centro"): the label names what the picture shows, no giver (credit_text.photo_parse._described).
DESCRIPTION_ARTICLES: frozenset[str] = frozenset("the a an le la les un une el los las il lo gli o os um uma".split())
# The indefinite articles opening a short lower-case giver after a photo label ("Photo: a reader", "Photo : un
# lecteur", "Foto: una vecina"): someone not named gave the picture, a credit naming no one and no organisation.
INDEFINITE_GIVER_ARTICLES: frozenset[str] = frozenset("a an un une una uno um uma een".split())

# "Photo" before a colon in scripts without capital letters, where the label's colon is the sign of a credit:
# Hindi ("फोटो: PTI"), Thai ("ภาพ: Reuters"), Hebrew ("צילום: Reuters"), Arabic ("تصوير: …", "الصورة: …", the photo)
# and Persian ("عکس: …").
UNCASED_PHOTO_LABELS: tuple[str, ...] = (
    "फोटो", "फ़ोटो", "तस्वीर", "ภาพ", "צילום", "تصوير", "الصورة", "صورة", "عکس",
)

# The quotation marks a publication's title is written in within a credit chain ("© Иван Петров / «Вести Озёрска»",
# "Foto: Jan Nowak / „Gazeta Jeziorna”"): the part they wrap names the outlet, never a person. Opening, closing.
PUBLICATION_QUOTES: tuple[tuple[str, str], ...] = (("«", "»"), ("„", "“"), ("„", "”"), ("“", "”"), ("‹", "›"))
