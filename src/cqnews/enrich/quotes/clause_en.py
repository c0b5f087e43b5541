"""Where an English reported clause begins and ends after its cue: "that", a question word, a bare
clause after the listener, and the stops (a new report joined to it, a sentence end)."""

from __future__ import annotations

import itertools
import re

from ...lexicon import quote_patterns as P
from ...lexicon.en import (
    CLAUSE_OPENERS,
    CONTRACTED_AUXILIARIES,
    DEGREE_WORDS,
    FINITE_WORDS,
    MODIFIER_DETERMINERS,
    NOT_CLAUSE_START,
    NUMBER_WORDS,
)
from ...lexicon.punctuation import (
    APOSTROPHES,
    CLAUSE_BREAK_MARKS,
    CLAUSE_BREAK_MARKS_WITHOUT_BRACKET,
)
from ...lexicon.reporting_en import (
    EVALUATION_COMPLEMENTS,
    EVALUATION_CUES,
    IRREGULAR_PAST,
    LISTENER_OBJECT_CUES,
    REPLY_CUES,
)
from .adverbials_en import adverbial_head, comma_adverbial_clause, past_adverbial, past_time_lead, time_edge
from .listener_en import after_listener, listener_then_infinitive, past_listener, plural_listener
from .relative_en import relative_object_then_cue
from .report_stops_en import report_stop
from .said_formula_en import said_formula
from .speaker_verb_en import speaker_verb_stop
from .subject_lead_en import subject_lead
from .summary_aside_en import summary_stop
from .text import MIN_CLAUSE, WORD_RE, BlockView, trim_clause
from .that_en import THAT_SKIP, after_that, demonstrative_that
from .thing_object_en import thing_object_clause
from .words_en import finite_after, has_auxiliary, has_verb, opens_clause, s_form, verb_after_subject

__all__ = [
    "NOT_CLAUSE_START",
    "NOT_CONTINUATION",
    "TAIL_WORDS",
    "THAT_RE",
    "after_name",
    "clause_after",
    "has_auxiliary",
]


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
        begin, end = trim_clause(text, particle, report_stop(b, particle, e))
        return (begin, end) if end - begin >= MIN_CLAUSE else None
    if word in EVALUATION_CUES and not _that_clause_next(text, lo, e):
        return _evaluated(b, lo, e)
    words = list(itertools.islice(WORD_RE.finditer(text, lo, min(e, lo + 200)), THAT_SKIP + 4))  # all that is read
    if not words:
        return None
    start = after_that(text, lo, words, word)
    if start is None and word in P.EN_QUESTION_CUES:
        start = _question_start(text, lo, words)
    if start is None:
        start = _bare_clause_start(text, lo, words, word)
        if start is None:
            return None
    stop = report_stop(b, start, e)
    end = speaker_verb_stop(text, start, _object_end(text, start, stop, word), word)
    begin, end = trim_clause(text, start, summary_stop(text, start, end))
    if end - begin < MIN_CLAUSE and not _short_clause(text, begin, end) or text[begin] in P.OPENERS:
        return None
    if demonstrative_that(text, words[0], start, end):
        return None
    return begin, end


def _short_clause(text: str, begin: int, end: int) -> bool:
    """Is a stretch shorter than a clause usually is one all the same: a subject pronoun, a finite verb and
    what it says ("saying it was fair", "said he had won")?"""
    words = WORD_RE.findall(text, begin, end)
    if len(words) == 2:  # "said yields fell", "said costs doubled": a plural noun, then its verb in the past
        return _plural_noun(words[0]) and (words[1] in IRREGULAR_PAST or words[1].endswith("ed"))
    return len(words) >= 3 and words[0].lower() in _SHORT_SUBJECTS and words[1] in FINITE_WORDS


def _plural_noun(w: str) -> bool:
    """Can ``w`` be a bare plural noun, the subject of a clause of two words ("yields", "rents")?"""
    return w.isalpha() and w.islower() and s_form(w)


_COMMA_WORD_RE = re.compile(r", (\w+)")


def _object_end(text: str, start: int, stop: int, word: str) -> int:
    """Where the report after ``word`` ends: before a participle report of the same speaker's when the cue
    takes an object, or when what comes before that participle is a noun phrase with no finite verb ("confirmed
    the signing in a post, saying …": the object is the report, "saying …" one of its own)."""
    if word in P.EN_OBJECT_CUES:
        return _participle_report(text, start, stop)
    reach = min(stop, start + _NOUN_OBJECT_REACH)  # (a noun phrase is short: a sentence of cues stays linear)
    cut = _participle_report(text, start, reach)
    if cut == reach:
        return stop
    finite = any(finite_after(m) or m.group() in IRREGULAR_PAST for m in WORD_RE.finditer(text, start, cut))
    return stop if finite else cut


