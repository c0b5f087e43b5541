"""Pattern tables for photo credits and bylines, kept as data.

:mod:`cqnews.enrich.credits` reads these tables; add a credit keyword or a byline label here rather than in
the code, a picture agency in :mod:`cqnews.lexicon.credit_orgs`. Every regular expression is anchored or bounded and
has no nested quantifiers, so matching is linear in the input length.
"""

from __future__ import annotations

import re
import unicodedata

from ..lexicon.bodies_zh import CHANNEL_LEADS, PUBLISHING_ACCOUNTS
from ..lexicon.bylines import (
    BYLINE_BY_WORDS,
    BYLINE_DATE_WORDS,
    BYLINE_LABEL_WORDS,
    BYLINE_STAMP_WORDS,
    CONTRIBUTOR_LABELS,
    EDITOR_LABELS,
    MONTH_WORDS,
    NAME_CONJUNCTIONS,
    TRANSLATOR_LABELS,
    WEEKDAY_WORDS,
    ZH_WRITER_LABELS,
)
from ..lexicon.credit_orgs import KO_ORGS, ORG_ALIASES, ORG_NAMES, ZH_ORGS
from ..lexicon.credits import (
    ABBREVIATED_LABEL_GIVERS,
    AGENCY_WORDS,
    ARCHIVE_WORDS,
    CAPTION_BRACKET_WORDS,
    COURTESY_ARTICLES,
    COURTESY_OF_WORDS,
    COURTESY_WORDS,
    KO_PHOTO_LABELS,
    PHOTO_ABBREVIATIONS,
    PHOTO_BY_WORDS,
    PHOTO_FROM_ARTICLES,
    PHOTO_GIVEN_VERBS,
    PHOTO_GIVER_WORDS,
    PHOTO_KIND_WORDS,
    PHOTO_TAKEN_VERBS,
    PHOTO_WORDS,
    PICTURE_NOUNS,
    SOURCE_WORDS,
    UNCASED_PHOTO_LABELS,
)
from ..lexicon.editions import PRINT_EDITION  # the body clean-up reads it too
from ..lexicon.en import CREDIT_SOURCE_WORDS, NAME_PARTICLES
from ..lexicon.en import ORG_WORDS as _ORG_HEADS
from ..lexicon.letters import CAPITAL_LETTER
from ..models import CreditRole

__all__ = [
    "BYLINE_CUT",
    "BYLINE_PREFIXES",
    "CAPTION_STOP_WORDS",
    "CREDIT_PREFIX",
    "CREDIT_TRAIL_KEYWORD",
    "FOREIGN_BY",
    "KNOWN_ORGS",
    "KO_ORGS",
    "LINE_BRACKETS",
    "NAME_AND",
    "NAME_PARTICLES",
    "NEXT_BY_CREDIT",
    "NEXT_LABEL",
    "NEXT_PHOTO_BY",
    "NON_PERSON_WORDS",
    "ORG_WORDS",
    "OUTLET_PHOTO_BY",
    "PHOTO_WORD_SPACE",
    "PRINT_EDITION",
    "UNCASED_LABEL",
    "UNCASED_LABEL_SPACE",
    "ZH_BYLINE_LABEL",
    "ZH_BYLINE_ROLES",
    "ZH_HANDLE_ROLES",
    "ZH_NAME_HANDLE",
    "ZH_ORGS",
    "canonical_org",
    "giver_note",
]

# Organisations: outlets, agencies and picture libraries, as they should be written (lexicon.credit_orgs).
# Looked up case-insensitively on the whole segment ("REUTERS" -> "Reuters"); a Chinese or Korean name also as
# written; the aliases name a table organisation ("新华社发" = released by Xinhua).
KNOWN_ORGS: dict[str, str] = {name.casefold(): name for name in ORG_NAMES}
for _name in (*ZH_ORGS, *KO_ORGS):
    KNOWN_ORGS.setdefault(_name.casefold(), _name)
KNOWN_ORGS.update({alias.casefold(): name for alias, name in ORG_ALIASES.items()})

# Words that make a credit segment an organisation rather than a person: organisation heads and
# picture-desk / platform words, both from the one English lexicon, and "news agency" in other languages.
ORG_WORDS: frozenset[str] = _ORG_HEADS | CREDIT_SOURCE_WORDS | AGENCY_WORDS

