"""The subject of a verb of saying joined to a first predicate by "and" (Latin-script tables).

"El alcalde ha defendido la actuación del Ayuntamiento y ha asegurado que …", "Le maire a salué le travail des
pompiers et a assuré que …", "Der Bürgermeister lobte den Einsatz der Feuerwehr und betonte, …": the second verb
has no subject of its own; its subject is the first verb's, the phrase that opens the sentence (a short phrase set
off by a comma may come first: "Tras la reunión, la alcaldesa …"). The phrase right before the verb is the first
verb's object ("Ayuntamiento", "Feuerwehr"), never the speaker.
"""

from __future__ import annotations

from ...lexicon.dates import LATIN_WEEKDAYS, MONTHS
from ...lexicon.quotes_latin import ADVERBS_AFTER_CUE, PLURAL_VERB_ENDINGS, PREDICATE_COORDINATORS, LatinTable
from ..speakers.phrases import Who
from .latin_phrases import read_subject

__all__ = ["coordinated_at", "coordinated_subject", "second_clause_subject"]

_LEAD_CHARS = 40  # characters read back from the verb for the conjunction (adverbs, an object pronoun between)
_OPENING_WORDS = 6  # words of a phrase set off by a comma before the subject ("Tras la reunión con los vecinos,")


def coordinated_at(table: LatinTable, text: str, s: int, verb: int) -> int | None:
    """Where the conjunction stands that joins the verb at ``verb`` to a predicate before it in the sentence from
    ``s`` (an adverb or two of the table, or an object pronoun, between them: "y además aseguró", "et lui a dit");
    None when the word before the verb is no such conjunction."""
    coordinators = PREDICATE_COORDINATORS.get(table.language)
    if not coordinators or verb <= s:
        return None
    lo = max(s, verb - _LEAD_CHARS)
    words = text[lo:verb].split(" ")
    if words and not words[-1]:
        words.pop()  # (the space right before the verb)
    k = len(words)
    while k > 1 and len(words) - k < ADVERBS_AFTER_CUE and _between(table, words[k - 1].lower()):
        k -= 1
    if k < 2 or words[k - 1] not in coordinators:
        return None
    return lo + len(" ".join(words[: k - 1])) + 1


def _between(table: LatinTable, low: str) -> bool:
    return _adverb(table, low) or low in table.object_pronouns


def _adverb(table: LatinTable, low: str) -> bool:
    ending = table.adverb_ending
    return low in table.adverbs or bool(ending) and low.endswith(ending)


def coordinated_subject(table: LatinTable, text: str, s: int, at: int) -> Who | None:
    """The subject opening the sentence from ``s`` whose first predicate the conjunction at ``at`` goes on from: the
    phrase read from the start, or past a short phrase set off by a comma; None when neither is a speaker phrase."""
    if table.null_subject and _verb_opens(table, text, s, at):
        return Who("", "pronoun", start=at)  # "Ayer visitó el hospital y explicó que …": a subject left out
    s = _past_adverbs(table, text, s, at)  # "Ayer Juan Pérez visitó …": no name "Ayer Juan Pérez"
    who = read_subject(table, text, s, _first_verb(table, text, s, at))
    if who is not None:
        return who
    comma = text.find(", ", s, at)
    if comma < 0 or len(text[s:comma].split()) > _OPENING_WORDS:
        return None
    return read_subject(table, text, comma + 2, _first_verb(table, text, comma + 2, at))


def _verb_opens(table: LatinTable, text: str, s: int, at: int) -> bool:
    """Does a verb open the sentence right after an adverb or two of the table ("Ayer visitó …"): a lower-case word
    that is no article, particle, preposition nor pronoun? (A capitalised first word may be a verb or a name.)"""
    words = text[s:at].split(" ", ADVERBS_AFTER_CUE + 1)[: ADVERBS_AFTER_CUE + 1]
    k = 0
    while k < len(words) - 1 and _adverb(table, words[k].lower()):
        k += 1
    low = words[k].lower() if words else ""
    links = {*table.particles, *table.determiners, *table.prepositions, *table.openers, *table.pronouns}
    return k > 0 and low not in links and words[k][:1].islower()


