"""A description that only points back ("« … », souligne l'élu", "ha detto il primo cittadino", "explicó la edil",
"lâche le quinquagénaire"): no role to show alone, but someone the article named before, of the sex its article
or noun tells. It is read as a pronoun of that sex with the description for its words, so it stands for the person
named last in its block (:func:`.latin_names.named_antecedent`) or, past the block, for the person the prose named
last or the last speaker of that sex; nobody found, the description stays the role. The words are the table's
(:data:`...lexicon.descriptions_latin.EPITHETS`, an age made a noun: ``AGE_NOUN_RES``)."""

from __future__ import annotations

from ...lexicon.descriptions_latin import AGE_NOUN_RES, ANAPHORIC_ARTICLES, EPITHETS
from ...lexicon.quotes_latin import LatinTable
from ..speakers.phrases import Who
from .latin_elision import joined


def epithet(table: LatinTable, words: list[tuple[str, int]], at: int) -> Who | None:
    """``words`` as a pronoun when they are a definite article and an age made a noun or an epithet, nothing else
    ("l'élu", "il primo cittadino", "el sexagenario"); None otherwise (the indefinite "un élu" is someone new;
    "l'élu local" says more than it points back)."""
    articles = ANAPHORIC_ARTICLES.get(table.language, {})
    if len(words) < _ARTICLE_AND_NOUN or words[0][0].lower() not in articles:
        return None
    noun = " ".join(w for w, _ in words[1:])
    epithets = EPITHETS.get(table.language, {})
    age = AGE_NOUN_RES.get(table.language)
    if noun.lower() in epithets:
        sex = articles[words[0][0].lower()] or epithets[noun.lower()]
    elif age is not None and len(words) == _ARTICLE_AND_NOUN and age.fullmatch(noun):
        sex = articles[words[0][0].lower()]
    else:
        return None
    return Who(joined(words), "pronoun", start=at, gender=sex)


_ARTICLE_AND_NOUN = 2