# Words that never appear in a person's name: a byline "name" holding one is not a person.
NON_PERSON_WORDS: frozenset[str] = frozenset(
    word.casefold()
    for word in (
        "email", "e-mail", "mail", "author", "authors", "updated", "update", "published", "posted", "staff",
        "writer", "reporter", "reporters", "editor", "editors", "correspondent", "contributor", "columnist",
        "share", "follow", "subscribe", "newsletter", "read", "more", "view", "all", "profile", "bio", "opinion",
        "comments", "comment", "contact", "about", "home", "news", "minutes", "minute", "min", "ago", "hours",
        "today", "yesterday", "am", "pm", "gmt", "utc", "edt", "est", "bst", "cst", "pst", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "advertisement", "sponsored",
        "photo", "photos", "image", "images", "video", "source", "sources", "credit", "credits", "copyright",
        "by", "and", "the", "with", "for", "from", "in", "of", "on", "at", "to", "your", "our", "us", "we",
        "click", "here", "link", "website", "twitter", "facebook", "instagram", "linkedin", "x", "rss",
        "senior", "chief", "deputy", "associate", "assistant", "managing", "political", "business", "sports",
        "team", "desk", "agencies", "agency", "wires", "wire", "getty", "reuters", "press", "media", "editorial",
        "board", "team", "newsroom", "report", "reporting", "analysis", "review", "feature", "features",
        "illustration", "graphic", "graphics", "design", "producer", "produced", "edited", "translated",
    )
)

# Parenthesised words that are caption text, not a credit ("(left)", "(File)" is handled as credit noise).
CAPTION_STOP_WORDS: frozenset[str] = frozenset(
    word.casefold()
    for word in (
        "left", "right", "centre", "center", "pictured", "above", "below", "top", "bottom", "inset", "main",
        "clockwise", "front", "back", "middle", "from left", "from right", "l", "r", "c", "l-r", "r-l",
        "stock image", "stock photo", "file photo", "file image", "illustrative", "illustration", "video",
        "screenshot", "screengrab", "pic", "photo", "image", "pictures", "photos", "gallery", "see more",
        *ARCHIVE_WORDS,
    )
) | CAPTION_BRACKET_WORDS

# ---------------------------------------------------------------------------------------------
# Photo-credit keywords.
# ---------------------------------------------------------------------------------------------
# What follows a photo word and a by-word ("Foto di Marco Rossi", "Foto de EFE", "Foto von Anna Roe/dpa"): a
# capitalised word, then the end, a slash or another capitalised word; "Foto de archivo", "Foto de Madrid en
# invierno" (a picture of Madrid) are caption text. Case-sensitive, each word bounded.
_NAMED = "".join((CAPITAL_LETTER, r"[\w'’.\-]{0,30}(?:\s*$|\s*/|\s+", CAPITAL_LETTER, ")"))
# A giver after "supplied by", "provided by": a name as _NAMED reads it, or a family ("Photo: supplied by the Roe
# family", as "courtesy of the Roe family" reads).
_GIVER_NAMED = "(?:" + _NAMED + "|" + CAPITAL_LETTER + r"[\w'’.\-]{0,30}\s+famil(?:y|ies)\b)"

# Photo labels of scripts without capitals (Korean, Hindi, Thai, Hebrew, Arabic): the "=" or colon after them
# marks the credit.
_UNCASED_LABELS = tuple(map(re.escape, (*KO_PHOTO_LABELS, *UNCASED_PHOTO_LABELS)))  # ("사진 제공": a space)
UNCASED_LABEL = re.compile(r"^(?:" + "|".join(_UNCASED_LABELS) + r")\s*[=＝:：]")
# A photo label of a script without capitals and a space before the name, no mark ("تصوير أحمد علي"): the label is
# the sign, as a label in capitals is ("PHOTO MARIA ORTIZ"); Korean labels have their own forms (photo_ko).
UNCASED_LABEL_SPACE = re.compile(r"^(?:" + "|".join(map(re.escape, UNCASED_PHOTO_LABELS)) + r")\s+(?=\S)")

