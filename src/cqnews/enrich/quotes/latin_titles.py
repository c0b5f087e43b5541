"""Which words of a Latin-script language's table are offices or name words ("Innenministerin", "le maire", "von").

:func:`is_title` reads an office or agent word, also at the end of a compound and in its inflected forms;
:func:`role_offices` gives the offices a role holds, what a description is compared with its holder by;
:func:`name_word` reads a word that may be part of a name. Split from :mod:`.latin_phrases`, which reads the
phrases these words make.
"""

from __future__ import annotations

from functools import cache

from ...lexicon.genitives_latin import (
    FLEETING_VOWELS,
    GIVEN_NAME_GENITIVES,
    NOT_CONSONANTS,
    OFFICE_A_GENITIVES,
    PLACE_ADJECTIVE_STEMS_SLAVIC,
    PLACE_GENITIVES_SLAVIC,
    QUOTED_NAME_FORMS,
    QUOTED_NAME_NOUN_STEMS,
    REGION_ADJECTIVE_ENDINGS,
    REGION_NOUNS,
    SHORT_TITLE_CASE_ENDINGS,
)
from ...lexicon.places_slavic import PLACES_SLAVIC
from ...lexicon.quotes_latin import LatinTable
from ..speakers.given_names import given_name_gender


def is_title(table: LatinTable, word: str) -> bool:
    """An office or agent word: one of the table's, also at the end of a compound ("Innenministerin",
    "Schulleiter") and, in German, in its feminine form ("Schülerin")."""
    low = word.lower()
    if table.inflected_titles and any(low.startswith(t) for t in table.titles if len(t) >= _INFLECTED_TITLE_MIN):
        return True  # Polish "rzecznika", Russian "министра": the office in another case (not "dr" of "droga")
    if _short_title_inflected(table, low):  # Russian "мэра", the genitive of "мэр"
        return True
    forms = {low}
    if table.language == "de":  # feminine "-in"; genitive "-s" ("des EPI-Managers"), "-n" ("den Abgeordneten")
        forms |= {low[:-2] if low.endswith("in") else low, low[:-1] if low.endswith(("s", "n")) else low}
    if not any(form.endswith(table.titles) for form in forms):  # (a tuple of endings: one C loop)
        return False
    # a short title ("Me", "Dr") is a whole word: "estime", "affirme" end in "me" and are no office
    return any(form in _short_titles(table) or form.endswith(_long_titles(table)) for form in forms)


def _short_title_inflected(table: LatinTable, low: str) -> bool:
    """Is ``low`` a short office word of the table with one of its language's case endings after it ("мэра")?"""
    endings = SHORT_TITLE_CASE_ENDINGS.get(table.language) if table.inflected_titles else None
    if not endings:
        return False
    if any(low[len(stem) :] in endings for stem in _fleeting_vowel_stems(table) if low.startswith(stem)):
        return True  # "посла", "posła": the vowel dropped
    if low[-1:] and low[:-1] in _a_declension_stems(table).get(low[-1], frozenset()):
        return True  # "главы", "судьи", "wojewody"
    return any(low[len(t) :] in endings for t in table.titles if len(t) < _INFLECTED_TITLE_MIN and low.startswith(t))


@cache
def _fleeting_vowel_stems(table: LatinTable) -> tuple[str, ...]:
    """The table's office words with the vowel their language drops before a case ending taken out ("посол" →
    "посл", "marszałek" → "marszałk"): a fleeting vowel between two consonants before the last letter."""
    vowels = FLEETING_VOWELS.get(table.language, "")
    stems = []
    for t in table.titles:
        if len(t) > _FLEETING_MIN and t[-2] in vowels and t[-1].isalpha() and _consonant(t[-1]) and _consonant(t[-3]):
            stems.append(t[:-2] + t[-1])
    return tuple(stems)


@cache
def _a_declension_stems(table: LatinTable) -> dict[str, frozenset[str]]:
    """By genitive ending, the stems of the table's office words of the -а declension that take it ("ы": "глав",
    "судь"; of "глава", "судья"), read by :data:`OFFICE_A_GENITIVES`."""
    stems: dict[str, set[str]] = {}
    for nominative, genitive in OFFICE_A_GENITIVES.get(table.language, ()):
        for t in table.titles:
            if t.endswith(nominative) and len(t) > _FLEETING_MIN:
                stems.setdefault(genitive, set()).add(t[: len(t) - len(nominative)])
    return {ending: frozenset(s) for ending, s in stems.items()}


