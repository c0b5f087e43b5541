"""Where an English reported clause stops before a new report joined to it: "he wants X and pointed to Y", "she was
15, but she later acknowledged that …", "…, activists have claimed that …", a semicolon before another speaker's
cue, another share of those asked ("…, while 30 percent said …"). Kept apart from :mod:`.clause_en`, which finds
where the clause begins. A joiner of a block is judged when a clause first reaches it, once, and the judgement kept
in the block's view (BlockView.stops), so the joiners no clause reaches are never judged."""

from __future__ import annotations

import itertools
import re

from ...lexicon import quote_patterns as P
from ...lexicon.en import FINITE_WORDS, MODIFIER_DETERMINERS, RELATIVE_PRONOUNS, RELATIVE_WORDS
from ...lexicon.punctuation import CLAUSE_OR_SENTENCE_BREAK_MARKS
from ...lexicon.reporting_en import QUANTITY_SUBJECT_RE, REPORT_JOINERS, SPEAKER_PARTICIPLES
from .noun_aside_en import noun_then_subject, which_then_subject
from .text import WORD_RE, BlockView
from .words_en import SUBJECT_WORDS, contracted, finite_after, has_verb, opens_clause, past_form, verb_after_subject

__all__ = ["JOINERS", "joins_nouns", "opens_noun_subject", "report_stop"]

JOINERS = REPORT_JOINERS


# A joiner word (group 1), a comma or a semicolon. Made from JOINERS, so _JOINER_CHARS bounds its longest word; the
# lookahead turns away every position but a joiner's first letter or a comma before the alternation is tried.
_JOINER_RE = re.compile(
    "(?=[" + "".join(sorted({w[0] for w in JOINERS})) + ",;])(?:\\b(" + "|".join(sorted(JOINERS)) + ")\\b|[,;])"
)


_STOP_LOOKAHEAD = 4


_STOP_REACH = 400
_LEADING_MARKS = " ,"


_JOINER_CHARS = max(map(len, JOINERS)) + 1  # (a joiner and the character after it, for its word boundary)


def report_stop(b: BlockView, start: int, e: int) -> int:
    """Where a reported clause ends before a new report joined to it: "he wants X and pointed to Y",
    "she was 15, but she later acknowledged that …", "…, activists have claimed that …".
    Looks at most _STOP_REACH characters ahead. A joiner is judged when a clause first reaches it, once (the
    judgement is kept in the block's view), so many cues of one block cost no more judgements than its joiners, and
    the joiners no clause reaches are never judged."""
    text = b.text
    while start < e and text[start] in _LEADING_MARKS:
        start += 1  # "said that, while the church welcomed …": the joiner after the comma opens the report
    e = _relative_then_main_cue(text, start, e)
    hi = min(e, start + _STOP_REACH)
    for m in _JOINER_RE.finditer(text, start, hi):
        if m.start() >= start + 2:
            break
        if _stops_at(text, m, start):  # a joiner right at the start: its comma test sees only the clause
            return m.start()
    # (read a joiner's length past ``hi``: a word the bound would cut is never taken for a joiner before it)
    for m in _JOINER_RE.finditer(text, start + 2, hi + _JOINER_CHARS):
        at = m.start()
        if at >= hi:
            break
        if not _stop_point(b, m):
            continue
        if not _JOINER_RE.match(text, at, hi):
            break
        if not joins_nouns(text, start, at):
            return at
    return e


def _relative_then_main_cue(text: str, start: int, hi: int) -> int:
    """The comma closing a relative clause set off on the sentence's subject, when the report (after "that") starts
    inside that clause and a finite cue follows the comma ("The farmer, who asked that her village not be named, said
    the floods …": "her village not be named" is the report of "asked"; "said" is the subject's main verb, which
    reports the clause after it); ``hi`` otherwise. Judged from the report's start, not kept in the block's view."""
    if text[max(0, start - 5) : start] != "that ":
        return hi
    back = text.rfind(",", max(0, start - _RELATIVE_REACH), start)
    if back < 0 or any(ch in _SENTENCE_ENDS for ch in text[back:start]):
        return hi
    first = WORD_RE.search(text, back, start)
    if first is None or first.group() not in RELATIVE_PRONOUNS:
        return hi
    comma = text.find(",", start, hi)
    if comma < 0 or any(ch in _SENTENCE_ENDS for ch in text[start:comma]):
        return hi
    cue = WORD_RE.match(text, comma + 2) if text[comma + 1 : comma + 2] == " " else None
    if cue is None or P.EN_CUES.get(cue.group()) is not False or text.startswith(" to ", cue.end()):
        return hi  # (not "…, said to be worth …": no main verb)
    return comma