# "From" after a photo word opens a description, not a source, when a lower-case word or a number follows it,
# alone or after an article ("Photo from the 2019 parade on Main Street.", "Photos from a rally in May"); a
# source is a name ("Photo from Reuters", "Image from the Associated Press").
_ARTICLES = "|".join(PHOTO_FROM_ARTICLES)
_FROM_SCENE = r"\s+(?-i:(?:" + _ARTICLES + r")\s+[a-z0-9]|(?!(?:" + _ARTICLES + r")\s)[a-z0-9])"

# A credit that starts with a keyword: "Photo: IC", "Photo/Xinhua", "Photo by X", "Picture: Getty", "사진=연합뉴스",
# "Image credit: Google", "Credits: Supplied Image;", "Photograph: A; B", "Illustration by X",
# "Courtesy of X", "© Reuters", "Copyright X", "PHOTO: X", "Pic: X".
CREDIT_PREFIX = re.compile(
    r"""^\s*(?:
        (?:©|\(c\)|copyright\b)\s*(?:by\b)?\s*[:：]?
      | (?:photo(?:graph(?:er|y)?)?s?|pics?|pictures?|images?|illustrations?|graphics?|videos?|footage|visual|artwork
         |main\ image|top\ image|header\ image|lead\ image|feature\ image|cover\ image
         |__OTHER__)
        (?:\s+(?:credits?|source|courtesy|illustrations?))?  # ("Photo illustration by Anna Roe")
        \s*(?:[:：/|]|\bby\b|\bcourtesy\s+of\b|\bcourtesy\b|\bfrom\b(?!__FROM_SCENE__)|\bvia\b)
      # the kind of picture before the photo word, then a label's mark or "by", as CREDIT_TRAIL_KEYWORD reads it
      # ("Staff photo by Anna Roe"; "Staff photos from the annual picnic." is a caption of what they show)
      | (?:__KIND__)\ (?:photo|image|picture)s?\s*(?:[:：/|]|\bby\b|\bcourtesy(?:\s+of)?\b)
      | (?:image\s+)?credits?\s*(?:[:：/]|\.{2,3}|…|\bto\b)  # (the New York Times writes "Credit...")
      | (?:image|photo|picture)\s+source\s*[,:：]  # (the BBC's "Image source, Getty Images")
      | source\s*[:：]
      | courtesy(?:\s+of)?\b\s*[:：]?
      # ("Cortesía Alcaldía de …", "Cortesía de la Alcaldía de …")
      | (?:__COURTESY__)(?:\s+(?:__COURTESY_OF__)(?:\s+(?:__COURTESY_ART__))?)?\s*[:：]?\s+(?-i:(?=[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ]))
      | (?:__SOURCE__)\s*[:：]
      | (?:__ABBREV__)(?=\s)
      | (?:__KO__)\s*[=＝:：]
      | (?:photos?|__OTHER__)\s+(?-i:(?:__BY__)\s+(?=__NAMED__))
      | (?:__TAKEN__)\s+by\s+(?-i:(?=__NAMED__))  # ("Photographed by Anna Roe"; not "by a drone")
      | (?:photo|image|picture)s?\s+(?:__GIVEN__)\s+by\s+(?-i:(?=(?:the\s+)?__GIVER__))  # ("Image provided by")
      | (?:__GIVEN__)\s+by\s+(?-i:(?=(?:the\s+)?__GIVER__))  # ("Photo: Supplied by Lakeside Council")
      # a photo word before the copyright sign, which then opens the credit ("(Photo ©2024 Anna Roe)", "(Satellite
      # image © Maxar Technologies)")
      | (?:(?:__KIND__)\s+)?(?:photo|image|picture)s?\s+(?=©|\(c\)\s|copyright\b)
    )\s*""".replace("__OTHER__", "|".join(PHOTO_WORDS)).replace("__SOURCE__", "|".join(SOURCE_WORDS))
    .replace("__KO__", "|".join(_UNCASED_LABELS)).replace("__BY__", "|".join(PHOTO_BY_WORDS))
    .replace("__TAKEN__", "|".join(PHOTO_TAKEN_VERBS))
    .replace("__GIVEN__", "|".join(PHOTO_GIVEN_VERBS))
    .replace("__GIVER__", _GIVER_NAMED)
    .replace("__NAMED__", _NAMED)
    .replace("__FROM_SCENE__", _FROM_SCENE)
    .replace("__KIND__", "|".join(PHOTO_KIND_WORDS))
    .replace("__COURTESY__", "|".join(COURTESY_WORDS))
    .replace("__COURTESY_OF__", "|".join(COURTESY_OF_WORDS))
    .replace("__COURTESY_ART__", "|".join(COURTESY_ARTICLES))
    .replace("__ABBREV__", "|".join(map(re.escape, PHOTO_ABBREVIATIONS))),
    re.IGNORECASE | re.VERBOSE,
)


