"""English reports inside a relative clause: on a name ("Alex Jones, who falsely claimed that the shooting
never happened, lost the case": Alex Jones speaks; the report ends before the main verb), or with the
subject inside it ("The fire, which officials said was started deliberately, destroyed …")."""

from __future__ import annotations

import re

from ...lexicon import quote_patterns as P
from ...lexicon.en import FINITE_WORDS, MODIFIER_DETERMINERS
from ...lexicon.reporting_en import IRREGULAR_PAST, MOTION_PREPOSITIONS
from ...models import QuoteKind
from ..speakers.phrases import en_subject_before
from .text import WORD_RE, BlockView, Found, trim_clause
from .words_en import finite_after, past_form, s_form

__all__ = ["relative_clause", "relative_object_then_cue", "within_relative"]


_RELATIVE_RE = re.compile(r", who (?:[a-z]+ly )?$")


_COMMA_WORD_RE = re.compile(r", ([a-z]+)\b")


# Lower-case words after a comma that go on the reported clause rather than open the main verb.
_NOT_MAIN_VERBS = frozenset(
    """a an the this that these those his her their its our my your he she it they we i you and or but nor so yet
    as of in on at to for with by from about after before since until while when where which who whom whose if
    though although because not even only just then now there here both either neither all some many most
    several each every no one two three""".split()
)


def _main_verb(text: str, lo: int, hi: int) -> int | None:
    """Where the main clause's verb follows the comma that closes a relative clause ("Alex Jones, who
    claimed that …, lost the case", "…, gave no date"): a lower-case word after a comma that is no
    function word, participle, adverb or plural noun (an auxiliary or an -ed form always is a verb)."""
    for m in _COMMA_WORD_RE.finditer(text, lo, hi):
        w = m.group(1)
        if w.endswith("ed") or w in _MAIN_AUXILIARIES:
            return m.start()
        if w not in _NOT_MAIN_VERBS and not w.endswith(("ing", "ly", "s")):
            return m.start()
        if _present_main_verb(text, m):
            return m.start()
    return None


def _present_main_verb(text: str, m: re.Match[str]) -> bool:
    """Is the lower-case word in -s after the comma ``m`` a present main verb with its object right after it
    (", wants compensation", ", runs a shop in Kisii")? Not a plural noun of a list or before a cue (", pears and
    plums", ", sources said")."""
    w = m.group(1)
    if not s_form(w) or w in _NOT_MAIN_VERBS or len(w) < 4:
        return False
    nxt = _OBJECT_AFTER_RE.match(text, m.end())
    return nxt is not None and nxt.group(1) not in _NOT_OBJECTS and nxt.group(1) not in P.EN_CUES


_OBJECT_AFTER_RE = re.compile(r" ([a-z]+)\b")
_NOT_OBJECTS = frozenset("and or but nor".split())


_MAIN_AUXILIARIES = frozenset("had has have was is were are will would also".split())


_RELATIVE_REACH = 24


def relative_clause(b: BlockView, s: int, c: int, word: str, clause: tuple[int, int] | None) -> Found | None:
    """A report in a relative clause, spoken by the name it hangs on: "Alex Jones, who falsely
    claimed that the shooting never happened, lost the case" (Alex Jones; the report ends before
    the main verb)."""
    m = _RELATIVE_RE.search(b.text, max(s, c - _RELATIVE_REACH), c)
    if m is None or clause is None:
        return None
    who = en_subject_before(b.reader, s, m.start())
    if who is None or who.kind not in ("person", "org"):
        return None
    main = _main_verb(b.text, clause[0], clause[1])
    if main is not None and _noun_object_before_cue(b.text, clause[0], main):
        return None  # "SP Okoro, who confirmed the incident, said …": the thing confirmed; he speaks after it
    start, end = trim_clause(b.text, clause[0], main) if main is not None else clause
    return Found(QuoteKind.INDIRECT, start, end, who, word) if end > start else None


