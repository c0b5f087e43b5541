"""Speaker phrases in the Latin-script languages read from a table (German, French, Spanish …).

What :mod:`.latin` reads next to a reporting word is a phrase of the shapes a speaker takes in running
prose: a pronoun, a description opened by a determiner ("die Ministerin", "le maire"; with a name after
an office word, the name speaks), or a run of capitalised words whose leading office words ("Innenministerin",
"Dr.") are the role, with particles inside a name ("Ursula von der Leyen", "Luiz Inácio Lula da Silva").
Which words are offices, determiners, particles or openers comes from the table
(:mod:`cqnews.lexicon.quotes_latin`); a capital alone makes no name where every noun has one (German).
"""

from __future__ import annotations

from ...lexicon.genitives_latin import OWNER_GENITIVE_S_LANGUAGES
from ...lexicon.quotes_latin import GERMAN_AGENT_ENDINGS, GERMAN_QUANTIFIERS, GERMAN_SCH_ADJECTIVE_ENDINGS, LatinTable
from ..speakers.given_names import given_name_gender
from ..speakers.phrases import Who, is_place
from .latin_bodies import german_body
from .latin_described_names import (
    named_after_age,
    named_after_noun,
    named_after_office,
    names_body,
    opens_complement,
    party_before_name,
)
from .latin_elision import article_apart, elision, joined
from .latin_epithets import epithet
from .latin_titles import (
    QUOTE_OPENERS,
    complement_after_office,
    compound_office,
    is_title,
    name_after_office,
    quoted_name_lead,
)
from .latin_uncased import uncased_subject
from .latin_words import DESCRIPTION_WORDS, NAME_WORDS, leading_run, phrase_words

# -- phrases -----------------------------------------------------------------------------------------


def person(table: LatinTable, words: list[tuple[str, int]], start: int, role_prefix: str = "") -> Who | None:
    """A name with the office words before it as its role ("Innenministerin Anna Berg"); the office
    alone is a description ("Bürgermeister"). A conjunction opening its sentence is no part of it ("Dass Berg …",
    "Que Martin …")."""
    while words and words[0][0].lower() in table.that:
        words = words[1:]
    if not words:
        return None
    k = _owner_before_office(table, words)
    while k < len(words) - 1 and (is_title(table, words[k][0]) or compound_office(words[k][0])):
        k += 1  # (an office word, or a compound one: "CDA-leider Henri Bos")
    k = _past_office_acronym(words, k) if k or role_prefix else _noun_before_given_name(table, words)
    role = joined(words[:k])
    role = f"{role_prefix} {role}".strip() if role_prefix else role
    name = [w for w, _ in words[k:]]
    while name and name[-1].lower() in table.particles:
        name.pop()
    if len(name) == 1 and not role and name[0].lower() in table.openers:
        return None  # "Darin beklagt …", "Мой девиз: «…»": a sentence's capitalised first word, no name
    # "Prezydent USA": an office and its country, the holder unnamed (a description, as the office alone is)
    if not name or (len(name) == 1 and is_title(table, name[0])) or role and is_place(" ".join(name)):
        mention = joined(words)
        return Who(f"{role_prefix} {mention}".strip(), "desc", role=f"{role_prefix} {mention}".strip(), start=start)
    return Who(" ".join(name), "person", role=role or None, start=start)


def _past_office_acronym(words: list[tuple[str, int]], k: int) -> int:
    """Past an acronym in capitals that ends an office's body or rank, when the name after it is two capitalised
    words or more, none in capitals ("Kepala Dinas PU Budi Santoso", "Kapolsek Cimahi AKP Budi Santoso": the office
    and its body or rank, then the name); ``k`` (the office words read) for another run ("Jean DUPONT")."""
    last = max((j for j in range(k, len(words)) if _acronym(words[j][0])), default=-1)
    after = words[last + 1 :]
    if last < 0 or len(after) < _NAME_AFTER_ACRONYM or not all(_capitalised(w) for w, _ in after):
        return k
    return last + 1


_NAME_AFTER_ACRONYM = 2
_ACRONYM_LETTERS = 6


def _acronym(word: str) -> bool:
    """A word of two to six capital letters ("PU", "AKP", "DPRD")."""
    return 2 <= len(word) <= _ACRONYM_LETTERS and word.isalpha() and word.isupper()