def _consonant(letter: str) -> bool:
    """Is ``letter`` a consonant (of the Latin or Cyrillic alphabet; no soft or hard sign)?"""
    return letter.isalpha() and letter.lower() not in NOT_CONSONANTS


_FLEETING_MIN = 3


def german_office(table: LatinTable, words: list[tuple[str, int]]) -> bool:
    """Where nouns are capitalised, do ``words`` make an office and its complement ("Leiter der Feuerwehr",
    "Bürgermeisterin von Ulm"): a title first, and no lower-case word but articles, particles and prepositions
    (no verb: "Kanzler Scholz habe versagt" is a clause)?"""
    if not table.capitalised_nouns or not words or not words[0][0][:1].isupper() or not is_title(table, words[0][0]):
        return False
    links = table.determiners | table.particles | table.prepositions
    return all(_office_word(words, i, links) for i in range(1, len(words)))


def _office_word(words: list[tuple[str, int]], i: int, links: frozenset[str]) -> bool:
    """May ``words[i]`` be part of an office's complement: a capitalised noun, a link word, or a lower-case
    adjective between a link and a noun ("der örtlichen Feuerwehr")?"""
    word = words[i][0]
    if not word[:1].islower() or word in links:
        return True
    return words[i - 1][0] in links and i + 1 < len(words) and words[i + 1][0][:1].isupper()


def role_offices(table: LatinTable, role: str) -> frozenset[str]:
    """The offices a role or a description holds, each as the table's office word its word ends in
    ("CDU-Spitzenkandidatin": "kandidat", "le ministre de l'Intérieur": "ministre"): what
    :meth:`..speakers.prose.ProsePeople.holder_before` compares a description with its holder by."""
    words = [w.lower().rsplit("-", 1)[-1] for w in role.replace(",", " ").split() if is_title(table, w)]
    return frozenset(_office(table, w) for w in words)


def _office(table: LatinTable, word: str) -> str:
    """The table's office a word ends in, in German also in its feminine form ("Kandidatin": "kandidat")."""
    forms = (word, word[:-2]) if table.language == "de" and word.endswith("in") else (word,)
    return next((t for form in forms for t in _titles_by_length(table) if form.endswith(t)), word)


@cache
def _titles_by_length(table: LatinTable) -> tuple[str, ...]:
    return tuple(sorted(table.titles, key=len, reverse=True))


@cache
def _short_titles(table: LatinTable) -> frozenset[str]:
    return frozenset(t for t in table.titles if len(t.rstrip(".")) < _COMPOUND_TITLE_MIN)


@cache
def _long_titles(table: LatinTable) -> tuple[str, ...]:
    return tuple(t for t in table.titles if len(t.rstrip(".")) >= _COMPOUND_TITLE_MIN)


_COMPOUND_TITLE_MIN = 4  # letters of a title that may end a longer word ("Innenminister", "vicepresidente")


_INFLECTED_TITLE_MIN = 5


def name_word(table: LatinTable, word: str) -> bool:
    # (an elided word is no name: "L'ha detto …", "D'après …")
    return word[0].isalnum() and _capitalised(table, word) and not word.endswith(("'", "’"))


def _capitalised(table: LatinTable, word: str) -> bool:
    return word[:1].isupper() or word.lower() in table.particles


def elided_particle_name(table: LatinTable, word: str) -> bool:
    """Is ``word`` the particle "d'" elided before a capitalised name ("d'Armont", "d’Estaing", Italian "d'Amico"),
    where the table has that particle ("d'", or "de"/"di"/"da")? After a capitalised name word it goes on the name
    before a verb ("Charles d'Armont a déclaré que …"; before, no speaker); after an office it is the office's
    complement ("Le directeur d'Airbus"). Not "l'" ("l'Élysée" is an article and a body)."""
    if not word.startswith(("d'", "d’")) or not word[2:3].isupper():
        return False
    return bool(table.particles & _D_PARTICLES)


_D_PARTICLES = frozenset(("d'", "d’", "de", "di", "da"))


