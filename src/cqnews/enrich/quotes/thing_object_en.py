"""Whether the words after a cue whose plain object is a thing ("claimed victory", "denied any wrongdoing", "posted a
photo", lexicon.quote_patterns.EN_THING_OBJECT_CUES) are a reported clause: a subject and its finite verb ("claimed
the label had …", "denied he was …", "claimed fraud was rife"), or for "deny" a gerund with its object ("denied
being unfair"). A noun phrase with no verb of its own is the thing claimed, denied or posted, not words."""

from __future__ import annotations

import re

from ...lexicon import quote_patterns as P
from ...lexicon.en import (
    ADVERBIAL_PREPOSITIONS,
    COORDINATORS,
    COUNT_WORDS,
    FINITE_WORDS,
    MODIFIER_DETERMINERS,
    PREPOSITIONS,
)
from ...lexicon.reporting_en import IRREGULAR_PAST
from .words_en import contracted, finite_after, opens_clause, s_form

__all__ = ["thing_object_clause"]


def thing_object_clause(words: list[re.Match[str]], word: str) -> bool:
    """Do ``words`` (the first read where the clause would start, after the cue ``word``) open a report rather
    than the cue's plain object? After a determiner, a pronoun or a name any finite verb will do ("the label
    thought", "its deals have saved"); after a bare noun in lower case only an auxiliary or an irregular past before
    a word that closes a subject ("fraud was rife", not "victory surrounded by" nor "victory with all votes
    counted")."""
    if not words:
        return False
    if word in P.EN_GERUND_OBJECT_CUES and _gerund_with_object(words):
        return True
    if words[0].group() in P.EN_QUESTION_WORDS:
        return True  # "tweeted why no one should be surprised"
    text, lo = words[0].string, words[0].start()
    bare = not opens_clause(words[0].group())
    aside_end = -1
    for k, m in enumerate(words[1 : _SUBJECT_REACH + 1], 1):
        if m.start() < aside_end:
            continue
        if m.group() in _RELATIVES and text[m.start() - 2 : m.start()] == ", ":
            # "the commission, which is appointed …, rigged": read on past the relative clause's closing comma
            aside_end = text.find(",", m.end(), m.end() + _ASIDE_CHARS)
            if aside_end < 0:
                return False
            continue
        after_aside = aside_end >= 0 and not text[aside_end + 1 : m.start()].strip()
        if _verb_at(words, k, bare and not after_aside):
            after_joiner = words[k - 1].group() in COORDINATORS  # "denied any wrongdoing and has blasted …": own verb
            return not after_joiner and _unbroken(text, lo, m.start())
        if m.group().lower() in _CLAUSE_LEADS or bare and m.group().lower() in _NOT_IN_SUBJECT:
            return False  # ("claimed the lives of nine people as gunmen stormed …")
    return False


# How many words a subject may have before its verb ("claims its new prices and loyalty deals have saved …",
# "tweeted the union's refusal to back the deal in the end is …").
_SUBJECT_REACH = 12
# A relative clause set off by commas inside the subject: its verbs are no verb of the report; read past its comma.
_RELATIVES = frozenset("which who whose".split())
_ASIDE_CHARS = 120
# Subordinators: a clause of their own opens after the object, no subject of the cue's report goes on past them.
_CLAUSE_LEADS = frozenset("as when while because although though after before since until unless whereas".split())
# Words that close the subject of a bare noun before any verb ("victory with …", "victory for …").
_NOT_IN_SUBJECT = frozenset("with to for by from as at if whether that which who".split())


def _verb_at(words: list[re.Match[str]], k: int, bare: bool) -> bool:
    """Is ``words[k]`` the finite verb of a subject: after a determiner, a pronoun or a name any finite form; after a
    ``bare`` noun in lower case only an auxiliary, an irregular past or a present right after a plural ("teachers
    earn"); never a participle with its agent ("a video filmed by fans")?"""
    m = words[k]
    verb = _auxiliary_verb(m) or _bare_present(words, k) if bare else _clause_verb(m) or _present_verb(words, k)
    return verb and not _passive_participle(words, k)


