"""Bodies named in German phrases, read where every noun is capitalised (see :mod:`.latin_phrases`, which reads
the other speaker phrases): the body in the nominative, as the gold writes it ("Statistisches Bundesamt",
"Bundesregierung", "ADAC").
"""

from __future__ import annotations

import re

from ...lexicon.quotes_latin import (
    GERMAN_ACRONYM_RE,
    GERMAN_ADJECTIVE_ENDINGS,
    GERMAN_BODY_GENDERS,
    GERMAN_BODY_NOUN_ENDINGS,
    GERMAN_NOUN_ENDINGS,
    GERMAN_OBLIQUE_ARTICLES,
    GERMAN_UNIT_GENITIVE_ENDINGS,
    LatinTable,
)
from ...lexicon.source_documents_latin import SOURCE_DOCUMENTS
from ..speakers.phrases import Who
from .latin_titles import is_title
from .latin_words import NAME_WORDS, leading_run


def german_body(table: LatinTable, words: list[tuple[str, int]]) -> Who | None:
    """The body a German phrase names, where every noun is capitalised: an adjective and a noun ("laut dem
    Statistischen Bundesamt"), an article and a body's noun ("die Bundesregierung"), or an article and an acronym or a
    foreign name ("laut dem ADAC", "laut des Daily Star"); None for another phrase."""
    return _german_adjective_body(table, words) or _german_body_noun(table, words) or _german_named_body(table, words)


def _german_adjective_body(table: LatinTable, words: list[tuple[str, int]]) -> Who | None:
    """A body named by a capitalised adjective and a noun, in any case ("laut dem Statistischen Bundesamt",
    "nach Angaben des Statistischen Bundesamts", "laut Statistischem Bundesamt"), as the body in the
    nominative ("Statistisches Bundesamt"); None when the noun's gender is not known from its ending."""
    if not table.capitalised_nouns:
        return None
    article = words[0][0].lower() if words[0][0].lower() in GERMAN_OBLIQUE_ARTICLES else ""
    pair = words[1:3] if article else words[:2]
    if len(pair) < 2 or not all(w[:1].isupper() for w, _ in pair):
        return None
    (adjective, at), (noun, _) = pair
    stem = _SCH_ADJECTIVE_RE.match(adjective)
    nominative = noun[:-1] if article == "des" and noun.endswith("s") else noun
    ending = next((e for tail, e in GERMAN_BODY_GENDERS if nominative.lower().endswith(tail)), None)
    if stem is None or ending is None:
        return None
    return Who(f"{stem.group(1)}{ending} {nominative}", "org", start=words[0][1] if article else at)


def _german_body_noun(table: LatinTable, words: list[tuple[str, int]]) -> Who | None:
    """ "die Bundesregierung", "das Innenministerium", "laut dem Landratsamt": an article and one noun that ends
    as a body's name does, as the body without its article (how the gold writes one); not "der Sprecher des
    Ministeriums" (a person of the body)."""
    if not table.capitalised_nouns or len(words) < 2 or words[0][0].lower() not in table.determiners:
        return None
    noun = words[1][0]
    genitive = _genitive_complement(words[2:])
    if not genitive and len(words) > 2 and words[2][0][:1].isupper() or not noun[:1].isupper():
        return None  # (a longer phrase: "die Regierung Scholz", "das Amt Berlin")
    nominative = noun[:-1] if words[0][0].lower() == "des" and noun.endswith("s") else noun
    if not nominative.lower().endswith(GERMAN_BODY_NOUN_ENDINGS) and not _unit_department(table, noun, genitive):
        return None
    return Who(" ".join([nominative, *genitive]), "org", start=words[1][1])