def first_letter_groups(fragments: tuple[str, ...]) -> str:
    """An alternation of regex ``fragments`` (each opening with a plain letter) grouped by that letter, lower-cased:
    ``fotos?|bild|fot\\.?`` becomes ``f(?:otos?|ot\\.?)|b(?:ild)``. Inside ``(?i:…)`` the engine then tests a position's
    letter once per group instead of once per word. The matches are the same: fragments of different groups cannot
    start at the same letter (no two group letters are equal ignoring case), and each group keeps its fragments'
    order (tests/speed/test_regex_guards.py checks both conditions on the tables)."""
    groups: dict[str, list[str]] = {}
    for fragment in fragments:
        groups.setdefault(fragment[0].lower(), []).append(fragment[1:])
    return "|".join(re.escape(letter) + "(?:" + "|".join(rests) + ")" for letter, rests in groups.items())


# Spanish and Portuguese "courtesy (of)" before a capitalised giver after a caption's stop ("… este martes. Cortesía Ana
# Souza", "Gentileza da Prefeitura de Vale Verde"), as "Courtesy" is read: a giver of one capitalised word then the
# end or a bar, or of two (a "de" between them or not); "Cortesía Municipal fue el lema." is a sentence.
_COURTESY_GIVER = (
    "(?:" + "|".join(w.capitalize() for w in COURTESY_WORDS) + ")"
    + r"(?:\s+(?:" + "|".join(COURTESY_OF_WORDS) + r")(?:\s+(?:" + "|".join(COURTESY_ARTICLES) + r"))?)?\s+"
    + "(?=" + CAPITAL_LETTER + r"[\w'’.\-]{0,30}(?:\s*$|\s*/|\s+(?:(?:de|da|do|del|dos|das)\s+)?"
    + CAPITAL_LETTER + "))"
)