def _noun_object_before_cue(text: str, lo: int, main: int) -> bool:
    """Is the relative's object (``text[lo:main]``) a noun phrase with no verb of its own, and the main verb after the
    comma at ``main`` a cue ("who confirmed the incident, said …", "who denied the charges, told the court …")? The
    thing the relative's verb took (a plural in -s is no verb: "who confirmed the deaths"), no words: the name speaks
    in the main clause."""
    nxt = _COMMA_WORD_RE.match(text, main)
    if nxt is None or nxt.group(1) not in P.EN_CUES:
        return False
    return not any(finite_after(m) or m.group() in IRREGULAR_PAST for m in WORD_RE.finditer(text, lo, main))


_FIRST_WORD_RE = re.compile(r"[a-z]+\b")
_GAP_VERBS = frozenset("is are was were will would could should may might can has have had".split())
_RELATIVE_BEFORE_RE = re.compile(r"\b(?:which|who|whom) $")
# The relative pronoun of a description set off after the speaker's name, right before the cue ("Mr Kumar, a farmer
# who says …"): the cue and an adverb or "that" after it end the words read.
_SPEAKER_RELATIVE_RE = re.compile(r"\bwho (?:[a-z]+ly )?[a-z]+ (?:that )?$")


def within_relative(text: str, s: int, subject: int, clause: tuple[int, int]) -> tuple[int, int]:
    """The report of a cue inside a relative clause ("The fire, which officials said was started
    deliberately, destroyed two homes"): it ends at the comma that closes the relative clause, not with
    the main clause after it."""
    if _SPEAKER_RELATIVE_RE.search(text, subject, clause[0]) is not None and "," in text[subject : clause[0]]:
        main = _main_verb(text, clause[0], clause[1])  # "Mr Kumar, a farmer who says he lost …, wants …"
        return trim_clause(text, clause[0], main) if main is not None else clause
    if _RESTRICTIVE_RE.search(text, subject, clause[0]) is not None and "," not in text[subject : clause[0]]:
        main = _unmarked_main_verb(text, clause[0], clause[1])  # "A man who said he was an officer robbed …"
        return trim_clause(text, clause[0], main) if main is not None else clause
    if _RELATIVE_BEFORE_RE.search(text, max(s, subject - 7), subject) is None:
        return clause
    first = _FIRST_WORD_RE.match(text, clause[0], clause[1])
    if first is None or not (first.group() in _GAP_VERBS or first.group().endswith("ed")):
        return clause  # the relative pronoun is the clause's subject only when a verb opens it ("was started")
    comma = text.find(",", clause[0], clause[1])
    return trim_clause(text, clause[0], comma) if comma > clause[0] else clause


# A relative pronoun, its cue and an optional "that" right before the report, with no comma: a restrictive relative on
# the speaker ("A man who said he was an officer robbed the shop").
_RESTRICTIVE_RE = re.compile(r"\b(?:who|that) (?:[a-z]+ly )?[a-z]+ (?:that )?$")


def _unmarked_main_verb(text: str, lo: int, hi: int) -> int | None:
    """Where the main clause's verb follows a report made in a restrictive relative clause with no comma to close it
    ("A man who said he was an officer robbed the shop", "A woman who claimed she was a nurse was arrested"): after
    the report's own finite verb (an auxiliary, or a past right after a subject pronoun), an auxiliary or a past with
    its object right after a noun, before any conjunction or relative word. None when there is none."""
    words = list(WORD_RE.finditer(text, lo, hi))
    finite, loose = False, None
    for k, m in enumerate(words[1:], 1):
        w, prev = m.group(), words[k - 1].group()
        if w.lower() in _CLAUSE_LINKS:
            break  # ("… he was sorry and had …", "… that he had …": a clause of the report's own)
        if finite and (_noun_like(prev) or _perfect_before(words, k)) and _main_verb_form(words, k):
            return m.start()
        if finite and _cue_main_verb(words, k):
            return m.start()
        if finite and loose is None and _intransitive_main_verb(words, k):
            loose = m.start()
        # a finite verb or an irregular past right after a subject pronoun ("he was", "she took")
        after_pronoun = prev.lower() in P.EN_PRONOUNS and (finite_after(m) or w in IRREGULAR_PAST)
        finite = finite or w in FINITE_WORDS or after_pronoun
    return loose


