"""The listener after an English cue ("told reporters the plan …", "told the council on Tuesday it …", "warned
lawmakers the plan …", "asked the council to delay the vote"): where it ends and the report begins."""

from __future__ import annotations

import re

from ...lexicon import quote_patterns as P
from ...lexicon.en import (
    ADVERBIAL_PREPOSITIONS,
    CLAUSE_OPENERS,
    FINITE_WORDS,
    MODIFIER_DETERMINERS,
    NOT_CLAUSE_START,
    TIME_WORDS,
)
from ...lexicon.punctuation import APOSTROPHE_FORMS, CLAUSE_BREAK_MARKS
from ...lexicon.reporting_en import AUDIENCE_MODIFIERS, AUDIENCE_NOUNS, LISTENER_HEADS, PERSON_OBJECT_CUES
from .adverbials_en import adverbial_head, past_adverbial
from .text import WORD_RE
from .words_en import finite_after, has_verb, opens_clause, s_form

__all__ = [
    "after_listener",
    "listener_end",
    "listener_then_infinitive",
    "past_listener",
    "past_time",
    "plural_listener",
]


_REQUEST_LISTENER_WORDS = 4


def listener_then_infinitive(text: str, lo: int, words: list[re.Match[str]]) -> bool:
    """Does a request follow "asked": a listener of a few words, then "to" and a verb ("asked the council
    to delay the vote", "asked residents of the valley to leave"), with no punctuation between? Not "asked
    about plans to …", "asked for time to …" (a preposition opens no listener) nor "asked whether to …"."""
    first = words[0].group().lower()
    if first in NOT_CLAUSE_START or first in P.EN_QUESTION_WORDS or first == "not":
        return False  # ("asked not to be named": no listener, no request reported)
    for k in range(1, min(len(words) - 1, _REQUEST_LISTENER_WORDS + 1)):
        if words[k].group() == "to":
            verb = words[k + 1].group()
            clean = not any(ch in text[lo : words[k].start()] for ch in CLAUSE_BREAK_MARKS)
            return clean and verb.islower() and verb not in _NOT_INFINITIVE
        if words[k].group() in _LISTENER_CLOSERS or words[k].group() in FINITE_WORDS:
            return False  # "asked questions that …", "asked the mayor why …"
    return False


_LISTENER_CLOSERS = frozenset("that which who whom whose if whether why how what when where".split())


# After "to", words that open a phrase, not an infinitive ("asked a neighbour to the door").
_NOT_INFINITIVE = frozenset("the a an his her their its this that my our your".split())


def after_listener(text: str, words: list[re.Match[str]]) -> re.Match[str] | None:
    """Where the clause starts after the listener that "told" needs ("told reporters the …")."""
    skip = _listener_words(text, words)
    skip = _past_place(text, words, past_time(text, words, skip)) if skip else 0
    after = words[skip].group().lower() if skip < len(words) else ""
    demonstrative = after == "this" and skip + 1 < len(words) and words[skip + 1].group() in FINITE_WORDS
    if skip == 0 or not after or (after in NOT_CLAUSE_START and not demonstrative) or after in ADVERBIAL_PREPOSITIONS:
        return None  # "told reporters aboard Air Force One, adding …": where they were told, no clause
    if any(ch in text[words[skip - 1].end() : words[skip].start()] for ch in _LISTENER_STOPS):
        return None  # "…, Lee told reporters; the work …", "…, he told reporters, which …": as after "said", no bare
    # clause follows the cue's punctuation (the clause before the cue is the report)
    # ("told reporters this was the only chance": "this" and a verb open the clause, not a time)
    if not has_verb(words[skip + 1 :]):
        return None  # "told Fox News host Sean Hannity earlier this month.": an object, no clause
    return words[skip]