_RELATIVE_REACH = 120
_SENTENCE_ENDS = frozenset(".;!?")


def _stop_point(b: BlockView, m: re.Match[str]) -> bool:
    """Does the joiner ``m`` of the block end a reported clause (:func:`_stops_at` from the block's start)? Judged
    once, kept in the block's view."""
    if b.stops is None:
        b.stops = {}
    stops = b.stops.get(m.start())
    if stops is None:
        stops = b.stops[m.start()] = _stops_at(b.text, m, 0)
    return stops


def joins_nouns(text: str, start: int, at: int) -> bool:
    """Is the "and" at ``at`` inside the subject of the clause reported from ``start``, no finite verb before it ("said
    the noise and fears over safety had driven families away", "said cracks and claims of subsidence were …")? It
    joins two nouns, not a clause and the speaker's next verb."""
    m = _NOUN_AND_PP_RE.match(text, at)
    if m is None:
        return False  # ("criticised the plan and urged …", "… as strong and says …": the speaker's next verb)
    return not any(_finite(m) for m in WORD_RE.finditer(text, start, at))


def opens_noun_subject(text: str, at: int, e: int) -> bool:
    """Does the "and" at ``at`` open a clause of the writer's whose subject is a plural noun in -s and its complement,
    a finite verb right after that ("warned of losses and calls for compensation grew louder", "and claims of damage
    have risen")? The cue form is that noun, no second verb of the speaker's."""
    m = _NOUN_AND_PP_RE.match(text, at)
    if m is None:
        return False
    words = list(itertools.islice(WORD_RE.finditer(text, m.end(), e), _SUBJECT_REACH))
    for k, w in enumerate(words[1:], 1):
        if text[words[k - 1].end() : w.start()].strip() or w.group().lower() in RELATIVE_WORDS | _LINKS:
            return False  # ("and calls for a vote, which …", "and warns of risks that were …")
        after_noun = words[k - 1].group().lower() not in MODIFIER_DETERMINERS  # ("the sacked workers": an adjective)
        if w.group() in _AUXILIARIES or after_noun and _finite(w):
            return True
    return False


_SUBJECT_REACH = 8
_LINKS = frozenset("that and or but to".split())
_AUXILIARIES = FINITE_WORDS - {"be", "been"}


# "and", a plural noun in -s (a cue form: "claims", "fears", "reports"), then a preposition that opens its complement.
_NOUN_AND_PP_RE = re.compile(r"and [a-z]+s (?:of|over|about|from|against|on|at|in|for|into)\b")


def _finite(m: re.Match[str]) -> bool:
    w = m.group()
    return w in FINITE_WORDS or past_form(w) or contracted(m)


def _stops_at(text: str, m: re.Match[str], start: int) -> bool:
    """Does the joiner or comma ``m`` open a new report ("but she later acknowledged", ", activists
    have claimed that", "…, but 55 percent of all voters say …"), judged on the few words after it?"""
    if _counted_report(text, m, start) or _concessive(text, m, start) or _speaker_participle(text, m):
        return True
    if _relative_report(text, m) or _contrast_clause(text, m, start) or _noun_aside(text, m):
        return True
    return _semicolon_report(text, m.end()) if m.group() == ";" else _cue_ahead(text, m, start)


def _noun_aside(text: str, m: re.Match[str]) -> bool:
    """Is ``m`` a comma before a noun of the writer's with a relative clause whose subject holds a cue, or before such
    a relative clause alone, running to the sentence's end ("…, a charge it denies.", "…, which the company
    denies.")? The writer sums up the clause before; it is no part of the report."""
    if m.group() != ",":
        return False
    ahead = WORD_RE.finditer(text, m.end(), min(len(text), m.end() + 60))
    for k, w in enumerate(itertools.islice(ahead, _ASIDE_WORDS)):
        if w.group() in P.EN_CUES:
            aside = k >= 3 and noun_then_subject(text, m.end(), w.start())
            aside = aside or k >= 2 and which_then_subject(text, m.end(), w.start())
            return aside and _to_sentence_end(text, w.end())
    return False


