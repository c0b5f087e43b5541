"""The name inside a description in the Latin-script languages read from a table: after an office and its
complement ("le ministre de l'Intérieur Gérald Darmanin", "il ministro della Difesa Guido Crosetto"), after a noun
that is no office and before a known given name ("die Amerikanerin Jane Doe", "el vecino Rubén Mata"), after an age
("der 58-jährige Klaus Hofmann"); the name speaks, what stands before it is its role. And whether a phrase a
determiner opens names a body ("la Guardia Civil"), which speaks as one.

:func:`.latin_phrases.description` reads a description with these.
"""

from __future__ import annotations

from dataclasses import replace

from ...lexicon.dates import LATIN_WEEKDAYS
from ...lexicon.descriptions_latin import (
    AGE_ADJECTIVE_RE,
    BODY_NOUNS_BEFORE_NAME,
    ELIDED_COMPLEMENT_OPENERS,
    PARTY_NOUNS,
)
from ...lexicon.places_latin import PLACES_LATIN
from ...lexicon.quotes_latin import LatinTable
from ..speakers.given_names import given_name_gender
from ..speakers.phrases import Who
from .latin_elision import article_apart, elision, joined
from .latin_titles import german_office, is_title, office_adjective
from .latin_words import leading_run


def party_before_name(run: list[tuple[str, int]]) -> bool:
    """Does an acronym in capitals open a run of capitalised words before a name of two or more words ("RN Jean
    Moulin", "M5S Luca Verdi")? A party after an office word, part of the role, not of the name."""
    return len(run) >= _PARTY_RUN and len(run[0][0]) > 1 and run[0][0].isupper() and not run[1][0].isupper()


_PARTY_RUN = 3  # an acronym and a name of two words at least


def named_after_complement(table: LatinTable, words: list[tuple[str, int]], at: int) -> Who | None:
    """ "le ministre de l'Intérieur Gérald Darmanin", "il ministro della Difesa Guido Crosetto", "el consejero
    de Sanidad y Emergencias Antonio Sanz Cabello", "il leader del partito Marco Bianchi": where only names
    are capitalised, an office word, its complement (a particle, then words up to a noun) and a name of two or
    three words ending the phrase; the office and its complement are the role. The shortest complement that
    leaves such a name wins."""
    if table.capitalised_nouns:
        return _german_named_after_complement(table, words, at)
    office = next((k for k, (w, _) in enumerate(words) if w.islower() and _office_or_compound(table, w)), None)
    if office is None:
        return None
    office = _past_office_qualifiers(table, words, office)
    if office + 2 >= len(words) or not opens_complement(table, words[office + 1][0]):
        return None
    # (an elided particle and its noun make the whole complement: "il ministro dell'Economia Marco Bianchi")
    for end in range(office + 2 - _elided_complement(words[office + 1][0]), len(words) - 2):
        if words[end][0].lower() in table.particles or _cuts_place(table, words, end):
            continue  # (a complement ends on a noun: "de la Junta de Andalucía", "del partito"; not in a place)
        name = words[end + 1 :]
        if len(name) > _NAME_AFTER_COMPLEMENT or not name[0][0][:1].isupper():
            continue
        if _body_name_runs_on(table, words[office + 2 : end + 1], name) or _run_split_three(words[end - 1 :], name):
            continue
        if _body_named(table, words[end][0], name):
            return None
        if len(leading_run(table, name)) == len(name) and not _office_in_name(table, name):
            role = joined(words[: end + 1])
            return Who(joined(name), "person", role=role, start=at)
    return None


def named_after_office(table: LatinTable, words: list[tuple[str, int]], at: int) -> Who | None:
    """:func:`named_after_complement` of ``words`` whose office word opens them (after an article at most), in lower
    case or capitalised as at a sentence's start or on regional pages ("Minister van Financiën Jan de Vries zei dat
    …", "El Ministro de Hacienda Carlos Serrano dijo …": before, the names "Financiën Jan de Vries", "de Hacienda
    Carlos"); the office is read as if in lower case, the role kept as written. Not where every noun is
    capitalised (German reads its own)."""
    i = 1 if len(words) > 1 and words[0][0].lower() in table.determiners else 0
    first, start = words[i]
    if first.islower() or table.capitalised_nouns or not is_title(table, first):
        return named_after_complement(table, words, at)
    named = named_after_complement(table, [*words[:i], (first.lower(), start), *words[i + 1 :]], at)
    if named is None or named.role is None:
        return named
    return replace(named, role=named.role.replace(first.lower(), first, 1))