# The keyword of a credit standing after the caption text ("... the forum. Photo: IC",
# "... at the venue Photo by John Smith/Getty Images"). Case-sensitive capitals so that "a photo
# by the river" in running text does not match. Every alternative opens with "©", "(" or a capital: the
# lookahead first turns away every other position of a caption at once (a scan 5× faster);
# tests/speed/test_regex_guards.py checks that it still holds for every alternative.
CREDIT_TRAIL_KEYWORD = re.compile(
    r"(?=[©(" + "".join(sorted({w[0] for w in _UNCASED_LABELS})) + r"]|" + CAPITAL_LETTER + r")"
    # ("©" right after a letter is none: "cafÃ©", "é" decoded as Latin-1, is a word; a credit's sign stands apart)
    # ("PHOTO BY TOM REED": the label in capitals, its "by" too)
    # ("… on Tuesday. PHOTO COURTESY OF LAKESIDE COUNCIL" too, not right after a word: "THE PHOTO COURTESY DESK")
    r"(?:©(?<![^\W\d_]©)|\(c\)|Copyright\b|COPYRIGHT\b|(?:PHOTO|PICTURE|IMAGE)S?\s+BY\s+(?=" + CAPITAL_LETTER + r")"
    r"|(?<![^\W\d_]\s)(?:PHOTO|PICTURE|IMAGE)S?\s+COURTESY(?:\s+OF)?\s+(?=" + CAPITAL_LETTER + r")"
    r"|(?:Photo(?:graph(?:er|y)?)?s?|PHOTOS?|Pics?|Pictures?|PICTURES?|Images?|IMAGES?"
    r"|Illustrations?|Graphic|Video)(?:\s+[Cc]redits?|\s+illustrations?)?\s*(?:[:：/]|(?<=\s)\|(?=\s)|\bby\b|\bcourtesy(?:\s+of)?\b)|(?:Image\s+)?Credits?\s*(?:[:：]|\.{2,3}|…)|(?:Image|Photo|Picture)\s+source\s*[,:：]"
    r"|Source\s*[:：]|Courtesy(?:\s+of)?\b"
    # "Photographed by Anna Roe" before a capitalised name ("photographed by a drone" is caption text)
    + "".join(r"|" + verb.capitalize() + r"\s+by\s+(?=" + _NAMED + ")" for verb in PHOTO_TAKEN_VERBS)
    # "Photo supplied by Anna Roe", "Image provided by the Harbour Trust"
    + r"|(?:Photo|Image|Picture)s?\s+(?:" + "|".join(PHOTO_GIVEN_VERBS) + r")\s+by\s+"
    + r"(?=(?:the\s+)?" + _GIVER_NAMED + ")"
    # "Image via Lakeside Council", "Photo via the Harbour Trust" (the label CREDIT_PREFIX reads in brackets) after the
    # caption's stop or bar: in a chain the word closes a library's name ("Anna Roe/PA Images via Getty Images")
    + r"|(?<=[.!?|]\s)(?:Photo|Image|Picture)s?\s+via\s+(?=(?:the\s+)?" + _NAMED + ")"
    # Spanish and Portuguese "courtesy (of)" before a capitalised giver after the caption's stop ("… este martes.
    # Cortesía Ana Souza", "Gentileza da Prefeitura"), as "Courtesy" is read
    + r"|(?<=[.!?]\s)" + _COURTESY_GIVER
    # "Staff photo by Anna Roe", "Submitted photo: Anna Roe" (the kind of picture before the photo word)
    # (the photo word in any case, as the kind word: "FILE PHOTO/Reuters", "Staff Photo by Anna Roe")
    + r"|(?=" + CAPITAL_LETTER + r")(?i:(?:" + "|".join(PHOTO_KIND_WORDS) + r")\s+(?:photo|image|picture)s?)"
    r"\s*(?:[:：/]|\bby\b)"
    # Other languages' labels with a capital first letter, in any case after it ("Foto:", "FOTO:", "BILD:").
    r"|(?=" + CAPITAL_LETTER + r")(?i:" + first_letter_groups(PHOTO_WORDS) + r")\s*[:：/]"
    r"|(?=" + CAPITAL_LETTER + r")(?i:" + first_letter_groups(("photos?", *PHOTO_WORDS)) + r")\s+(?:"
    + "|".join(PHOTO_BY_WORDS)
    + r")\s+(?=" + _NAMED + ")"
    r"|(?=" + CAPITAL_LETTER + r")(?i:" + first_letter_groups(SOURCE_WORDS) + r")\s*[:：]"
    r"|(?:" + "|".join(re.escape(w) for w in PHOTO_ABBREVIATIONS) + r")\s+(?=" + CAPITAL_LETTER
    + "".join("|" + re.escape(giver) + r"\b" for giver in ABBREVIATED_LABEL_GIVERS)  # "Fot. materiały prasowe"
    + ")"
    # Korean labels before "=" or a colon ("사진=연합뉴스"): Hangul has no capitals, the mark is the sign.
    r"|(?:" + "|".join(_UNCASED_LABELS) + r")\s*[=＝:：])"
)

# One to three capitalised words (an outlet's name), a photo word and "by" before a capitalised name: a whole credit
# in a caption's closing bracket ("(Express photo by Ravi Kumar)", "(HT Photo by Raj Verma)"); each word bounded.
OUTLET_PHOTO_BY = re.compile(
    r"^(?P<outlet>[A-Z][\w&.'’-]{0,30}(?:\s+[A-Z][\w&.'’-]{0,30}){0,2})\s+(?i:photo|picture|image)s?\s+by\s+(?=[A-Z])"
)

# A photo word written without a colon before an agency ("Foto ANSA", "Beeld ANP", "PHOTO AFP"): the
# agency is read from the rest, which must then be a known organisation.
PHOTO_WORD_SPACE = re.compile(r"^(?i:photos?|pictures?|images?|credits?|" + "|".join(PHOTO_WORDS) + r")\s+(?=\S)")

# ---------------------------------------------------------------------------------------------
# Bylines.
# ---------------------------------------------------------------------------------------------
# English byline labels, tried at the start of a byline part (case-insensitive).
# A photo word and a lower-case by-word before a capitalised name ("Foto di Marco Rossi", "Fotos von Anna Roe"),
# or a photo abbreviation before one ("Fot. Jan Kowalski"): the photographer's credit in a byline line.
PHOTO_BY_OPEN = (
    r"(?:(?i:photos?|" + "|".join(PHOTO_WORDS) + r")\s{1,3}(?-i:" + "|".join(PHOTO_BY_WORDS) + r")\s{1,3}"
    r"|(?i:" + "|".join(map(re.escape, PHOTO_ABBREVIATIONS)) + r")\s{0,3})(?-i:(?=" + CAPITAL_LETTER + "))"
)


