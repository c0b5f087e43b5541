"""Where a bare reported clause starts after short adverbials right after its cue ("said in an email the cost …",
"said in a statement on Sunday evening the matter …"). Split from :mod:`.clause_en`."""

from __future__ import annotations

import re
from collections.abc import Callable

from ...lexicon import quote_patterns as P
from ...lexicon.en import (
    BY_MEANS_NOUNS,
    CLAUSE_OPENERS,
    CLAUSE_TIME_WORDS,
    COORDINATORS,
    FINITE_WORDS,
    FRONTED_ADVERBIAL_HEADS,
    LY_NOUNS,
    MODIFIER_DETERMINERS,
    MONTH_NAMES,
    NOT_CLAUSE_START,
    NOT_SAYING_LY,
    NUMBER_WORDS,
    PP_COMPLEMENT_HEADS,
    PP_HEADS,
    PP_TIME_HEADS,
    RELATIVE_WORDS,
    TIME_EDGE_WORDS,
    TIME_LEADS,
    TIME_NOUNS,
    TIME_WORDS,
    WEEKDAY_NAMES,
    WORK_TITLE_JOINERS,
)
from ...lexicon.punctuation import ADVERBIAL_STOP_MARKS, IN_WORD_MARKS
from ...lexicon.reporting_en import IRREGULAR_PAST
from .words_en import finite_after, opens_clause

__all__ = ["adverbial_head", "comma_adverbial_clause", "past_adverbial", "past_time_lead", "time_edge"]


def adverbial_head(words: list[re.Match[str]], k: int = 0) -> bool:
    """Does words[k] open a short adverbial ("in an email", "on Monday", "after the match", "by phone"; not "after
    he resigned", "before lunch", "by the council")?"""
    w = words[k].group()
    if w in PP_HEADS:
        return True
    nxt = words[k + 1].group() if k + 1 < len(words) else ""
    return w in PP_TIME_HEADS and nxt in MODIFIER_DETERMINERS or w == "by" and nxt.lower() in BY_MEANS_NOUNS


def past_adverbial(text: str, lo: int, words: list[re.Match[str]]) -> re.Match[str] | None:
    """The word after a short adverbial ("in an email", "on Monday") if a clause starts there, with no
    punctuation between ("wrote in her memoir, “I was …”": what follows the comma is a quote or a title)."""
    k, strict = 0, False
    for n in range(_ADVERBIALS):  # "in a statement on Sunday evening the …": two in a row
        k += 1
        determined = k < len(words) and words[k].group().lower() in MODIFIER_DETERMINERS
        if determined:
            k = _past_title_run(text, words, k + 1)  # "in the New England Journal of Medicine": one noun
        date = _date_end(text, words, k)  # "on December 9", "on 9 December": the date's last word
        run = date if date is not None else _past_noun_run(text, words, k, determined)  # "at a press conference"
        strict, k = strict or run > k or n >= _LOOSE_ADVERBIALS, run
        k += 2 if k + 1 < len(words) and words[k + 1].group().lower() in _DAY_PARTS else 1  # ("on Sunday evening")
        timed = _past_time(words, k)  # "in a note to clients last week the …", "in a statement Tuesday the …"
        strict, k = strict or timed > k, timed
        if k < len(words) and any(ch in text[lo : words[k].start()] for ch in ADVERBIAL_STOP_MARKS):
            return None
        if k < len(words) and (_opener(words[k].group(), strict) or _clause_or_to(words, k)):
            return words[k]  # (an infinitive, "promised on Tuesday to refrain", is judged by the caller)
        if k >= len(words) or words[k].group().lower() not in _NEXT_HEADS:
            return None
        strict = strict or words[k].group().lower() in PP_COMPLEMENT_HEADS
    return None


_ADVERBIALS = 4
_LOOSE_ADVERBIALS = 2  # (adverbials after which a capital may still open the clause: "said in Perth on Tuesday Lee …")
# (after a first adverbial, a noun's complement may follow: "in an interview with …", "during a visit to …")
_NEXT_HEADS = PP_HEADS | PP_COMPLEMENT_HEADS