def _office_in_name(table: LatinTable, name: list[tuple[str, int]]) -> bool:
    """Is a word of ``name`` an office, not after a particle where it is a surname ("Bruno Le Maire")?"""
    after_particle = [False] + [w.lower() in table.particles for w, _ in name[:-1]]
    return any(is_title(table, w) and not after for (w, _), after in zip(name, after_particle, strict=True))


def _body_name_runs_on(table: LatinTable, complement: list[tuple[str, int]], name: list[tuple[str, int]]) -> bool:
    """Does a body's name run on into ``name`` after a noun of a body in the complement ("del club Real | Madrid
    Carlo Ancelotti", "del grupo | Inditex Marta Ortega"): ``name`` opens with a word that is no known given name,
    and a known given name follows it? The holder's name opens at that given name."""
    nouns = BODY_NOUNS_BEFORE_NAME.get(table.language, frozenset())
    if len(name) < _GIVEN_AND_SURNAME + 1 or not any(w.lower() in nouns for w, _ in complement):
        return False
    return given_name_gender(name[0][0]) is None and given_name_gender(name[1][0]) is not None


_GIVEN_AND_SURNAME = 2


def _body_named(table: LatinTable, last: str, name: list[tuple[str, int]]) -> bool:
    """Does the complement end on a noun of a body and the capitalised words after it name that body: no known given
    name, and a place the tables know ("el portavoz del club Real Madrid", "o presidente do clube Sport Recife")?
    Nobody is then named: the office and its complement describe the speaker ("del club Florentino Pérez", a given
    name no table knows, stays a name). Not after a party's noun, which a leader's name follows as
    often as the party's ("el líder del partido Santiago Abascal")."""
    nouns = BODY_NOUNS_BEFORE_NAME.get(table.language, frozenset()) - PARTY_NOUNS
    if last.lower() not in nouns or any(given_name_gender(w) is not None for w, _ in name):
        return False
    places = PLACES_LATIN.get(table.language, frozenset())
    return any(w.casefold() in places for w, _ in name)


def _run_split_three(last: list[tuple[str, int]], name: list[tuple[str, int]]) -> bool:
    """Would a name of three capitalised words take the end of a body's name of two capitalised words the complement
    ends in ("das Relações | Exteriores Mauro Vieira", "van Buitenlandse | Zaken Caspar Veldkamp"): the complement's
    last two words are a particle and a capitalised word and the name's first is no known given name? The name is
    then its last two words; a name with a particle ("Jan de Vries"), opening with a known given name ("Luiz Henrique
    Mandetta") or after a body's name of two words already ("van Buitenlandse Zaken Hanke Bruins Slot") stays whole."""
    if len(name) != _GIVEN_AND_SURNAME + 1 or not last[1][0][:1].isupper() or last[0][0][:1].isupper():
        return False
    return all(w[:1].isupper() for w, _ in name) and given_name_gender(name[0][0]) is None


def _cuts_place(table: LatinTable, words: list[tuple[str, int]], end: int) -> bool:
    """Would a complement ending at ``end`` cut a place's name the language writes in two or three words ("de
    Estados | Unidos Joe Biden", "del Regno | Unito", "dos Estados | Unidos": CLDR's names, :mod:`.places_latin`)?"""
    places = PLACES_LATIN.get(table.language)
    if places is None:
        return False
    for start in range(max(0, end + 1 - _PLACE_WORDS), end + 1):
        for stop in range(end + 2, min(len(words), start + _PLACE_WORDS) + 1):
            if " ".join(w for w, _ in words[start:stop]).casefold() in places:
                return True
    return False


_PLACE_WORDS = 3  # words of a place's name at most ("Bosnia y Herzegovina", "Reino Unido")


