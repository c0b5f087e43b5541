"""A time phrase, or a phrase of place or occasion, that opens an English sentence before its subject, with no
comma after it.

"On Monday the council said", "Last week the ministry said", "At the weekend the minister said", "On Jan. 8 the
council said", "In 2023 the company said", "In Leeds the minister said", "In a statement on Friday the agency said":
the adverbial is no part of the speaker; the subject readers start the description after it. Cost: a bounded scan of
the tokens the description reader already holds.
"""

from __future__ import annotations

from ...lexicon.en import (
    COUNT_WORDS,
    MONTH_NAMES,
    MONTH_SHORT_FORMS,
    PREPOSITIONS,
    TIME_DETERMINERS,
    TIME_LEADS,
    TIME_NOUNS,
    WEEKDAYS,
)
from ...lexicon.quote_patterns import EN_GROUP_NOUNS
from ...lexicon.speaker_phrases_en import ARTICLES
from ...lexicon.time_words_en import DAY_TIME_NOUNS, TIME_LINK_ADVERBS
from .tokens import PUNCT, Tok

__all__ = ["opening_adverbial_end", "opening_time_across_break", "opening_time_end", "time_relative_clause"]

# Prepositions that open a time phrase ("on Monday", "in March", "at the weekend", "over the summer", "between 2019
# and 2021", "from May to July").
_TIME_PREPOSITIONS = frozenset("on in at over during since by until through throughout between from".split())
# Words that join two words of time ("in 2021 and 2022", "from May to July").
_TIME_JOINS = frozenset("and or to".split())
# Clause breaks the description reader stops at that may be the preposition or the join of an opening time phrase
# ("Since January the agency said", "In March and April the council said").
_BREAKS_IN_TIME = frozenset("since and or that".split())  # ("Later that day the governor said")
# Words that tie a time phrase to an event after it ("in the years since the crash", "in the weeks before the vote").
_TIME_LINKS = frozenset("since before after".split())
_MAX_BACK = 8  # "Between 2019 and 2021": the opening time phrase before a clause break is short
# Words that lead the time word after them ("last week", "earlier this year", "late May", "the weekend").
_LEADS = TIME_LEADS | TIME_DETERMINERS | frozenset("earlier later mid".split())
# Words that lead a time word only after a preposition ("at the weekend"; "The weekend crowd said": a subject).
# ("over the past two years": "past" too)
_AFTER_PREPOSITION = frozenset(("the", "past"))
# Words that make a time phrase on their own or with their number ("Monday", "March", "Jan. 8", "3 March").
_CORE = WEEKDAYS | frozenset(MONTH_NAMES) | TIME_NOUNS | DAY_TIME_NOUNS | frozenset(("weekend", "day"))
_ORDINAL_ENDS = ("st", "nd", "rd", "th")
# Words after a count and its time noun that make a time phrase ("two days later", "a week ago").
_SPAN_ENDS = frozenset("later ago earlier".split())
# Adverbs of time that stand alone or after an adverb of span ("Shortly afterwards the minister said").
_AFTERWARDS = frozenset(("afterwards", "afterward", "thereafter"))
_MAX_CORE = 4  # "Friday night", "3 March 2023", "Jan. 8": a longer run is no date


def _core(toks: list[Tok], k: int) -> int:
    """How many tokens at ``k`` make a word of time: a day, a month, a time noun, a day's or year's number, a
    month's short form with its full stop ("Jan."), a count and its time noun ("two years"); 0 if none."""
    low = toks[k].low
    if k + 1 < len(toks) and _span_count(low) and toks[k + 1].low in TIME_NOUNS:
        return 2  # "two years" in "over the past two years"
    if low in _CORE or _number(low) or low.endswith(".") and low[:-1] in MONTH_SHORT_FORMS:
        return 1
    return 0