def _by_form(words: str, role: CreditRole) -> tuple[str, CreditRole]:
    """A role's words before "by" and an optional colon ("Edited by X", "Photos by: X")."""
    return r"^(?:" + words + r")\s+by\s*[:：]?\s*", role


def _label_form(words: str, role: CreditRole) -> tuple[str, CreditRole]:
    """A role's label before a colon ("Editor: X", "Redaktion: X", "Foto: X")."""
    return r"^(?:" + words + r")\s*[:：]\s*", role


_CONTRIBUTOR, _AUTHOR, _EDITOR = CreditRole.CONTRIBUTOR, CreditRole.AUTHOR, CreditRole.EDITOR
_TRANSLATOR, _PHOTOGRAPHER = CreditRole.TRANSLATOR, CreditRole.PHOTOGRAPHER
# Tried in this order, the first that matches strips the label: each role's "by" form, then its label form.
BYLINE_PREFIXES: tuple[tuple[re.Pattern[str], CreditRole], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), role)
    for pattern, role in (
        (r"^(?:with\s+)?additional\s+reporting\s+(?:by\s+)?[:：]?\s*", _CONTRIBUTOR),
        _by_form("contributed|compiled", _CONTRIBUTOR),
        _label_form("contributors?", _CONTRIBUTOR),
        _by_form("reporting|reported|written|words|story|text", _AUTHOR),
        _label_form("reporters?|authors?|writers?|words|by", _AUTHOR),
        (r"^by\s+", _AUTHOR),
        _label_form("|".join(BYLINE_LABEL_WORDS), _AUTHOR),
        _by_form("edited|editing", _EDITOR),
        _label_form(r"(?:chief\s+|managing\s+|executive\s+)?editors?", _EDITOR),
        _by_form("translated|translation", _TRANSLATOR),
        _label_form("translators?|translation", _TRANSLATOR),
        _by_form("photos?|photographs?|photography|pictures?", _PHOTOGRAPHER),
        _label_form("photos?|photographers?|photography|pictures?", _PHOTOGRAPHER),
        _label_form("sources?", CreditRole.SOURCE),
        _label_form("|".join(PHOTO_WORDS), _PHOTOGRAPHER),  # "Foto: X", "Bild: X"
        (r"^" + PHOTO_BY_OPEN, _PHOTOGRAPHER),  # "Foto di X", "Fot. X"
        _label_form("|".join(EDITOR_LABELS), _EDITOR),  # "Redaktion: X"
        _label_form("|".join(TRANSLATOR_LABELS), _TRANSLATOR),  # "Übersetzung: X"
        _label_form("|".join(CONTRIBUTOR_LABELS), _CONTRIBUTOR),  # "Mitarbeit: X"
    )
)
# Where a second label starts inside one byline line ("Tekst: Kari Lund Foto: Ola Berg", "Text: A Bild: B"):
# a capitalised writer's, photo or editor label before a colon, after a space.
# Another contributor credited after the writer in one line, after a sentence's end, a semicolon or a comma
# ("Words by Jane Roe. Photos by Tom Lee", "Reporting by Jane Roe; Editing by Tom Lee", "…; additional
# reporting by Ann Lee"): a new part.
NEXT_BY_CREDIT = re.compile(
    r"\s{0,3}[.;,]\s{1,3}(?=(?i:photos?|photography|pictures?|editing|edited|additional\s{1,3}reporting)\s{1,3}by\s)"
)

_NEXT_LABEL_WORDS = (
    r"(?i:photos?|pictures?|editors?|"
    + "|".join((*BYLINE_LABEL_WORDS, *PHOTO_WORDS, *EDITOR_LABELS, *TRANSLATOR_LABELS, *CONTRIBUTOR_LABELS))
    + r")\s*[:：]"
)
# The label of the next credit in a line: capitalised after a space ("Text: A Foto: B"), in any case after a comma
# or a semicolon ("Tekst: A, foto: B", "Texte : A ; photos : B").
# A photographer's credit after the writer's in one line, with or without a mark before it ("Von Anna Roe,
# Fotos von Jan Weber", "Tekst: Jan Kowalski, fot. Anna Nowak", "Tekst: Jan Kowalski Fot. Anna Nowak").
NEXT_PHOTO_BY = re.compile(r"\s{0,3}[.;,]?\s{1,3}(?=" + PHOTO_BY_OPEN + ")")