def _german_named_after_complement(table: LatinTable, words: list[tuple[str, int]], at: int) -> Who | None:
    """ "der Landesvorsitzende der SPD Hans Vogel", "die Bürgermeisterin der Stadt Anna Berg": where every noun is
    capitalised, an article, an office word, its complement an article or particle opens (an office and its
    complement, :func:`.latin_titles.german_office`) and a name of two or three words that opens with a known given
    name and ends the phrase; the shortest such complement wins ("der Stadt" before "Hans Vogel")."""
    office = 1 if words and words[0][0].lower() in table.determiners else 0
    if office + _GERMAN_OFFICE_NAME > len(words) or words[office + 1][0] not in table.determiners | table.particles:
        return None
    # (an elided particle and its noun make the whole complement: "il ministro dell'Economia Marco Bianchi")
    for end in range(office + 2 - _elided_complement(words[office + 1][0]), len(words) - 2):
        name = words[end + 1 :]
        if len(name) > _NAME_AFTER_COMPLEMENT or given_name_gender(name[0][0]) is None:
            continue
        if len(leading_run(table, name)) == len(name) and german_office(table, words[office : end + 1]):
            return Who(joined(name), "person", role=joined(words[: end + 1]), start=at)
    return None


_GERMAN_OFFICE_NAME = 5  # an office, an article, a noun, a given name and a surname


def _office_or_compound(table: LatinTable, word: str) -> bool:
    """An office word, or a compound of one and its qualifier joined by a hyphen ("secretário-geral")."""
    return is_title(table, word) or ("-" in word and is_title(table, word.split("-", 1)[0]))


def _past_office_qualifiers(table: LatinTable, words: list[tuple[str, int]], office: int) -> int:
    """The last word of an office that one or two lower-case words after its office word qualify before its
    complement ("el secretario general de CCOO", "il segretario generale della Cgil", "o presidente nacional do
    PT"): an office word or a long adjective (:func:`.latin_titles.office_adjective`); ``office`` where none
    does."""
    last = office
    for j in range(office + 1, min(len(words), office + 1 + _OFFICE_QUALIFIERS)):
        word = words[j][0]
        if not word.islower() or opens_complement(table, word):
            break
        if not (is_title(table, word) or office_adjective(table, word)):
            return office
        last = j
    return last


_OFFICE_QUALIFIERS = 2


def opens_complement(table: LatinTable, word: str) -> bool:
    """Does ``word`` open an office's complement: a particle ("del", "de la") or, in lower case, a preposition of
    whom it serves ("l'assessore ai Trasporti", "l'adjoint aux Sports": the table's listeners)?"""
    return word.lower() in table.particles or (word.islower() and word in table.listeners) or _elided_complement(word)


def _elided_complement(word: str) -> bool:
    """Does ``word`` open an office's complement, an elided particle written with its noun ("dell'Economia",
    "all'Interno", "d'État", "dell'ufficio stampa", "d'honneur")?"""
    return elision(ELIDED_COMPLEMENT_OPENERS, word.lower()) > 0


def named_after_noun(table: LatinTable, words: list[tuple[str, int]], at: int) -> Who | None:
    """ "die Amerikanerin Jane Doe", "der Brite John Smith", "el vecino Rubén Mata": an article, one noun that is no
    office (see :func:`_noun_shaped`), and a name that opens with a known given name: the name speaks, the article
    and noun are its role (as "die Ministerin Anna Weber" is read by :func:`description`)."""
    if len(words) < _NAME_AFTER_NOUN_WORDS or not _noun_shaped(table, words[1][0]):
        return None
    if not table.capitalised_nouns and words[0][0].lower() not in table.determiners:
        return None
    run = leading_run(table, words[2:])
    if len(run) < 2 or len(run) != len(words) - 2 or given_name_gender(run[0][0]) is None:
        return None
    return Who(joined(run), "person", role=joined(words[:2]), start=at)


_NAME_AFTER_NOUN_WORDS = 4  # article, noun, given name and surname


def _noun_shaped(table: LatinTable, word: str) -> bool:
    """Is ``word`` a noun as the language writes one: capitalised where every noun is, else in lower case ("el
    vecino Rubén Mata", "o comandante Rui Matos"), and no weekday ("el jueves Pedro Sánchez": a time)?"""
    if table.capitalised_nouns:
        return word[:1].isupper()
    return word.isalpha() and word.islower() and word not in LATIN_WEEKDAYS