def _to_sentence_end(text: str, at: int) -> bool:
    """Does no comma come between ``at`` and the sentence's end? An aside closed by a comma ("the plan, a scheme its
    backers say will create jobs, was approved") is set inside the report, not after it."""
    nxt = _CLAUSE_OR_SENTENCE_END_RE.search(text, at)
    return nxt is None or nxt.group() != ","


_ASIDE_WORDS = 7


def _contrast_clause(text: str, m: re.Match[str], start: int) -> bool:
    """Is ``m`` a "while" or "whereas" after a comma, or a comma before "even as", opening a clause of its own, a
    subject then its verb ("…, while the union welcomed the ruling", "…, even as the union welcomed it")? The writer
    sets another party's side against the report: outside it."""
    joiner, at = m.group(1), m.end()
    if m.group() == "," and text.startswith(_EVEN_AS, at):
        at += len(_EVEN_AS)  # "…, even as residents complained of delays": a contrast as "while" sets one
    elif joiner is None or joiner.lower() not in _CONTRASTS or text[max(start, m.start() - 2) : m.start()] != ", ":
        return False
    words = list(WORD_RE.finditer(text, at, min(len(text), at + 60)))[: SUBJECT_WORDS + 1]
    return bool(words) and opens_clause(words[0].group()) and verb_after_subject(text, at, words, finite_after)


_CONTRASTS = frozenset("while whereas".split())
_EVEN_AS = " even as "


def _speaker_participle(text: str, m: re.Match[str]) -> bool:
    """Is ``m`` a comma before a participle of what the speaker did while saying it ("…, citing a 2019 report",
    "…, pointing to cracks in the deck", "…, speaking at a rally"): the writer's words, outside the report?"""
    if m.group() != ",":
        return False
    nxt = _NEXT_WORD_RE.match(text, m.end())
    if nxt is not None and nxt.group(1) == "before":  # "…, before heading to the airport": what the speaker did next
        after = _NEXT_WORD_RE.match(text, nxt.end())
        return after is not None and after.group(1).endswith("ing") and after.group(1) not in _NOT_GERUNDS
    return nxt is not None and nxt.group(1) in SPEAKER_PARTICIPLES


_NEXT_WORD_RE = re.compile(r" (\w+)")
_NOT_GERUNDS = frozenset("morning evening spring during thing nothing something anything everything being".split())


def _concessive(text: str, m: re.Match[str], start: int) -> bool:
    """Is ``m`` "although" or "though" after a comma ("… had been found, although others said …"): the writer's
    concession, outside the reported clause?"""
    joiner = m.group(1)
    return joiner is not None and joiner.lower() in _CONCESSIVES and text[max(start, m.start() - 2) : m.start()] == ", "


_CONCESSIVES = frozenset("although though".split())


def _cue_ahead(text: str, m: re.Match[str], start: int) -> bool:
    """:func:`_stops_at` for a cue among the few words after the joiner."""
    ahead = WORD_RE.findall(text, m.end(), min(len(text), m.end() + 48))[:_STOP_LOOKAHEAD]
    if not any(w in P.EN_CUES for w in ahead):
        return False  # (each way below needs a cue among the words ahead: most joiners stop here)
    if m.group(1) is not None:
        return _joined_cue(text, m, start, ahead)
    at = m.end()
    for k, w in enumerate(ahead):  # ", activists have claimed that"
        at = text.find(w, at)
        if w.lower() in JOINERS:
            return False
        if k and w in P.EN_CUES and text.startswith(" that", at + len(w)):
            return True
        if not k and P.EN_CUES.get(w) and text.startswith(" that", at + len(w)):
            return True  # ", adding that …", ", asserting that …": the same speaker's next report
        at += len(w)
    return False


def _joined_cue(text: str, m: re.Match[str], start: int, ahead: list[str]) -> bool:
    """:func:`_cue_ahead` after the joiner word ``m`` ("but she later acknowledged", not "and petty to say")."""
    comma = text[max(start, m.start() - 2) : m.start()].strip() in (",", "-", "—", "–", ";")
    if not (comma or m.group(1).lower() == "and"):
        return False
    at = m.end()
    for w in ahead:
        at = text.find(w, at)
        if w.lower() in RELATIVE_WORDS:
            return False  # "the rise in polarization and partisanship that Lee decries": a relative's cue
        if w in P.EN_CUES and w not in P.EN_WEAK_CUES and text[at - 3 : at] != "to ":
            return True
        at += len(w)
    return False