def _date_end(text: str, words: list[re.Match[str]], k: int) -> int | None:
    """The index of a date's last word when a month's name and its day open the words at ``k`` ("December 9",
    "9 December", "3 March 2024"), one space between each; else None."""
    if not _spaced(text, words, k):
        return None
    w, nxt = words[k].group(), words[k + 1].group()
    month_first = w.lower() in MONTH_NAMES and w[:1].isupper() and _day_number(nxt)
    day_first = _day_number(w) and nxt.lower() in MONTH_NAMES and nxt[:1].isupper()
    if not (month_first or day_first):
        return None
    year = _spaced(text, words, k + 1) and len(words[k + 2].group()) == 4 and words[k + 2].group().isdigit()
    return k + 2 if year else k + 1


def _spaced(text: str, words: list[re.Match[str]], k: int) -> bool:
    return k + 1 < len(words) and text[words[k].end() : words[k + 1].start()] == " "


def _day_number(w: str) -> bool:
    return w.isdigit() and len(w) <= 2


def _past_time(words: list[re.Match[str]], k: int) -> int:
    """Past a bare time phrase right after an adverbial ("last week", "this morning", "Tuesday", "Monday night"):
    the word after it, else ``k``."""
    if k + 1 >= len(words):
        return k
    w, nxt = words[k].group(), words[k + 1].group().lower()
    if w.lower() in _TIME_LEADS and nxt in TIME_NOUNS:
        return k + 2
    if w.lower() in WEEKDAY_NAMES and w[:1].isupper():
        return k + 2 if nxt in _DAY_PARTS and k + 2 < len(words) else k + 1
    return k


_TIME_LEADS = frozenset("last this next".split())


def _opener(word: str, strict: bool) -> bool:
    """Can ``word`` open the clause after an adverbial? Past a run of lower-case words, a noun's complement or more
    than two adverbials (``strict``) only a determiner or a pronoun can: a capital there goes on naming a thing or
    a place ("in various video game Reddit communities", "at a news conference in Port Washington", "in a letter
    to State Department Inspector …")."""
    return word.lower() in CLAUSE_OPENERS if strict else opens_clause(word)


def _clause_or_to(words: list[re.Match[str]], k: int) -> bool:
    """Does a bare subject or an infinitive's "to" stand at ``k``?"""
    return _bare_subject(words, k) or _infinitive_to(words, k)


def _bare_subject(words: list[re.Match[str]], k: int) -> bool:
    """Is words[k] a bare noun in lower case that is the subject of an auxiliary right after it ("said in its annual
    report sales had fallen", "said on Monday prices would rise")? Not after a count: "at least nine climbers were
    …" is a count of the noun, no adverbial."""
    if not (0 < k < len(words) - 1 and _plain_word(words[k].group()) and words[k + 1].group() in FINITE_WORDS):
        return False
    before = words[k - 1].group().lower()
    return before not in NUMBER_WORDS and not before[:1].isdigit()


def _infinitive_to(words: list[re.Match[str]], k: int) -> bool:
    """Is words[k] a "to" that may open an infinitive ("promised on Tuesday to refrain")? Not before a determiner or
    a name: then it opens a noun's complement ("during a visit to the flood zone", "in a letter to Leeds")."""
    if words[k].group() != "to":
        return False
    nxt = words[k + 1].group() if k + 1 < len(words) else ""
    return not (nxt.lower() in MODIFIER_DETERMINERS or nxt[:1].isupper())


def _past_noun_run(text: str, words: list[re.Match[str]], k: int, determined: bool) -> int:
    """The last word of a run of plain lower-case words naming one thing ("a press conference", "the local radio
    station", "social media"): up to _RUN more words, none of them a word that may open a clause or a phrase, a
    verb, a participle or an adverb, with a single space between. Right after a determiner a form in -ing or -ed is a
    noun's modifier ("the planning committee", "an emailed statement"), and a noun in -ing may head the run ("a
    press briefing", :func:`_event_head`)."""
    gerund = determined
    for _ in range(_RUN):
        if (
            k + 1 >= len(words)
            or not _plain_word(words[k].group(), gerund)
            or text[words[k].end() : words[k + 1].start()] != " "
        ):
            break
        gerund = False
        if not _plain_word(words[k + 1].group()) or _bare_subject(words, k + 1):
            return k + 1 if determined and _event_head(words[k + 1].group()) else k
        k += 1
    return k


