"""An English speaker named before a colon that opens a quote ("Senator Bob Wu told the crowd: “…”", "Clinton: “…”",
"The Ledger ran the story, and Harbor News responded: “…”").

:func:`colon_subject` reads the first name or pronoun of the clause before the colon that its verb follows;
:func:`cue_before_colon` the name right before a reporting verb that ends that clause. Split from :mod:`.phrases`,
which reads the speaker phrases next to a reporting cue.
"""

from __future__ import annotations

from ...lexicon import quote_patterns as P
from ...lexicon.en import (
    CLAUSE_BREAKS,
    LY_NOUNS,
    PREPOSITIONS,
)
from ...lexicon.speaker_phrases_en import ARTICLES, CLAUSE_CONJUNCTIONS
from .appositive_en import appositive_subject
from .name_runs_en import run_start, titled_name_ahead
from .name_words_en import is_initial, is_name_word, is_place
from .np import np_ending
from .openers import skip_introduction
from .token_reader import tokens
from .tokens import WINDOW, Tok, Who


def colon_subject(text: str, lo: int, colon: int) -> Who | None:
    """Who speaks in "But neighbour Zibulka picks up the story: “…”" or "… just after Weaver uttered
    the lines: “…”": the first name or pronoun of the clause before the colon that a lower-case word
    (its verb) follows."""
    end = max(text.rfind("! ", lo, colon), text.rfind("? ", lo, colon))
    lo = end + 2 if end >= 0 else lo  # the sentence after a ! or ? (tokens hold neither mark)
    toks = tokens(text, max(lo, colon - WINDOW), colon)
    first = _clause_start(toks)
    first = skip_introduction(toks, first)  # "In a Fox interview later that day, Trump went further:"
    alone = _name_alone(text, toks, first) or _inverted_opener(text, toks, first)
    alone = alone or _cue_before_colon(text, toks, first)
    if alone is not None:
        return alone
    for k in range(first, len(toks) - 1):
        nxt = toks[k + 1]
        # A reporting verb is the clause's verb here ("Senator Bob Wu told the crowd:"), not a clause break.
        breaks = nxt.low in CLAUSE_BREAKS and nxt.low not in P.EN_CUES
        verb = nxt.text.isalpha() or nxt.low.endswith(("n't", "n’t"))  # "Ellis didn't mince words:"
        if not verb or nxt.cap or nxt.low in PREPOSITIONS or breaks or nxt.low == "of":
            continue
        if nxt.low.endswith("ly") and nxt.low not in LY_NOUNS:
            continue  # "More importantly, …" (not "Vint's reply was short:")
        if toks[k].low in P.EN_PRONOUNS and toks[k].low != "it":
            return Who(toks[k].text, "pronoun", start=toks[k].start, gender=P.EN_PRONOUNS[toks[k].low])
        if is_name_word(toks[k]):
            who = titled_name_ahead(text, toks, k) or np_ending(text, toks, k + 1)
            return who if who is not None and who.kind in ("person", "org") else None
        if toks[k].text == "," and k > first:
            who = _appositive_before_verb(text, toks[first : k + 1])
            if who is not None:
                return who
    return None


def _name_alone(text: str, toks: list[Tok], first: int) -> Who | None:
    """A transcript's "Clinton: “…”": a person's name alone before the colon speaks."""
    if 0 < len(toks) - first <= 3 and all(is_name_word(t) for t in toks[first:]):
        who = np_ending(text, toks, len(toks))
        if who is not None and who.kind == "person" and not is_place(who.mention):
            return who
    return None


def _inverted_opener(text: str, toks: list[Tok], first: int) -> Who | None:
    """ "Said Mayor Karen Bass: “…”", "Added the chief executive: “…”": a reporting verb opening the sentence,
    its subject after it, right before the colon."""
    if len(toks) - first < 2 or not toks[first].cap or toks[first].low not in P.EN_CUES:
        return None
    subject = toks[first + 1 :]  # (the verb is no word of the subject's run: "Said Mayor" is no role)
    who = np_ending(text, subject, len(subject))
    if who is None or who.kind not in ("person", "org", "desc") or who.start != subject[0].start:
        return None
    return who


def _clause_start(toks: list[Tok]) -> int:
    """Where the last clause of ``toks`` starts: after its last semicolon, dash, closing quote mark or full stop."""
    return max(
        (k + 1 for k, t in enumerate(toks) if t.text in ';—–”"' or t.text.endswith(".") and not is_initial(t.text)),
        default=0,
    )


def cue_before_colon(text: str, lo: int, colon: int) -> Who | None:
    """:func:`_cue_before_colon` on the sentence of ``text`` from ``lo`` to its colon at ``colon``."""
    toks = tokens(text, max(lo, colon - WINDOW), colon)
    first = _clause_start(toks)
    return _cue_before_colon(text, toks, first)


def _cue_before_colon(text: str, toks: list[Tok], first: int) -> Who | None:
    """The person or body named right before a reporting verb that ends the clause at the colon, after a comma and
    "and" or "but" ("The Ledger ran the story, and Harbor News responded:"); None for any other shape."""
    n = len(toks)
    if n - first < 5 or toks[-1].low not in P.EN_CUES or P.EN_CUES[toks[-1].low] or not is_name_word(toks[-2]):
        return None
    k = run_start(toks, n - 1)
    if k < first + 2 or toks[k - 1].low not in CLAUSE_CONJUNCTIONS or toks[k - 2].text != ",":
        return None
    who = np_ending(text, toks, n - 1)
    return who if who is not None and who.kind in ("person", "org") else None


def _appositive_before_verb(text: str, toks: list[Tok]) -> Who | None:
    """The person or body of a chain of commas before a clause's verb ("Her rival, Tom Reyes, disagreed:",
    "Reyes, however, disagreed:" with no role), or a description opening the clause before a phrase set off by
    commas ("The defendant, of no fixed abode, told officers:")."""
    who = appositive_subject(text, toks) or _description_set_off(text, toks)
    if who is None or who.kind not in ("person", "org", "desc", "pronoun"):
        return None
    if who.role is not None and all(word in P.EN_SKIPPABLE for word in who.role.split()):
        who.role = None  # an adverb set off by commas is no role
    return who


def _description_set_off(text: str, toks: list[Tok]) -> Who | None:
    """The description that opens ``toks`` with an article before its first comma, one more comma closing the phrase
    set off after it ("The defendant, of no fixed abode,", "The landlord, a retired teacher,"): the subject, a
    description or one standing for someone named before."""
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    if len(commas) != 2 or commas[0] < 2 or toks[0].low not in ARTICLES or commas[1] != len(toks) - 1:
        return None
    who = np_ending(text, toks, commas[0])
    return who if who is not None and who.kind in ("desc", "pronoun") and who.start == toks[0].start else None
