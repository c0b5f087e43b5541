"""The speaker phrase that ends right before a verb of saying in the Latin-script languages read from a table: a
name, a pronoun or a description ("Le président Emmanuel Macron a déclaré", "Anna Berg (CDU) sagte"), a name set
off by commas after its office ("Le ministre de l'Intérieur, Gérald Darmanin, a déclaré"), past an aside in
parentheses, the adverbs and negations before the verb and an object pronoun standing for what is said.

:mod:`.latin_subject` finds the clause's subject with it wherever the language puts that subject.
"""

from __future__ import annotations

from ...lexicon.genitives_latin import OWNER_GENITIVE_S_LANGUAGES
from ...lexicon.german_phrases_latin import GERMAN_NOUNED_ADJECTIVE_ENDINGS
from ...lexicon.kin_latin import KIN_NOUNS
from ...lexicon.quotes_latin import (
    GERMAN_AGENT_ENDINGS,
    GERMAN_GENITIVE_ONLY_ARTICLES,
    GERMAN_QUANTIFIERS,
    LatinTable,
)
from ..speakers.given_names import given_name_gender
from ..speakers.phrases import Who
from .latin_apposed import name_then_apposition
from .latin_attributive import attributive_subject
from .latin_body import body_and_adjective
from .latin_described_names import complement_before
from .latin_elision import article_apart, elision, joined
from .latin_medium import quoted_medium
from .latin_phrases import bare_office_complement, description, person
from .latin_titles import (
    QUOTE_CLOSERS,
    complement_after_office,
    elided_particle_name,
    is_title,
    name_word,
    office_adjective,
    quoted_name_lead,
)
from .latin_words import DESCRIPTION_WORDS, NAME_WORDS, TOKEN_RE


def subject_before(table: LatinTable, text: str, lo: int, hi: int) -> Who | None:
    """The speaker phrase that ends ``text[lo:hi]`` ("Anna Berg" of "Am Montag sagte … / Anna Berg sagte"), a
    short aside in parentheses after it left out ("Anna Berg (CDU) sagte", "Anna Berg (45) sagt")."""
    hi = _before_aside(text, lo, hi)
    if not table.subject_first:
        hi = _before_adverbs(table, text, lo, hi)
    # "Le « Parisien » a affirmé": the newspaper
    return quoted_medium(table, text, lo, hi) or _phrase_before(table, text, lo, hi)


def _phrase_before(table: LatinTable, text: str, lo: int, hi: int) -> Who | None:
    """The speaker phrase (a name, a pronoun, a description) that ends ``text[lo:hi]``."""
    words = [(m.group(), m.start()) for m in TOKEN_RE.finditer(text, lo, hi)]
    if words and words[-1][0] == ",":  # ("Jean Dupont, éleveur à Guéret, raconte" / "Le ministre, Paul Roy, a dit")
        return name_then_apposition(table, text, lo, hi) or _apposed_before(table, words[:-1])
    if not words or not words[-1][0][0].isalnum():
        return None
    words = _before_party(table, words)  # "Juan Pérez del PSOE dijo": the name ends before its party
    last = words[-1][0]
    if last.lower() in table.pronouns:
        return Who(last, "pronoun", start=words[-1][1], gender=table.pronouns[last.lower()])
    k = len(words)
    while k > 0 and _name_word_at(table, words, k - 1) and len(words) - k < NAME_WORDS:
        k -= 1
    opener = k < len(words) and (words[k][0].lower() in table.openers or words[k][0].lower() in table.sources_before)
    k += opener  # "Dennoch sagte …", "Wie Anna Berg sagt:", "Según explicó …": a sentence's opening word is no name
    inside = not opener and k > 0 and words[k - 1][0][0].isalnum() and words[k - 1][0].lower() not in table.determiners
    if table.subject_first and inside:  # "…, die von einem ruhigen Vormittag berichtete": a noun inside the clause,
        return attributive_subject(table, words, k)  # not its subject (but "Der erfahrene Landwirt berichtet, …")
    if k > 0 and words[k - 1][0].lower() in table.determiners:
        k = _genitive_head(table, words, k)  # "Ein Sprecher des Ministeriums sagte": the noun the genitive completes
        # (an article with nothing after it, "L'ha detto", names no one)
        return description(table, words[k - 1 :], words[k - 1][1]) if k < len(words) else None
    if k < len(words) - 1 and _opens_described_name(table, words[k:]):  # (also "Die Ministerin" with no name)
        return description(table, words[k:], words[k][1])  # "Die Ministerin Anna Berg sagte": no name "Die …"
    if k < len(words):
        named = _slavic_complement_before(table, words, k) or _quoted_body_before(table, text, words, k)
        named = named or complement_before(table, words, k)
        owner = _office_owning(table, words, k) if named is None else None
        if owner is not None:  # "El portavoz del PSOE afirmó": the office speaks, not the body it belongs to
            return description(table, words[owner:], words[owner][1])
        return named or _run_before(table, words, k)
    return None if table.capitalised_nouns else _description_before(table, words) or body_and_adjective(table, words)