def _passive_participle(words: list[re.Match[str]], k: int) -> bool:
    """Is ``words[k]``, a form in -ed, a participle with its agent after it ("a video filmed by supporters")?"""
    w = words[k].group()
    return w.endswith("ed") and w not in FINITE_WORDS and k + 1 < len(words) and words[k + 1].group() == "by"


def _unbroken(text: str, lo: int, verb: int) -> bool:
    """Does no comma stand between the subject's first word at ``lo`` and its verb at ``verb``, but for two around an
    aside in the subject, the verb right after the second ("claim Mr Ochieng, the party's treasurer, knew …", "claimed
    the money, about $2 million, had been …")?"""
    between = text[lo:verb]
    return "," not in between or between.count(",") == 2 and between.rstrip().endswith(",")


def _clause_verb(m: re.Match[str]) -> bool:
    """Is ``m`` a finite verb after a subject: an auxiliary, a past in -ed, an irregular past ("the label thought"),
    or an auxiliary contracted onto a pronoun ("he’d")?"""
    return finite_after(m) or m.group() in IRREGULAR_PAST or contracted(m)


def _present_verb(words: list[re.Match[str]], k: int) -> bool:
    """Is ``words[k]`` a present in -s after a noun or a pronoun ("the drug works", "it breaks"), not a plural noun
    after a determiner, a count or a preposition ("the lives of", "three seasons", "of votes")?"""
    w, before = words[k].group(), words[k - 1].group().lower()
    if not (w.islower() and len(w) > 3 and s_form(w)):
        return False
    return not (before in _NOT_BEFORE_VERB or before.isdigit())


_NOT_BEFORE_VERB = (
    MODIFIER_DETERMINERS
    | COUNT_WORDS
    | PREPOSITIONS
    | COORDINATORS
    | frozenset("of this that these those our my your all no every each both several few".split())
)


def _bare_present(words: list[re.Match[str]], k: int) -> bool:
    """Is ``words[k]`` a present verb right after a bare plural noun that opens the words ("teachers earn more",
    "police beat him"), not a preposition, an adverb or a participle after the noun ("damages of", "seats
    totalling")?"""
    if k != 1:
        return False
    noun, w = words[0].group(), words[1].group()
    plural = noun.islower() and (
        noun in _PLURALS_WITHOUT_S or len(noun) > 3 and s_form(noun)
    )
    if not (plural and w.islower() and len(w) > 2) or w.endswith(("ing", "ly", "s")):
        return False
    return (
        w not in _NOT_BEFORE_VERB
        and w not in _NOT_IN_SUBJECT
        and w not in _CLAUSE_LEADS
        and w not in ADVERBIAL_PREPOSITIONS
    )


_PLURALS_WITHOUT_S = frozenset("police people children men women staff".split())


def _auxiliary_verb(m: re.Match[str]) -> bool:
    """Is ``m`` an auxiliary, modal or copula or an irregular past ("was", "will", "cost"): a finite verb even
    after a bare noun, where a form in -ed may be a participle ("victory surrounded by")?"""
    return m.group() in FINITE_WORDS or m.group() in IRREGULAR_PAST


def _gerund_with_object(words: list[re.Match[str]]) -> bool:
    """Is the first word a gerund with its object or complement right after it ("being unfair", "doing anything
    wrong", "having an affair"), not a noun in -ing ("wrongdoing.", "wrongdoing in the case")?"""
    if words and words[0].group() in _GERUND_ADVERBS:
        words = words[1:]  # "denied ever meeting him"
    if len(words) < 2:
        return False
    first, nxt = words[0].group(), words[1].group()
    if not (first.islower() and first.endswith("ing") and len(first) > 4):
        return False
    joined = not words[0].string[words[0].end() : words[1].start()].strip()
    return joined and nxt.islower() and nxt not in _NOUN_FOLLOWERS


_GERUND_ADVERBS = frozenset("ever never once".split())
# Words that follow a noun in -ing rather than a gerund's object ("wrongdoing in the case", "wrongdoing and abuse").
_NOUN_FOLLOWERS = frozenset("in of at on over by during from with and or but since after before for".split())
