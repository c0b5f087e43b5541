"""Where an English reported clause begins and ends after its cue: "that", a question word, a bare
clause after the listener, and the stops (a new report joined to it, a sentence end)."""

from __future__ import annotations

import bisect
import itertools
import re

from ...lexicon import quote_patterns as P
from ...lexicon.en import (
    ADVERBIAL_PREPOSITIONS,
    CLAUSE_TIME_WORDS,
    LY_NOUNS,
    NOT_CLAUSE_START,
    NOT_SAYING_LY,
    PP_HEADS,
    TIME_WORDS,
)
from ...lexicon.reporting_en import (
    AUDIENCE_MODIFIERS,
    AUDIENCE_NOUNS,
    LISTENER_OBJECT_CUES,
)
from .lead_en import DETERMINERS
from .text import WORD_RE, BlockView, trim_clause

__all__ = [
    "CLAUSE_OPENERS",
    "NOT_CLAUSE_START",
    "NOT_CONTINUATION",
    "TAIL_WORDS",
    "THAT_RE",
    "after_name",
    "clause_after",
]



_THAT_SKIP = 12


# Words after a parenthetical cue's comma that do not continue the reported clause (a coordinator opens
# a clause of the writer's: "The plan was legal, Smith said, but it was also unwise").
NOT_CONTINUATION = frozenset("who which whose whom where when as according referring citing but and yet so or".split())


# Each word must be followed by a space, so a run can be split only one way (no backtracking).
_CAPITALISED_RUN_RE = re.compile(r" *(?:the )?(?:[A-Z][\w'’.\-]* )+")


def after_name(text: str, lo: int, e: int) -> int:
    """Where the capitalised name starting at ``lo`` ends."""
    m = _CAPITALISED_RUN_RE.match(text, lo, min(e, lo + 120))
    return m.end() if m else lo


def clause_after(b: BlockView, lo: int, e: int, word: str) -> tuple[int, int] | None:
    """The reported clause after a cue, past "that" and any listener or adverbial."""
    text = b.text
    particle = _particle_start(text, lo, word) if word in P.EN_PARTICLE_REPORTS else None
    if particle is not None:
        begin, end = trim_clause(text, particle, _report_stop(b, particle, e))
        return (begin, end) if end - begin >= 12 else None
    words = list(itertools.islice(WORD_RE.finditer(text, lo, min(e, lo + 200)), _THAT_SKIP + 4))  # all that is read
    if not words:
        return None
    start = _after_that(text, lo, words, word)
    if start is None and word in P.EN_QUESTION_CUES:
        start = _question_start(text, lo, words)
    if start is None:
        start = _bare_clause_start(text, lo, words, word)
        if start is None:
            return None
    begin, end = trim_clause(text, start, _report_stop(b, start, e))
    if end - begin < 12 or text[begin] in P.OPENERS:
        return None
    return begin, end


def _particle_start(text: str, lo: int, word: str) -> int | None:
    """Where the content starts after a cue's particle: "called for an inquiry", "called on X to act"."""
    for particle in P.EN_PARTICLE_REPORTS.get(word, ()):
        if text.startswith(particle, lo):
            return lo + len(particle)
    return None


def _question_start(text: str, lo: int, words: list[re.Match[str]]) -> int | None:
    """Where an embedded question starts after its cue, past a short listener ("asked whether …",
    "asked the minister whether …"), with no punctuation between."""
    for m in words[:_QUESTION_REACH]:
        if m.group() in P.EN_QUESTION_WORDS:  # (lower case: "asked Whether" is no question)
            return m.start() if not any(ch in text[lo : m.start()] for ch in ",;:“\"—") else None
    return None


_QUESTION_REACH = 4


def _after_that(text: str, lo: int, words: list[re.Match[str]], word: str) -> int | None:
    """Where the clause starts after the cue's own "that" (outside a quote), if the cue has one."""
    for k, m in enumerate(words[:_THAT_SKIP]):
        if m.group() in P.EN_CUES or m.group().lower() in _JOINERS:
            return None  # "said she was 15, but later acknowledged that …": that "that" is another verb's
        if m.group().lower() == "that" and "“" not in text[lo : m.start()] and '"' not in text[lo : m.start()]:
            nxt = WORD_RE.search(text, m.end(), m.end() + 24)
            if m is not words[0] and nxt is not None and _relative_verb(text, nxt):
                return None  # "questioned the order in a case that was …": a relative "that", no report
            if k > 1 and _clause_before_that(text, lo, words[:k], word):
                return None  # "said Mr. Lee wants a plan that works": the bare clause's relative "that"
            return m.end()
    return None