# How far after a cue a noun-phrase object may run before ", saying …" ends it (characters).
_NOUN_OBJECT_REACH = 300


def _participle_report(text: str, start: int, end: int) -> int:
    """Where the object of a cue that takes one ends before a participle report of the same speaker's
    ("criticised the plan, saying it …": the object is "the plan", "saying it …" is a report of its own)."""
    for m in _COMMA_WORD_RE.finditer(text, start, end):
        if P.EN_CUES.get(m.group(1)):
            return m.start()
    return end


# What may open the object of a verb of praise or condemnation: a determiner or owner, an object pronoun or a
# capitalised name ("praised the crew", "denounced him", "hailed Lee's plan"); not a preposition ("blasted through").
_OBJECT_OPENERS = MODIFIER_DETERMINERS | frozenset(
    "him her them it us me his their its our this that these those".split()
)
_OBJECT_END_RE = re.compile(r"[,;:.!?—–(“\"]")


def _that_clause_next(text: str, lo: int, e: int) -> bool:
    """Does "that" and a clause with a finite verb follow the cue ("decried that the market had been neglected"), so
    that a verb of praise or condemnation reports the clause, not an object ("decried that decision")?"""
    if not text.startswith(" that ", lo):
        return False
    stop = _OBJECT_END_RE.search(text, lo + 6, e)
    return has_verb(list(WORD_RE.finditer(text, lo + 6, stop.start() if stop else e))[1:])


def _evaluated(b: BlockView, lo: int, e: int) -> tuple[int, int] | None:
    """The object of a verb of praise or condemnation and its complement ("for …", "as …"), to the first
    punctuation ("praised the crew for its work, saying …" reports "the crew for its work")."""
    first = WORD_RE.match(b.text, lo + 1, e) if b.text[lo : lo + 1] == " " else None
    if first is None or not (first.group().lower() in _OBJECT_OPENERS or first.group()[:1].isupper()):
        return None
    stop = _OBJECT_END_RE.search(b.text, first.start(), e)
    begin, end = trim_clause(b.text, first.start(), min(stop.start() if stop else e, report_stop(b, first.start(), e)))
    if not any(w in EVALUATION_COMPLEMENTS for w in WORD_RE.findall(b.text, first.end(), end)):
        return None  # "has praised the new album.": no words of the speaker's said what of it
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
            broken = any(ch in text[lo : m.start()] for ch in CLAUSE_BREAK_MARKS_WITHOUT_BRACKET)
            return None if broken else m.start()
    return None


_QUESTION_REACH = 4


def _bare_clause_start(text: str, lo: int, words: list[re.Match[str]], word: str) -> int | None:
    """Where a clause without "that" starts (see _plain_clause_start), or after a second verb of saying right
    after the cue ("wrote back to say the fee …"); None before "saying", which reads its own report ("wrote back
    saying the fee …", "responded saying …")."""
    if _second_cue_next(words, word):
        return None
    said = _said_after_to_say(words)
    return said if said is not None else _plain_clause_start(text, lo, words, word)