def _capitalised(word: str) -> bool:
    """A word with a capital first and not all in capitals."""
    return word[:1].isupper() and not word.isupper()


def _noun_before_given_name(table: LatinTable, words: list[tuple[str, int]]) -> int:
    """1 where, every noun being capitalised, a noun that is no given name opens a run of three words or more
    whose second is a known given name ("Mutter Lisa Kern", "Rentner Hans Kurz": a description of the person,
    as an office is, not part of the name); else 0."""
    if not table.capitalised_nouns or len(words) < _NOUN_NAME_WORDS or words[0][0].lower() in table.particles:
        return 0
    if given_name_gender(words[0][0]):
        return 0
    return 1 if given_name_gender(words[1][0]) or _agent_noun(table, words) else 0


def _agent_noun(table: LatinTable, words: list[tuple[str, int]]) -> bool:
    """Does a German noun of an agent or a trade ("Kämmerer", "Kuratorin") open a run of exactly three words, the two
    after it capitalised, no particle: the person's description before a given name unknown to the tables
    ("Kämmerer Udo Brandt"), as an office is? No adjective in "-sch" ("Bayerischer")."""
    first, rest = words[0][0], [w for w, _ in words[1:]]
    if table.language != "de" or len(words) != _NOUN_NAME_WORDS or not first.endswith(GERMAN_AGENT_ENDINGS):
        return False
    if first.endswith(GERMAN_SCH_ADJECTIVE_ENDINGS) or "-" in first:
        return False
    return all(w[:1].isupper() and w.lower() not in table.particles for w in rest)


_NOUN_NAME_WORDS = 3  # the noun, a given name and a surname


def _owner_before_office(table: LatinTable, words: list[tuple[str, int]]) -> int:
    """1 where a German name's office words open with their owner in the genitive ("Luxemburgs Außenminister Xavier
    Bettel", "Maduros Vizepräsidentin Delcy Rodríguez": the owner is part of the role, not of the name); else 0."""
    if not table.capitalised_nouns or len(words) < _OWNED_OFFICE_WORDS or not words[0][0].endswith("s"):
        return 0
    return 1 if is_title(table, words[1][0]) and not is_title(table, words[0][0]) else 0


_OWNED_OFFICE_WORDS = 4  # owner, office and a name of two words at least


def read_subject(table: LatinTable, text: str, lo: int, hi: int) -> Who | None:
    """The speaker phrase that opens ``text[lo:hi]``: a pronoun, a description or a name."""
    words = phrase_words(table, text, lo, hi)
    if not words or table.uncased:  # (a script with no capitals: read by where its words stand)
        return uncased_subject(table, words)
    apart = article_apart(table.determiners, words)
    named = _determined(table, text, apart, hi) if apart is not words else None
    if named is not None and (named.kind != "desc" or _has_complement(table, apart)):
        return named  # "l'ancien ministre Jean Martin", "l'armée", "l'avocat de la famille" (not "L'élu" alone)
    first, at = words[0]
    low = first.lower()
    if low in table.pronouns:
        return Who(first, "pronoun", start=at, gender=table.pronouns[low])
    body = german_body(table, words)
    if body is not None:
        return body
    if low in table.determiners or _quantified(table, words):
        return _determined(table, text, words, hi)
    # "zei minister Kees de Jonge", "заявил министр иностранных дел Волков", "säger Sveriges statsminister …"
    office = _lower_office(table, words) or _owned_lower_office(table, words)
    if office:
        return _named_after_lower_office(table, text, words, office, hi)
    named = bare_office_complement(table, words)  # "zei minister van Financiën Eelco Heinen"
    if named is not None:
        return named
    if not table.determiners and first.islower() and is_title(table, first):
        return description(table, _to_preposition(table, words[: DESCRIPTION_WORDS + 1]), at)  # "rzecznika rządu"
    if not first[:1].isupper() or low in table.openers or low in table.prepositions or low in table.that:
        return None  # (a preposition or a conjunction opening its sentence, "Tras la denuncia …", "Dass Berg …")
    run = leading_run(table, words)
    return person(table, run[:NAME_WORDS], at) if run else None