def _unit_department(table: LatinTable, noun: str, genitive: list[str]) -> bool:
    """Does ``noun``, before its ``genitive``, name a department of an administrative unit or of a body ("die
    Sportförderung des Bezirks", "die Pressestelle der Polizei")? Not an office ("der Sprecher des Bezirks", a
    person) nor a document ("die Mitteilung der Stadt", the body's words)."""
    if len(genitive) < 2 or is_title(table, noun) or noun.lower() in SOURCE_DOCUMENTS.get("de", frozenset()):
        return False
    owner = genitive[1].lower()
    return owner.endswith(GERMAN_UNIT_GENITIVE_ENDINGS) or owner.rstrip("s").endswith(GERMAN_BODY_NOUN_ENDINGS)


def _genitive_complement(words: list[tuple[str, int]]) -> list[str]:
    """The genitive that completes a body's noun, as the gold names the body with it: "des Bezirks" in "die
    Sportförderung des Bezirks", "der Stadt Köln" in "die Verwaltung der Stadt Köln" (a genitive article and the
    capitalised words after it); empty where no genitive article opens ``words``."""
    if len(words) < 2 or words[0][0].lower() not in _GENITIVE_ARTICLES:
        return []
    run: list[str] = [words[0][0]]
    for word, _ in words[1 : 1 + _GENITIVE_WORDS]:
        if not word[:1].isupper():
            break
        run.append(word)
    return run if len(run) > 1 else []


def _german_named_body(table: LatinTable, words: list[tuple[str, int]]) -> Who | None:
    """ "laut dem ADAC", "sagte die FDP", "laut des Daily Star", "nach Angaben der New York Times": where every noun
    is capitalised, an article before an acronym, or before a name of capitalised words none of which a German noun,
    adjective or office would be (a foreign name), names a body: the name without its article."""
    if not table.capitalised_nouns or len(words) < 2 or words[0][0].lower() not in table.determiners:
        return None
    run = leading_run(table, words[1:])
    if not run or run[0][0].lower() in table.determiners or len(run) > NAME_WORDS - 1:
        return None
    names = [w for w, _ in run]
    acronym = len(names) == 1 and GERMAN_ACRONYM_RE.fullmatch(names[0]) is not None
    foreign = len(names) >= 2 and not any(_german_word(table, w, last=k == len(names) - 1) for k, w in enumerate(names))
    return Who(" ".join(names), "org", start=run[0][1]) if acronym or foreign else None


def _german_word(table: LatinTable, word: str, *, last: bool) -> bool:
    """Might this capitalised word be a German noun, office or (before the last word) adjective ("Regierung",
    "Ministerin", "Neue Zürcher …", "Kreditvermittler Interhyp")?"""
    low = word.lower()
    return (
        not word.isalpha()
        or is_title(table, word)
        or low.endswith(GERMAN_NOUN_ENDINGS)
        or low.endswith(GERMAN_BODY_NOUN_ENDINGS)
        or not last and low.endswith(GERMAN_ADJECTIVE_ENDINGS)
    )


_GENITIVE_ARTICLES = frozenset({"des", "der"})
_GENITIVE_WORDS = 3  # the genitive's noun and a name of two words at most ("des Bezirks Berlin Mitte")
_SCH_ADJECTIVE_RE = re.compile(r"(\w+sch)(?:e|en|em|er|es)$")  # "Statistischen": stem and case ending


def noun_after_oblique_article(table: LatinTable, who: Who) -> Who | None:
    """ "Aus dem Rathaus hieß es, …", "Aus der Klinik hieß es": after the preposition of an impersonal source, a
    description of an oblique article and one capitalised noun that is no office is the body the words came from,
    named by its noun ("Rathaus"); None for another description ("aus dem Umfeld des Trainers", "von der
    Ministerin")."""
    words = who.mention.split(" ")
    if len(words) != _ARTICLE_AND_NOUN or words[0].lower() not in GERMAN_OBLIQUE_ARTICLES:
        return None
    noun = words[1]
    if not table.capitalised_nouns or not noun[:1].isupper() or not noun[1:].islower() or is_title(table, noun):
        return None
    return Who(noun, "org", start=who.start + len(words[0]) + 1)


_ARTICLE_AND_NOUN = 2