def _past_adverbs(table: LatinTable, text: str, s: int, at: int) -> int:
    """Where the sentence from ``s`` goes on past an adverb or two of the table opening it, no comma after them."""
    for _ in range(ADVERBS_AFTER_CUE):
        word = text[s:at].split(" ", 1)[0]
        if not word or not _adverb(table, word.lower()) or s + len(word) >= at:
            break
        s += len(word) + 1
    return s


def _first_verb(table: LatinTable, text: str, lo: int, hi: int) -> int:
    """Where only names are capitalised, where the phrase opening ``text[lo:hi]`` ends before the first predicate's
    verb: at the first lower-case word after its noun that no particle, article or preposition leads into a
    complement ("El alcalde | ha defendido", "La consejera de Sanidad | visitó", "Le maire | a salué"); ``hi``
    where nouns are capitalised (German: the verb is read as no part of the phrase) or no such word comes."""
    if table.capitalised_nouns:
        return hi
    links = {*table.particles, *table.determiners, *table.prepositions}
    pos, linked, k = lo, True, 0
    for word in text[lo:hi].split(" "):
        low = word.lower()
        if word and k and not linked and word[:1].islower() and low not in links:
            return pos
        linked = low in links or k == 0 and low in table.determiners
        k += bool(word)
        pos += len(word) + 1
    return hi


def second_clause_subject(table: LatinTable, text: str, s: int, verb: int, who: Who | None) -> Who | None:
    """ "El Gobierno aprobó el decreto y el ministro explicó que …": a phrase read before the verb at ``verb`` whose
    conjunction joins a determiner's noun to the first verb's object is two clauses, not one subject: a new subject
    after "y" opens a clause of its own and speaks ("el ministro"; also where no phrase was read at all, "La empresa
    presentó el plan y el gerente aseguró"). ``who`` when a verb in the plural has the phrase for its subject ("El
    alcalde y la concejala explicaron") or no verb of a clause before stands right before the phrase ("Tras la
    reunión, el alcalde y …", "Esta mañana el alcalde y …")."""
    coordinators = PREDICATE_COORDINATORS.get(table.language)
    plural = text[verb:].split(" ", 1)[0].lower().endswith(PLURAL_VERB_ENDINGS.get(table.language, ()))
    if not coordinators or plural:
        return who
    lo = s if who is None else who.start
    at = _new_subject_at(table, coordinators, text, lo, verb)
    before = text[s:lo].split() if who is not None else text[s:at].split()[1:]
    if at < 0 or not _verb_before(table, before, last_only=who is not None):
        return who
    second = read_subject(table, text, at, verb)
    return second if second is not None else who


def _new_subject_at(table: LatinTable, coordinators: frozenset[str], text: str, lo: int, verb: int) -> int:
    """Where the phrase after the last conjunction and determiner of ``text[lo:verb]`` starts (no comma after it)."""
    words = text[lo:verb].split(" ")
    pos, at = lo, -1
    for word, after in zip(words, [*words[1:], ""], strict=True):
        if word in coordinators and after.lower() in table.determiners:
            at = pos + len(word) + 1
        elif "," in word:
            at = -1
        pos += len(word) + 1
    return at


def _verb_before(table: LatinTable, words: list[str], *, last_only: bool) -> bool:
    """Is the last of ``words`` (or any, ``last_only`` False) a verb: no noun after a determiner or a preposition
    ("Esta mañana", "El jefe de bomberos"), no conjunction?"""
    leads = {*table.determiners, *table.prepositions, *PREDICATE_COORDINATORS.get(table.language, ())}

    def verb_at(k: int) -> bool:
        if k < 1:
            return False
        return words[k].lower() not in leads and words[k - 1].lower() not in leads and _verb_word(table, words[k])

    if last_only:
        return verb_at(len(words) - 1)
    return any(verb_at(k) for k in range(len(words)))


def _verb_word(table: LatinTable, word: str) -> bool:
    """Is ``word`` a lower-case word no link, pronoun nor adverb of the table: a verb?"""
    links = {*table.particles, *table.determiners, *table.prepositions, *table.openers, *table.pronouns}
    low = word.lower()
    if low in LATIN_WEEKDAYS or low in MONTHS:
        return False  # "El martes el alcalde y …" (a time)
    return word.isalpha() and word[:1].islower() and low not in links and not _adverb(table, low)