def _clause_before_that(text: str, lo: int, before: list[re.Match[str]], word: str) -> bool:
    """Does a bare clause (a subject right after a cue that takes no listener, then a finite verb) stand
    between the cue and a "that", so that the "that" is the clause's own ("said the council wants a
    plan that …") and not the cue's ("said on Tuesday that", "said repeatedly that")?"""
    first = before[0].group()
    low = first.lower()
    if word not in P.EN_CUES or word in P.EN_WEAK_CUES or word in LISTENER_OBJECT_CUES:
        return False
    if text[lo : before[0].start()].strip() or low in NOT_CLAUSE_START or low in TIME_WORDS or low.endswith("ly"):
        return False
    if not (low in CLAUSE_OPENERS or first[:1].isupper()) or low in _NOT_SUBJECTS:
        return False
    return _has_verb(before[1:]) and not any(ch in text[lo : before[-1].end()] for ch in ",;:“\"—(")


# Words that open no subject although CLAUSE_OPENERS has them ("said this week that", "said it again").
_NOT_SUBJECTS = frozenset("this it there".split())


def _relative_verb(text: str, word: re.Match[str]) -> bool:
    r"""Is ``word``, right after "that", a verb (so "that" is a relative pronoun: "a case that was", "shootings
    that didn't")? A negated auxiliary is read as ``\w+`` reads it: "didn", then "'t"."""
    return word.group() in _FINITE_WORDS or (word.group().endswith("n") and text.startswith(("'t", "’t"), word.end()))


def _bare_clause_start(text: str, lo: int, words: list[re.Match[str]], word: str) -> int | None:
    """Where a clause without "that" starts: right after the cue ("said the plan …"), an infinitive
    ("pledged to issue …"), a short adverbial ("said in an email the cost …") or a listener ("told
    reporters the …"); None when what follows cannot open a clause."""
    first = words[0]
    if text[lo : first.start()].strip():
        return None
    if word in P.EN_WEAK_CUES:
        ok = word in P.EN_ZERO_THAT_CUES and _subject_then_finite(text, lo, words)
        ok = ok or (word in P.EN_REQUEST_CUES and _listener_then_infinitive(text, lo, words))
        return first.start() if ok else None
    low = first.group().lower()
    infinitive = low == "to" and word in P.EN_INFINITIVE_CUES
    if not infinitive and low in PP_HEADS:
        first = _past_adverbial(words) or _pronoun_after_adverbials(text, lo, words) or first
        low = first.group().lower()
        infinitive = low == "to" and word in P.EN_INFINITIVE_CUES
    elif (low in CLAUSE_TIME_WORDS or _manner_adverb(low)) and len(words) > 1 and _opens_clause(words[1].group()):
        first, low = words[1], ""  # "says tonight he is a step closer", "said publicly the plan …"
    if low == "to" and not infinitive:
        heard = _past_listener(text, words[1:])  # "said to reporters the plan …", "confirmed to CNN it …"
        return heard.start() if heard is not None else None
    if low in NOT_CLAUSE_START and not infinitive:
        return None
    if low in _SUBORDINATORS and (_participle_next(words) or _adverbial_clause(text, lo, words, word)):
        return None  # "said while visiting Paris", "said when Boyle asked him": when the words were said, not what
    if word in P.EN_LISTENER_CUES:
        told = _after_listener(text, words)
        return told.start() if told is not None else None
    if word in LISTENER_OBJECT_CUES:
        first = _past_listener(text, words) or first
    return first.start()


_REQUEST_LISTENER_WORDS = 4