def _past_place(text: str, words: list[re.Match[str]], skip: int) -> int:
    """Past a short adverbial right after the listener when a clause follows it ("told reporters at a news
    conference the deal …", "told staff during a meeting on Monday the mill …"), as right after "said"."""
    if skip >= len(words) or not adverbial_head(words, skip):
        return skip
    start = past_adverbial(text, words[skip - 1].end(), words[skip:])
    return skip + words[skip:].index(start) if start is not None and start.group() != "to" else skip


_TIME_LEADS = frozenset("on last this".split())
# Punctuation between the listener and the next word: what follows is no bare clause of the cue's.
_LISTENER_STOPS = ",;:(—"


def past_time(text: str, words: list[re.Match[str]], skip: int) -> int:
    """Past a day or time, or the medium, right after the listener when a clause in lower case follows
    it, unbroken ("told reporters Monday the plan …", "told the council on Tuesday it would …", "told
    staff in an email the mill …")."""
    k = skip
    if _medium_at(words, k):
        k += 2  # (at the medium's noun)
    else:
        if k + 1 < len(words) and words[k].group().lower() in _TIME_LEADS:
            k += 1
        if k >= len(words) or words[k].group().lower() not in TIME_WORDS:
            return skip
    if k + 1 >= len(words) or words[k + 1].group() not in CLAUSE_OPENERS:
        return skip
    return skip if any(ch in text[words[skip - 1].end() : words[k + 1].start()] for ch in ",;:(—") else k + 1


def _medium_at(words: list[re.Match[str]], k: int) -> bool:
    """Do "in a/an" and a noun of a medium stand at ``k`` ("in an email", "in a statement")?"""
    return (
        k + 2 < len(words)
        and words[k].group() == "in"
        and words[k + 1].group() in ("a", "an")
        and words[k + 2].group() in P.EN_MEDIUM_NOUNS
    )


def listener_end(text: str, c_end: int, e: int) -> int:
    """Where the listener right after "told" ends ("…, Lee told reporters, which …", "…, he told the Times;
    …"), so that what follows is judged as after "said"; ``c_end`` when none stands there."""
    words = list(WORD_RE.finditer(text, c_end, min(e, c_end + _LISTENER_REACH)))
    if not words or text[c_end : words[0].start()].strip():
        return c_end
    skip = _listener_words(text, words)
    return words[skip - 1].end() if skip else c_end


_LISTENER_REACH = 80


def past_listener(text: str, words: list[re.Match[str]]) -> re.Match[str] | None:
    """Where the clause starts after the listener of a cue that may take one but needs none ("warned
    lawmakers the plan would fail", "promised her staff they would be paid"; "warned the plan would
    fail" has none): a clause opener in lower case right after the listener, with a verb after it."""
    skip = _audience_words(text, words) or _listener_words(text, words)
    if not 0 < skip < len(words) or words[skip].group() not in CLAUSE_OPENERS:
        return None
    if text[words[skip - 1].end() : words[skip].start()].strip() or not has_verb(words[skip + 1 :]):
        return None
    return words[skip]


def plural_listener(text: str, words: list[re.Match[str]], word: str) -> re.Match[str] | None:
    """Where the clause starts after a bare plural noun in lower case that is the listener of a cue whose object is a
    person ("warned travellers the roads would be icy", "assured pensioners their payments were safe"): a
    determiner or a pronoun right after it, one space between, and a verb after that; None otherwise."""
    if word not in PERSON_OBJECT_CUES or len(words) < 3:
        return None
    w, nxt = words[0].group(), words[1].group()
    plural = w.isalpha() and w.islower() and len(w) > 3 and s_form(w)
    if not plural or w in FINITE_WORDS or w in NOT_CLAUSE_START or nxt not in CLAUSE_OPENERS:
        return None
    spaced = text[words[0].end() : words[1].start()] == " "
    return words[1] if spaced and has_verb(words[2:]) else None


_OBJECT_WORDS = frozenset("him her them me us you reporters journalists lawmakers parliament congress".split())