def _event_head(w: str) -> bool:
    """Is ``w`` a noun in -ing heading a compound after a determiner ("a press briefing", "a town hall meeting",
    "a budget hearing"), not a participle of saying ("a statement saying …")?"""
    return w.islower() and w.isalpha() and w.endswith("ing") and w not in P.EN_CUES and w not in P.EN_THAT_CUES


_RUN = 2


def _plain_word(w: str, gerund: bool = False) -> bool:
    """Is ``w`` a lower-case word that can only stand inside a noun phrase here (no determiner, pronoun, preposition,
    coordinator, auxiliary, participle or adverb; a form in -ing or -ed only when ``gerund``)?"""
    if not (w.isalpha() and w.islower()) or opens_clause(w) or w in NOT_CLAUSE_START or w in _NOT_IN_RUN:
        return False
    endings = ("ly",) if gerund else ("ed", "ing", "ly")
    return w not in FINITE_WORDS and w not in PP_HEADS and not w.endswith(endings)


_NOT_IN_RUN = frozenset("and or but nor that which who whom whose what when where while if because than".split())
_DAY_PARTS = frozenset("morning afternoon evening night".split())


def _past_title_run(text: str, words: list[re.Match[str]], k: int) -> int:
    """The last word of a capitalised title run after a determiner ("the Boston Journal of Medicine", "the New
    York Times"): its words name one thing, so none of them opens the clause after the adverbial."""
    while k + 1 < len(words) and words[k].group()[:1].isupper() and text[words[k].end() : words[k + 1].start()] == " ":
        nxt = words[k + 1].group()
        if nxt[:1].isupper():
            k += 1
        elif nxt in WORK_TITLE_JOINERS and k + 2 < len(words) and words[k + 2].group()[:1].isupper():
            k += 2
        else:
            break
    return k


def past_time_lead(text: str, low: str, words: list[re.Match[str]]) -> re.Match[str] | None:
    """The clause's first word past a time word, a manner adverb or a time phrase right after the cue ("says tonight
    he is", "said publicly the plan …", "said late Thursday the plan …"); None when no such lead stands there."""
    if (low in CLAUSE_TIME_WORDS or _manner_adverb(low)) and len(words) > 1 and opens_clause(words[1].group()):
        return words[1]
    return _clause_after_time(text, words) if time_edge(low, words) else None


def time_edge(low: str, words: list[re.Match[str]]) -> bool:
    """Does the first word ``low`` after a cue open a time phrase ("said late Thursday", "said early on Monday"),
    not a clause ("said late fees rose")?"""
    if low not in TIME_EDGE_WORDS or len(words) < 2:
        return False
    nxt = words[1].group().lower()
    return nxt in TIME_WORDS or nxt in _FOLLOWING_LEADS


_FOLLOWING_LEADS = TIME_LEADS - TIME_EDGE_WORDS  # ("said late on Monday"; not "late early")
_TIME_PHRASE_WORDS = TIME_WORDS | _FOLLOWING_LEADS


def _clause_after_time(text: str, words: list[re.Match[str]]) -> re.Match[str] | None:
    """The first word of a clause after the time phrase ``words`` opens ("said late Thursday the plan …"); None
    when no clause follows it (the phrase is then no clause either: see :func:`time_edge`), nor when the phrase
    ends on a lead of a place ("said late Monday on CNN …") or punctuation stands before the word ("said late
    Monday, the day after …")."""
    k = 1
    while k < len(words) and words[k].group().lower() in _TIME_PHRASE_WORDS:
        k += 1
    if words[k - 1].group().lower() in _FOLLOWING_LEADS:
        return None  # "said Wednesday morning on MSNBC …": "on" opens a place or a medium, no clause
    if k < len(words) and any(ch in text[words[0].end() : words[k].start()] for ch in ",;:(—"):
        return None  # "…, Lee said Tuesday, the day after the vote": an apposition to the time, no clause
    return words[k] if k < len(words) and opens_clause(words[k].group()) else None