def compound_office(word: str) -> bool:
    """Is ``word`` a capitalised word joined by a hyphen to a lower-case head ("CDA-leider", "NOS-correspondent",
    "PS-député"): a compound noun, an office of a party or a medium, no name?"""
    head = word.rsplit("-", 1)[-1] if "-" in word else ""
    return head[:1].islower()


def name_after_office(table: LatinTable, words: list[tuple[str, int]], k: int) -> int:
    """Where the name after the office word ``words[k]`` starts ("die Ministerin Anna Berg": at "Anna"); where only
    names are capitalised, past an adjective or two of the office ("il consigliere comunale Paolo Neri", "el concejal
    socialista Pedro Gil", "le député européen Jean Roy"); 0 when no capitalised word, no other office, follows."""
    if not is_title(table, words[k][0]):
        return 0
    j = k + 1
    while not table.capitalised_nouns and j < len(words) - 1 and j - k <= _OFFICE_ADJECTIVES:
        if not office_adjective(table, words[j][0]):
            break
        j += 1
    word = words[j][0] if j < len(words) else ""
    return j if word[:1].isupper() and not is_title(table, word) else 0


_OFFICE_ADJECTIVES = 2


def office_adjective(table: LatinTable, word: str) -> bool:
    """A lower-case word after an office that may qualify it ("comunale", "socialista"): no short function word ("ai",
    "de", "al"), particle, article, preposition, listener, conjunction or office word."""
    closed = table.particles | table.determiners | table.prepositions | table.listeners | table.that | table.openers
    long_word = len(word) >= _ADJECTIVE_LETTERS and word.isalpha() and word.islower()
    return long_word and word not in closed and not is_title(table, word)


_ADJECTIVE_LETTERS = 4


def slavic_place(table: LatinTable, word: str) -> bool:
    """Is ``word`` a place's name of one word in a Slavic table's language, as written or in the genitive ("США",
    "России", "Francji", "Niemiec", "Ruska"): an office's complement, never its holder's name?"""
    places = PLACES_SLAVIC.get(table.language)
    if not places or not word[:1].isupper():
        return False
    low = word.casefold()
    if low in places:
        return True
    endings = PLACE_GENITIVES_SLAVIC.get(table.language, ())
    return any(low.endswith(gen) and low[: len(low) - len(gen)] + nom in places for nom, gen in endings)


def complement_after_office(table: LatinTable, words: list[tuple[str, int]], k: int) -> int:
    """How many words at ``k``, right after an office in a Slavic table, are its complement before its holder's
    name: a place's name (:func:`slavic_place`: "посол России Иван Петров"), or a capitalised adjective of place and
    its noun in lower case with a capitalised name after them ("губернатора Омской области Виталия Кравченко",
    "hejtman Jihomoravského kraje Jan Novák"); else 0."""
    if k >= len(words):
        return 0
    if slavic_place(table, words[k][0]):
        return 1
    if _acronym(words[k][0]) and k + 1 < len(words) and slavic_place(table, words[k + 1][0]):
        return 2  # (a body's acronym and its country: "глава МИД Китая Ван И", "szef MSZ Niemiec Jan Nowak")
    place = _place_of_two_words(table, words, k) or _place_before_given_name(table, words, k)
    if place:
        return place
    if k + 1 < len(words) and quoted_name_lead(table.language, words[k][0]) and words[k + 1][0][:1] in QUOTE_OPENERS:
        return 2  # "директор ООО «Ромашка» Иван Сидоров" (or nobody named after it)
    if k > 0 and words[k][0][:1] in QUOTE_OPENERS and quoted_name_lead(table.language, words[k - 1][0]):
        return 1  # (the body's noun read with the office: "директор компании «Ромашка» …")
    endings = REGION_ADJECTIVE_ENDINGS.get(table.language)
    first = words[k][0]
    if not endings or not first[:1].isupper() or not first.endswith(endings):
        return 0
    nouns = REGION_NOUNS.get(table.language, frozenset())
    n = next((n for n in range(k + 1, min(len(words), k + 1 + _REGION_WORDS)) if words[n][0] in nouns), 0)
    if not n or not all(w.islower() for w, _ in words[k + 1 : n]):
        return 0
    return n + 1 - k if n + 1 < len(words) and words[n + 1][0][:1].isupper() else 0