def _number(low: str) -> bool:
    """A day's number ("8", "3rd") or a year ("2023")."""
    digits = low[:-2] if low.endswith(_ORDINAL_ENDS) else low
    return digits.isdigit() and (len(digits) <= 2 or len(digits) == 4)


def _span_count(low: str) -> bool:
    """A count before a span of time ("two", "a", "3")."""
    return low in COUNT_WORDS or low in ("a", "an") or low.isdigit()


def _span_end(toks: list[Tok], j: int, end: int) -> int:
    """The index after a span of time opening ``toks[j:end]`` before more words ("Two days later", "Shortly
    afterwards", "Minutes later", "Afterwards"); ``j`` if none."""
    if j + 3 < end and _span_count(toks[j].low) and toks[j + 1].low in TIME_NOUNS and toks[j + 2].low in _SPAN_ENDS:
        return j + 3  # "Two days later the minister said", "A week ago the club said"
    if toks[j].low in _AFTERWARDS:
        return j + 1 if j + 1 < end else j  # "Soon afterwards police said" (past "soon", a sentence adverb)
    if j + 2 < end and toks[j].low in TIME_LINK_ADVERBS and toks[j + 1].low in _SPAN_ENDS | _AFTERWARDS:
        return j + 2  # "Shortly afterwards the minister said", "Minutes later the referee said"
    return j


def opening_time_end(toks: list[Tok], j: int, end: int) -> int:
    """The index after a time phrase that opens ``toks[j:end]`` and leaves words after it ("On Monday" in "On
    Monday the council"); ``j`` if none opens there."""
    if j >= end:
        return j
    span = _span_end(toks, j, end)
    if span > j:
        return span
    k = j + 1 if toks[j].low in _TIME_PREPOSITIONS else j
    leads = _LEADS | _AFTER_PREPOSITION if k > j else _LEADS
    while k < end and k - j < 3 and toks[k].low in leads:
        k += 1  # "earlier this", "on the", "in late"
    if k == j:
        return j
    first = k
    while k < end and k - first < _MAX_CORE:
        step = _core(toks, k)
        if not step:
            break
        k += step
        if k + 1 < end and toks[k].low in _TIME_JOINS and _core(toks, k + 1):
            first, k = k + 1, k + 1  # "In 2021 and 2022", "from May to July": a second word of time
    if k == first or k >= end or k - first > _MAX_CORE or toks[k].low == "of":
        return j  # ("On the morning of the vote the agency said": a phrase of occasion, read as such)
    return k


def opening_time_across_break(toks: list[Tok], j: int, end: int) -> int:
    """The index after a time phrase opening the sentence whose preposition or join the description reader stopped
    at, as a clause break, before ``toks[j]`` ("Since January the agency said", "In 2021 and 2022 the firm said");
    ``j`` if none. The phrase must open the sentence (or follow a mark) and end inside ``toks[j:end]``; when it ends
    at "since", "before" or "after" with an event after it ("In the years since the crash the airline said"), the
    subject opens at the last article after the event."""
    if j == 0 or toks[j - 1].low not in _BREAKS_IN_TIME and toks[j - 1].low not in _TIME_LINKS:
        return j
    if _adverb_before_link(toks, j):
        return _after_link(toks, j, end)  # "Shortly after midnight the police said"
    for s in range(j - 1, max(-1, j - 1 - _MAX_BACK), -1):
        if s == 0 or toks[s - 1].text in PUNCT:
            k = opening_time_end(toks, s, end)
            if k == j - 1 and toks[k].low in _TIME_LINKS:
                return _subject_after_event(toks, j, end)  # "In the years since the crash the airline said"
            return k if j < k < end else j
    return j


def _adverb_before_link(toks: list[Tok], j: int) -> bool:
    """Does the sentence open with an adverb of time and "after" or "before" right before ``toks[j]`` ("Shortly
    after", "Hours before")?"""
    s = j - 2
    return (
        s >= 0
        and toks[j - 1].low in _LINK_WORDS
        and toks[s].low in TIME_LINK_ADVERBS
        and (s == 0 or toks[s - 1].text in PUNCT)
    )