def _named_after_lower_office(
    table: LatinTable, text: str, words: list[tuple[str, int]], office: int, hi: int
) -> Who | None:
    """The person named after an office of ``office`` words in lower case with no article, the office the role; a
    place's name in the genitive right after it is the office's complement ("посол России Иван Петров"; with nobody
    named after it, "По словам президента России, …", the office speaks)."""
    at = words[0][1]
    place = complement_after_office(table, words, office)
    office += place
    run = leading_run(table, words[office:])
    if not run and (place or office == len(words)):  # (the office alone: "säger Sveriges statsminister.")
        return description(table, words[:office], at)
    named = _genitive_then_name(table, text, words, office, hi)  # "ministrul Transporturilor, Ion Pop"
    return named or (person(table, run[:NAME_WORDS], at, role_prefix=joined(words[:office])) if run else None)


def bare_office_complement(table: LatinTable, words: list[tuple[str, int]]) -> Who | None:
    """ "zei minister van Financiën Eelco Heinen", "dijo ministra de Sanidad Ana Ruiz": an office word in lower case
    with no article, its complement a particle opens and a name ending the phrase (:func:`named_after_complement`);
    before, the complement's noun opened the name ("Financiën Eelco Heinen"). The office may be capitalised, as it is
    opening a sentence ("Minister van Financiën Jan de Vries zei dat …", "Ministro de Hacienda Carlos Serrano dijo
    …"): read as in lower case, its role as written. Inside a clause the name ends at the first lower-case word
    ("Volgens minister van Financiën Jan de Vries is de begroting op orde.")."""
    if not table.determiners or len(words) < _OFFICE_AND_COMPLEMENT:
        return None
    if table.capitalised_nouns and not words[0][0].islower():  # (German: every noun so written)
        return None
    if not is_title(table, words[0][0]) or words[1][0] not in table.particles or not words[2][0][:1].isupper():
        return None
    run = leading_run(table, words[2:])
    while run and run[-1][0].lower() in table.particles:
        run.pop()  # (a particle left last opens the clause after: "Según ministra de Sanidad Ana Ruiz la situación …")
    named = named_after_office(table, words[: 2 + len(run)], words[0][1])  # (the name ends at a lower-case word)
    if named is not None and named.kind == "person":
        return named
    # "zei minister van Financiën.", "Volgens minister van Financiën is …": the office and complement, nobody named
    if run and len(run) <= _COMPLEMENT_WORDS and given_name_gender(run[0][0]) is None:
        office = joined(words[: 2 + len(run)])
        return Who(office, "desc", role=office, start=words[0][1])
    return None


_OFFICE_AND_COMPLEMENT = 3  # an office, a particle and a noun
_COMPLEMENT_WORDS = 2  # capitalised words of a complement ending the phrase ("Buitenlandse Zaken", "Den Haag")


def _genitive_then_name(table: LatinTable, text: str, words: list[tuple[str, int]], office: int, hi: int) -> Who | None:
    """ "a declarat ministrul Transporturilor, Ion Pop.": an office in lower case, one capitalised word after it (the
    office's complement, a genitive with no preposition) and a comma, then a name of two words or more ending the
    phrase: the name speaks, the office and its complement are the role (before, the complement was the speaker).
    Not where every noun is capitalised (German), nor for a complement of several words or a name of one."""
    if table.capitalised_nouns or len(words) != office + 1 or not words[office][0][:1].isupper():
        return None
    complement, at = words[office]
    comma = at + len(complement)
    if text[comma : comma + 2] != ", ":
        return None
    after = phrase_words(table, text, comma + 2, hi)
    name = leading_run(table, after)
    if len(name) < _NAME_AFTER_COMPLEMENT or len(name) != len(after) or len(name) > NAME_WORDS:
        return None
    role = f"{joined(words[:office])} {complement}"
    who = person(table, name, words[0][1], role_prefix=role)
    return who if who is not None and who.kind == "person" else None


_NAME_AFTER_COMPLEMENT = 2  # a given name and a surname at least