def _listener_then_infinitive(text: str, lo: int, words: list[re.Match[str]]) -> bool:
    """Does a request follow "asked": a listener of a few words, then "to" and a verb ("asked the council
    to delay the vote", "asked residents of the valley to leave"), with no punctuation between? Not "asked
    about plans to …", "asked for time to …" (a preposition opens no listener) nor "asked whether to …"."""
    first = words[0].group().lower()
    if first in NOT_CLAUSE_START or first in P.EN_QUESTION_WORDS:
        return False
    for k in range(1, min(len(words) - 1, _REQUEST_LISTENER_WORDS + 1)):
        if words[k].group() == "to":
            verb = words[k + 1].group()
            clean = not any(ch in text[lo : words[k].start()] for ch in ",;:“\"—(")
            return clean and verb.islower() and verb not in _NOT_INFINITIVE
        if words[k].group() in _LISTENER_CLOSERS or words[k].group() in _FINITE_WORDS:
            return False  # "asked questions that …", "asked the mayor why …"
    return False


_LISTENER_CLOSERS = frozenset("that which who whom whose if whether why how what when where".split())

# After "to", words that open a phrase, not an infinitive ("asked a neighbour to the door").
_NOT_INFINITIVE = frozenset("the a an his her their its this that my our your".split())


def _after_listener(text: str, words: list[re.Match[str]]) -> re.Match[str] | None:
    """Where the clause starts after the listener that "told" needs ("told reporters the …")."""
    skip = _listener_words(text, words)
    skip = _past_time(text, words, skip) if skip else 0
    after = words[skip].group().lower() if skip < len(words) else ""
    demonstrative = after == "this" and skip + 1 < len(words) and words[skip + 1].group() in _FINITE_WORDS
    if skip == 0 or not after or (after in NOT_CLAUSE_START and not demonstrative) or after in ADVERBIAL_PREPOSITIONS:
        return None  # "told reporters aboard Air Force One, adding …": where they were told, no clause
    # ("told reporters this was the only chance": "this" and a verb open the clause, not a time)
    if not _has_verb(words[skip + 1 :]):
        return None  # "told Fox News host Sean Hannity earlier this month.": an object, no clause
    return words[skip]


_TIME_LEADS = frozenset("on last this".split())


def _past_time(text: str, words: list[re.Match[str]], skip: int) -> int:
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


def _past_listener(text: str, words: list[re.Match[str]]) -> re.Match[str] | None:
    """Where the clause starts after the listener of a cue that may take one but needs none ("warned
    lawmakers the plan would fail", "promised her staff they would be paid"; "warned the plan would
    fail" has none): a clause opener in lower case right after the listener, with a verb after it."""
    skip = _audience_words(text, words) or _listener_words(text, words)
    if not 0 < skip < len(words) or words[skip].group() not in CLAUSE_OPENERS:
        return None
    if text[words[skip - 1].end() : words[skip].start()].strip() or not _has_verb(words[skip + 1 :]):
        return None
    return words[skip]


def _manner_adverb(low: str) -> bool:
    """Is the word after a cue an adverb of the saying ("said publicly", "said repeatedly"), not one of
    degree or a word of the clause ("said only the rich …", "said roughly a third …", "said early")?"""
    return low.endswith("ly") and len(low) > 5 and low not in LY_NOUNS and low not in NOT_SAYING_LY


def _pronoun_after_adverbials(text: str, lo: int, words: list[re.Match[str]]) -> re.Match[str] | None:
    """The subject pronoun that opens a clause after a chain of adverbials ("said at a rally in Ohio on
    Saturday he would win"): a nominative pronoun and a finite verb right after it, with no punctuation,
    verb or "that" between the cue and the pronoun."""
    for k, m in enumerate(words[1:], 1):
        w = m.group()
        if w in _NOMINATIVE:
            ok = k + 1 < len(words) and _finite_after(words[k + 1])
            clean = not any(ch in text[lo : m.start()] for ch in ",;:“\"—(")
            return m if ok and clean else None
        if w.lower() in _NP_CLOSERS and w.lower() not in _ADVERBIAL_JOINS or w in _FINITE_WORDS or w in P.EN_CUES:
            return None
    return None


_NOMINATIVE = frozenset("he she they we I".split())


# Prepositions that chain adverbials after a cue ("at a rally in Ohio on Saturday").
_ADVERBIAL_JOINS = frozenset("of for with by from to".split())


def _participle_next(words: list[re.Match[str]]) -> bool:
    return len(words) > 1 and words[1].group().lower().endswith(("ing", "ed"))