_LINK_WORDS = frozenset(("after", "before"))


def _after_link(toks: list[Tok], j: int, end: int) -> int:
    """The index of the subject after the time or the event that "after" or "before" leads at ``toks[j]``: after a
    word of time ("midnight the police", "noon officers"), at the last article ("the blast the police"), or at a
    group noun closing the words ("the blast police"); ``j`` if none."""
    k = j
    while k < end and k - j < _MAX_CORE and _core(toks, k):
        k += _core(toks, k)
    if j < k < end:
        return k
    return _subject_after_event(toks, j, end)


def _subject_after_event(toks: list[Tok], j: int, end: int) -> int:
    """The index of the subject after an event's noun phrase at ``toks[j]``: at its last article ("the crash the
    airline"), or at a group noun closing the words ("the match supporters"); ``j`` if none."""
    k = _last_article(toks, j, end)
    return k if k > j else group_after_phrase(toks, j, end)


def group_after_phrase(toks: list[Tok], j: int, end: int, place: bool = False) -> int:
    """The index of a plural group noun in lower case closing ``toks[j:end]`` after a lower-case noun of the phrase
    before it ("the hearing prosecutors", "the blast police": the phrase's noun, then the subject), or after a
    place's name when ``place`` ("In Kisumu police"); ``j`` if none."""
    k = end - 1
    if k - 1 > j and toks[k].low in EN_GROUP_NOUNS and not toks[k].cap and (place or toks[k - 1].text.islower()):
        return k
    return j


def _last_article(toks: list[Tok], j: int, end: int) -> int:
    """The index of the last article in ``toks[j + 1:end - 1]`` not right after a preposition or "of" (the subject
    after an event's noun phrase: "the crash the airline"); ``j`` if none."""
    for k in range(end - 2, j, -1):
        if toks[k].low in ARTICLES and toks[k - 1].low not in PREPOSITIONS and toks[k - 1].low != "of":
            return k
    return j


# Nouns of a time a contact relative clause may follow ("the day the minister said …", "the moment the coach said").
_RELATIVE_TIME_NOUNS = TIME_NOUNS | frozenset("day moment hour minute instant date".split())


def time_relative_clause(toks: list[Tok], j: int, end: int) -> bool:
    """Does ``toks[j:end]`` open the sentence with "the" and a time noun followed by an article ("The year the mayor
    said the water was safe was 2019", "The day the minister said …"): a relative clause inside the subject of
    another verb, so no report by "The year the mayor"? The clause's subject must end the words (at most two of
    them: "The morning the vote opened the agency said" opens with a clause of time of its own)."""
    return (
        j + 3 < end <= j + 5
        and (j == 0 or toks[j - 1].text in PUNCT)
        and toks[j].low == "the"
        and toks[j + 1].low in _RELATIVE_TIME_NOUNS
        and toks[j + 2].low in ARTICLES
    )


# Prepositions that may open a subject's count ("About 30 residents said", "Over 100 staff said"): no adverbial.
_COUNT_PREPOSITIONS = frozenset("about over under".split())


def opening_adverbial_end(toks: list[Tok], j: int, end: int) -> int:
    """The index of the article that opens the subject after a prepositional phrase opening ``toks[j:end]`` ("In
    London the minister", "At a press conference on Monday the minister", "In Paris the head of the agency": the
    last article not right after a preposition); ``j`` if the words open with no preposition or hold no such
    article."""
    if toks[j].low not in PREPOSITIONS or toks[j].low in _COUNT_PREPOSITIONS:
        return j
    for k in range(end - 2, j + 1, -1):
        if toks[k].low in ARTICLES and toks[k - 1].low not in PREPOSITIONS and toks[k - 1].low != "of":
            return k
    return group_after_phrase(toks, j, end, place=True)  # "During the hearing prosecutors said", "In Kisumu police"