def _listener_words(text: str, words: list[re.Match[str]]) -> int:
    """How many words name the listener after "told": "her", "reporters", "CNN", "the Daily Mail"."""
    first = words[0].group()
    if first.lower() in _OBJECT_WORDS:
        return _audience_head(words, 1) if first == "her" else 1  # "told her audience, a mix of …"
    k = 1 if first.lower() == "the" else 0
    n = k
    while n < len(words) and n - k < 4 and (_name_word(words[n].group()) or _channel_number(words, n, k)):
        n += 1
        if n + 1 < len(words) and words[n].group() == "of" and words[n + 1].group()[:1].isupper():
            n += 1  # "told the Star-Ledger of Newark", "told the Times of London": a place in the outlet's name
        elif n < len(words) and words[n].group() == "s" and text[words[n - 1].end() : words[n].start()] in (
            APOSTROPHE_FORMS
        ):
            n += 1  # "told Britain’s ITV": the owner's "s" (\w+ splits it off)
    return _audience_head(words, n) if n > k else 0


def _name_word(w: str) -> bool:
    """Can ``w`` be a word of a listener's name: capitalised, or a digit glued to a capitalised word ("9News",
    "7News", "2GB" name broadcasters)?"""
    return w[:1].isupper() or w[:1].isdigit() and any(ch.isupper() for ch in w)


def _channel_number(words: list[re.Match[str]], n: int, k: int) -> bool:
    """Is ``words[n]`` a channel's number inside a broadcaster's name, between capitalised words ("told WCIA 3 News
    her son …", "told Channel 4 News the …")?"""
    w = words[n].group()
    if n <= k or len(w) > 2 or not w.isdigit() or n + 1 >= len(words) or not words[n + 1].group()[:1].isupper():
        return False
    # "told CNN 2 Democrats would vote …": a count and the clause's subject, its verb right after
    return n + 2 >= len(words) or words[n + 2].group() not in FINITE_WORDS


def _audience_head(words: list[re.Match[str]], n: int) -> int:
    """Past the lower-case head noun that goes on a listener's name or owner ("told New York magazine", "told the
    Reuters news agency", "told the MSNBC hosts", "told her audience"): the listener ends after it."""
    k = n
    while k < len(words) and k - n < 2 and words[k].group() in AUDIENCE_MODIFIERS:
        k += 1
    return k + 1 if k < len(words) and words[k].group() in LISTENER_HEADS else n


def _audience_words(text: str, words: list[re.Match[str]]) -> int:
    """How many words name a body or an audience told in lower case ("the council", "a news conference",
    "city council members", "investors"): an optional determiner, then words of the audience table, the
    last one a head noun ("told the truth", "told a story" are no listeners), and a clause opening right
    after it with no punctuation between ("told the crowd, her voice drowned out by boos" tells none)."""
    k = 1 if words[0].group().lower() in MODIFIER_DETERMINERS else 0
    n, last = k, 0
    while n < len(words) and n - k < 3:
        w = words[n].group()
        if w in AUDIENCE_NOUNS:
            last = n + 1
        elif w not in AUDIENCE_MODIFIERS:
            break
        n += 1
    nxt = past_time(text, words, last) if last else 0
    if last == 0 or nxt >= len(words) or not opens_clause(words[nxt].group()):
        return 0  # "told the television program …": the listener goes on; no clause opens after it
    if text[words[last - 1].end() : words[last].start()].strip() or not _name_then_finite(words, nxt):
        return 0
    return last


def _name_then_finite(words: list[re.Match[str]], k: int) -> bool:
    """Is a capitalised word at ``k`` the subject of a clause, a finite verb right after its name ("told
    the council Smith had lied"), rather than the listener's own name ("told the program Night Desk
    after …")? A word in lower case passes: the caller has seen it can open a clause."""
    if not words[k].group()[:1].isupper() or words[k].group() == "I":
        return True
    n = k
    while n < len(words) and n - k < 4 and words[n].group()[:1].isupper():
        n += 1
    return n < len(words) and finite_after(words[n])