def _quantified(table: LatinTable, words: list[tuple[str, int]]) -> bool:
    """A German word of quantity and a capitalised noun, nothing or a preposition after it ("sagen viele Anwohner",
    "sagten zwei Mütter aus dem Viertel"), read as "sagen die Anwohner" is; not a time ("zwei Tage später")."""
    if not table.capitalised_nouns or len(words) < _ARTICLE_AND_NOUN or words[0][0].lower() not in GERMAN_QUANTIFIERS:
        return False
    after = words[2][0] if len(words) > _ARTICLE_AND_NOUN else ""
    return words[1][0][:1].isupper() and (not after[:1].islower() or after in table.prepositions)


_ARTICLE_AND_NOUN = 2


def _has_complement(table: LatinTable, apart: list[tuple[str, int]]) -> bool:
    """Does the noun an elided article opens take a complement ("l'avocat de la famille", "l'avvocato della
    vittima", "l'élu d'opposition")? Such a description says who speaks, as "le porte-parole de la mairie" does;
    "L'élu" alone stands for the person named before."""
    if len(apart) < 4:
        return False
    low = apart[2][0].lower()
    return low in table.particles or elision(table.particles, low) > 0


def elided_description(table: LatinTable, text: str, lo: int, hi: int) -> Who | None:
    """The description an elided article opens at ``lo`` ("l'avocat de la famille", "un'esperta di clima"), which
    :func:`read_subject` leaves unread (a subject "L'élu" stands for the person named before); None for another
    phrase. A source word's phrase ("Selon l'avocat de la famille, …") is read so; and a name written with its
    elided article ("Secondo l'Istat, …", "Selon l'Insee, …"): the name."""
    words = phrase_words(table, text, lo, hi)
    apart = article_apart(table.determiners, words)
    if apart is not words:
        return _determined(table, text, apart, hi)
    cut = elision(table.determiners, words[0][0].lower()) if words else 0
    if not cut or not words[0][0][cut:][:1].isupper():
        return None
    run = leading_run(table, [(words[0][0][cut:], words[0][1] + cut), *words[1:]])
    # (the whole phrase: not "Agenzia" of "l'Agenzia delle Entrate", whose particle no name table holds)
    return person(table, run, run[0][1]) if run and len(run) == len(words) <= NAME_WORDS else None


def _determined(table: LatinTable, text: str, words: list[tuple[str, int]], hi: int) -> Who:
    """The phrase an article opens: a name after its office or set off by commas, else a description."""
    head = words[: DESCRIPTION_WORDS + 1]
    phrase = _to_preposition(table, head)
    named = _complement_then_name(table, head, len(phrase)) if len(phrase) < len(head) else None
    if named is not None:
        return named  # "l'assessore al Bilancio Luca Neri": the preposition opened the office's complement
    apposed = _apposed_name(table, text, phrase, hi) or _apposed_past_complement(table, text, words, phrase, hi)
    return apposed or description(table, phrase, words[0][1])


def _complement_then_name(table: LatinTable, words: list[tuple[str, int]], cut: int) -> Who | None:
    """The person named after an office whose complement a preposition opens at ``cut`` ("l'assessore al Bilancio
    Luca Neri", "l'adjoint aux Sports Jean Martin", or an office it serves: "l'adjointe au maire Nathalie Roux"):
    :func:`named_after_complement` on the words up to the end of the capitalised run after the preposition (or after
    that office); None when no name follows (a listener: "il sindaco al Corriere")."""
    run = leading_run(table, words[cut + 1 :])
    if not run and cut + 2 < len(words) and words[cut + 1][0].islower() and is_title(table, words[cut + 1][0]):
        run = leading_run(table, words[cut + 2 :])  # "l'adjointe au maire Nathalie Roux": the office it serves
        return named_after_office(table, words[: cut + 2 + len(run)], words[0][1]) if run else None
    return named_after_office(table, words[: cut + 1 + len(run)], words[0][1]) if run else None


def _lower_office(table: LatinTable, words: list[tuple[str, int]]) -> int:
    """How many words an office written in lower case takes before a name, with no article (Dutch "minister
    Kees de Jonge", Russian "министр иностранных дел Сергей Волков"); 0 when the words open no such office.
    Where only names are capitalised, the first capital after the office opens the name."""
    if table.capitalised_nouns or len(words) < 2 or not words[0][0].islower() or not is_title(table, words[0][0]):
        return 0
    for k in range(1, min(len(words), _OFFICE_WORDS + 1)):
        word = words[k][0]
        if word[:1].isupper():  # (not the complement a particle opens: "l'assessore ai Lavori pubblici")
            return 0 if k > 1 and opens_complement(table, words[k - 1][0]) else k
        if word[:1] in QUOTE_OPENERS and quoted_name_lead(table.language, words[k - 1][0]):
            return k  # (a body's name in quote marks, read as the office's complement: "директор компании «Ромашка»")
        if not word.islower() or word in table.prepositions and k == 1:
            return 0
    return 0