def _adverbial_clause(text: str, lo: int, words: list[re.Match[str]], word: str) -> bool:
    """Is "when …" after a cue that asks nothing a time clause of the saying ("said when Boyle asked
    him")? Not when a comma closes it before a main clause ("said when the plant closed, the town …")."""
    return word not in P.EN_QUESTION_CUES and "," not in text[lo : words[-1].end()]


_SUBJECT_PRONOUNS = frozenset("he she they we i".split())
_NP_WORDS = 4


def _subject_then_finite(text: str, lo: int, words: list[re.Match[str]]) -> bool:
    """Does a clause without "that" follow a weak cue: a subject (a nominative pronoun, or a short noun
    phrase opened by a determiner or a capital) right before an auxiliary or modal ("reported she was",
    "found more space may be added")? An object has no finite verb after it ("reported a loss of …")."""
    first = words[0].group()
    if first.lower() in _SUBJECT_PRONOUNS:
        return len(words) > 1 and (_finite_after(words[1]) or _contracted(text, words[0], words[1]))
    if first.lower() in _NP_CLOSERS or (first.islower() and first not in CLAUSE_OPENERS and first not in _QUANTIFIERS):
        return False
    for k in range(1, min(len(words), _NP_WORDS + 1)):
        w = words[k].group()
        if w in _FINITE_WORDS:
            return not any(ch in text[lo : words[k].start()] for ch in ",;:“\"—(")
        if w.lower() in _NP_CLOSERS:
            return False
    return False


_CONTRACTED = frozenset("d ll s re ve".split())


def _contracted(text: str, pronoun: re.Match[str], nxt: re.Match[str]) -> bool:
    """Is an auxiliary contracted onto the pronoun ("she'd", "he’ll", "they're")?"""
    return nxt.start() == pronoun.end() + 1 and text[pronoun.end()] in "'’" and nxt.group() in _CONTRACTED


def _finite_after(m: re.Match[str]) -> bool:
    w = m.group()
    return w in _FINITE_WORDS or (w.islower() and len(w) > 3 and w.endswith("ed"))


# Words that cannot stand inside the subject of a bare clause: a relative or a conjunction ends it.
_NP_CLOSERS = frozenset("that which who whom whose and or but to of for with by from as if whether".split())
_QUANTIFIERS = frozenset("more most some many few several all no every each both".split())


# A subordinator and a participle after a cue are an adverbial of the saying ("said while visiting").
_SUBORDINATORS = frozenset("when while whilst once".split())


_JOINERS = frozenset("and but though although while whereas yet".split())


_JOINER_RE = re.compile(r"\b(and|but|though|although|while|whereas|yet)\b|,")


_STOP_LOOKAHEAD = 4


_STOP_REACH = 400


def _report_stop(b: BlockView, start: int, e: int) -> int:
    """Where a reported clause ends before a new report joined to it: "he wants X and pointed to Y",
    "she was 15, but she later acknowledged that …", "…, activists have claimed that …".
    Looks at most _STOP_REACH characters ahead. Every joiner of a block is judged once (kept in the block's view), so
    a clause costs a bisect however many cues share the block."""
    text = b.text
    hi = min(e, start + _STOP_REACH)
    for m in _JOINER_RE.finditer(text, start, hi):
        if m.start() >= start + 2:
            break
        if _stops_at(text, m, start):  # a joiner right at the start: its comma test sees only the clause
            return m.start()
    if b.stops is None:
        b.stops = _stop_points(text)
    stops = b.stops
    k = bisect.bisect_left(stops, start + 2)
    return stops[k] if k < len(stops) and stops[k] < hi and _JOINER_RE.match(text, stops[k], hi) else e


def _stop_points(text: str) -> list[int]:
    """Where each joiner of ``text`` that ends a reported clause starts (see _report_stop)."""
    return [m.start() for m in _JOINER_RE.finditer(text) if _stops_at(text, m, 0)]


