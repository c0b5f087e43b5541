"""English attributions that are not speech, one block at a time (see :mod:`.attributions` for the rules):
held cues ("Lee believes …", "Lee has long supported …"), seeming cues ("the plan seems to work"), and the shapes
read by a pattern of their own ("Lee's support for …", "in his view", "Lee asked whether …", "In a new poll, …",
"she is expected to …")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from ...lexicon import attribution_en as A
from ...lexicon import quote_patterns as P
from ...lexicon.punctuation import OPENING_QUOTE_MARKS, OWNER_ENDINGS
from ...lexicon.reporting_en import QUANTITY_SUBJECT_RE
from ...models import AttributionKind
from ..speakers.clause_desc_en import clause_subject
from ..speakers.phrases import TokenReader, Who, en_subject_before, participle_subject
from .cues import plural_subject_before
from .sentences import Sentences
from .spans import Span
from .text import WORD_RE, Inside, char_before, space_before, trim_clause

__all__ = ["Unresolved", "block_attributions_en", "may_hold"]

# "…, aides said", "…, Lee's spokesman told reporters": the words a reporter clause may have before its cue.
_MAX_REPORTER_WORDS = 4

_OWNER_GENDERS = {"his": "m", "her": "f", "their": "p", "its": "n"}  # as the subject pronouns' (he, she, they)

_RELATIVES = frozenset(["who", "which", "that"])

# A held cue's subject is looked for past at most this many auxiliaries and adverbs ("did not ever").
_MAX_AUX = 4
# The longest of them ("apparently"), longer than any contracted subject ("they're").
_AUX_CHARS = max(len(w) for w in A.AUXILIARIES)


@dataclass(slots=True)
class Unresolved:
    """An attribution before its source is resolved: its content span, holder as written and cue."""

    kind: AttributionKind
    start: int
    end: int
    who: Who | None
    cue: str
    cue_at: int


def may_hold(text: str) -> bool:
    """Does the block hold any cue at all?"""
    return any(
        pattern.search(text) is not None for pattern in (A.CUE_RE, *(pattern for pattern, _ in _SHAPES))
    )


def block_attributions_en(text: str, spans: list[Span]) -> list[Unresolved]:
    """The attributions of one English block, in text order (quotes and repeats are taken out by the caller)."""
    inside = Inside(spans, len(text))
    sentences = Sentences(text, spans, cjk=False)
    reader = TokenReader(text)
    found: list[Unresolved] = []
    for m in A.CUE_RE.finditer(text):
        if inside(m.start()) or text[m.start() - 1 : m.start()] == "-":
            continue  # "so-called", "Democratic-backed": part of a compound word
        word = m.group().lower()
        s, e = sentences.around(m.start())
        if word in A.SEEMING_CUES:
            f = _seeming(text, m.start(), m.end(), word, (s, e))
        else:
            f = _held(text, reader, m.start(), m.end(), word, (s, e))
        if f is not None:
            found.append(f)
    for pattern, read in _SHAPES:
        for m in pattern.finditer(text):
            f = None if inside(m.start()) else read(text, reader, m, sentences.around(m.start()))
            found += [f] if f is not None else []
    found.sort(key=lambda f: f.start)
    return found


def _word_after(text: str, end: int) -> str:
    m = WORD_RE.search(text, end, end + 30)
    return m.group().lower() if m is not None and not text[end:m.start()].strip(" ") else ""


def _word_before(text: str, start: int) -> str:
    words = text[max(0, start - 20) : start].split()
    return words[-1].lower().strip(",") if words else ""


def _before_report(text: str, lo: int, hi: int) -> int:
    """Where the content from ``lo`` ends: at the comma before a reporting cue ("…, aides said"), whose
    clause is a quote of its own, else at ``hi``."""
    for m in P.EN_CUE_RE.finditer(text, lo, hi):
        comma = text.rfind(",", lo, m.start())
        if comma >= 0 and len(WORD_RE.findall(text, comma, m.start())) <= _MAX_REPORTER_WORDS:
            return comma
    return hi


def _clause_end(text: str, lo: int, hi: int) -> int:
    """A held content ends before a dash or semicolon that opens another clause."""
    m = A.CLAUSE_BREAK_RE.search(text, lo, hi)
    return m.start() if m is not None else hi


def _clause_around(text: str, pos: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The clause of ``sentence`` holding ``pos``: coordinated clauses (", and", "; ") are apart."""
    s, e = sentence
    for m in A.CLAUSE_JOIN_RE.finditer(text, s, e):
        if m.end() <= pos:
            s = m.end()
        elif m.start() > pos:
            return s, m.start()
    return s, e