_OFFICE_WORDS = 4  # words of an office before the name ("министр иностранных дел")


def _owned_lower_office(table: LatinTable, words: list[tuple[str, int]]) -> int:
    """Where a name in the genitive "-s" opens an office in lower case (Swedish, Norwegian, Danish: "Sveriges
    statsminister Ulf Lindqvist"), the words the owner and the office take; else 0. Before, the owner was read
    as the speaker ("Sveriges")."""
    first = words[0][0]
    if table.language not in OWNER_GENITIVE_S_LANGUAGES or not first[:1].isupper() or not first.endswith("s"):
        return 0
    if len(words) == _OWNER_AND_OFFICE and words[1][0].islower() and is_title(table, words[1][0]):
        return _OWNER_AND_OFFICE  # "säger Sveriges statsminister.": the office, nobody named
    office = _lower_office(table, words[1:])
    return office + 1 if office else 0


_OWNER_AND_OFFICE = 2


def _apposed_name(table: LatinTable, text: str, phrase: list[tuple[str, int]], hi: int) -> Who | None:
    """ "Der Schulleiter der Volksschule, Norbert Salcher, …": the person named after the description."""
    if not phrase:
        return None
    end = phrase[-1][1] + len(phrase[-1][0])
    if text[end : end + 2] != ", ":
        return None
    run = leading_run(table, phrase_words(table, text, end + 2, hi))
    if len(run) < 2 or run[0][0].lower() in table.openers:
        return None
    who = person(table, run[:NAME_WORDS], run[0][1])
    if who is None or who.kind != "person":
        return None
    who.role = joined(phrase)
    return who


def _apposed_past_complement(
    table: LatinTable, text: str, words: list[tuple[str, int]], phrase: list[tuple[str, int]], hi: int
) -> Who | None:
    """ "Der Bürgermeister von Neustadt, Klaus Meyer, sagte": an office whose complement opens with a preposition
    (a place or a body: prepositions, articles and capitalised words only), then the name set off by commas. The
    office and its complement are the role."""
    if not phrase or len(phrase) == len(words) or len(words) > DESCRIPTION_WORDS:
        return None
    if not any(is_title(table, word) for word, _ in phrase):
        return None
    rest = words[len(phrase) :]
    if not all(w[:1].isupper() or w.lower() in table.prepositions or w.lower() in table.determiners for w, _ in rest):
        if table.capitalised_nouns or not all(_complement_word(table, w) for w, _ in rest):
            return None
        return _apposed_name(table, text, words, hi)  # "l'adjointe au maire, Nathalie Roux", "aux sports, …"
    return _apposed_name(table, text, words, hi) if rest[-1][0][:1].isupper() else None


def _complement_word(table: LatinTable, word: str) -> bool:
    """May ``word`` stand in a Romance office's complement before the name set off after it: a capitalised word, a
    preposition, an article or a lower-case noun ("au maire", "aux sports", "alla cultura"), not a relative pronoun,
    a conjunction or a verb (the phrase went on as a clause)?"""
    low = word.lower()
    if word[:1].isupper() or low in table.prepositions or low in table.determiners:
        return True
    clause = low in table.relatives or low in table.relative_subjects or low in table.that or low in table.finite_verbs
    return word.isalpha() and word.islower() and not clause


