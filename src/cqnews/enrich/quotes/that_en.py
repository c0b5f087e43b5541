"""The "that" after an English cue: where the cue's own "that" opens the reported clause ("said on Tuesday that
…"), and the ones that are no conjunction of the cue's: a relative ("a case that was …"), a determiner ("rejected
that idea"), a clause of result ("so angry that …"), the "that" of a bare clause or of a participle's phrase
between the cue and it."""

from __future__ import annotations

import re

from ...lexicon import quote_patterns as P
from ...lexicon.en import (
    CLAUSE_OPENERS,
    COUNT_WORDS,
    FINITE_WORDS,
    MODIFIER_DETERMINERS,
    NOT_CLAUSE_START,
    PREPOSITIONS_BEFORE_DEMONSTRATIVE,
    TIME_WORDS,
)
from ...lexicon.punctuation import CLAUSE_BREAK_MARKS, NEGATION_CONTRACTIONS
from ...lexicon.reporting_en import (
    ING_PREPOSITIONS,
    LISTENER_OBJECT_CUES,
    NOT_RESULT_AFTER_SO,
    NOT_SUBJECTS_AFTER_CUE,
    PLURAL_NOUN_CUES,
    RESULT_LEADS,
)
from .listener_en import after_listener
from .report_stops_en import JOINERS
from .text import WORD_RE
from .words_en import has_verb, s_form

THAT_SKIP = 12  # words read after a cue for its "that" (a count of words, not MIN_CLAUSE's characters)


def demonstrative_that(text: str, first: re.Match[str], start: int, end: int) -> bool:
    """Is the "that" right after the cue a determiner, no conjunction: no verb in the words after it up to the
    report's end ("calls that claim into question", "rejected that idea outright")? A clause after "that" has one."""
    if first.group().lower() != "that" or start != first.end():
        return False
    return not has_verb(list(WORD_RE.finditer(text, start, end)))


def after_that(text: str, lo: int, words: list[re.Match[str]], word: str) -> int | None:
    """Where the clause starts after the cue's own "that" (outside a quote), if the cue has one."""
    for k, m in enumerate(words[:THAT_SKIP]):
        joiner = m.group().lower() in JOINERS and not _inside_name(words, k)
        if joiner or m.group() in P.EN_CUES and not _noun_of_medium(words, k):
            return None  # "said she was 15, but later acknowledged that …": that "that" is another verb's
        if m.group().lower() == "that" and "“" not in text[lo : m.start()] and '"' not in text[lo : m.start()]:
            prep = words[k - 1].group().lower() if k > 1 else ""
            if prep in PREPOSITIONS_BEFORE_DEMONSTRATIVE and not has_verb(words[k + 1 :]):
                continue  # "told the court the truth about that night in Bray": a determiner, no conjunction
            nxt = WORD_RE.search(text, m.end(), m.end() + 24)
            if (m is not words[0] or word in PLURAL_NOUN_CUES) and nxt is not None and _relative_verb(text, nxt):
                return None  # "questioned the order in a case that was …": a relative "that", no report
            if k > 1 and _clause_before_that(text, lo, words[:k], word):
                return None  # "said Mr. Lee wants a plan that works": the bare clause's relative "that"
            if _result_lead(words, k):
                return None  # "feel so angry that they …": a clause of result, not what was felt or said
            if k > 0 and _participle_governs(text, words[0], m):
                return None  # "said, referencing the ruling that …": the "that" is in the participle's phrase
            return m.end()
    return None



def _noun_of_medium(words: list[re.Match[str]], k: int) -> bool:
    """Is the cue form ``words[k]`` the noun of an adverbial of the medium, "in" and a determiner before it (one
    modifier between at most: "said in a note to staff that …", "said in an earlier warning that …")? It is no
    verb of a clause of its own, so the "that" after it may be the cue's."""
    for j in (k - 1, k - 2):
        if j > 0 and words[j].group().lower() in MODIFIER_DETERMINERS and words[j - 1].group().lower() == "in":
            return True
    return False