def _seeming(text: str, start: int, end: int, word: str, sentence: tuple[int, int]) -> Unresolved | None:
    """ "the plan seems to work": nobody holds the view; the content is its clause."""
    if _word_after(text, end) in A.NOT_SEEMING_AFTER or _word_before(text, start) in A.NOUN_LEADS:
        return None
    s, e = trim_clause(text, *_clause_around(text, start, sentence))
    return Unresolved(AttributionKind(A.SEEMING_CUES[word]), s, e, None, word, start) if e > s else None


def _owned(text: str, reader: TokenReader, m: re.Match[str], sentence: tuple[int, int]) -> Unresolved | None:
    """ "Lee's support for the plan": the owner holds what follows the particle, to the clause's end."""
    s, e = sentence
    stop = _before_report(text, m.end(), e)
    comma = text.find(",", m.end(), stop)
    lo, hi = trim_clause(text, m.end(), _clause_end(text, m.end(), comma if comma >= 0 else stop))
    if hi - lo < 2:
        return None
    who = _owner(reader, m, s)
    noun = m.group(3)
    return Unresolved(AttributionKind(A.OWNED_NOUNS[noun]), lo, hi, who, noun, m.start(3)) if who is not None else None


def _owner(reader: TokenReader, m: re.Match[str], s: int) -> Who | None:
    """The owner of a noun of view: an owner pronoun (group 1, "his") or a name or noun with 's (group 2;
    "the landlord's" is read alone, not with the words before it: "scoffed at the landlord's promise")."""
    if m.group(1) is not None:
        gender = _OWNER_GENDERS.get(m.group(1).lower())
        return Who(m.group(1), "pronoun", start=m.start(1), gender=gender)
    if m.group(2)[:4].lower() == "the ":
        s = m.start(2)
    return en_subject_before(reader, s, m.end(2)) if m.end(2) > s else None


def _in_view(text: str, reader: TokenReader, m: re.Match[str], sentence: tuple[int, int]) -> Unresolved | None:
    """ "In his view, the plan failed": the owner holds the clause around the phrase (a belief); None when no
    owner is read or the clause holds no more words than the phrase."""
    lo, hi = trim_clause(text, *_clause_around(text, m.start(), sentence))
    who = _owner(reader, m, max(lo, sentence[0]))
    if who is None or hi - lo < 2 or not _more_words(text, lo, hi, len(WORD_RE.findall(m.group()))):
        return None
    return Unresolved(AttributionKind.BELIEF, lo, hi, who, m.group(3), m.start(3))


def _more_words(text: str, lo: int, hi: int, n: int) -> bool:
    """Does ``text[lo:hi]`` hold more than ``n`` words? (reads ``n + 1`` words at most, not the whole clause)"""
    return next(islice(WORD_RE.finditer(text, lo, hi), n, None), None) is not None


def _asked(text: str, reader: TokenReader, m: re.Match[str], sentence: tuple[int, int]) -> Unresolved | None:
    """ "Lee asked whether the bridge was safe": the question, to its comma; "Asked about X," has no asker."""
    s, e = sentence
    comma = text.find(",", m.end(), e)
    lo, hi = trim_clause(text, m.end(), _clause_end(text, m.end(), comma if comma >= 0 else e))
    if hi - lo < 2:
        return None
    who, end = None, _past_auxiliaries(text, s, m.start())
    if _word_before(text, m.start()) not in A.ASKED_NO_HOLDER and end > s:
        who = en_subject_before(reader, s, end)
    return Unresolved(AttributionKind.TOPIC, lo, hi, who, m.group(1).lower(), m.start(1))


def _poll(text: str, reader: TokenReader, m: re.Match[str], sentence: tuple[int, int]) -> Unresolved | None:
    """ "In a new poll, 40 percent backed Lee" / "Lee leads in the polls": the clause the poll found."""
    s, e = sentence
    if m.group(1) == "In" or not A.NAMED_POLL_RE.match(m.group(2)):
        if text[s : m.start()].strip() or text[m.end() : m.end() + 1] != ",":
            return None
        lo, hi = trim_clause(text, m.end() + 1, _clause_end(text, m.end() + 1, _before_report(text, m.end() + 1, e)))
    else:
        lo, hi = trim_clause(text, *_clause_around(text, m.start(), (s, m.start())))
        if len(WORD_RE.findall(text, lo, hi)) < A.MIN_POLL_CLAUSE_WORDS:
            return None
    if hi - lo < 2:
        return None
    who = Who(m.group(2), "desc", role=m.group(2), start=m.start(2))
    return Unresolved(AttributionKind.EVIDENCE, lo, hi, who, m.group(1).lower(), m.start())