def _relative_report(text: str, m: re.Match[str]) -> bool:
    """Is the comma ``m`` followed by a relative clause with its own subject (no auxiliary in it) and cue, and the
    cue's gap clause or colon, running to the sentence's end ("…, which its spokesman said were key signs of
    support.", "…, which Lee says: …")? Another speaker's words on the clause, outside it; a relative closed by a
    comma ("the plan, which he said was costly, would fail") or whose own verb comes first ("…, which reverses the
    losses observed earlier") is not."""
    if m.group() != ",":
        return False
    rel = _RELATIVE_HEAD_RE.match(text, m.end())
    if rel is None:
        return False
    at = rel.end()
    for w in WORD_RE.findall(text, at, min(len(text), at + 60))[: _RELATIVE_SUBJECT_WORDS + 1]:
        at = text.find(w, at)
        if w in FINITE_WORDS or any(ch in text[rel.end() : at] for ch in CLAUSE_OR_SENTENCE_BREAK_MARKS):
            return False  # (", which was said to …": a passive, no subject of its own)
        if P.EN_CUES.get(w) is False and w not in P.EN_WEAK_CUES:
            return at > rel.end() and _gap_clause_to_end(text, at + len(w))
        at += len(w)
    return False


def _gap_clause_to_end(text: str, at: int) -> bool:
    """Does the relative's own report follow its cue ending at ``at`` (a colon, or the gap clause's finite verb:
    "said were", "says would", "said posed") and run to the sentence's end, no comma closing the relative before it?"""
    gap = _GAP_START_RE.match(text, at + 1 if text.startswith(" ", at) else at)
    if gap is None or (gap.group() != ":" and not has_verb([gap])):
        return False
    nxt = _CLAUSE_OR_SENTENCE_END_RE.search(text, gap.end())
    return nxt is None or nxt.group() != ","


# A relative pronoun after the comma; the subject after it holds no auxiliary.
_RELATIVE_HEAD_RE = re.compile(r" (?:which|who|whom) ")
_RELATIVE_SUBJECT_WORDS = 5
_CLAUSE_OR_SENTENCE_END_RE = re.compile(r"[!?;]|[,.](?!\d)")  # (not the mark inside "1,200" or "1.5")
_GAP_START_RE = re.compile(r":|(?<= )\w+")


def _semicolon_report(text: str, at: int) -> bool:
    """Does a new subject and its cue follow a semicolon ("… said the plan was dead; Jones said it was not",
    "46 percent said …; 30 percent said …")? The clause before it is the first speaker's alone."""
    for w in WORD_RE.findall(text, at, min(len(text), at + 48))[:_STOP_LOOKAHEAD]:
        at = text.find(w, at)
        if P.EN_CUES.get(w) is False and w not in P.EN_WEAK_CUES and text[at - 3 : at] != "to ":
            return True
        at += len(w)
    return False


# A share or count of people right after a joiner, then a cue within a few words: a second report of a
# poll's ("…, while 30 percent said …", "…, but 55 percent of all voters say …").
_COUNTED_RE = re.compile(r",? *(?:" + QUANTITY_SUBJECT_RE.pattern + r")\b", re.IGNORECASE)
_COUNTED_REACH = 10
_COUNT_JOINERS = frozenset(", while whereas".split())


def _counted_report(text: str, joiner: re.Match[str], start: int) -> bool:
    """Does another share of those asked report after the comma, "while" or "whereas" ``joiner`` (not one
    opening the clause at ``start``)?"""
    if joiner.start() < start + 2 or (joiner.group(1) or ",").lower() not in _COUNT_JOINERS:
        return False
    m = _COUNTED_RE.match(text, joiner.end(), min(len(text), joiner.end() + 80))
    if m is None:
        return False
    lo = m.start() + 1  # (the words of the share too: its "of the delegates" may have taken the cue)
    for k, w in enumerate(WORD_RE.finditer(text, lo, min(len(text), m.end() + 60))):
        if k >= _COUNTED_REACH or any(ch in text[lo : w.start()] for ch in CLAUSE_OR_SENTENCE_BREAK_MARKS):
            return False
        if w.group() in P.EN_CUES:
            return True
    return False