def named_after_age(table: LatinTable, words: list[tuple[str, int]]) -> Who | None:
    """ "der 58-jährige Klaus Hofmann", "de 58-jarige Jan de Vries": an article, an age and a name ending the phrase;
    the name speaks, the article and the age are its role. Where every noun is capitalised, the name must be two
    words at least and open with a known given name ("der 58-jährige Rentner" describes someone unnamed)."""
    if len(words) < _NAME_AFTER_NOUN_WORDS - 1 or not AGE_ADJECTIVE_RE.fullmatch(words[1][0]):
        return None
    aged = words[:2]
    if table.capitalised_nouns and len(words) > _NAME_AFTER_NOUN_WORDS and given_name_gender(words[2][0]) is None:
        aged = words[:3]  # "die 34-jährige Mutter Lena Vogt": a noun after the age, the name after it
    run = leading_run(table, words[len(aged) :])
    if len(run) != len(words) - len(aged) or any(is_title(table, w) for w, _ in run):
        return None
    if table.capitalised_nouns and (len(run) < 2 or given_name_gender(run[0][0]) is None):
        return None
    return Who(joined(run), "person", role=joined(aged), start=words[0][1])


def complement_before(table: LatinTable, words: list[tuple[str, int]], k: int) -> Who | None:
    """A name ending the words before a verb, after an office and its complement ("La presidente del
    Consiglio Giorgia Meloni", "le ministre de l'Intérieur Gérald Darmanin"): the person of
    :func:`named_after_complement`, read from the office (and its article); None when no office stands a
    few words before the name's run at ``k``, or opening it after an elided article ("L'assessore ai Trasporti Marco
    Rossi": a capitalised word the run takes)."""
    for o in range(k, max(-1, k - 1 - _OFFICE_BEFORE_RUN), -1):
        word = words[o][0]
        if not word[0].isalnum():
            return None
        # (an office inside another's complement: "l'adjoint au maire Paul Girard"; capitalised opening the words:
        # "Minister van Financiën Jan de Vries zei")
        if _office_word(table, word) or _opening_office(table, words, o):
            while o > 0 and _office_word(table, words[o - 1][0]):
                o -= 1  # (an office word qualifying the one before it: "El secretario general de CCOO")
            start = o - (o > 0 and words[o - 1][0].lower() in table.determiners)
            named = named_after_office(table, article_apart(table.determiners, words[start:]), words[start][1])
            if named is not None:
                return named
    return None


def _opening_office(table: LatinTable, words: list[tuple[str, int]], o: int) -> bool:
    """Is ``words[o]`` a capitalised office word opening the words, after an article at most ("Minister van …",
    "El Ministro de …")?"""
    return (o == 0 or o == 1 and words[0][0].lower() in table.determiners) and is_title(table, words[o][0])


def _office_word(table: LatinTable, word: str) -> bool:
    """An office word in lower case, also after an elided article opening the sentence ("L'assessore")."""
    cut = elision(table.determiners, word.lower())
    return word[cut:].islower() and is_title(table, word[cut:])


_OFFICE_BEFORE_RUN = 4  # words between an office and the run of capitalised words before a verb

_NAME_AFTER_COMPLEMENT = 3  # words of a name after an office's complement ("José Manuel Albares")


def names_body(table: LatinTable, words: list[tuple[str, int]]) -> bool:
    """Does a phrase opened by a determiner name a body, which speaks as one? Where only names are
    capitalised, its head is then a name that is no office ("la Guardia Civil", "le Quai d'Orsay", "la
    Protezione Civile"); "le maire", "la policía" are descriptions (an office, or nobody named)."""
    if table.capitalised_nouns or len(words) < 2 or words[0][0].lower() not in table.determiners:
        return False
    head = words[1][0]
    # (a capitalised adjective of an office written in lower case is no body's name: "le Premier ministre")
    office = len(words) > 2 and words[2][0].islower() and is_title(table, words[2][0])
    return head[:1].isupper() and not is_title(table, head) and not office
