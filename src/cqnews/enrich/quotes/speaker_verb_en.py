"""Where a reported clause stops before a verb of its speaker's joined to it: "said the pool would reopen in May
and apologised for the delay", "acknowledged the problem but gave no timetable", "confirmed the signing and
thanked his former team". A past form after "and"/"but" cannot share a modal's bare verb ("would reopen and
apologised") nor a noun phrase with no verb ("the signing and thanked"): its subject is the speaker's.
A clause with a past form or an auxiliary of its own before the joiner ("said the suspect fled and hid in a barn",
"has cut jobs and closed two plants", "will be closed and diverted") is left whole."""

from __future__ import annotations

import re

from ...lexicon.en import AUXILIARIES
from ...lexicon.reporting_en import IRREGULAR_PAST, SAY_FORMS
from .text import MIN_CLAUSE, WORD_RE

__all__ = ["speaker_verb_stop"]

_MODALS = frozenset("will would can could should may might must shall".split())
# Past forms that are also the bare verb a modal takes ("would close the plant and cut 300 jobs").
_BARE_PAST = frozenset("cut hit quit shut put set let hurt spread cost read".split())
# A past form's object or adverbial after it: a determiner, a pronoun, a count, a preposition or a bare noun before
# one ("and thanked his team", "but gave no timetable", "and apologised for the delay", "and thanked staff for …";
# not "as cowardly and planned", "new and improved service", where the form is an adjective).
_JOINED_RE = re.compile(
    r",? (?:and|but) (?:(?:then|also|later|quickly|immediately) )?([a-z]+) (?:[a-z]+ (?=(?:to|for|with|on|at|over)\b))?"
    r"(?:\d|(?:the|a|an|his|her|its|their|our|my"
    r"|no|him|them|us|me|it|two|three|four|five|six|seven|eight|nine|ten|to|for|with|at|on|in|about|from|by)\b)"
)
_REACH = 300  # characters of a clause read (a clause is short: a block of many cues stays linear)


def speaker_verb_stop(text: str, begin: int, end: int, word: str) -> int:
    """Where the reported clause ``text[begin:end]`` after the cue ``word`` ends before a verb of its speaker's
    joined to it. A clause with no verb found is a noun phrase only after a cue other than a verb of saying and
    with no "that" before it (after "said" or "that" it is a clause whose past form is not known)."""
    hi = min(end, begin + _REACH)
    that = text[max(0, begin - 6) : begin].split()[-1:] == ["that"]
    phrase_ok = word.lower() not in SAY_FORMS and not that
    for m in _JOINED_RE.finditer(text, begin, hi):
        if _past_form(m.group(1)) and _no_tense_before(text, begin, m.start(), phrase_ok):
            # (a cut leaving less than a clause keeps the report whole: "confirmed the deal and thanked …")
            return m.start() if len(text[begin : m.start()].strip()) >= MIN_CLAUSE else end
    return end


def _past_form(word: str) -> bool:
    return (word.endswith("ed") and len(word) > 4 or word in IRREGULAR_PAST) and word not in _BARE_PAST


def _no_tense_before(text: str, begin: int, joiner: int, phrase_ok: bool) -> bool:
    """Does the clause before the joiner hold no past form and no auxiliary but a modal before a bare verb, or
    (``phrase_ok``) no verb at all?"""
    words = [w.lower() for w in WORD_RE.findall(text, begin, joiner)]
    modal = False
    for k, w in enumerate(words):
        if w in _MODALS:
            if k + 1 < len(words) and words[k + 1] in AUXILIARIES:
                return False  # "will be closed and diverted", "would have cut and sold"
            modal = True
            continue
        if w in AUXILIARIES or _past_form(w) or w in _BARE_PAST and k and words[k - 1] in AUXILIARIES:
            return False
    return modal or phrase_ok