def quoted_name_lead(language: str, word: str) -> bool:
    """Does ``word`` stand before a body's own name in quote marks in ``language`` ("ООО «Ромашка»", "компании
    «Ромашка»", :data:`QUOTED_NAME_FORMS`, :data:`QUOTED_NAME_NOUN_STEMS`)?"""
    low = word.lower()
    forms = QUOTED_NAME_FORMS.get(language, frozenset())
    return low in forms and word.isupper() or low.startswith(QUOTED_NAME_NOUN_STEMS.get(language, ("\0",)))


def quoted_name_close(text: str, at: int, hi: int) -> int:
    """Where a body's name in quote marks opening at ``text[at]`` ends, past its closing mark (a few words, no
    sentence's end inside: "«Ромашка»", "«Северная звезда»"); 0 when it does not close so."""
    close = QUOTE_CLOSERS.get(text[at : at + 1], "")
    end = min(hi, at + _QUOTED_NAME_CHARS)
    j = next((j for j in range(at + 2, end) if text[j] in close or text[j] in ".!?;:«„"), 0)
    return j + 1 if j and text[j] in close else 0


QUOTE_OPENERS = '«„"“'
QUOTE_CLOSERS = {"«": "»", "„": "“”", '"': '"', "“": "”"}
_QUOTED_NAME_CHARS = 40  # a body's name in quote marks, its marks included


def _place_of_two_words(table: LatinTable, words: list[tuple[str, int]], k: int) -> int:
    """2 when the words at ``k`` are an adjective of direction or "new" and a capitalised noun, a name after them
    ("посол Южной Кореи Ким Мин Су", "ambasador Nowej Zelandii Anna Kowalska"); else 0."""
    stems = PLACE_ADJECTIVE_STEMS_SLAVIC.get(table.language)
    if not stems or k + _PLACE_AND_NAME > len(words):
        return 0
    adjective, noun, name = (w for w, _ in words[k : k + _PLACE_AND_NAME])
    if not (adjective[:1].isupper() and adjective.lower().startswith(stems) and adjective.isalpha()):
        return 0
    return 2 if noun[:1].isupper() and noun.isalpha() and name[:1].isupper() else 0


_PLACE_AND_NAME = 3


def _place_before_given_name(table: LatinTable, words: list[tuple[str, int]], k: int) -> int:
    """1 when the capitalised word at ``k`` is no given name and a given name and another capitalised word follow
    it: a place the tables lack in the genitive ("burmistrz Gdańska Jan Nowak", "мэр Казани Иван Петров"); else
    0."""
    if table.language not in PLACE_GENITIVES_SLAVIC or k + _PLACE_AND_NAME > len(words):
        return 0
    place, given, surname = (w for w, _ in words[k : k + _PLACE_AND_NAME])
    if not (place[:1].isupper() and place.isalpha() and given_name_gender(place) is None):
        return 0
    if not (given[:1].isupper() and surname[:1].isupper() and _given_name(table, given)):
        return 0
    # (a surname first, as official lists write it: "мэр Петров Иван Сергеевич", "prezes Kowalska Anna Maria")
    return 0 if _given_name(table, surname) or surname.lower().endswith(_PATRONYMIC_ENDINGS) else 1


# Endings of a Russian or Ukrainian patronymic, also in the genitive ("Сергеевич", "Ивановна", "Ильинична", "Петрівна",
# "Сергеевича", "Ивановны").
_PATRONYMIC_ENDINGS = ("вич", "вна", "ична", "ьич", "івна", "вича", "вны", "ичны", "ьича")


def _given_name(table: LatinTable, word: str) -> bool:
    """Is ``word`` a given name, as written or in the genitive (:data:`GIVEN_NAME_GENITIVES`: "Ивана", "Anny")?"""
    if given_name_gender(word) is not None:
        return True
    low = word.lower()
    forms = (
        low[: len(low) - len(gen)] + nom
        for gen, nom in GIVEN_NAME_GENITIVES.get(table.language, ())
        if low.endswith(gen)
    )
    return any(given_name_gender(form) is not None for form in forms)


def _acronym(word: str) -> bool:
    """Is ``word`` an acronym in capitals of two letters or more ("МИД", "MSZ")?"""
    return len(word) > 1 and word.isalpha() and word.isupper()


_REGION_WORDS = 2  # lower-case words after the adjective, the region's noun last ("автономного округа")