def _manner_adverb(low: str) -> bool:
    """Is the word after a cue an adverb of the saying ("said publicly", "said repeatedly"), not one of
    degree or a word of the clause ("said only the rich …", "said roughly a third …", "said early")?"""
    return low.endswith("ly") and len(low) > 5 and low not in LY_NOUNS and low not in NOT_SAYING_LY


def comma_adverbial_clause(
    text: str, lo: int, words: list[re.Match[str]], opens: Callable[[int, list[re.Match[str]]], bool]
) -> int | None:
    """Where a reported clause starts after an adverbial closed by a comma right after its cue. Set off by commas, the
    adverbial (or a participle's phrase: "said, speaking to reporters, the school …") is the saying's and the clause
    after it the report ("said, in a statement, the final would go ahead"). Closed only after it, it is fronted
    inside the report, which starts with it ("said as a result of the strike, flights had been cancelled"), unless
    it opens as the saying's own adverbials do ("said at a briefing, the suspects …", "said on Monday, the plan …":
    the report starts after the comma). ``opens`` tells whether a subject and its finite verb open the words after
    the comma. None when no such adverbial and clause follow."""
    lead = text[lo : words[0].start()].strip()
    head = words[0].group()
    participle = lead == "," and head.islower() and len(head) > 5 and head.endswith("ing")  # (", speaking to …,")
    if lead not in ("", ",") or not (head in FRONTED_ADVERBIAL_HEADS or participle):
        return None
    for k in range(1, min(len(words), _FRONTED_WORDS + 1)):
        gap = text[words[k - 1].end() : words[k].start()].strip()
        w = words[k - 1].group()
        if w in FINITE_WORDS or w.lower() in _NOT_IN_ADVERBIAL:
            return None  # a clause of its own, or a relative inside the phrase ("in a case that was …")
        if gap in IN_WORD_MARKS and gap == text[words[k - 1].end() : words[k].start()]:
            continue  # "following a tip-off", "after the council's vote": one word's hyphen or apostrophe
        if gap == "," and _place_region(text, words, k):
            continue  # "said, in Eldoret, Kenya, the …": the place's region or country, inside the adverbial
        if gap:
            own_cue = any(_strong_cue(m.group()) for m in words[k : k + _CUE_FREE_WORDS])  # ("…, the union has said")
            clause = gap == "," and not own_cue and (opens(words[k].start(), words[k:]) or _noun_subject(words, k))
            if not clause:
                return None
            own = lead or words[0].group() in _SAYING_HEADS  # ("said in a statement, the …": as with no comma)
            return words[k].start() if own else words[0].start()
    return None


def _noun_subject(words: list[re.Match[str]], k: int) -> bool:
    """Is words[k], after an adverbial set off by commas, a bare noun in lower case right before its finite verb
    ("said, in a statement, residents would be rehoused", "said, in a filing, profits fell", "said, following a
    tip-off, officers raided …")?"""
    if k + 1 >= len(words) or not _plain_word(words[k].group()):
        return False
    return finite_after(words[k + 1]) or words[k + 1].group() in IRREGULAR_PAST


def _place_region(text: str, words: list[re.Match[str]], k: int) -> bool:
    """Is words[k], after a capitalised word and a comma, one capitalised word closed by a comma, the region or
    country of a place ("in Eldoret, Kenya, …", "in Dayton, Ohio, …")?"""
    prev, w = words[k - 1].group(), words[k].group()
    return prev[:1].isupper() and w[:1].isupper() and w[1:].islower() and text.startswith(",", words[k].end())


def _strong_cue(w: str) -> bool:
    """Is ``w`` a finite cue that reports on its own ("said", "told", "claimed"; not "thought", "agreed")?"""
    return P.EN_CUES.get(w) is False and w not in P.EN_WEAK_CUES


_FRONTED_WORDS = 8
_CUE_FREE_WORDS = 6
_SAYING_HEADS = PP_HEADS | PP_TIME_HEADS
_NOT_IN_ADVERBIAL = RELATIVE_WORDS | COORDINATORS