# (each alternative starts where no space is behind: a run of spaces is tried once, not from each of its spaces)
NEXT_LABEL = re.compile(
    r"(?<!\s)\s*[,;]\s*(?=" + _NEXT_LABEL_WORDS + r")"
    + r"|(?<!\s)\s+(?=(?=" + CAPITAL_LETTER + r")" + _NEXT_LABEL_WORDS + ")"
)

# "and" between names, in the languages of the table ("A und B", "A y B", "A et B").
# (from the first space of a run only: "\s+" tried from every space of a long run is quadratic)
NAME_AND = re.compile(r"(?<!\s)\s+(?:" + "|".join(re.escape(w) for w in NAME_CONJUNCTIONS) + r")\s+")
# "Von X", "Por X", "Par X": the byline word of other languages, before a capitalised name and another
# word, or before one word (any case) that ends the line ("Por EFE", "Von dpa": an agency or a desk) or that
# the next name follows ("Von dpa und AFP", "Von dpa, Reuters").
# A lone surname like "Di Maio" then leaves one word, "Maio", which reads as no person: no author.
FOREIGN_BY = re.compile(
    r"^(?i:" + "|".join(BYLINE_BY_WORDS) + r")\s+(?=" + CAPITAL_LETTER + r"[\w'’.\-]*\s+\w|[^\W\d_][\w'’.\-]*$"
    + r"|[^\W\d_][\w'’.\-]*(?:\s*[,/]\s*|" + NAME_AND.pattern + r")" + CAPITAL_LETTER + ")"
)

# Where an English byline stops being names ("By Jane Doe Updated: May 2", "By Jane Doe | Email").
BYLINE_CUT = re.compile(
    r"\b(?:Updated|UPDATED|Published|PUBLISHED|Posted|Last\s+updated|Email|E-mail|Follow|Contact|Read\s+more"
    r"|View\s+(?:all|profile)|More\s+from|Share|Advertisement)\b|\d|@\w|\s[•·|]\s"
    r"|(?<!\w)(?i:" + "|".join(w.replace(" ", r"\s+") for w in BYLINE_STAMP_WORDS) + r")(?!\w)"
    # "on" before a day or month: "By Louis Roe on Monday, November 18th" (the date that follows is cut anyway)
    r"|\s(?:on|On|ON)\s+(?=(?i:" + "|".join((*WEEKDAY_WORDS, *sorted(MONTH_WORDS))) + r")\b)"
    # the word for "on" before a day's number ("Von Anna Roe am 12.03.2024", "Por Juan Roe el 12 de marzo")
    r"|\s(?:" + "|".join(BYLINE_DATE_WORDS) + r")\s+(?=\d)"
)