def _plain_clause_start(text: str, lo: int, words: list[re.Match[str]], word: str) -> int | None:
    """Where a clause without "that" starts: right after the cue ("said the plan …"), an infinitive
    ("pledged to issue …"), a short adverbial ("said in an email the cost …") or a listener ("told
    reporters the …"); None when what follows cannot open a clause."""
    first = words[0]
    if text[lo : first.start()].strip() or said_formula(text, words, word):  # ("said nothing about …")
        return first.start() if _colon_clause(text, lo, words) else _comma_adverbial(text, lo, words)
    if word in P.EN_WEAK_CUES:
        ok = word in P.EN_ZERO_THAT_CUES and _subject_then_finite(text, lo, words)
        ok = ok or (word in P.EN_REQUEST_CUES and listener_then_infinitive(text, lo, words))
        return first.start() if ok else None
    if relative_object_then_cue(text, lo - len(word), words):
        return None  # "Officials who confirmed the deal said it …": the relative's object, then the main verb
    low = first.group().lower()
    infinitive = low == "to" and word in P.EN_INFINITIVE_CUES
    if not infinitive and adverbial_head(words):
        first = past_adverbial(text, lo, words) or _pronoun_after_adverbials(text, lo, words) or first
        low = first.group().lower()
        infinitive = low == "to" and word in P.EN_INFINITIVE_CUES
    elif (past_time := past_time_lead(text, low, words)) is not None:
        first, low = past_time, ""  # "says tonight he is a step closer", "said publicly the plan …"
    if low == "to" and not infinitive:
        # "said to reporters the plan …", "confirmed to CNN it …", "said in a letter to members the fees …"
        heard = past_listener(text, words[words.index(first) + 1 :])
        return heard.start() if heard is not None else None
    if (low in NOT_CLAUSE_START or time_edge(low, words)) and not infinitive and not subject_lead(text, words):
        return _comma_adverbial(text, lo, words)  # ("said as a result of the strike, flights …")
    if low in _SUBORDINATORS and (_participle_next(words) or _adverbial_clause(text, lo, words, word)):
        return None  # "said while visiting Paris", "said when Boyle asked him": when the words were said, not what
    if word in P.EN_LISTENER_CUES:
        told = after_listener(text, words)
        return told.start() if told is not None else None
    return _object_start(words, first, word)