def _passive_view(text: str, reader: TokenReader, m: re.Match[str], sentence: tuple[int, int]) -> Unresolved:
    """The clause as the content, nobody's view ("she is expected to win")."""
    s, e = trim_clause(text, *_clause_around(text, m.start(), sentence))
    return Unresolved(AttributionKind.PERCEPTION, s, e, None, m.group().lower(), m.start())


# The shapes read by a pattern of their own rather than a cue word: each pattern's match, outside quote
# marks, is read by its function into an attribution or None.
_Reader = Callable[[str, TokenReader, re.Match[str], tuple[int, int]], "Unresolved | None"]
_SHAPES: tuple[tuple[re.Pattern[str], _Reader], ...] = (
    (A.OWNED_RE, _owned),
    (A.PASSIVE_VIEW_RE, _passive_view),
    (A.ASKED_RE, _asked),
    (A.POLL_RE, _poll),
    (A.IN_VIEW_RE, _in_view),
)


def _held(
    text: str, reader: TokenReader, start: int, end: int, word: str, sentence: tuple[int, int]
) -> Unresolved | None:
    """ "Lee has long supported the plan": the subject before the cue holds the content after it."""
    if not _held_cue(text, start, end, word, sentence[1]):
        return None
    particle = A.PARTICLES.get(word)
    if particle is not None:
        end += 1 + len(_word_after(text, end))  # "referring to": the content starts after "to"
    s, e = sentence
    who, relative = _holder(text, reader, s, start, word)
    if who is None:
        return None
    stop = _before_report(text, end, e)
    if (relative or particle is not None) and (comma := text.find(",", end, stop)) >= 0:
        stop = comma  # "Lee, who backs Chen, left": the relative clause ends at its comma
    if word in A.LABEL_CUES:
        label = _label_end(text, end, stop)
        if label is None:
            return None
        stop = label
    elif (
        A.HELD_CUES[word] == "stance"
        and who.kind != "desc"
        and (m := A.STANCE_OBJECT_END_RE.search(text, end, stop)) is not None
    ):
        stop = m.start()  # "endorsed Chen last week and has …": the object, not the rest of the predicate
    lo, hi_end = trim_clause(text, end, _clause_end(text, end, stop))
    if hi_end - lo < 2:
        return None
    return Unresolved(AttributionKind(A.HELD_CUES[word]), lo, hi_end, who, word, start)


def _holder(text: str, reader: TokenReader, s: int, start: int, word: str) -> tuple[Who | None, bool]:
    """Who holds what the cue at ``start`` attributes, and whether a relative "who" stood for them."""
    if word in A.PARTICIPLES and char_before(text, s, start) == ",":
        who = participle_subject(text, s, start)  # "…, she said, referring to the audit"
        return (clause_subject(reader, who) or who) if who is not None else None, False
    hi = _past_auxiliaries(text, s, start)
    relative = _word_before(text, hi + 1).replace("’", "'").removesuffix("'d") in _RELATIVES  # "who'd backed"
    if (lead := A.QUESTION_LEAD_RE.match(text, s, hi)) is not None:
        if text[lead.end() : hi].lower() == "you":
            return None, False  # "Do you support Lee?": the one asked holds nothing yet
        s = lead.end()  # "Did most farmers support …?": the subject follows the auxiliary
    if relative:  # "officials who plan to attend", "Lee, who backs Chen,": the noun before "who"
        hi = s + len(text[s : max(s, text.rfind(" ", s, hi))].rstrip(" ,"))
    who = en_subject_before(reader, s, hi) if hi > s else None
    if who is None and hi > s and QUANTITY_SUBJECT_RE.fullmatch(text, s, hi) is not None:
        who = Who(text[s:hi], "desc", role=text[s:hi], start=s)  # "Many believe …", "57 percent backed …"
    if hi > s and (who is None or who.kind == "desc"):
        who = _subject_past_verb(reader, s, hi) or who  # "Lee used to praise": not the description "Lee used"
    if who is not None and not relative:
        who = clause_subject(reader, who) or who  # "Lee devotes her speech to praising …": Lee's, not the clause's
    return who, relative


def _subject_past_verb(reader: TokenReader, s: int, hi: int) -> Who | None:
    """The subject before a verb that takes the cue ("Lee tried to defend", "Lee used to praise", "Lee
    began citing", "Lee instead decried"): the words of that verb, "to" and adverbs stepped over, at most
    three; None when no such word stands before the cue or no subject is read before them."""
    text = reader.text
    for _ in range(3):
        cut = text.rfind(" ", s, hi)
        if cut < s or not _steps_over(text[cut + 1 : hi]):
            return None
        hi = _past_auxiliaries(text, s, cut)
        who = en_subject_before(reader, s, hi) if hi > s else None
        if who is not None and (who.kind != "desc" or not _steps_over(text[s:hi].rsplit(" ", 1)[-1])):
            return who
    return None