# Chinese byline labels. The label is followed by names or, for 来源, an organisation.
ZH_BYLINE_ROLES: dict[str, CreditRole] = {
    "本报记者": CreditRole.AUTHOR,
    "本台记者": CreditRole.AUTHOR,
    "本网记者": CreditRole.AUTHOR,
    "特约记者": CreditRole.AUTHOR,
    "实习记者": CreditRole.AUTHOR,
    "首席记者": CreditRole.AUTHOR,
    "摄影记者": CreditRole.PHOTOGRAPHER,
    **dict.fromkeys(ZH_WRITER_LABELS, CreditRole.AUTHOR),  # 记者, 作者, 撰文 … (the byline finder reads them too)
    "文": CreditRole.AUTHOR,
    "通讯员": CreditRole.CONTRIBUTOR,
    "实习生": CreditRole.CONTRIBUTOR,
    "责任编辑": CreditRole.EDITOR,
    "责编": CreditRole.EDITOR,
    "编辑": CreditRole.EDITOR,
    "主编": CreditRole.EDITOR,
    "审核": CreditRole.EDITOR,
    "校对": CreditRole.EDITOR,
    "来源": CreditRole.SOURCE,
    "稿源": CreditRole.SOURCE,
    "翻译": CreditRole.TRANSLATOR,
    "编译": CreditRole.TRANSLATOR,
    "摄影": CreditRole.PHOTOGRAPHER,
    "图": CreditRole.PHOTOGRAPHER,
    # Japanese ("文・田中一郎 写真・佐藤花子", "取材・文 田中一郎": reporting and text) and traditional Chinese labels
    "取材・文": CreditRole.AUTHOR,
    "記者": CreditRole.AUTHOR,
    "写真": CreditRole.PHOTOGRAPHER,
    "攝影": CreditRole.PHOTOGRAPHER,
    "圖": CreditRole.PHOTOGRAPHER,
    "編集": CreditRole.EDITOR,
    "編輯": CreditRole.EDITOR,
    "責任編輯": CreditRole.EDITOR,
    "翻訳": CreditRole.TRANSLATOR,
    "翻譯": CreditRole.TRANSLATOR,
}
# Longest labels first; short ones (文, 图) only with a colon or slash after them.
ZH_BYLINE_LABEL = re.compile(
    "(?:"
    + "|".join(sorted((re.escape(k) for k in ZH_BYLINE_ROLES if len(k) > 1), key=len, reverse=True))
    # (Japanese parts label and name with a middle dot: "文・X"; WeChat's bar for the colon: "编辑丨王明")
    + r")\s*[:：/／・|｜丨]?|(?:文|图|圖)\s*[:：/|｜丨／・]"
)


# Brackets that may wrap a whole credit line as decoration: "(责编：胡永秋、杨光宇)", "【责任编辑：严玉洁】",
# "[ 责编：张倩 ]", "（编辑：严玉洁 王辉）", "［责任编辑：刘洋］" (full-width square brackets). Opening -> closing;
# mixed half/full width pairs occur too.
LINE_BRACKETS: dict[str, str] = {
    "(": ")）", "（": "）)", "[": "]】］", "【": "】]", "［": "］]", "〔": "〕", "〖": "〗"
}

# Chinese portals sign editor lines with a Latin-letter staff handle: "[责任编辑：alonliu]".
# After these labels a handle counts as a name.
ZH_HANDLE_ROLES: frozenset[CreditRole] = frozenset((CreditRole.EDITOR,))
ZH_NAME_HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{1,23}")


def canonical_org(text: str) -> str | None:
    """The table spelling of a known organisation, or None when ``text`` is not in the table. A known outlet's own
    channel ("央视新闻客户端", "人民日报微信公众号": its app, its account) is that outlet, as the page writes it."""
    key = text.strip().casefold()
    found = KNOWN_ORGS.get(key) or KNOWN_ORGS.get(unicodedata.normalize("NFKC", key))
    if found is None and key.endswith(PUBLISHING_ACCOUNTS):
        return text.strip() if _outlet_of_channel(key) else None
    return found


def _outlet_of_channel(key: str) -> bool:
    """Does ``key``, a name ending in an account or app word, name a known outlet before that word?"""
    stem = key
    for ending in PUBLISHING_ACCOUNTS:
        if key.endswith(ending):
            stem = key[: -len(ending)]
            break
    for lead in CHANNEL_LEADS:
        stem = stem.removesuffix(lead)
    return bool(stem) and stem != key and stem in KNOWN_ORGS


# A credit note of a giver word and a photo word alone ("Courtesy photo", "Handout photo", "Submitted photo"), or the
# two the other way round ("Photo provided", "(Photo submitted)").
_GIVER_NOTE = re.compile(
    r"(?i:(" + "|".join(PHOTO_GIVER_WORDS) + r"))\s+(?i:" + "|".join(PICTURE_NOUNS) + ")s?"
    r"|(?i:" + "|".join(PICTURE_NOUNS) + r")s?\s+(?i:(" + "|".join(PHOTO_GIVER_WORDS) + r"))"
)


def giver_note(text: str) -> str | None:
    """The organisation a whole credit note of a giver word and a photo word names ("Courtesy photo" -> "Courtesy",
    "Submitted photo" -> "Submitted"), as the giver word alone is credited ("Handout", "Supplied"); else None."""
    found = _GIVER_NOTE.fullmatch(text.strip())
    if found is None:
        return None
    word = found.group(1) or found.group(2)
    return canonical_org(word) or word.capitalize()