def _to_preposition(table: LatinTable, words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """``words`` up to the first preposition: what follows it says where or to whom ("zu CORRECTIV"). Where every
    noun is capitalised, also up to a lower-case word right after a noun that no article opens (a genitive, "der
    Sprecher der Polizei", goes on): the phrase ended there and a verb or an adverb follows ("der Feuerwehrsprecher
    weiter", "des Daily Star sagte Reading", "der Experte und erklärt")."""
    cut = next((k for k, (word, _) in enumerate(words) if k and _ends_phrase(table, words, k)), len(words))
    return words[:cut]


def _ends_phrase(table: LatinTable, words: list[tuple[str, int]], k: int) -> bool:
    word = words[k][0]
    if word.lower() in table.prepositions or word in table.finite_verbs:
        return True  # (a verb: "Volgens de politie is de man …", the source's phrase ended before it)
    if not table.capitalised_nouns or not word[:1].islower() or not words[k - 1][0][:1].isupper():
        return False
    # "des Januars und Februars": a joiner between two nouns goes on
    joined = word in table.joiners and k + 1 < len(words) and words[k + 1][0][:1].isupper()
    return not joined and word not in table.determiners and word not in table.particles


def description(table: LatinTable, words: list[tuple[str, int]], at: int) -> Who:
    """ "die Ministerin Anna Berg" (a name after an office word speaks), else "der Sprecher der Polizei"."""
    named = _person_after_office_word(table, words, at)
    named = named or named_after_office(table, words, at) or named_after_noun(table, words, at)
    named = named or named_after_age(table, words)
    if named is not None:
        return named
    phrase = joined(words)
    k = len(words)
    while k > 1 and words[k - 1][0].lower() in table.determiners:
        k -= 1  # an article whose noun the phrase lost ("der Coach der „Nati“"): no part of the role
    named = _article_then_given_name(table, words) or epithet(table, words, at)
    if named is not None:
        return named
    if names_body(table, words[:k]):
        return Who(joined(words[:k]), "org", start=at)
    fresh = words[0][0].lower() in table.indefinites  # "un porte-parole": someone not named before
    return Who(phrase, "desc", role=joined(words[:k]), start=at, fresh=fresh)


def _person_after_office_word(table: LatinTable, words: list[tuple[str, int]], at: int) -> Who | None:
    """The person a name after an office word inside the phrase names, the office and the words before it the role
    ("die Ministerin Anna Berg"; past the office's adjectives: "le député européen Jean Roy"; a party between them is
    the office's: "le député RN Jean Moulin"); None when no office word is followed by a name."""
    for k in range(1, len(words) - 1):
        if j := name_after_office(table, words, k):
            run = leading_run(table, words[j:])
            if run and words[j][0].lower() not in table.determiners:
                prefix = joined(words[:j])
                if party_before_name(run):
                    prefix, run = f"{prefix} {run[0][0]}", run[1:]
                who = person(table, run[:NAME_WORDS], at, role_prefix=prefix)
                if who is not None and who.kind == "person":
                    return who
    return None


def _article_then_given_name(table: LatinTable, words: list[tuple[str, int]]) -> Who | None:
    """A definite article before a person's name, a given name and at least one more capitalised word and nothing
    after them ("disse a Ana Costa", "o João Silva"): the article is no part of the name (Portuguese sets it before
    names). Where nouns are capitalised, or the article is indefinite, None."""
    first = words[0][0].lower()
    if table.capitalised_nouns or first not in table.determiners or first in table.indefinites:
        return None
    run = leading_run(table, words[1:])
    if len(run) < _GIVEN_AND_SURNAME or len(run) != len(words) - 1 or given_name_gender(run[0][0]) is None:
        return None
    return person(table, run[:NAME_WORDS], run[0][1])


_GIVEN_AND_SURNAME = 2


def phrase_end(text: str, who: Who, hi: int) -> int:
    """Where the last word of the mention of ``who`` ends in ``text`` (``hi`` when it is not found before it)."""
    last = who.mention.split(" ")[-1]
    at = text.find(last, who.start, hi)
    return hi if at < 0 else at + len(last)


def after_phrase(text: str, pos: int, hi: int, who: Who) -> int:
    """Where the words after the phrase ``who`` was read from start (past one space)."""
    end = phrase_end(text, who, hi)
    while end < hi and text[end].isalnum():
        end += 1  # the word as written, when the mention gives another form ("des Bundesamts": "Bundesamt")
    return end + 1 if text[end : end + 1] == " " else end


def reaches(text: str, who: Who, end: int) -> bool:
    """Does the phrase ``who`` end the text before ``end`` (nothing but space after it)?"""
    last = who.mention.split(" ")[-1]
    at = text.rfind(last, who.start, end)
    return at >= 0 and not text[at + len(last) : end].strip()