def _steps_over(word: str) -> bool:
    """Is ``word`` one a holder's verb phrase has before a cue ("to", "used", "instead", "openly")?"""
    low = word.lower()
    return low == "to" or low.endswith(("ed", "ly")) or low in A.VERBS_BEFORE_CUE


def _label_end(text: str, end: int, stop: int) -> int | None:
    """Where the label after "called" ends ("called him divisive, and …"), or None when no object and label
    follow it (an object pronoun right after the cue, or a quote mark in the label)."""
    m = A.LABEL_END_RE.search(text, end, stop)
    hi = m.start() if m is not None else stop
    if _word_after(text, end) in A.LABEL_OBJECTS or any(mark in text[end:hi] for mark in OPENING_QUOTE_MARKS):
        return hi
    return None


def _held_cue(text: str, start: int, end: int, word: str, sentence_end: int) -> bool:
    """Is the held cue form at ``start`` a verb that attributes (not a noun, a passive, a title's word)?"""
    before = _word_before(text, start)
    if _noun(text, start, word, before):
        return False
    if before in A.BE_FORMS and not word.endswith("ing"):
        return False  # "was backed by": a passive
    if text[start].isupper() and before[:1].isupper():
        return False  # "Delegates Are Planning": a title's word
    if text[end : end + 1] in A.NO_OBJECT_MARKS:
        return False  # "won with evangelical support, but …": no object follows, so no content
    after = _word_after(text, end)
    if after in A.NOT_AFTER.get(word, ()) or after in A.NOUN_AFTER:
        return False
    if word in A.PARTICLES and after not in A.PARTICLES[word]:
        return False  # "talked" alone, "pointed out": no topic
    if word == "show" and not plural_subject_before(text, start):
        return False  # "a radio show": "show" reports only after polls, figures, data (as a quote cue)
    if word in A.DECLINE_FORMS and _fall(text, end, after):
        return False  # "fees declined 4 percent", "declined to $281 million": a fall
    if word == "found" and before in ("to", "helped", "help"):
        return False  # "helped found the group": to establish
    return word not in A.NEEDS_AS or text.find(" as ", end, sentence_end) >= 0


_FALL_RE = re.compile(r" (?:to )?([$£€\d]|\w+)")


def _fall(text: str, end: int, after: str) -> bool:
    """Does a figure follow "declined", right after it or after "to" ("declined 40 percent", "declined to $281
    million", "declined to the lowest level"): a fall, not a refusal ("declined to comment")?"""
    m = _FALL_RE.match(text, end)
    if m is None:
        return False
    if m.group(1)[:1] in "$£€" or m.group(1)[:1].isdigit():
        return True
    return after == "to" and m.group(1).lower() in A.FALL_TO_WORDS


def _noun(text: str, start: int, word: str, before: str) -> bool:
    """Is the cue form at ``start`` a noun: after a determiner or an owner ("his plans", "voters' worries"),
    after "a" and a modifier ("a bipartisan plan"; not "a majority support"), or after a preposition
    ("against plans"; "after endorsing Chen" stays a verb)?"""
    if before in A.NOUN_LEADS or before.endswith(OWNER_ENDINGS):
        return True
    if before in A.PREPOSITIONS and not word.endswith("ing"):
        return True
    if word not in A.NOUN_LIKE_BASES:
        return False
    words = text[max(0, start - 40) : start].split()
    return len(words) >= 2 and words[-2].lower() in ("a", "an") and words[-1].lower() not in A.QUANTITY_NOUNS


def _past_auxiliaries(text: str, lo: int, pos: int) -> int:
    """Where the subject before ``pos`` ends: before the auxiliaries and adverbs preceding the cue (read in place)."""
    for _ in range(_MAX_AUX):
        end = space_before(text, lo, pos)
        cut = text.rfind(" ", lo, end)
        start = cut + 1 if cut >= 0 else lo
        if end - start > _AUX_CHARS:
            return end  # (longer than any auxiliary or contracted subject)
        word = text[start:end].lower().replace("’", "'")
        if (m := A.CONTRACTED_SUBJECT_RE.fullmatch(word)) is not None:
            return start + m.end(1)  # "he'll support": the subject is "he"
        if word not in A.AUXILIARIES or cut < 0:
            return end
        pos = cut
    return space_before(text, lo, pos)