def _participle_governs(text: str, first: re.Match[str], that: re.Match[str]) -> bool:
    """Does a participle in -ing open the words after the cue and run to the "that" with no comma closing it
    ("said, referencing the ruling that legalized …")? The "that" is then within the participle's phrase, not the
    cue's conjunction ("said, speaking to reporters, that …" has the comma)."""
    w = first.group()
    participle = w.endswith("ing") and not w.endswith("thing") and len(w) > 5
    participle = participle and w not in ING_PREPOSITIONS and w not in TIME_WORDS
    return participle and "," not in text[first.end() : that.start()]


def _result_lead(words: list[re.Match[str]], k: int) -> bool:
    """Does "so" or "such" stand before the "that" at ``words[k]`` ("feel so angry that", "said so many people came
    that the hall overflowed", "said the rain fell so hard on Monday that")? That "that" opens a clause of result. Not
    "so far" ("said so far that …"), a time."""
    return any(
        w.group() in RESULT_LEADS and words[j + 1].group().lower() not in NOT_RESULT_AFTER_SO
        for j, w in enumerate(words[:k])
    )


def _inside_name(words: list[re.Match[str]], k: int) -> bool:
    """Is ``words[k]`` a lower-case "and" between two capitalised words, inside a body's name ("in a filing with
    the Securities and Exchange Commission that …"), so no joiner of clauses?"""
    if words[k].group() != "and" or not 0 < k < len(words) - 1:
        return False
    return words[k - 1].group()[:1].isupper() and words[k + 1].group()[:1].isupper()


def _clause_before_that(text: str, lo: int, before: list[re.Match[str]], word: str) -> bool:
    """Does a bare clause (a subject right after a cue that takes no listener, then a finite verb) stand
    between the cue and a "that", so that the "that" is the clause's own ("said the council wants a
    plan that …") and not the cue's ("said on Tuesday that", "said repeatedly that")?"""
    first = before[0].group()
    low = first.lower()
    if word in P.EN_LISTENER_CUES:  # "told reporters he was home that night": a clause after the listener owns it
        return after_listener(text, before) is not None
    if word not in P.EN_CUES or word in P.EN_WEAK_CUES or word in LISTENER_OBJECT_CUES:
        return False
    if low in NOT_SUBJECTS_AFTER_CUE:  # "said this week that", but "said there was no sign that …"
        return not text[lo : before[0].start()].strip() and len(before) > 1 and before[1].group() in FINITE_WORDS
    if text[lo : before[0].start()].strip() or low in NOT_CLAUSE_START or low in TIME_WORDS or low.endswith("ly"):
        return False
    if not (low in CLAUSE_OPENERS or first[:1].isupper()):
        return False
    return has_verb(_before_break(text, before)[1:])


def _before_break(text: str, before: list[re.Match[str]]) -> list[re.Match[str]]:
    """The words of ``before`` up to the first clause break after the first ("said the bridge was safe, despite the
    cracks that …": the clause and its verb stand before the comma, so the "that" after the phrase set off is the
    relative of that phrase's noun, not the cue's)."""
    for k, m in enumerate(before[1:], 1):
        if any(ch in text[before[k - 1].end() : m.start()] for ch in CLAUSE_BREAK_MARKS):
            return before[:k]
    return before


def _relative_verb(text: str, word: re.Match[str]) -> bool:
    r"""Is ``word``, right after "that", a verb (so "that" is a relative pronoun: "a case that was", "shootings
    that didn't", "products that contained DNP")? A negated auxiliary is read as ``\w+`` reads it: "didn", then
    "'t". A past form is a verb only when an object's determiner, name or number follows it: "that armed
    men" is an adjective opening the clause's subject; so is a present form in -s, or before a count or an adverb
    in -ly ("a charity that runs three shelters", "that meets weekly"): "that officers were" opens a subject."""
    w = word.group()
    if w in FINITE_WORDS or (w.endswith("n") and text.startswith(NEGATION_CONTRACTIONS, word.end())):
        return True
    present = s_form(w) and len(w) > 3  # "that runs three shelters"
    if not (w.islower() and (len(w) > 4 and w.endswith("ed") or present)):
        return False
    nxt = WORD_RE.search(text, word.end(), word.end() + 24)
    if nxt is None or text[word.end() : nxt.start()].strip():
        return False
    n = nxt.group()
    object_word = n in MODIFIER_DETERMINERS or n[:1].isupper() or n[:1].isdigit()
    return object_word or present and (n in COUNT_WORDS or n.endswith("ly") and len(n) > 4)  # ("meets weekly")