def _second_cue_words(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The words after the cue past "back" ("wrote back saying …", "wrote back to say …")."""
    return words[1:] if words[0].group().lower() == "back" else words


def _second_cue_next(words: list[re.Match[str]], word: str) -> bool:
    """Does "saying" follow a cue of a reply at once, or any cue after "back" ("responded saying …", "wrote back
    saying the fee …"; not "recalled saying …", whose report it is)? The participle cue reads its own report: this
    cue reports nothing."""
    rest = _second_cue_words(words)
    back = len(rest) < len(words)
    return bool(rest) and rest[0].group().lower() == "saying" and (back or word in REPLY_CUES)


def _said_after_to_say(words: list[re.Match[str]]) -> int | None:
    """Where the clause starts after "to say" right after the cue or after "back" ("wrote back to say the fee
    …")."""
    rest = _second_cue_words(words)
    lows = [m.group().lower() for m in rest[:2]]
    return rest[2].start() if lows == ["to", "say"] and len(rest) > 2 else None


def _comma_adverbial(text: str, lo: int, words: list[re.Match[str]]) -> int | None:
    """Where a bare clause starts after an adverbial closed by a comma right after the cue ("said, in a statement,
    the final …", "said at a briefing, the suspects …", "said as a result of the strike, flights …")."""
    return comma_adverbial_clause(text, lo, words, lambda at, rest: _subject_then_finite(text, at, rest))


def _object_start(words: list[re.Match[str]], first: re.Match[str], word: str) -> int | None:
    """Where the bare clause opened by ``first`` starts: past the listener of a cue that takes one ("urged
    residents …"); None when a cue whose plain object is a thing has that thing there, no clause ("claimed
    victory")."""
    if word in LISTENER_OBJECT_CUES:
        first = past_listener(first.string, words) or plural_listener(first.string, words, word) or first
    rest = [m for m in words if m.start() >= first.start()]
    return None if word in P.EN_THING_OBJECT_CUES and not thing_object_clause(rest, word) else first.start()


def _colon_clause(text: str, lo: int, words: list[re.Match[str]]) -> bool:
    """Does a clause in lower case follow a colon right after the cue ("said: the repairs will be finished by
    June", "added: there is no money left", "said: business has never been worse")? A subject of a few words opens
    it and a verb follows with no comma between: a report with no quote marks, not a list ("said: jobs, housing and
    schools")."""
    if text[lo : words[0].start()].strip() != ":" or len(words) < 2:
        return False
    first = words[0].group()
    if not first.islower() or (first in NOT_CLAUSE_START and not opens_clause(first)):
        return False
    return verb_after_subject(text, words[0].end(), words, lambda word: has_verb([word]))


def _pronoun_after_adverbials(text: str, lo: int, words: list[re.Match[str]]) -> re.Match[str] | None:
    """The subject pronoun that opens a clause after a chain of adverbials ("said at a rally in Ohio on
    Saturday he would win"): a nominative pronoun and a finite verb right after it, with no punctuation,
    verb or "that" between the cue and the pronoun."""
    for k, m in enumerate(words[1:], 1):
        w = m.group()
        if w in _NOMINATIVE:
            ok = k + 1 < len(words) and finite_after(words[k + 1])
            clean = not any(ch in text[lo : m.start()] for ch in CLAUSE_BREAK_MARKS)
            return m if ok and clean else None
        if w.lower() in _NP_CLOSERS and w.lower() not in _ADVERBIAL_JOINS or w in FINITE_WORDS or w in P.EN_CUES:
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
_SHORT_SUBJECTS = _SUBJECT_PRONOUNS | {"it"}
# Adverbs between a subject pronoun and its verb: after them any verb form is read as finite ("he never saw").
_PRE_VERB_ADVERBS = frozenset("never also still already always just only once ever".split())
_NP_WORDS = 4


def own_clause_follows(text: str, c_end: int, e: int) -> bool:
    """Does a clause of its own (a subject, then an auxiliary) follow the weak cue ending at ``c_end`` with
    nothing between ("…, and while A, his campaign believes the move has …")? The cue then ends no sentence
    before it: it is no closing cue of the clause before."""
    words = list(itertools.islice(WORD_RE.finditer(text, c_end, e), _NP_WORDS + 1))  # (all a subject reads)
    return bool(words) and not text[c_end : words[0].start()].strip() and _subject_then_finite(text, c_end, words)


def _subject_then_finite(text: str, lo: int, words: list[re.Match[str]]) -> bool:
    """Does a clause without "that" follow a weak cue: a subject (a nominative pronoun, or a short noun
    phrase opened by a determiner or a capital) right before an auxiliary or modal ("reported she was",
    "found more space may be added")? An object has no finite verb after it ("reported a loss of …")."""
    first = words[0].group()
    if first.lower() in _SUBJECT_PRONOUNS:
        if len(words) > 2 and words[1].group() in _PRE_VERB_ADVERBS:
            return words[2].group().islower()  # "maintained he never saw"
        second = words[1] if len(words) > 1 else None  # "alleged he hid": a pronoun's irregular past is finite
        return second is not None and (
            finite_after(second) or second.group() in IRREGULAR_PAST or _contracted(text, words[0], second)
        )
    if first in DEGREE_WORDS:  # "about 30 people were …", "nearly half the homes had …"
        return len(words) > 2 and _count_word(words[1].group()) and _subject_then_finite(text, lo, words[1:])
    if first.lower() in _NP_CLOSERS or (first.islower() and first not in CLAUSE_OPENERS and not _count_word(first)):
        return False
    for k in range(1, min(len(words), _NP_WORDS + 1)):
        w = words[k].group()
        if w in FINITE_WORDS or _past_with_object(words, k):
            return not any(ch in text[lo : words[k].start()] for ch in CLAUSE_BREAK_MARKS)
        if w.lower() in _NP_CLOSERS and not (k == 1 and w == "of" and _count_word(first)):  # ("some of the roads")
            return False
    return False


def _count_word(w: str) -> bool:
    """Can ``w`` open a subject as a count or a quantifier ("30 people", "two of the men", "half the homes",
    "some of the roads")?"""
    return w[:1].isdigit() or w in _QUANTIFIERS or w in NUMBER_WORDS or w == "half"


_OBJECT_DETERMINERS = frozenset("the a an his her their its our".split())


def _past_with_object(words: list[re.Match[str]], k: int) -> bool:
    """Is word ``k`` a past in -ed or an irregular past with a determined object after it ("the board ignored the
    warnings", "the man stole a car"), a finite verb, not a participle complement ("found the building damaged by
    fire")?"""
    w = words[k].group()
    past = finite_after(words[k]) and w.endswith("ed") or w in IRREGULAR_PAST
    return k + 1 < len(words) and past and words[k + 1].group().lower() in _OBJECT_DETERMINERS


def _contracted(text: str, pronoun: re.Match[str], nxt: re.Match[str]) -> bool:
    """Is an auxiliary contracted onto the pronoun ("she'd", "he’ll", "they're", "I'm")?"""
    glued = nxt.start() == pronoun.end() + 1 and text[pronoun.end()] in APOSTROPHES
    return glued and nxt.group() in CONTRACTED_AUXILIARIES


# Words that cannot stand inside the subject of a bare clause: a relative or a conjunction ends it.
_NP_CLOSERS = frozenset("that which who whom whose and or but to of for with by from as if whether".split())
_QUANTIFIERS = frozenset("more most some many few several all no every each both".split())


# A subordinator and a participle after a cue are an adverbial of the saying ("said while visiting").
_SUBORDINATORS = frozenset("when while whilst once".split())


TAIL_WORDS = 6


THAT_RE = re.compile(r" that\b")