def _intransitive_main_verb(words: list[re.Match[str]], k: int) -> bool:
    """Is words[k] a past with no object and a preposition after it, the main verb when no verb with an object or
    auxiliary follows ("Residents who said the water was brown complained to the council", "Farmers who said their
    crops had failed marched to the county offices")? Its word before ends a noun phrase or a participle of the
    report's verb ("had failed"); a cue is no such verb."""
    w = words[k].group()
    if not past_form(w) or w in P.EN_CUES or k + 1 >= len(words) or words[k + 1].group() not in MOTION_PREPOSITIONS:
        return False
    return _ends_report(words, k)


def _cue_main_verb(words: list[re.Match[str]], k: int) -> bool:
    """Is words[k] a finite cue of the main clause after the report's own finite verb ("Residents who said the water
    was brown complained to the council", "Officials who confirmed the deal was signed said …")? Its word before ends
    a noun phrase or a predicate, or is the participle of the report's verb ("was signed")."""
    return P.EN_CUES.get(words[k].group()) is False and _ends_report(words, k)


def _ends_report(words: list[re.Match[str]], k: int) -> bool:
    """Does the word before words[k] end the report, so that words[k] may open the main clause: a word ending a noun
    phrase or a predicate ("… was brown complained"), or the participle after the report's auxiliary ("… had failed
    marched")?"""
    return _noun_like(words[k - 1].group()) or _participle_before(words, k)


def _participle_before(words: list[re.Match[str]], k: int) -> bool:
    """Are the two words before words[k] an auxiliary and a past participle ("had failed", "was signed")?"""
    return k >= 2 and past_form(words[k - 1].group()) and words[k - 2].group() in FINITE_WORDS


def _noun_like(w: str) -> bool:
    """Can ``w`` end a noun phrase, the report's object before the main verb ("officer", "nurse", "Leeds")?"""
    low = w.lower()
    if low in _NOT_MAIN_VERBS or low in FINITE_WORDS or low in IRREGULAR_PAST:
        return False
    return w[:1].isupper() or w[:1].isdigit() or not low.endswith(("ed", "ing", "ly"))


def _perfect_before(words: list[re.Match[str]], k: int) -> bool:
    """Do an auxiliary and a participle end the report right before an auxiliary at ``k`` ("the brakes had failed was
    cleared", "she had been attacked was taken")? The participle ends the report's verb; the auxiliary opens the main
    clause's."""
    return _participle_before(words, k) and words[k].group() in _MAIN_AUXILIARIES


def _main_verb_form(words: list[re.Match[str]], k: int) -> bool:
    """Is words[k] a finite verb of the main clause: an auxiliary ("was arrested"), or a past with its object right
    after it ("robbed the shop", "stole cash"), not a participle before a preposition ("an officer based in …")?"""
    w = words[k].group()
    if w in _MAIN_AUXILIARIES:
        return True
    if not past_form(w) or k + 1 >= len(words):
        return False
    nxt = words[k + 1].group()
    return nxt.lower() in MODIFIER_DETERMINERS or nxt[:1].isupper() or nxt.lower() not in _NOT_MAIN_VERBS


_CLAUSE_LINKS = frozenset("and but or that which who whom whose because if when while although though".split())


_SUBJECT_RELATIVE_RE = re.compile(r"\b(?:who|that) $")
_CUE_REACH = 8  # words of the relative's object read for the main clause's cue


def relative_object_then_cue(text: str, c: int, words: list[re.Match[str]]) -> bool:
    """Is the cue at ``c`` the verb of a relative clause on the sentence's subject ("Officials who confirmed the deal
    said it …") and a cue of the main clause follows its object with no punctuation between? The words after the
    relative's cue are then its object and the main clause's verb ("the deal said"), no clause it reports."""
    if _SUBJECT_RELATIVE_RE.search(text, max(0, c - 5), c) is None:
        return False
    for m in words[1:_CUE_REACH]:
        if any(ch in text[words[0].start() : m.start()] for ch in ",;:“\"(—"):
            return False
        if P.EN_CUES.get(m.group()) is False:
            return True  # (a finite cue: not a participle, "confirmed the deal saying …")
        if m.group() in FINITE_WORDS:
            return False  # "Residents who said the water was brown complained …": a clause, the relative's report
    return False