def _stops_at(text: str, m: re.Match[str], start: int) -> bool:
    """Does the joiner or comma ``m`` open a new report ("but she later acknowledged", ", activists
    have claimed that"), judged on the few words after it?"""
    ahead = [w.group() for w in WORD_RE.finditer(text, m.end(), min(len(text), m.end() + 48))][:_STOP_LOOKAHEAD]
    joiner = m.group(1)
    at = m.end()
    if joiner is not None:
        comma = text[max(start, m.start() - 2) : m.start()].strip() in (",", "-", "—", "–", ";")
        if not (comma or joiner.lower() == "and"):
            return False
        for w in ahead:
            at = text.find(w, at)
            if w in P.EN_CUES and w not in P.EN_WEAK_CUES and text[at - 3 : at] != "to ":
                return True  # "but she later acknowledged", not "and petty to say"
            at += len(w)
        return False
    for k, w in enumerate(ahead):  # ", activists have claimed that"
        at = text.find(w, at)
        if w.lower() in _JOINERS:
            return False
        if k and w in P.EN_CUES and text.startswith(" that", at + len(w)):
            return True
        if not k and P.EN_CUES.get(w) and text.startswith(" that", at + len(w)):
            return True  # ", adding that …", ", asserting that …": the same speaker's next report
        at += len(w)
    return False


TAIL_WORDS = 6


THAT_RE = re.compile(r" that\b")


_OBJECT_WORDS = frozenset("him her them me us you reporters journalists lawmakers parliament congress".split())




_PP_DETERMINERS = DETERMINERS


CLAUSE_OPENERS = frozenset("the a an he she they it we i this there his her their its some many most".split())




def _opens_clause(word: str) -> bool:
    return word.lower() in CLAUSE_OPENERS or word[:1].isupper()


def _past_adverbial(words: list[re.Match[str]]) -> re.Match[str] | None:
    """The word after a short adverbial ("in an email", "on Monday") if a clause starts there."""
    k = 1
    if k < len(words) and words[k].group().lower() in _PP_DETERMINERS:
        k += 1
    k += 1  # the adverbial's noun
    if k < len(words) and (_opens_clause(words[k].group()) or words[k].group() == "to"):
        return words[k]  # (an infinitive, "promised on Tuesday to refrain", is judged by the caller)
    return None


_FINITE_WORDS = frozenset(
    """is are was were be been will would can could should may might must has have had do does did wo
    ca won't can't isn't wasn't""".split()
)


def has_auxiliary(text: str, lo: int, hi: int) -> bool:
    """Does an auxiliary or copula ("has", "was", "will") stand between ``lo`` and ``hi``?"""
    return any(m.group() in _FINITE_WORDS for m in WORD_RE.finditer(text, lo, hi))


def _has_verb(words: list[re.Match[str]]) -> bool:
    """Do the words after a clause's first word hold a likely finite verb (an auxiliary, or a lower-case
    word ending in -ed or -s)? A clause has one; a listener's name or an adverbial has none."""
    for m in words:
        w = m.group()
        if w in _FINITE_WORDS or (w.islower() and len(w) > 4 and (w.endswith("ed") or w.endswith("s"))):
            return True
    return False


def _listener_words(text: str, words: list[re.Match[str]]) -> int:
    """How many words name the listener after "told": "her", "reporters", "CNN", "the Daily Mail"."""
    first = words[0].group()
    if first.lower() in _OBJECT_WORDS:
        return 1
    k = 1 if first.lower() == "the" else 0
    n = k
    while n < len(words) and n - k < 4 and words[n].group()[:1].isupper():
        n += 1
        if n + 1 < len(words) and words[n].group() == "of" and words[n + 1].group()[:1].isupper():
            n += 1  # "told the Star-Ledger of Newark", "told the Times of London": a place in the outlet's name
    return n if n > k else 0


def _audience_words(text: str, words: list[re.Match[str]]) -> int:
    """How many words name a body or an audience told in lower case ("the council", "a news conference",
    "city council members", "investors"): an optional determiner, then words of the audience table, the
    last one a head noun ("told the truth", "told a story" are no listeners), and a clause opening right
    after it with no punctuation between ("told the crowd, her voice drowned out by boos" tells none)."""
    k = 1 if words[0].group().lower() in _PP_DETERMINERS else 0
    n, last = k, 0
    while n < len(words) and n - k < 3:
        w = words[n].group()
        if w in AUDIENCE_NOUNS:
            last = n + 1
        elif w not in AUDIENCE_MODIFIERS:
            break
        n += 1
    nxt = _past_time(text, words, last) if last else 0
    if last == 0 or nxt >= len(words) or not _opens_clause(words[nxt].group()):
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
    return n < len(words) and _finite_after(words[n])