def _before_party(table: LatinTable, words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """``words`` without a party or a club in capitals after a name and a particle or two ending them ("Juan Pérez
    del PSOE", "Paul Roy de la CGT", "Jan Jansen van PSV", "Kees de Jong van de VVD"): a name holds no acronym
    (before, the name "Juan Pérez del PSOE"); unchanged otherwise, and after an office or an article ("Der Sprecher der
    SPD", "El Portavoz del PSOE")."""
    last = words[-1][0]
    if len(words) < _NAME_AND_PARTY or not (len(last) > 1 and last.isalpha() and last.isupper()):
        return words
    links = table.particles | table.determiners
    p = len(words) - 1
    while p > len(words) - 1 - _PARTY_LINKS and p > 1 and words[p - 1][0] in links:
        p -= 1
    first, before = words[p][0].lower(), words[p - 1][0]
    linked = first in table.particles and first not in table.determiners  # ("von der", not "Der Sprecher der SPD")
    named = p < len(words) - 1 and before[:1].isupper() and before.isalpha() and not is_title(table, before)
    return words[:p] if named and linked else words


_NAME_AND_PARTY = 3  # a name word, a particle and the acronym
_PARTY_LINKS = 2  # particles and articles between a name and its party ("de la", "van de", "von der")


def _name_word_at(table: LatinTable, words: list[tuple[str, int]], i: int) -> bool:
    """May ``words[i]`` be part of a name: a name word, or an elided "d'" before a capitalised name after one
    ("Charles d'Armont", "Valéry Giscard d'Estaing"; not "le directeur d'Airbus")?"""
    if name_word(table, words[i][0]):
        return True
    return i > 0 and elided_particle_name(table, words[i][0]) and words[i - 1][0][:1].isupper()


def _slavic_complement_before(table: LatinTable, words: list[tuple[str, int]], k: int) -> Who | None:
    """The name after an office word and its complement in a Slavic table, before the verb ("Посол России Иван
    Петров заявил", "W piątek burmistrz Gdańska Jan Nowak powiedział"): the office and its complement the role; before,
    the complement opened the name ("России Иван Петров")."""
    o = k - 1 if k > 0 and is_title(table, words[k - 1][0]) else k  # (capitalised opening the sentence, in the run)
    if not is_title(table, words[o][0]):
        return None
    place = complement_after_office(table, words, o + 1)
    if not place or o + 1 + place >= len(words):
        return None
    return person(table, words[o + 1 + place :], words[o][1], role_prefix=joined(words[o : o + 1 + place]))


def _quoted_body_before(table: LatinTable, text: str, words: list[tuple[str, int]], k: int) -> Who | None:
    """The name after an office and a body named in quote marks, before the verb ("Директор ООО «Ромашка» Иван
    Сидоров сказал, что …", "директор компании «Ромашка» …"): the office and the body the role (before, no role)."""
    if k < _OFFICE_BODY_MARKS or words[k - 1][0] not in _CLOSERS:
        return None
    opening = next((j for j in range(k - 2, max(0, k - 2 - _QUOTED_BODY_WORDS), -1) if words[j][0] in QUOTE_CLOSERS), 0)
    if opening < 2 or not quoted_name_lead(table.language, words[opening - 1][0]):
        return None
    office = words[opening - 2]
    if not is_title(table, office[0]):
        return None
    return person(table, words[k:], office[1], role_prefix=text[office[1] : words[k - 1][1] + 1])


_OFFICE_BODY_MARKS = 5  # an office, the body's word, its name between two marks
_QUOTED_BODY_WORDS = 3  # words of the body's name between its marks
_CLOSERS = frozenset("".join(QUOTE_CLOSERS.values()))


def _genitive_head(table: LatinTable, words: list[tuple[str, int]], k: int) -> int:
    """Where an article of the genitive only (German "des", "eines") opens the phrase from ``k - 1`` and an article
    and an office stand right before it ("Ein Sprecher des Ministeriums", "Der Leiter eines Vereins"), ``k`` moved
    back to that office (the phrase then opens with its article); else ``k`` (a body's genitive is read otherwise:
    "Das Umweltamt des Landkreises")."""
    if not table.capitalised_nouns or words[k - 1][0].lower() not in GERMAN_GENITIVE_ONLY_ARTICLES or k < _HEAD_WORDS:
        return k
    article, noun = words[k - 3][0], words[k - 2][0]
    opens = k == _HEAD_WORDS or not words[k - 4][0][0].isalnum()
    if article.lower() in table.determiners and noun[:1].isupper() and _describes(table, noun) and opens:
        return k - 2
    return k


_HEAD_WORDS = 3  # an article, its noun and the genitive's article


def _office_owning(table: LatinTable, words: list[tuple[str, int]], k: int) -> int | None:
    """Where only names are capitalised, does the run of name words at ``k`` complete an office written in lower
    case before it ("el portavoz del PSOE", "il presidente della Regione", "le ministre de la Santé"), one or two
    particles or articles between? The start of the office's phrase (its article included); None otherwise."""
    if table.capitalised_nouns:
        return None
    links = {*table.particles, *table.determiners}
    run = k
    while run < len(words) - 1 and words[run][0].lower() in links:
        run += 1  # (a particle may open the run: "del" in "Luis del Río")
    o = k
    while o > 0 and words[o - 1][0].lower() in links:
        o -= 1
    if not 0 < run - o <= _LINKS or o == 0 or not words[o - 1][0].islower():
        return None
    head = o - 1
    if not _describes(table, words[head][0]) and head > 0 and office_adjective(table, words[head][0]):
        head -= 1  # (an adjective of the office: "le délégué syndical de la CGT")
    if not _describes(table, words[head][0]):
        return None
    while head > 0 and words[head - 1][0].islower() and is_title(table, words[head - 1][0]) and o - head < _LINKS:
        head -= 1  # (the office word a second qualifies: "le secrétaire général de la CGT", "el director general")
    return head - (head > 0 and words[head - 1][0].lower() in table.determiners)


_LINKS = 2  # particles and articles between an office and its complement ("de la", "della", "del")


def _before_adverbs(table: LatinTable, text: str, lo: int, hi: int) -> int:
    """Where ``text[lo:hi]`` ends in an adverb or a negation before its verb ("El Gobierno no ha confirmado que …",
    "La alcaldesa ya ha explicado que …", "Il sindaco non ha detto che …"), the end of what stands before them; else
    ``hi``. At most :data:`_ADVERBS_BEFORE_VERB` words, and first an object pronoun standing for what is said, right
    before the verb ("Le maire l'assure : …", "La directrice le dit : …", "Il sindaco lo ha detto: …")."""
    hi = _before_object_pronoun(table, text, lo, hi)
    for _ in range(_ADVERBS_BEFORE_VERB):
        end = len(text[lo:hi].rstrip()) + lo
        space = text.rfind(" ", lo, end)
        low = text[space + 1 : end].lower()
        if space <= lo or not (low in table.negations or is_adverb(table, low)):
            break
        hi = space
    return hi


def _before_object_pronoun(table: LatinTable, text: str, lo: int, hi: int) -> int:
    """Where ``text[lo:hi]`` ends in an object pronoun right before its verb (one of the table's, or an article's
    word, which before a verb can be no article: "le", "la", "lo", the elided "l'"), the end of what stands before
    it; else ``hi``."""
    end = len(text[lo:hi].rstrip()) + lo
    space = text.rfind(" ", lo, end)
    low = text[space + 1 : end].lower()
    if space <= lo or not (low in table.object_pronouns or low in table.determiners) or low.isdigit():
        return hi
    return space


_ADVERBS_BEFORE_VERB = 2  # "todavía no", "ya no"


def _before_aside(text: str, lo: int, hi: int) -> int:
    """Where ``text[lo:hi]`` ends in a short aside in parentheses (a party, an age: "(CDU)", "(45)", "(PSOE)"),
    the end of what stands before it; else ``hi``."""
    end = len(text[lo:hi].rstrip()) + lo
    if end <= lo or text[end - 1] != ")":
        return hi
    opening = text.rfind("(", lo, end)
    inside = text[opening + 1 : end - 1] if opening > lo else ""
    if not inside.strip() or len(inside.split()) > _ASIDE_WORDS or "(" in inside or text[opening - 1] != " ":
        return hi
    return opening - 1


_ASIDE_WORDS = 3


def _opens_described_name(table: LatinTable, run: list[tuple[str, int]]) -> bool:
    """Does a capitalised run open with an article and an office word before a name ("Die Architektin Anna
    Berg", "El Presidente Pedro Ruiz")? Then it is a description with the name after it, not one name."""
    return (
        len(run) > 1
        and run[0][0].lower() in table.determiners
        and _describes(table, run[1][0])
        and (len(run) == 2 or not is_title(table, run[2][0]))  # ("Die Ministerin sagte": the office alone)
    )


def _describes(table: LatinTable, word: str) -> bool:
    """An office ("el portavoz del PSOE") or a tie to someone ("la madre de Lucas", "de vader van Daan"): a noun
    whose complement names another, so that the phrase describes a person it does not name."""
    return is_title(table, word) or _kin_noun(table, word)


def _kin_noun(table: LatinTable, word: str) -> bool:
    """A noun of kin or another tie to a person ("Mutter", "mère", "genitori", "vader")."""
    return word.lower() in KIN_NOUNS.get(table.language, frozenset())


def _run_before(table: LatinTable, words: list[tuple[str, int]], k: int) -> Who | None:
    """The person named by the run of name words from ``k`` to the end, with the office right before it."""
    described, run = _described_or_run(table, words[k:])
    if described is not None:
        return described
    if not run or len(run) == 1 and run[0][0].lower() in table.object_pronouns:
        return None  # ("Lo ha dicho …:", "Gli ha detto …:": a pronoun before the verb, capitalised, is no name)
    who = person(table, run, run[0][1])
    if who is not None and who.kind == "person" and who.role is None:
        who.role = _office_before(table, words, k)
    return who


def _described_or_run(table: LatinTable, run: list[tuple[str, int]]) -> tuple[Who | None, list[tuple[str, int]]]:
    """The description a capitalised article and a noun of someone make of ``run`` (see :func:`_article_and_agent`)
    and no run; else None and ``run`` past the particles that open it, the words a name is read from."""
    # ("Minister van Financiën zei": the office and its complement, nobody named; before, the name "van Financiën")
    described = _article_and_agent(table, run) or bare_office_complement(table, run)
    if described is not None:
        return described, []
    while run and run[0][0].lower() in table.particles:
        run = run[1:]
    return None, run


def _article_and_agent(table: LatinTable, run: list[tuple[str, int]]) -> Who | None:
    """The description made by a run of exactly a capitalised article and a noun of someone ("Der Angeklagte
    gestand, …": an article opening the sentence and its noun, no name; "der" is a particle of names too)."""
    if table.capitalised_nouns and len(run) == _ARTICLE_AND_NOUN and run[0][0].istitle() and _agent(run[1][0]):
        if run[0][0].lower() in table.determiners:
            return description(table, run, run[0][1])
    if table.capitalised_nouns and len(run) >= _ARTICLE_AND_NOUN and run[0][0].lower() in GERMAN_QUANTIFIERS:
        return description(table, run, run[0][1])  # "Viele Anwohner berichteten, …": no name "Viele Anwohner"
    return None


_ARTICLE_AND_NOUN = 2


def _agent(noun: str) -> bool:
    """A German noun of someone: of an agent ("Bauer", "Kurator") or an adjective made a noun ("Angeklagte",
    "Verletzte", "Betroffene"); not a thing told in the dative ("Der Zeitung sagte Meyer")."""
    return noun.endswith(GERMAN_AGENT_ENDINGS) or noun.endswith(GERMAN_NOUNED_ADJECTIVE_ENDINGS)


def _office_before(table: LatinTable, words: list[tuple[str, int]], k: int) -> str | None:
    """The office written in lower case right before a name that starts at ``k``, with its article ("Le
    président Emmanuel Macron a affirmé" → "Le président"); None when the word before is no office."""
    if k == 0 or not words[k - 1][0].islower() or not is_title(table, words[k - 1][0]):
        return None
    start = k - 1 - (k > 1 and (words[k - 2][0].lower() in table.determiners or _owner_in_s(table, words[k - 2][0])))
    return " ".join(w for w, _ in words[start:k])


def _owner_in_s(table: LatinTable, word: str) -> bool:
    """Swedish, Norwegian, Danish: is ``word`` a name in the genitive "-s" that owns the office after it ("Sveriges
    statsminister Ulf Lindqvist säger att …": before, the role "statsminister"), no given name ("Lars")?"""
    if table.language not in OWNER_GENITIVE_S_LANGUAGES or not word[:1].isupper() or not word.endswith("s"):
        return False
    return not is_title(table, word) and given_name_gender(word) is None


def _description_before(table: LatinTable, words: list[tuple[str, int]]) -> Who | None:
    """ "El presidente ha explicado que …" / "el consejero de Sanidad confirmó": where only names are
    capitalised, a phrase opened by a determiner and holding an office word, ending right before the verb."""
    for d in range(len(words) - 1, max(-1, len(words) - 1 - DESCRIPTION_WORDS), -1):
        word = words[d][0]
        if not word[0].isalnum():
            return None
        if d > 1 and words[d - 1][0].lower() in table.particles and word.lower() in table.determiners:
            continue  # the article of a complement: "de la gendarmerie" of "Le porte-parole de la gendarmerie"
        if word.lower() in table.determiners or (d == 0 and elision(table.determiners, word.lower())):
            phrase = article_apart(table.determiners, words[d:])
            opens = d == 0 or not words[d - 1][0][0].isalnum()  # (not "la investigación" of "Fuentes de la …")
            return description(table, phrase, words[d][1]) if _speaking_phrase(table, phrase, opens) else None
    return None


def _speaking_phrase(table: LatinTable, phrase: list[tuple[str, int]], opens: bool) -> bool:
    """Does a description right before a reporting verb name who speaks: an office word in it ("el consejero de
    Sanidad"), or, opening its clause, a noun of a few words after its article ("los vecinos", "el sindicato")?"""
    if any(is_title(table, w) for w, _ in phrase):
        return True
    if not opens or not all(w[:1].islower() for w, _ in phrase[1:3]):
        return False
    # a noun and its complement a particle opens: "Le capitaine des pompiers", "Un habitant du quartier"
    return len(phrase) <= _BARE_DESCRIPTION_WORDS or _complement_at(table, phrase, 2)


def _complement_at(table: LatinTable, phrase: list[tuple[str, int]], k: int) -> bool:
    """Does a complement open at ``phrase[k]`` with a particle, elided or not ("des pompiers", "de la gendarmerie",
    "d'Ajaccio"), a word after it, the whole phrase of at most :data:`_COMPLEMENTED_WORDS` words?"""
    if len(phrase) <= k + 1 or len(phrase) > _COMPLEMENTED_WORDS:
        return False
    low = phrase[k][0].lower()
    return low in table.particles or elision(table.particles, low) > 0


_BARE_DESCRIPTION_WORDS = 3

# "Le porte-parole de la gendarmerie" (five); "… de la gendarmerie de Rennes" (seven) is more, and read otherwise
_COMPLEMENTED_WORDS = 6


def _apposed_before(table: LatinTable, words: list[tuple[str, int]]) -> Who | None:
    """ "Le ministre de l'Intérieur, Gérald Darmanin, a déclaré": the name set off by commas between its
    description and the verb speaks, the description is its role."""
    k = len(words)
    while k > 0 and _name_word_at(table, words, k - 1) and len(words) - k < NAME_WORDS:
        k -= 1
    described, run = _described_or_run(table, words[k:])
    if described is not None:
        return described
    if len(run) < 2 or k < 2 or words[k - 1][0] != "," or run[0][0].lower() in table.openers:
        return None
    who = person(table, run, run[0][1])
    if who is None or who.kind != "person":
        return None
    start = max((j + 1 for j in range(k - 1) if not words[j][0][0].isalnum()), default=0)
    phrase = words[start : k - 1]
    if who.role is None and phrase and phrase[0][0].lower() in table.determiners:
        who.role = " ".join(w for w, _ in phrase)
    return who


def is_adverb(table: LatinTable, low: str) -> bool:
    """Is the lower-case ``low`` an adverb of the table ("además") or made with its ending ("posteriormente")?"""
    ending = table.adverb_ending
    return low in table.adverbs or bool(ending) and low.endswith(ending) and len(low) > len(ending) + 2
